import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { selftrain, SyntheticScenes, DataLoader, disposeBatch, datasetFromSpec, type Batch, type RawSample, type Task } from '../src';
import { allTeachers, scenes, PartlyLabeled } from './selftrain-helpers';

torch.setNumThreads(1);
const S = selftrain;

function tmp(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `must-selftrain-${name}-`));
}

/** Every file of a folder -> its bytes (hex digest would do; the buffers compare directly). */
function files(dir: string): Map<string, Buffer> {
  return new Map(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

function assertSameFiles(a: string, b: string): void {
  const fa = files(a), fb = files(b);
  assert.deepEqual([...fa.keys()], [...fb.keys()]);
  for (const [k, v] of fa) assert.ok(v.equals(fb.get(k)!), `${k} differs`);
}

const N = 10;
const SHARD = 4;
const OPTS = { shardSize: SHARD, batchSize: 3, thresholds: { temperature: 0.5 } };

test('store round trip: every image and task, the labels the encoders give', async () => {
  const out = tmp('roundtrip');
  const ds = scenes(N);
  const progress: number[] = [];
  const r = await S.pseudoLabel({ teachers: allTeachers(), dataset: ds, out, ...OPTS, onProgress: (p) => progress.push(p.images) });
  assert.deepEqual(r.written, [0, 1, 2]);
  assert.deepEqual(progress, [4, 8, 10]);
  assert.ok(r.complete);
  assert.deepEqual(fs.readdirSync(out).sort(), ['index.json', 'shard-000000.safetensors', 'shard-000001.safetensors', 'shard-000002.safetensors']);
  const index = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')) as selftrain.StoreIndex;
  assert.deepEqual(index.shards.map((e) => [e.shard, e.start, e.end]), [[0, 0, 4], [1, 4, 8], [2, 8, 10]]);
  assert.deepEqual(index.config.tasks, ['classification', 'detection', 'segmentation', 'depth', 'normals']);
  assert.equal(index.config.thresholds.temperature, 0.5);

  const store = S.PseudoLabelStore.open(out, { verify: 'hash' });
  const size = store.size();
  assert.equal(size.images, N);
  assert.equal(size.shards, 3);
  assert.equal(size.bytes, [0, 1, 2].reduce((a, k) => a + fs.statSync(path.join(out, S.shardFileName(k))).size, 0));
  assert.deepEqual(Object.keys(size.bytesPerTask).sort(), ['classification', 'depth', 'detection', 'normals', 'other', 'segmentation']);
  assert.equal(size.bytesPerTask.depth, N * 24 * 32 * 4);
  assert.equal(size.bytesPerTask.normals, N * 3 * 24 * 32 * 4);
  assert.equal(size.bytesPerTask.segmentation, N * 24 * 32);
  assert.equal(Object.values(size.bytesPerTask).reduce((a, b) => a + b), size.bytes);

  const teachers = allTeachers();
  for (let i = 0; i < N; i++) {
    torch.tidy(() => {
      const s = ds.get(i);
      const images = s.image.unsqueeze(0);
      const sizes: [number, number][] = [[24, 32]];
      const pred = (t: Task) => teachers[t]!.predict(images, sizes)[0];
      const got = store.get(i);
      assert.ok(got.label instanceof torch.Tensor);
      assert.ok((got.label as Tensor).equal(S.encodeClassification(pred('classification') as Tensor, { temperature: 0.5 })));
      const det = S.encodeDetection(pred('detection') as selftrain.DetectionPrediction);
      assert.ok(got.instances!.boxes.equal(det.boxes) && got.instances!.classes.equal(det.classes));
      assert.ok(store.scores(i)!.equal(det.scores));
      assert.ok(got.semantic!.equal(S.encodeSegmentation(pred('segmentation') as Tensor)));
      assert.equal(got.semantic!.dtype, 'uint8');
      assert.ok(got.depth!.equal(S.encodeDepth(pred('depth') as Tensor)));
      assert.ok(got.normals!.equal(S.encodeNormals(pred('normals') as Tensor)));
      // the raw (typed array) view agrees
      const raw = store.getRaw(i);
      assert.equal(raw.height, 24);
      assert.deepEqual(Array.from(raw.semantic!), Array.from(got.semantic!.dataSync() as Uint8Array));
      assert.deepEqual(Array.from(raw.instances!.classes), (got.instances!.classes.toArray() as number[]));
      assert.deepEqual(Array.from(raw.label!), Array.from(got.label!.dataSync() as Float32Array));
    });
  }
  assert.throws(() => store.get(N), /out of range/);
  store.close();
});

test('determinism: two runs give byte-identical shards and index', async () => {
  const a = tmp('det-a'), b = tmp('det-b');
  await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out: a, ...OPTS });
  await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out: b, ...OPTS });
  assertSameFiles(a, b);
  // another setting changes the fingerprint and the labels
  const c = tmp('det-c');
  await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out: c, ...OPTS, thresholds: { temperature: 1 } });
  assert.ok(!fs.readFileSync(path.join(a, 'shard-000000.safetensors')).equals(fs.readFileSync(path.join(c, 'shard-000000.safetensors'))));
});

test('resume: kept shards are not relabeled; missing, truncated or unindexed shards are redone', async () => {
  const ref = tmp('resume-ref'), out = tmp('resume');
  await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out: ref, ...OPTS });
  await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out, ...OPTS });
  // a finished store: nothing to do
  const again = await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out, ...OPTS });
  assert.deepEqual(again.written, []);
  assert.deepEqual(again.kept, [0, 1, 2]);
  // damage: shard 0 truncated, shard 2 deleted, shard 1 present but dropped from the index
  // (a crash between writing a shard and the index), plus a stray temporary file
  const f0 = path.join(out, S.shardFileName(0));
  fs.truncateSync(f0, fs.statSync(f0).size - 10);
  fs.rmSync(path.join(out, S.shardFileName(2)));
  const idx = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')) as selftrain.StoreIndex;
  idx.shards = idx.shards.filter((e) => e.shard !== 1);
  fs.writeFileSync(path.join(out, 'index.json'), JSON.stringify(idx));
  fs.writeFileSync(path.join(out, `.${S.shardFileName(1)}.123.abc.tmp`), 'partial');
  const opened = S.PseudoLabelStore.open(out);
  assert.deepEqual(opened.missingShards(), [0, 1, 2]);
  assert.ok(!opened.has(0));
  assert.throws(() => opened.get(0), /shard 0 .* is not written/);
  opened.close();
  const r = await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out, ...OPTS });
  assert.deepEqual(r.written, [0, 1, 2]);
  assert.deepEqual(r.dropped.map((d) => d.shard).sort(), [0, 2]);
  assertSameFiles(out, ref);
  // a flipped byte (same size) is caught by the sha256 check, not by 'size'
  const f1 = path.join(out, S.shardFileName(1));
  const bytes = fs.readFileSync(f1);
  bytes[bytes.length - 1] ^= 1;
  fs.writeFileSync(f1, bytes);
  const bySize = await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out, ...OPTS, verify: 'size' });
  assert.deepEqual(bySize.written, []);
  const byHash = await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out, ...OPTS });
  assert.deepEqual(byHash.written, [1]);
  assertSameFiles(out, ref);
});

test('another run\'s store is refused (fingerprint), or replaced with overwrite', async () => {
  const out = tmp('foreign');
  await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out, ...OPTS });
  await assert.rejects(S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out, ...OPTS, thresholds: { detectionScore: 0.7 } }),
    /holds a store made with other settings .*differs in: thresholds/);
  await assert.rejects(S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N, 6), out, ...OPTS }), /differs in: dataset/);
  const r = await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out, ...OPTS, thresholds: { detectionScore: 0.7 }, overwrite: true });
  assert.deepEqual(r.written, [0, 1, 2]);
  const ref = tmp('foreign-ref');
  await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out: ref, ...OPTS, thresholds: { detectionScore: 0.7 } });
  assertSameFiles(out, ref);
});

test('ranks: rank r labels shards r, r + W, ...; the union (read or merged) equals the one-process store', async () => {
  const single = tmp('rank-single'), split = tmp('rank-split');
  const n = 14; // shards of 4: 0..3
  await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(n), out: single, ...OPTS });
  const r1 = await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(n), out: split, ...OPTS, rank: 1, worldSize: 3 });
  assert.deepEqual(r1.written, [1]);
  assert.ok(!r1.complete);
  const partial = S.PseudoLabelStore.open(split);
  assert.deepEqual(partial.missingShards(), [0, 2, 3]);
  assert.ok(partial.has(5) && !partial.has(0));
  partial.close();
  assert.throws(() => S.mergeStoreIndexes(split), /3 of 4 shards missing \(0, 2, 3\)/);
  const r0 = await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(n), out: split, ...OPTS, rank: 0, worldSize: 3 });
  assert.deepEqual(r0.written, [0, 3]);
  const r2 = await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(n), out: split, ...OPTS, rank: 2, worldSize: 3 });
  assert.deepEqual(r2.written, [2]);
  assert.ok(r2.complete);
  assert.deepEqual(fs.readdirSync(split).filter((f) => f.startsWith('index')).sort(),
    ['index.rank-0-of-3.json', 'index.rank-1-of-3.json', 'index.rank-2-of-3.json']);
  // the reader sees all ranks before any merge
  const all = S.PseudoLabelStore.open(split);
  const one = S.PseudoLabelStore.open(single);
  assert.ok(all.complete);
  assert.deepEqual(all.size(), one.size());
  for (let i = 0; i < n; i++) torch.tidy(() => assert.ok(all.get(i).depth!.equal(one.get(i).depth!)));
  all.close(); one.close();
  // merged: the same files as the one-process run
  S.mergeStoreIndexes(split);
  assertSameFiles(split, single);
});


test('combined dataset: human labels win per image and task; pseudo labels fill the rest', async () => {
  const out = tmp('combined');
  await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out, ...OPTS });
  const human = new PartlyLabeled({ length: N });
  const ds = new S.PseudoLabeledDataset({ dataset: human, store: out });
  const store = S.PseudoLabelStore.open(out);
  for (let i = 0; i < N; i++) {
    const full = scenes(N).getRaw(i);
    const r = ds.getRaw(i) as RawSample;
    const p = store.getRaw(i);
    if (i % 2 === 0) {
      assert.equal(r.label, full.label); // the human index label, not the soft one
      assert.deepEqual(r.instances!.boxes, full.instances!.boxes);
      assert.deepEqual(r.semantic, full.semantic);
      assert.deepEqual(r.normals, full.normals);
      assert.deepEqual(r.depth, p.depth); // no human depth: pseudo
      assert.deepEqual(await ds.labelSources(i), { human: ['classification', 'detection', 'segmentation', 'normals'], pseudo: ['depth'] });
    } else {
      assert.deepEqual(r.label, p.label);
      assert.deepEqual(r.instances, p.instances);
      assert.deepEqual(r.semantic, p.semantic);
      assert.deepEqual(r.depth, p.depth);
      assert.deepEqual(r.normals, p.normals);
      assert.deepEqual((await ds.labelSources(i)).pseudo, ['classification', 'detection', 'segmentation', 'depth', 'normals']);
    }
  }
  // tensors, restricted tasks, and the worker spec
  const sample = await ds.get(1);
  assert.ok(sample.label instanceof torch.Tensor && sample.depth!.dtype === 'float32');
  const only = new S.PseudoLabeledDataset({ dataset: human, store: out, tasks: ['depth'] });
  assert.equal((only.getRaw(1) as RawSample).semantic, undefined);
  const rebuilt = datasetFromSpec(ds.spec());
  assert.deepEqual((rebuilt.getRaw(3) as RawSample).depth, store.getRaw(3).depth);
  // through the DataLoader, in a worker thread: the same batches as on the main thread; index
  // labels and soft pseudo labels collate together
  const inWorker = new DataLoader(ds, { batchSize: 4, numWorkers: 1 });
  const onMain = new DataLoader(ds, { batchSize: 4 });
  try {
    const a: Batch[] = [], b: Batch[] = [];
    for await (const x of inWorker.epoch(0)) a.push(x);
    for await (const x of onMain.epoch(0)) b.push(x);
    assert.equal(a.length, 3);
    a.forEach((x, k) => {
      assert.deepEqual(x.labels!.shape, [x.images.shape[0], 8]);
      for (const f of ['images', 'labels', 'semantic', 'depth', 'normals', 'taskMask'] as const) assert.ok(x[f]!.equal(b[k][f]!), f);
    });
    for (const x of [...a, ...b]) disposeBatch(x);
  } finally {
    await inWorker.close();
    await onMain.close();
  }
  // a store of other images is refused
  assert.throws(() => new S.PseudoLabeledDataset({ dataset: scenes(N + 1), store: out }), /labels 10 images but the dataset has 11/);
  const other = new SyntheticScenes({ length: N, size: 16, seed: 5, split: 'unlabeled', tasks: ['classification'] });
  assert.throws(() => new S.PseudoLabeledDataset({ dataset: other, store: out, tasks: ['depth'] }).getRaw(0), /is 16x16 but its pseudo labels are 24x32/);
  store.close();
});
