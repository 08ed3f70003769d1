import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import {
  DataLoader, SyntheticScenes, CocoDataset, writeCoco, disposeBatch, BadFileError, type Batch, type TransformSpec,
  type Dataset, type RawSample,
} from '../src/data';

torch.setNumThreads(1);

const FIX = path.resolve(__dirname, 'fixtures/data/transforms.js');
const TRANSFORMS: TransformSpec[] = [
  { module: FIX, export: 'flipRaw', options: { p: 0.5 }, kind: 'raw' },
  { module: FIX, export: 'jitter', options: { amount: 0.1 } },
  { module: FIX, export: 'depthScale', options: { lo: 0.5, hi: 2 } },
  { module: FIX, export: 'blendPairs', kind: 'batch' },
];

function batchDigest(b: Batch): string {
  const h = createHash('sha256');
  for (const t of [b.images, b.taskMask, b.labels, b.semantic, b.depth, b.normals, ...(b.instances ?? []).flatMap((i) => [i.boxes, i.classes, i.masks])]) {
    if (!t) continue;
    const d = t.dataSync();
    h.update(new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
  }
  h.update(JSON.stringify(b.ids));
  return h.digest('hex');
}

async function run(loader: DataLoader, epochs: number[]): Promise<string[][]> {
  const out: string[][] = [];
  for (const e of epochs) {
    const ds: string[] = [];
    for await (const b of loader.epoch(e)) { ds.push(batchDigest(b)); disposeBatch(b); }
    out.push(ds);
  }
  return out;
}

test('loader: the same seed gives the same batches whatever the number of workers', async () => {
  const ds = new SyntheticScenes({ length: 18, size: 24, seed: 2 });
  const results: string[][][] = [];
  for (const [numWorkers, prefetch] of [[0, 1], [0, 3], [1, 2], [2, 3]]) {
    const loader = new DataLoader(ds, { batchSize: 4, shuffle: true, seed: 9, numWorkers, prefetch, transforms: TRANSFORMS });
    try {
      results.push(await run(loader, [0, 1]));
    } finally {
      await loader.close();
    }
  }
  for (const r of results.slice(1)) assert.deepEqual(r, results[0]);
  assert.equal(results[0][0].length, 5);
  assert.notDeepEqual(results[0][0], results[0][1], 'epochs differ');
  // another seed differs
  const other = new DataLoader(ds, { batchSize: 4, shuffle: true, seed: 10, transforms: TRANSFORMS });
  assert.notDeepEqual((await run(other, [0]))[0], results[0][0]);
});

test('loader: order, epochs, drop-last, transforms applied, no tensor leaks', async () => {
  const ds = new SyntheticScenes({ length: 10, size: 16 });
  const plain = new DataLoader(ds, { batchSize: 4 });
  assert.equal(plain.length, 3);
  assert.deepEqual(Array.from(plain.order(0)), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const shuffled = new DataLoader(ds, { batchSize: 4, shuffle: true, dropLast: true, seed: 1 });
  assert.equal(shuffled.length, 2);
  const o0 = Array.from(shuffled.order(0)), o1 = Array.from(shuffled.order(1));
  assert.deepEqual([...o0].sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.notDeepEqual(o0, o1);
  assert.deepEqual(Array.from(shuffled.order(0)), o0);
  const before = torch.memory().tensors;
  const ids: unknown[] = [];
  let e = 0;
  for await (const b of shuffled) { // [Symbol.asyncIterator]: epoch 0
    assert.deepEqual(b.images.shape, [4, 3, 16, 16]);
    ids.push(...b.ids);
    disposeBatch(b);
    e++;
  }
  assert.equal(e, 2);
  assert.deepEqual(ids, o0.slice(0, 8));
  const sizes: number[] = [];
  for await (const b of plain.epoch(0)) { sizes.push(b.images.shape[0]); disposeBatch(b); }
  assert.deepEqual(sizes, [4, 4, 2]);

  // main-thread hooks: a Transform object on the samples, a function on the batch
  const hooked = new DataLoader(ds, {
    batchSize: 5,
    transforms: [{ module: FIX, export: 'jitter', options: { amount: 0 } }],
    mainTransform: { name: 'zero-depth', apply: (s) => ({ ...s, depth: torch.zerosLike(s.depth!) }) },
    batchTransform: (b) => ({ ...b, images: b.images.mul(0).add(0.5) }),
    padTo: 7,
  });
  for await (const b of hooked.epoch(0)) {
    assert.deepEqual(b.images.shape, [5, 3, 21, 21]);
    torch.tidy(() => {
      assert.equal(b.images.max().item(), 0.5);
      assert.equal(b.depth!.abs().max().item(), 0);
      assert.equal(b.semantic!.index(0, 20, 20).item(), 255);
    });
    disposeBatch(b);
  }
  assert.equal(torch.memory().tensors, before, 'every intermediate tensor is freed');
});

class NoSpec implements Dataset {
  length = 2;
  getRaw(i: number): RawSample { return { image: new Float32Array(3 * 4), channels: 3, height: 2, width: 2, id: i }; }
  get(): never { throw new Error('unused'); }
}

test('loader: workers report bad files by name; skipBad counts them', async () => {
  assert.throws(() => new DataLoader(new NoSpec(), { numWorkers: 1 }), /spec\(\)/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'must-loader-'));
  const loaders: DataLoader[] = [];
  try {
    const synth = new SyntheticScenes({ length: 5, size: 16 });
    await writeCoco(dir, [0, 1, 2, 3, 4].map((i) => synth.getRaw(i)), { categories: synth.classes.map((name, k) => ({ id: k + 1, name })) });
    fs.writeFileSync(path.join(dir, 'depth/000003.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    const ds = new CocoDataset({ annotations: path.join(dir, 'annotations.json') });
    const strict = new DataLoader(ds, { batchSize: 2, numWorkers: 1 });
    loaders.push(strict);
    await assert.rejects(async () => { for await (const b of strict.epoch(0)) disposeBatch(b); },
      (e: Error) => e instanceof BadFileError && e.file.endsWith(path.join('depth', '000003.png')) && e.message.includes('000003.png'));
    const lenient = new DataLoader(ds, { batchSize: 2, numWorkers: 1, skipBad: true, onSkip: () => undefined });
    loaders.push(lenient);
    const ids: unknown[] = [];
    for await (const b of lenient.epoch(0)) { ids.push(...b.ids); disposeBatch(b); }
    assert.deepEqual(ids, [0, 1, 2, 4]);
    assert.equal(lenient.skipped.length, 1);
    assert.equal(lenient.skipped[0].index, 3);
    assert.ok(lenient.skipped[0].file.endsWith('000003.png'));
  } finally {
    for (const l of loaders) await l.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
