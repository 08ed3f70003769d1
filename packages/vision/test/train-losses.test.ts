// Multi-task losses on batches with partial labels (taskMask), soft labels, images without boxes,
// degenerate boxes; detection decoding; evaluation keys.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import { SyntheticScenes, collate, disposeBatch, disposeSample, type Sample, type Batch } from '../src/data';
import { MultiTaskLoss, evaluateMultiTask, type BatchSource } from '../src/train';
import { buildModel } from '../src/train/run';
import { loadConfig } from '../src/config';

torch.setNumThreads(1);

const config = loadConfig(null, [
  'train.steps=1', 'data.size=32', 'data.numClasses=3', 'model.fpnChannels=16', 'tasks.detection.numConvs=1', 'tasks.detection.headNorm=none',
  'tasks.detection.anchorSize=2', ...['segmentation', 'depth', 'normals'].flatMap((t) => [`tasks.${t}.convDims=16`, `tasks.${t}.normGroups=4`]),
]).config;

function samples(): Sample[] {
  const full = new SyntheticScenes({ length: 2, size: 32, numClasses: 3, objects: [1, 2], seed: 5 });
  const depthOnly = new SyntheticScenes({ length: 2, size: 32, numClasses: 3, objects: [1, 2], seed: 6, tasks: ['depth'] });
  return [full.get(0) as Sample, depthOnly.get(0) as Sample, full.get(1) as Sample, depthOnly.get(1) as Sample];
}

test('MultiTaskLoss: one finite scalar per task from partially labeled batches; gradients reach every head', () => {
  torch.manualSeed(0);
  const model = buildModel(config);
  const loss = MultiTaskLoss.fromConfig(model, config.tasks, 3);
  const ss = samples();
  const batch = collate(ss, { padTo: 32 });
  for (const s of ss) disposeSample(s);
  try {
    assert.deepEqual(Array.from(batch.taskMask.select(1, 0).dataSync() as Uint8Array), [1, 0, 1, 0]);
    torch.tidy(() => {
      const l = loss.compute(model, batch);
      assert.deepEqual(Object.keys(l), ['classification', 'detection', 'segmentation', 'depth', 'normals']);
      for (const [k, v] of Object.entries(l)) {
        assert.equal(v.numel, 1, k);
        assert.equal(v.dtype, 'float32');
        assert.ok(Number.isFinite(Number(v.item())) && Number(v.item()) > 0, `${k} = ${Number(v.item())}`);
      }
      Object.values(l).reduce((a, b) => a.add(b)).backward();
      for (const task of model.tasks) {
        const g = model.head(task).parameters().map((p) => p.grad);
        assert.ok(g.some((x) => x !== null && Number(x.abs().sum().item()) > 0), `gradient reaches the ${task} head`);
      }
      model.zeroGrad();
      // weights from the config
      assert.deepEqual(MultiTaskLoss.weights(config.tasks), { classification: 1, detection: 1, segmentation: 1, depth: 1, normals: 1 });
    });
  } finally {
    disposeBatch(batch);
    loss.dispose();
    model.dispose();
  }
});

test('MultiTaskLoss: nothing labeled is a zero loss that still backpropagates; soft labels; boxless and degenerate targets', () => {
  torch.manualSeed(0);
  const model = buildModel(config);
  const loss = MultiTaskLoss.fromConfig(model, config.tasks, 3);
  const ss = samples();
  const depthOnly = collate([ss[1], ss[3]], { padTo: 32 });
  const full = collate([ss[0], ss[2]], { padTo: 32 });
  for (const s of ss) disposeSample(s);
  try {
    torch.tidy(() => {
      const l = loss.compute(model, depthOnly);
      for (const k of ['classification', 'detection', 'segmentation', 'normals']) assert.ok(Number(l[k].item()) === 0, k);
      assert.ok(Number(l.depth.item()) > 0);
      Object.values(l).reduce((a, b) => a.add(b)).backward();
      model.zeroGrad();

      // soft [B, K] labels (pseudo labels) and an image labeled for detection without boxes
      const soft: Batch = {
        ...full,
        labels: torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]),
        instances: [
          { boxes: torch.zeros([0, 4]), classes: torch.zeros([0], { dtype: 'int64' }) },
          { boxes: torch.tensor([[4, 4, 20, 18], [10, 10, 10, 16]]), classes: torch.tensor([1n, 2n]) }, // the second has zero width
        ],
      };
      const l2 = loss.compute(model, soft);
      assert.ok(Number.isFinite(Number(l2.classification.item())));
      assert.ok(Number(l2.detection.item()) > 0);
      l2.classification.add(l2.detection).backward();
      model.zeroGrad();

      // decoding: boxes inside each image, at most detectionsPerImage
      model.eval();
      const out = torch.noGrad(() => model.forward(full.images, { tasks: ['detection'] }));
      const dets = loss.detection!.decode(out.detection!, full.images.shape.slice(2), full.sizes);
      model.train();
      assert.equal(dets.length, 2);
      for (const d of dets) {
        assert.equal(d.boxes.shape[1], 4);
        assert.ok(d.boxes.numel === 0 || (Number(d.boxes.min().item()) >= 0 && Number(d.boxes.max().item()) <= 32));
        assert.ok(d.scores.shape[0] <= config.tasks.detection.detectionsPerImage);
      }
    });
  } finally {
    disposeBatch(depthOnly);
    disposeBatch(full);
    loss.dispose();
    model.dispose();
  }
});

test('evaluateMultiTask: the metrics of every enabled task', async () => {
  torch.manualSeed(0);
  const model = buildModel(config);
  const loss = MultiTaskLoss.fromConfig(model, config.tasks, 3);
  const source: BatchSource<Batch> = {
    length: 1,
    async *batches() {
      const ss = samples();
      const b = collate(ss, { padTo: 32 });
      for (const s of ss) disposeSample(s);
      yield b;
    },
    dispose: disposeBatch,
  };
  model.eval();
  const m = await evaluateMultiTask(model, source, { tasks: model.tasks, numClasses: 3, detection: loss.detection });
  assert.deepEqual(Object.keys(m).sort(), [
    'classification/top1', 'classification/top5', 'depth/absRel', 'depth/delta1', 'depth/rmse', 'detection/AP', 'detection/AP50',
    'detection/AP75', 'normals/mean', 'normals/median', 'normals/within11_25', 'segmentation/mIoU', 'segmentation/pixelAccuracy',
  ]);
  for (const [k, v] of Object.entries(m)) assert.equal(typeof v, 'number', k);
  assert.ok(m['classification/top1'] >= 0 && m['classification/top1'] <= 1);
  loss.dispose();
  model.dispose();
});
