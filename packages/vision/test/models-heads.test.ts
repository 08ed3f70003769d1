// Task heads (classification, segmentation, depth, normals) and the MultiTaskModel (backbone +
// FPN + any subset of heads), on small inputs.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import {
  ClassificationHead, DepthHead, ModelError, MultiTaskModel, NormalsHead, ResNet, SegmentationHead,
} from '../src';

torch.setNumThreads(1);

const small = { convDims: 16, normGroups: 4 };
/** Random P2..P5 for a 64x96 image: strides 4..32. */
function pyramid(c: number, n = 2): torch.Tensor[] {
  return [4, 8, 16, 32].map((s) => torch.randn([n, c, 64 / s, 96 / s]));
}

const max = (t: torch.Tensor) => Number(torch.tidy(() => t.max().item()));
const min = (t: torch.Tensor) => Number(torch.tidy(() => t.min().item()));

test('ClassificationHead: pool, dropout, linear', () => {
  torch.manualSeed(0);
  const h = new ClassificationHead(32, 5, { dropRate: 0.2 });
  assert.deepEqual([...h.stateDict().keys()], ['fc.weight', 'fc.bias']);
  h.eval();
  torch.tidy(() => {
    const x = torch.randn([3, 32, 4, 4]);
    const y = h.forward(x);
    assert.deepEqual(y.shape, [3, 5]);
    const ref = torch.linear(x.mean([2, 3]), h.fc.weight, { bias: h.fc.bias });
    assert.ok(max(y.sub(ref).abs()) < 1e-6);
    assert.deepEqual(h.forward(torch.randn([3, 32])).shape, [3, 5]);
    const hm = new ClassificationHead(32, 5, { pool: 'max' });
    assert.deepEqual(hm.forward(x).shape, [3, 5]);
  });
  h.dispose();
  assert.throws(() => new ClassificationHead(32, 0), /numClasses must be a positive integer/);
});

test('SegmentationHead: the Panoptic FPN semantic branch, detectron2 names, logits at the input size', () => {
  torch.manualSeed(0);
  const h = new SegmentationHead(24, 7, small);
  const keys = [...h.stateDict().keys()];
  assert.deepEqual(keys.filter((k) => k.endsWith('.weight') && !k.includes('norm')),
    ['p2.0.weight', 'p3.0.weight', 'p4.0.weight', 'p4.2.weight', 'p5.0.weight', 'p5.2.weight', 'p5.4.weight', 'predictor.weight']);
  assert.ok(keys.includes('p3.0.norm.weight') && keys.includes('predictor.bias'));
  torch.tidy(() => {
    const p = pyramid(24);
    assert.deepEqual(h.forward(p, [64, 96]).shape, [2, 7, 64, 96]);
    assert.deepEqual(h.forward(p).shape, [2, 7, 64, 96]);
    assert.deepEqual(h.fuse(p).shape, [2, 16, 16, 24]);
    const cat = new SegmentationHead(24, 7, { ...small, fusion: 'concat' });
    assert.deepEqual(cat.predictor.weight.shape, [7, 64, 1, 1]);
    assert.deepEqual(cat.forward(p, [64, 96]).shape, [2, 7, 64, 96]);
    // sizes that do not halve exactly
    const bad = [torch.randn([1, 24, 17, 17]), torch.randn([1, 24, 9, 9]), torch.randn([1, 24, 5, 5]), torch.randn([1, 24, 3, 3])];
    assert.throws(() => h.forward(bad), /the input size must be divisible by 32/);
    assert.throws(() => h.forward(p.slice(0, 3)), /expected 4 feature maps/);
    assert.throws(() => h.forward(pyramid(8)), /has 8 channels, expected 24/);
  });
  h.dispose();
});

test('DepthHead: non-negative depth (softplus or exp) or raw log-depth', () => {
  torch.manualSeed(0);
  torch.tidy(() => {
    const p = pyramid(16);
    const soft = new DepthHead(16, small);
    const d = soft.forward(p, [64, 96]);
    assert.deepEqual(d.shape, [2, 1, 64, 96]);
    assert.ok(min(d) >= 0);
    const ex = new DepthHead(16, { ...small, activation: 'exp' });
    assert.ok(min(ex.forward(p, [64, 96])) > 0);
    const log = new DepthHead(16, { ...small, output: 'log-depth' });
    log.loadStateDict(ex.stateDict());
    const l = log.forward(p, [64, 96]);
    assert.ok(min(l) < 0, 'log-depth is unbounded');
    assert.ok(max(log.toDepth(l).sub(ex.forward(p, [64, 96])).abs()) < 1e-5, 'exp(log-depth) = depth of the exp head');
    assert.throws(() => new DepthHead(16, { output: 'disparity' as 'depth' }), /output must be 'depth' or 'log-depth'/);
  });
});

test('NormalsHead: three channels of unit length', () => {
  torch.manualSeed(0);
  torch.tidy(() => {
    const h = new NormalsHead(16, small);
    const n = h.forward(pyramid(16), [64, 96]);
    assert.deepEqual(n.shape, [2, 3, 64, 96]);
    const len = torch.linalgVectorNorm(n, { dim: [1] });
    assert.ok(max(len.sub(1).abs()) < 1e-4);
  });
});

const ALL_TASKS = {
  classification: { numClasses: 4 },
  detection: { numClasses: 3 },
  segmentation: { numClasses: 5, ...small },
  depth: small,
  normals: small,
};

test('MultiTaskModel: one backbone + FPN, every head, outputs per task, backward, no leaks', () => {
  torch.manualSeed(0);
  const m = new MultiTaskModel({ backbone: 'resnetrs_t', fpnChannels: 16, tasks: ALL_TASKS });
  assert.deepEqual(m.tasks, ['classification', 'detection', 'segmentation', 'depth', 'normals']);
  assert.equal(m.inputDivisor, 32);
  assert.ok(m.backbone instanceof ResNet && (m.backbone as ResNet).numClasses === 0);
  const keys = [...m.stateDict({ keepVars: true }).keys()];
  for (const k of ['backbone.conv1.0.weight', 'backbone.layer1.0.se.fc1.weight', 'fpn.inner_blocks.0.0.weight', 'fpn.extra_blocks.p6.weight',
    'heads.classification.fc.weight', 'heads.detection.classification_head.cls_logits.bias', 'heads.segmentation.p5.4.norm.weight',
    'heads.depth.predictor.weight', 'heads.normals.predictor.bias']) assert.ok(keys.includes(k), k);
  assert.ok(!keys.includes('backbone.fc.weight'));
  const x = torch.randn([2, 3, 64, 96]);
  const before = torch.memory().tensors;
  m.eval();
  const out = torch.noGrad(() => m.forward(x));
  assert.deepEqual(out.classification!.shape, [2, 4]);
  const det = out.detection!;
  assert.deepEqual(det.featureSizes, [[8, 12], [4, 6], [2, 3], [1, 2], [1, 1]]);
  assert.deepEqual(det.strides, [8, 16, 32, 64, 128]);
  const anchors = det.featureSizes.reduce((a, [h, w]) => a + h * w * 9, 0);
  assert.deepEqual(det.clsLogits.shape, [2, anchors, 3]);
  assert.deepEqual(det.bboxRegression.shape, [2, anchors, 4]);
  assert.deepEqual(out.segmentation!.shape, [2, 5, 64, 96]);
  assert.deepEqual(out.depth!.shape, [2, 1, 64, 96]);
  assert.ok(min(out.depth!) >= 0);
  assert.ok(torch.tidy(() => max(torch.linalgVectorNorm(out.normals!, { dim: [1] }).sub(1).abs())) < 1e-4);
  for (const t of [out.classification!, det.clsLogits, det.bboxRegression, out.segmentation!, out.depth!, out.normals!]) t.dispose();
  assert.equal(torch.memory().tensors, before, 'forward frees every intermediate');
  // a subset of tasks
  const only = torch.noGrad(() => m.forward(x, { tasks: ['depth'] }));
  assert.deepEqual(Object.keys(only), ['depth']);
  only.depth!.dispose();
  // training: one loss over every task reaches the backbone and every head
  m.train();
  torch.tidy(() => {
    const o = m.forward(x);
    const loss = o.classification!.sum().add(o.detection!.clsLogits.mean()).add(o.detection!.bboxRegression.mean())
      .add(o.segmentation!.mean()).add(o.depth!.mean()).add(o.normals!.mean());
    loss.backward();
    for (const name of ['backbone.conv1.0.weight', 'fpn.layer_blocks.0.0.weight', 'heads.detection.regression_head.bbox_reg.weight',
      'heads.segmentation.predictor.weight', 'heads.normals.p2.0.weight']) {
      const p = m.namedParameters().find(([k]) => k === name)![1];
      assert.ok(p.grad && max(p.grad.abs()) > 0, `gradient reaches ${name}`);
    }
  });
  x.dispose();
  m.dispose();
});

test('MultiTaskModel: detection on P2..P5 (small objects) with and without a dense task', () => {
  torch.manualSeed(0);
  for (const tasks of [{ detection: { numClasses: 3, numConvs: 1, minLevel: 2, maxLevel: 5 } },
    { detection: { numClasses: 3, numConvs: 1, minLevel: 2, maxLevel: 5 }, depth: small }]) {
    const m = new MultiTaskModel({ backbone: 'resnetrs_t', fpnChannels: 16, tasks });
    const keys = [...m.stateDict({ keepVars: true }).keys()];
    // the FPN starts at C2 (4 inputs) and has no P6/P7 convs
    assert.ok(keys.includes('fpn.inner_blocks.3.0.weight') && !keys.some((k) => k.startsWith('fpn.extra_blocks')), keys.filter((k) => k.startsWith('fpn')).join());
    torch.tidy(() => torch.noGrad(() => {
      const det = m.eval().forward(torch.randn([2, 3, 32, 64]), { tasks: ['detection'] }).detection!;
      assert.deepEqual(det.strides, [4, 8, 16, 32]);
      assert.deepEqual(det.featureSizes, [[8, 16], [4, 8], [2, 4], [1, 2]]);
      assert.deepEqual(det.clsLogits.shape, [2, 9 * (128 + 32 + 8 + 2), 3]);
    }));
    m.dispose();
  }
  // P3..P6: one extra level only
  const m6 = new MultiTaskModel({ backbone: 'resnetrs_t', fpnChannels: 16, tasks: { detection: { numClasses: 2, numConvs: 1, maxLevel: 6 } } });
  const sd6 = m6.stateDict({ keepVars: true });
  assert.ok(sd6.has('fpn.extra_blocks.p6.weight') && !sd6.has('fpn.extra_blocks.p7.weight'));
  torch.tidy(() => torch.noGrad(() => assert.deepEqual(m6.eval().forward(torch.randn([1, 3, 64, 64])).detection!.strides, [8, 16, 32, 64])));
  m6.dispose();
  assert.throws(() => new MultiTaskModel({ backbone: 'resnetrs_t', tasks: { detection: { numClasses: 2, minLevel: 4, maxLevel: 3 } } }), /minLevel must be <= maxLevel/);
  assert.throws(() => new MultiTaskModel({ backbone: 'resnetrs_t', tasks: { detection: { numClasses: 2, minLevel: 1 } } }), /tasks\.detection\.minLevel/);
});

test('MultiTaskModel: bad input sizes, channels and configs give clear errors', () => {
  const m = new MultiTaskModel({ backbone: 'resnetrs_t', fpnChannels: 16, tasks: { segmentation: { numClasses: 3, ...small } } });
  torch.tidy(() => {
    assert.throws(() => m.forward(torch.zeros([1, 3, 70, 64])),
      /MultiTaskModel\.forward: input size 70x64 is not divisible by the model's stride 32; expected \[N, 3, H, W\] with H and W multiples of 32 \(e\.g\. pad to 96x64\)/);
    assert.throws(() => m.forward(torch.zeros([1, 4, 64, 64])), /expected 3 input channel/);
    assert.throws(() => m.forward(torch.zeros([1, 3, 64, 64]), { tasks: ['depth'] }), /no 'depth' head \(this model's tasks: segmentation\)/);
  });
  m.dispose();
  // detection and classification only: no size constraint (the FPN resizes top-down)
  const d = new MultiTaskModel({ backbone: 'resnetrs_t', fpnChannels: 16, tasks: { detection: { numClasses: 2, numConvs: 1 }, classification: { numClasses: 2 } } });
  assert.equal(d.inputDivisor, 1);
  torch.tidy(() => torch.noGrad(() => {
    const o = d.eval().forward(torch.randn([1, 3, 70, 50]));
    assert.deepEqual(o.detection!.featureSizes[0], [9, 7]);
  }));
  d.dispose();
  assert.throws(() => new MultiTaskModel({ backbone: 'resnetrs_t', tasks: {} }), /at least one task is required/);
  assert.throws(() => new MultiTaskModel({ backbone: 'resnetrs_t', tasks: { captioning: {} } as never }),
    (e: unknown) => e instanceof ModelError && /tasks: Unrecognized key: "captioning"/.test((e as Error).message) && /Valid fields:\n {2}backbone: /.test((e as Error).message));
  assert.throws(() => new MultiTaskModel({ backbone: 'resnet5', tasks: { depth: {} } }), /Unknown model 'resnet5'\. Did you mean 'resnet50'\?/);
  assert.throws(() => new MultiTaskModel({ backbone: 'resnetrs_t', tasks: { segmentation: {} } as never }), /tasks\.segmentation\.numClasses/);
});

test('dense heads start with small outputs: predictor weights N(0, 0.01), bias 0', () => {
  torch.manualSeed(0);
  const heads = [new SegmentationHead(32, 9, small), new DepthHead(32, small), new NormalsHead(32, small)];
  torch.tidy(() => {
    const feats = pyramid(32);
    for (const h of heads) {
      const w = h.predictor.weight;
      const std = Number(w.std().item());
      assert.ok(std > 0.007 && std < 0.013, `${h.constructor.name} predictor std ${std}`);
      assert.equal(max(h.predictor.bias!.abs()), 0);
      h.eval();
      const out = h.forward(feats, [64, 96]);
      // segmentation logits near 0 (uniform probabilities), depth near softplus(0) = 0.69
      if (h instanceof SegmentationHead) assert.ok(max(out.abs()) < 2, `segmentation logits ${max(out.abs())}`);
      if (h instanceof DepthHead) assert.ok(min(out) > 0.3 && max(out) < 1.2, `depth ${min(out)}..${max(out)}`);
    }
  });
  for (const h of heads) h.dispose();
});
