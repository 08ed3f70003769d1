import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import {
  CocoDataset, writeCoco, SyntheticScenes, ImageFolder, writeImageFolder, BadFileError, DataLoader, disposeBatch,
  type RawSample,
} from '../src/data';
import { polygonsToRle, rleDecode } from '../src/masks';

torch.setNumThreads(1);

const FIXTURE = path.resolve(__dirname, '../../test/fixtures/data/coco-mini');

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'must-data-'));
}

test('coco: reads boxes, polygons, compressed and uncompressed RLE, iscrowd, non-contiguous ids, dense labels', async () => {
  const ds = new CocoDataset({ annotations: path.join(FIXTURE, 'annotations.json') });
  assert.equal(ds.length, 2);
  // categories sorted by id: 3 -> 0, 7 -> 1, 20 -> 2, and back
  assert.deepEqual([...ds.classes], ['a', 'b', 'c']);
  assert.deepEqual([3, 7, 20].map((id) => ds.catIdToIndex(id)), [0, 1, 2]);
  assert.deepEqual([0, 1, 2].map((k) => ds.indexToCatId(k)), [3, 7, 20]);
  assert.throws(() => ds.catIdToIndex(4), /unknown category/);
  assert.deepEqual([...ds.tasks], ['classification', 'detection', 'segmentation', 'depth', 'normals']);

  const r = await ds.getRaw(0);
  const H = 12, W = 16, HW = H * W;
  assert.equal(r.id, 42);
  assert.equal(r.height, H); assert.equal(r.width, W); assert.equal(r.channels, 3);
  assert.ok(r.file!.endsWith(path.join('images', 'a.png')));
  for (const [x, y] of [[0, 0], [5, 3], [15, 11]]) {
    const p = y * W + x;
    assert.equal(Math.round(r.image[p] * 255), x * 16);
    assert.equal(Math.round(r.image[HW + p] * 255), y * 20);
    assert.equal(Math.round(r.image[2 * HW + p] * 255), (x * y) % 256);
  }
  assert.equal(r.label, 2); // category 20
  const inst = r.instances!;
  assert.deepEqual(Array.from(inst.classes), [1, 0, 2]);
  assert.deepEqual(Array.from(inst.boxes), [2, 2, 8, 6, 10, 0, 12, 12, 1, 8, 5, 11]);
  assert.deepEqual(Array.from(inst.iscrowd!), [0, 1, 0]);
  const masks = inst.masks!;
  // polygon: COCO's rasterization (src/masks)
  assert.deepEqual(Array.from(masks.subarray(0, HW)), Array.from(rleDecode(polygonsToRle([[2, 2, 8, 2, 8, 6, 2, 6]], H, W))));
  for (let p = 0; p < HW; p++) {
    const x = p % W, y = (p - x) / W;
    assert.equal(masks[HW + p], x === 10 || x === 11 ? 1 : 0, 'uncompressed RLE (column-major)');
    assert.equal(masks[2 * HW + p], y >= 8 && y <= 10 && x >= 1 && x <= 4 ? 1 : 0, 'compressed RLE');
    assert.equal(r.semantic![p], p % 4 === 0 ? 255 : p % 3);
    assert.equal(r.depth![p], p % 5 === 0 ? 0 : Math.fround((1000 + 37 * p) / 1000));
    if (p % 7 === 0) assert.deepEqual([r.normals![p], r.normals![HW + p], r.normals![2 * HW + p]], [0, 0, 0]);
    else {
      assert.ok(Math.abs(Math.hypot(r.normals![p], r.normals![HW + p], r.normals![2 * HW + p]) - 1) < 1e-6);
      assert.ok(r.normals![2 * HW + p] > 0.999);
    }
  }
  // image 7: grayscale file -> RGB, soft label, no annotations = labeled with zero objects
  const g = await ds.getRaw(1);
  assert.equal(g.channels, 3);
  assert.equal(Math.round(g.image[13] * 255), 39);
  assert.equal(g.image[13], g.image[80 + 13]);
  assert.deepEqual(Array.from(g.label as Float32Array), [0.2, 0.3, 0.5].map(Math.fround));
  assert.equal(g.instances!.classes.length, 0);
  assert.equal(g.semantic, undefined);

  const only = new CocoDataset({ annotations: path.join(FIXTURE, 'annotations.json'), tasks: ['detection'], channels: 1 });
  const o = await only.getRaw(0);
  assert.equal(o.channels, 1);
  assert.equal(o.label, undefined); assert.equal(o.depth, undefined);
  assert.equal(o.instances!.classes.length, 3);
  const s = await ds.get(0);
  assert.deepEqual(s.instances!.masks!.shape, [3, H, W]);
  assert.equal(s.instances!.iscrowd!.dtype, 'bool');
});

function quantized(r: RawSample): RawSample {
  const q = { ...r };
  q.image = r.image.map((v) => Math.round(v * 255) / 255);
  q.depth = r.depth!.map((v) => Math.round(v * 1000) / 1000);
  return q;
}

test('coco: writing then reading gives the same sample (up to PNG quantization)', async () => {
  const synth = new SyntheticScenes({ length: 4, size: [40, 48], seed: 11 });
  const samples = [0, 1, 2, 3].map((i) => synth.getRaw(i));
  const dir = tmpdir();
  try {
    await writeCoco(dir, samples, { categories: synth.classes.map((name, k) => ({ id: 10 * (k + 1), name })) });
    const ds = new CocoDataset({ annotations: path.join(dir, 'annotations.json') });
    assert.equal(ds.length, 4);
    assert.deepEqual([...ds.classes], [...synth.classes]);
    for (let i = 0; i < 4; i++) {
      const a = quantized(samples[i]);
      const b = await ds.getRaw(i);
      assert.equal(b.id, a.id);
      assert.equal(b.label, a.label);
      assert.deepEqual(Array.from(b.image), Array.from(a.image).map(Math.fround));
      assert.deepEqual(b.semantic, a.semantic);
      for (let p = 0; p < a.depth!.length; p++) assert.ok(Math.abs(b.depth![p] - a.depth![p]) < 1e-6);
      for (let p = 0; p < a.normals!.length; p++) assert.ok(Math.abs(b.normals![p] - a.normals![p]) < 0.012);
      assert.deepEqual(b.instances!.boxes, a.instances!.boxes);
      assert.deepEqual(b.instances!.classes, a.instances!.classes);
      assert.deepEqual(b.instances!.iscrowd, a.instances!.iscrowd);
      assert.deepEqual(b.instances!.masks, a.instances!.masks);
    }
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8'));
    const ann = json.annotations[0];
    assert.equal(typeof ann.segmentation.counts, 'string');
    assert.equal(ann.area, samples[0].instances!.masks!.subarray(0, 40 * 48).reduce((s: number, v: number) => s + v, 0));
    assert.equal(json.images[0].semantic_file, 'semantic/000000.png');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('image folder: written and read back; classes sorted; labels', async () => {
  const synth = new SyntheticScenes({ length: 6, size: 16, numClasses: 3, tasks: ['classification'] });
  const samples = Array.from({ length: 6 }, (_, i) => synth.getRaw(i));
  const dir = tmpdir();
  try {
    await writeImageFolder(dir, samples, ['zeta', 'alpha', 'mid']);
    const ds = new ImageFolder({ root: dir });
    assert.deepEqual([...ds.classes], ['alpha', 'mid', 'zeta']);
    assert.equal(ds.length, 6);
    const names = ['zeta', 'alpha', 'mid'];
    const byName = new Map(samples.map((s, i) => [`${names[s.label as number]}/${String(i).padStart(6, '0')}.png`, s]));
    for (let i = 0; i < ds.length; i++) {
      const r = await ds.getRaw(i);
      const rel = path.relative(dir, r.file!);
      const src = byName.get(rel)!;
      assert.ok(src, rel);
      assert.equal(ds.classes[r.label as number], names[src.label as number]);
      assert.deepEqual(Array.from(r.image), Array.from(src.image).map((v) => Math.fround(Math.round(v * 255) / 255)));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('bad files: the error names the file; skipBad skips and counts', async () => {
  const dir = tmpdir();
  try {
    const synth = new SyntheticScenes({ length: 4, size: 16, tasks: ['classification', 'detection'] });
    await writeCoco(dir, [0, 1, 2, 3].map((i) => synth.getRaw(i)), { categories: synth.classes.map((name, k) => ({ id: k + 1, name })) });
    fs.writeFileSync(path.join(dir, 'images/000001.png'), 'not a png at all');
    fs.rmSync(path.join(dir, 'images/000002.png'));
    const ds = new CocoDataset({ annotations: path.join(dir, 'annotations.json') });
    await assert.rejects(ds.getRaw(1), (e: Error) => e instanceof BadFileError && e.message.includes('000001.png') && /decode/.test(e.message));
    await assert.rejects(ds.getRaw(2), (e: Error) => e instanceof BadFileError && e.message.includes('000002.png') && /not found/.test(e.message));

    const strict = new DataLoader(ds, { batchSize: 2 });
    await assert.rejects(async () => { for await (const b of strict.epoch(0)) disposeBatch(b); }, /000001\.png/);

    const skipped: string[] = [];
    const lenient = new DataLoader(ds, { batchSize: 2, skipBad: true, onSkip: (r) => skipped.push(path.basename(r.file)) });
    const ids: unknown[] = [];
    for await (const b of lenient.epoch(0)) { ids.push(...b.ids); disposeBatch(b); }
    assert.deepEqual(ids, [0, 3]);
    assert.deepEqual(skipped, ['000001.png', '000002.png']);
    assert.equal(lenient.skipped.length, 2);

    // a bad annotations file names itself
    const badJson = path.join(dir, 'broken.json');
    fs.writeFileSync(badJson, '{"images": [');
    assert.throws(() => new CocoDataset({ annotations: badJson }), (e: Error) => e instanceof BadFileError && e.message.includes('broken.json'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
