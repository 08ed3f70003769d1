import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { selftrain, MultiTaskModel, detection, type Task } from '../src';
import { main } from '../src/cli/main';
import { TinyBackbone } from './detection-tiny';

torch.setNumThreads(1);
const S = selftrain;
const small = { convDims: 16, normGroups: 4 };
const TASK_CONFIG = {
  classification: { numClasses: 4 },
  detection: { numClasses: 3, numConvs: 1 },
  segmentation: { numClasses: 5, ...small },
  depth: small,
  normals: small,
};

function tmp(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `must-selftrain-${name}-`));
}

function batch(): { images: Tensor; sizes: [number, number][] } {
  torch.manualSeed(3);
  const images = torch.rand([2, 3, 40, 44]);
  return { images, sizes: [[40, 44], [24, 32]] };
}

test('MultiTaskTeacher: one head of a MultiTaskModel, per-image predictions at the image sizes, eval mode', () => {
  torch.manualSeed(0);
  const m = new MultiTaskModel({ backbone: 'resnetrs_t', fpnChannels: 16, tasks: TASK_CONFIG });
  const { images, sizes } = batch();
  torch.tidy(() => torch.inferenceMode(() => {
    const preds = (task: Task, o?: selftrain.MultiTaskTeacherOptions) => new S.MultiTaskTeacher(m, task, o).predict(images, sizes);
    const cls = preds('classification') as Tensor[];
    assert.deepEqual(cls.map((t) => t.shape), [[4], [4]]);
    for (const p of cls) assert.ok(Math.abs((p.sum().item() as number) - 1) < 1e-5);
    const seg = preds('segmentation') as Tensor[];
    assert.deepEqual(seg.map((t) => t.shape), [[5, 40, 44], [5, 24, 32]]);
    const depth = preds('depth') as Tensor[];
    assert.deepEqual(depth.map((t) => t.shape), [[40, 44], [24, 32]]);
    assert.ok((depth[0].min().item() as number) >= 0);
    const normals = preds('normals') as Tensor[];
    assert.deepEqual(normals.map((t) => t.shape), [[3, 40, 44], [3, 24, 32]]);
    const det = preds('detection', { detection: { scoreThresh: 0, topkCandidates: 4, detectionsPerImage: 7 } }) as selftrain.DetectionPrediction[];
    det.forEach((d, i) => {
      assert.ok(d.boxes.shape[0] > 0 && d.boxes.shape[0] <= 7);
      assert.equal(d.classes.dtype, 'int64');
      assert.ok((d.boxes.min().item() as number) >= 0);
      assert.ok((d.boxes.select(1, 2).max().item() as number) <= sizes[i][1] && (d.boxes.select(1, 3).max().item() as number) <= sizes[i][0]);
    });
  }));
  assert.equal(m.training, true, 'the model is back in training mode');
  assert.throws(() => new S.MultiTaskTeacher(new MultiTaskModel({ backbone: 'resnetrs_t', fpnChannels: 16, tasks: { depth: small } }), 'normals'), /no 'normals' head/);
  // the fingerprint follows the weights
  const t = new S.MultiTaskTeacher(m, 'depth');
  const fp = t.fingerprint();
  assert.equal(fp, new S.MultiTaskTeacher(m, 'depth').fingerprint());
  assert.notEqual(fp, new S.MultiTaskTeacher(m, 'normals').fingerprint());
  torch.noGrad(() => m.heads.get('depth')!.parameters()[0].add_(1));
  assert.notEqual(fp, new S.MultiTaskTeacher(m, 'depth').fingerprint());
  m.dispose();
});

test('MultiTaskTeacher: the minScore hint gives exactly the boxes at or above it, with or without TTA merged by NMS', () => {
  torch.manualSeed(1);
  const m = new MultiTaskModel({ backbone: 'resnetrs_t', fpnChannels: 16, tasks: { detection: { numClasses: 3, numConvs: 1, priorProbability: 0.3 } } });
  const { images, sizes } = batch();
  const t = new S.MultiTaskTeacher(m, 'detection', { detection: { scoreThresh: 0.05, topkCandidates: 50, detectionsPerImage: 40 } });
  torch.tidy(() => torch.inferenceMode(() => {
    for (const tta of [S.resolveTta({}), S.resolveTta({ flip: true, boxMerge: 'nms' })]) {
      const all = S.predictWithTta(t, images, sizes, tta) as selftrain.DetectionPrediction[];
      const scores = all.flatMap((d) => Array.from(d.scores.dataSync() as Float32Array));
      // a threshold in the middle of the scores: boxes on both sides of it
      const th = scores.sort((a, b) => a - b)[Math.floor(scores.length / 2)];
      assert.ok(scores.length > 10 && th > 0.05, `scores ${scores.length}, threshold ${th}`);
      const hinted = S.predictWithTta(t, images, sizes, tta, { minScore: th }) as selftrain.DetectionPrediction[];
      let kept = 0;
      all.forEach((d, i) => {
        const keep = d.scores.ge(th);
        const h = hinted[i];
        assert.ok(torch.equal(h.boxes, d.boxes.index(keep)) && torch.equal(h.scores, d.scores.index(keep)) && torch.equal(h.classes, d.classes.index(keep)), `image ${i}`);
        kept += h.scores.shape[0];
      });
      assert.ok(kept > 0 && kept < scores.length, `${kept} of ${scores.length} boxes kept`);
    }
  }));
  m.dispose();
});

test('RetinaNetTeacher: detect() on the unpadded images; toTeacher adapts models', () => {
  torch.manualSeed(1);
  const model = new detection.RetinaNet(new TinyBackbone(), { numClasses: 2, fpnChannels: 8, scoreThresh: 0 , detectionsPerImage: 5 });
  const { images, sizes } = batch();
  torch.tidy(() => {
    const t = S.toTeacher('detection', model);
    assert.ok(t instanceof S.RetinaNetTeacher);
    const got = t.predict(images, sizes) as selftrain.DetectionPrediction[];
    model.eval();
    const want = model.detect([images.select(0, 0), images.select(0, 1).narrow(1, 0, 24).narrow(2, 0, 32)]);
    got.forEach((g, i) => { assert.ok(g.boxes.equal(want[i].boxes)); assert.ok(g.scores.equal(want[i].scores)); });
    model.train();
  });
  assert.throws(() => S.toTeacher('depth', model), /can only teach detection/);
  assert.throws(() => S.toTeacher('depth', {} as never), /must be a Teacher/);
  model.dispose();
});

test('teacher folders: saveTeacherDir / loadTeachers round trip, and the must pseudo-label CLI', async () => {
  const dir = tmp('teachers');
  torch.manualSeed(2);
  const seg = new MultiTaskModel({ backbone: 'resnetrs_t', fpnChannels: 16, tasks: { segmentation: { numClasses: 3, ...small }, depth: small } });
  const retinaConfig = { backbone: 'resnetrs_t', options: { numClasses: 2, fpnChannels: 8, head: { numConvs: 1 } } };
  const det = S.buildTeacherModel({ model: 'retinanet', config: retinaConfig }) as detection.RetinaNet;
  S.saveTeacherDir(dir, 'segmentation', seg, { model: 'multitask', config: { backbone: 'resnetrs_t', fpnChannels: 16, tasks: { segmentation: { numClasses: 3, ...small }, depth: small } } });
  S.saveTeacherDir(dir, 'detection', det, { model: 'retinanet', config: retinaConfig });
  const loaded = S.loadTeachers(dir);
  assert.deepEqual(Object.keys(loaded), ['detection', 'segmentation']);
  assert.equal(loaded.segmentation!.fingerprint!(), new S.MultiTaskTeacher(seg, 'segmentation').fingerprint());
  assert.equal(loaded.detection!.fingerprint!(), new S.RetinaNetTeacher(det).fingerprint());
  const { images, sizes } = batch();
  torch.tidy(() => {
    const a = loaded.segmentation!.predict(images, sizes) as Tensor[];
    const b = new S.MultiTaskTeacher(seg, 'segmentation').predict(images, sizes) as Tensor[];
    a.forEach((t, i) => assert.ok(t.equal(b[i])));
  });
  // a mislabeled folder and a bad model.json are reported
  fs.mkdirSync(path.join(dir, 'bogus'));
  fs.writeFileSync(path.join(dir, 'bogus', 'model.json'), '{}');
  assert.throws(() => S.loadTeachers(dir), /folders bogus are not tasks/);
  fs.rmSync(path.join(dir, 'bogus'), { recursive: true });

  const out = tmp('cli');
  const err: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => { err.push(String(s)); return true; }) as typeof process.stderr.write;
  let code: number;
  try {
    code = await main(['node', 'must', 'pseudo-label', '--teachers', dir, '--data', 'synth:length=5,size=32,seed=1', '--out', out,
      '--shard-size', '2', '--batch-size', '2', '--tta-flip', '--seg-confidence', '0.4', '--no-progress']);
  } finally {
    process.stderr.write = write;
  }
  assert.equal(code, 0, err.join(''));
  assert.match(err.join(''), /3 shards written, 0 kept; store: 5 images, 3 shards/);
  const store = S.PseudoLabelStore.open(out);
  assert.deepEqual(store.tasks, ['detection', 'segmentation']);
  assert.equal(store.config.thresholds.segmentationConfidence, 0.4);
  assert.equal(store.config.tta.flip, true);
  assert.deepEqual(store.config.teachers, { detection: loaded.detection!.fingerprint!(), segmentation: loaded.segmentation!.fingerprint!() });
  torch.tidy(() => assert.deepEqual(store.get(4).semantic!.shape, [32, 32]));
  store.close();
  // ranks through the CLI, then --merge alone: the same files
  const split = tmp('cli-split');
  const quiet = ['--no-progress', '--shard-size', '2', '--batch-size', '2', '--tta-flip', '--seg-confidence', '0.4'];
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    for (const r of ['1', '0']) {
      assert.equal(await main(['node', 'must', 'pseudo-label', '--teachers', dir, '--data', 'synth:length=5,size=32,seed=1', '--out', split, '--rank', r, '--world-size', '2', ...quiet]), 0);
    }
    assert.equal(await main(['node', 'must', 'pseudo-label', '--merge', '--out', split]), 0);
    assert.equal(await main(['node', 'must', 'pseudo-label', '--out', split, '--data', 'x']), 2);
  } finally {
    process.stderr.write = write;
  }
  assert.deepEqual(fs.readdirSync(split).sort(), fs.readdirSync(out).sort());
  for (const f of fs.readdirSync(out)) assert.ok(fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(split, f))), f);
  seg.dispose();
  det.dispose();
});
