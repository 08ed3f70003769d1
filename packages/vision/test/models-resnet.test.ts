// ResNet against torchvision 0.14 and ResNet-RS against a transcription of timm's ResNet (see
// test/fixtures/models/make_model_fixtures.py): state dicts saved by PyTorch load with strict
// keys and give the same logits and C2..C5 features; parameter counts of every registry model.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { countResNetParams, createModel, listModels, loadWeights, ModelError, ResNet } from '../src';
import { assertClose, assertFeature, expected, FIXTURES, fixtureTensor } from './models-helpers';

torch.setNumThreads(1);

const KNOWN_COUNTS: Record<string, number> = {
  // torchvision's documented counts
  resnet18: 11_689_512, resnet34: 21_797_672, resnet50: 25_557_032, resnet101: 44_549_160, resnet152: 60_192_808,
};

test('every registry model: parameter count equals torchvision / the timm transcription, on the meta device', () => {
  const counts = expected().param_counts;
  for (const [name, n] of Object.entries(KNOWN_COUNTS)) assert.equal(counts[name], n, `fixture count of ${name}`);
  const names = listModels();
  assert.ok(names.length >= 19);
  for (const name of names) {
    const m = createModel<ResNet>(name, { device: 'meta' });
    assert.equal(m.numParameters(), counts[name], `${name}: parameters`);
    assert.equal(countResNetParams(m.config), counts[name], `${name}: countResNetParams`);
    assert.equal(m.modelName, name);
    m.dispose();
  }
  // variant 'd' of the torchvision names is the resnet*d layout
  const d = createModel<ResNet>('resnet50', { variant: 'd', device: 'meta' });
  assert.equal(d.numParameters(), counts.resnet50d);
  d.dispose();
});

function checkTorchvisionCase(caseName: string, model: ResNet): void {
  const c = expected().cases[caseName];
  assert.deepEqual([...model.stateDict({ keepVars: true }).keys()], c.keys, 'state-dict keys and order equal PyTorch\'s');
  assert.equal(model.numParameters(), c.num_params);
  loadWeights(model, path.join(FIXTURES, `${caseName}.safetensors`), { strict: true });
  model.eval();
  torch.tidy(() => {
    const x = fixtureTensor('input.safetensors', 'x');
    torch.noGrad(() => {
      assertClose(model.forward(x), c.logits, `${caseName} logits`);
      const feats = model.forwardFeatures(x);
      assert.equal(feats.length, 4);
      feats.forEach((f, i) => assertFeature(f, c.features[i], `${caseName} C${i + 2}`));
    });
  });
  model.dispose();
}

test('torchvision ResNet(BasicBlock, [1, 1, 1, 1]): state dict loads strictly, same logits and features', () => {
  checkTorchvisionCase('tv_basic_1111', new ResNet({ block: 'basic', layers: [1, 1, 1, 1], numClasses: 10 }));
});

test('torchvision ResNet(Bottleneck, [1, 1, 1, 1], width_per_group=16): state dict loads strictly, same logits', () => {
  checkTorchvisionCase('tv_bottleneck_1111_w16',
    new ResNet({ block: 'bottleneck', layers: [1, 1, 1, 1], widthPerGroup: 16, numClasses: 10 }));
});

test('resnetrs_t equals the timm-layout ResNet-RS: keys, eval logits (ReLU and SiLU), odd input size, train mode', () => {
  const c = expected().cases.rs_tiny;
  const file = path.join(FIXTURES, 'rs_tiny.safetensors');
  const m = createModel<ResNet>('resnetrs_t', { numClasses: 10, dropRate: 0 });
  assert.deepEqual([...m.stateDict({ keepVars: true }).keys()], c.keys);
  assert.equal(m.numParameters(), c.num_params);
  loadWeights(m, file);
  m.eval();
  torch.tidy(() => {
    const x = fixtureTensor('rs_input.safetensors', 'x');
    const xodd = fixtureTensor('rs_input.safetensors', 'xodd');
    torch.noGrad(() => {
      assertClose(m.forward(x), c.logits, 'eval logits');
      // 50x38: avg-pool shortcut with ceil_mode and count_include_pad=False on odd sizes
      assertClose(m.forward(xodd), c.logits_odd!, 'odd-size logits');
      m.forwardFeatures(x).forEach((f, i) => assertFeature(f, c.features[i], `C${i + 2}`));
    });
    // train mode: batch statistics, running statistics updated as PyTorch
    m.train();
    torch.noGrad(() => assertClose(m.forward(x), c.logits_train!, 'train-mode logits'));
    assertClose(m.bn1.runningMean!, c.running_mean_after_train_bn1!, 'bn1 running mean after one train step', 1e-5, 1e-4);
  });
  m.dispose();
  const silu = createModel<ResNet>('resnetrs_t', { numClasses: 10, act: 'silu' });
  loadWeights(silu, file);
  silu.eval();
  torch.tidy(() => {
    const x = fixtureTensor('rs_input.safetensors', 'x');
    torch.noGrad(() => assertClose(silu.forward(x), c.logits_silu!, 'SiLU logits'));
  });
  silu.dispose();
});

test('a checkpoint of another architecture: an error naming both architectures', () => {
  const m = createModel<ResNet>('resnetrs_t', { numClasses: 10 });
  assert.throws(() => loadWeights(m, path.join(FIXTURES, 'tv_basic_1111.safetensors')), (e: unknown) => {
    assert.ok(e instanceof ModelError);
    const msg = (e as Error).message;
    assert.match(msg, /checkpoint does not fit model 'resnetrs_t'/);
    assert.match(msg, /the model expects: ResNet with Bottleneck blocks \[1, 1, 1, 1\] \(depth 14\), deep stem, strided-conv stem pool, avg-pool shortcut, squeeze-excitation/);
    assert.match(msg, /the checkpoint has: ResNet with Basic blocks \[1, 1, 1, 1\] \(depth 10\), 7x7 stem, layer1 width 64, 10 classes/);
    assert.match(msg, /missing: conv1\.0\.weight/);
    return true;
  });
  // the same architecture with another class count: the shape mismatch is named
  const other = new ResNet({ block: 'basic', layers: [1, 1, 1, 1], numClasses: 5 });
  assert.throws(() => loadWeights(other, path.join(FIXTURES, 'tv_basic_1111.safetensors')),
    /fc\.weight: checkpoint \[10, 512\] vs model \[5, 512\]/);
  // nothing was copied: the module is unchanged and still usable
  const before = other.fc.stateDict().get('bias')!;
  assert.equal(before.shape[0], 5);
  before.dispose();
  m.dispose();
  other.dispose();
});

test('prefixed checkpoints: the error suggests stripPrefix, which then loads', () => {
  const m = new ResNet({ block: 'basic', layers: [1, 1, 1, 1], numClasses: 10 });
  torch.tidy(() => {
    const sd = torch.io.loadSafetensors(path.join(FIXTURES, 'tv_basic_1111.safetensors'));
    const prefixed = new Map(Object.entries(sd).map(([k, v]) => [`module.${k}`, v]));
    assert.throws(() => loadWeights(m, prefixed), /pass \{ stripPrefix: 'module\.' \}/);
    loadWeights(m, prefixed, { stripPrefix: 'module.' });
  });
  m.dispose();
});

test('forward and forwardFeatures of a registry model: shapes, strides, no leaked tensors', () => {
  const m = createModel<ResNet>('resnetrs_t', { numClasses: 7 });
  m.eval();
  const x = torch.randn([1, 3, 64, 96]);
  const before = torch.memory().tensors;
  torch.noGrad(() => {
    const y = m.forward(x);
    assert.deepEqual(y.shape, [1, 7]);
    y.dispose();
    const feats = m.forwardFeatures(x);
    assert.deepEqual(feats.map((f) => f.shape), [[1, 64, 16, 24], [1, 128, 8, 12], [1, 256, 4, 6], [1, 512, 2, 3]]);
    assert.deepEqual(m.featureInfo.map((f) => [f.name, f.channels, f.stride, f.module]),
      [['C2', 64, 4, 'layer1'], ['C3', 128, 8, 'layer2'], ['C4', 256, 16, 'layer3'], ['C5', 512, 32, 'layer4']]);
    for (const f of feats) f.dispose();
  });
  assert.equal(torch.memory().tensors, before, 'forward and forwardFeatures free their intermediates');
  // training step: gradients reach the stem
  torch.tidy(() => {
    m.train();
    const y = m.forward(x);
    y.sum().backward();
    const g = (m.conv1 as torch.nn.Sequential).at(0).stateDict({ keepVars: true }).get('weight')!.grad;
    assert.ok(g && Number(g.abs().sum().item()) > 0);
  });
  // numClasses 0: pooled features
  const f = createModel<ResNet>('resnet18', { numClasses: 0, device: 'meta' });
  assert.equal(f.numFeatures, 512);
  assert.deepEqual(f.featureInfo.map((i) => i.channels), [64, 128, 256, 512]);
  f.dispose();
  x.dispose();
  m.dispose();
});

test('bad input: channels, rank, dtype, a clear error saying what was expected', () => {
  const m = createModel<ResNet>('resnetrs_t');
  torch.tidy(() => {
    assert.throws(() => m.forward(torch.zeros([1, 1, 32, 32])),
      /resnetrs_t\.forward: expected 3 input channel\(s\), input \[N, 3, H, W\], got shape \[1, 1, 32, 32\] with 1 channel/);
    assert.throws(() => m.forward(torch.zeros([1, 32, 32, 3])), /channels-last data\? permute/);
    assert.throws(() => m.forward(torch.zeros([3, 32, 32])), /expected a 4-d input \[N, 3, H, W\], got shape \[3, 32, 32\].*unsqueeze\(0\)/);
    assert.throws(() => m.forward(torch.zeros([1, 3, 32, 32], { dtype: 'uint8' })), /expected a floating-point input, got uint8/);
    assert.throws(() => m.forwardFeatures(null as unknown as torch.Tensor), ModelError);
  });
  const gray = createModel<ResNet>('resnetrs_t', { inChans: 1, numClasses: 2 });
  torch.tidy(() => torch.noGrad(() => assert.deepEqual(gray.eval().forward(torch.zeros([1, 1, 32, 32])).shape, [1, 2])));
  gray.dispose();
  m.dispose();
});
