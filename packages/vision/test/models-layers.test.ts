// Squeeze-excitation, stochastic depth, dropout before the classifier, zero-init of the last BN,
// and the ResNet-RS scaling rules (with the README table they produce).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as torch from '@must/torch';
import {
  BasicBlock, Bottleneck, createModel, dropPathRates, layersForDepth, ResNet, resnetRSFamilyTable, scaleResNetRS,
  SqueezeExcite, RESNET_RS_DEPTHS,
} from '../src';
import { expected, README } from './models-helpers';

torch.setNumThreads(1);
const { nn } = torch;

test('SqueezeExcite: timm widths and x * sigmoid(fc2(relu(fc1(mean(x)))))', () => {
  assert.equal(new SqueezeExcite(256, { rdRatio: 0.25, device: 'meta' }).rdChannels, 64);
  assert.equal(new SqueezeExcite(64, { rdRatio: 0.25, device: 'meta' }).rdChannels, 16);
  assert.equal(new SqueezeExcite(40, { rdRatio: 0.25, device: 'meta' }).rdChannels, 8); // make_divisible(10, 8)
  torch.manualSeed(1);
  const se = new SqueezeExcite(16, { rdRatio: 0.25 });
  assert.deepEqual([...se.stateDict().keys()], ['fc1.weight', 'fc1.bias', 'fc2.weight', 'fc2.bias']);
  torch.tidy(() => {
    const x = torch.randn([2, 16, 5, 7]);
    const y = se.forward(x);
    const s = x.mean([2, 3], { keepdim: true });
    const h = torch.conv2d(s, se.fc1.weight, { bias: se.fc1.bias }).relu();
    const g = torch.conv2d(h, se.fc2.weight, { bias: se.fc2.bias }).sigmoid();
    const ref = x.mul(g);
    assert.ok(Number(y.sub(ref).abs().max().item()) < 1e-6);
    // the gate is per sample and channel, in (0, 1)
    const ratio = y.div(x);
    assert.ok(Number(ratio.min().item()) > 0 && Number(ratio.max().item()) < 1);
  });
  se.dispose();
});

test('ResNet-RS puts SE (ratio 0.25) in every bottleneck; resnet50 has none', () => {
  const rs = createModel<ResNet>('resnetrs50', { device: 'meta' });
  const blocks = rs.modules().filter((m): m is Bottleneck => m instanceof Bottleneck);
  assert.equal(blocks.length, 16);
  for (const b of blocks) assert.ok(b.se instanceof SqueezeExcite && b.se.rdChannels === b.se.channels / 4);
  const tv = createModel<ResNet>('resnet50', { device: 'meta' });
  assert.ok(tv.modules().every((m) => !(m instanceof SqueezeExcite)));
  rs.dispose();
  tv.dispose();
});

test('stochastic depth: the per-stage rule rate * (i + 2) / 5 of ResNet-RS, and timm\'s linear rule', () => {
  assert.deepEqual(dropPathRates([1, 2, 1, 1], 0.1, 'stage').map((s) => s.map((r) => +r.toFixed(6))), [[0.04], [0.06, 0.06], [0.08], [0.1]]);
  assert.deepEqual(dropPathRates([1, 1, 1, 2], 0.4, 'linear').map((s) => s.map((r) => +r.toFixed(6))), [[0], [0.1], [0.2], [0.3, 0.4]]);
  // resnetrs200's default is 0.1 by stage; resnetrs50-152 have none
  const m = createModel<ResNet>('resnetrs200', { device: 'meta' });
  const rates = [m.layer1, m.layer2, m.layer3, m.layer4].map((l) => [...l].map((b) => (b as Bottleneck).dropPath!.dropProb));
  assert.deepEqual(rates.map((s) => [...new Set(s.map((r) => +r.toFixed(6)))]), [[0.04], [0.06], [0.08], [0.1]]);
  assert.deepEqual(rates.map((s) => s.length), RESNET_RS_DEPTHS[200]);
  m.dispose();
  const m50 = createModel<ResNet>('resnetrs50', { device: 'meta' });
  assert.ok(m50.modules().every((x) => !(x instanceof nn.DropPath)));
  assert.equal(m50.headDrop.p, 0.25);
  m50.dispose();
  const m420 = createModel<ResNet>('resnetrs420', { device: 'meta' });
  assert.equal(m420.headDrop.p, 0.4);
  m420.dispose();
});

test('drop path in a block: in training whole samples lose their residual branch; eval is deterministic', () => {
  torch.manualSeed(0);
  const norm = (c: number) => new nn.BatchNorm2d(c);
  const block = new BasicBlock(8, 8, { stride: 1, downsample: null, groups: 1, widthPerGroup: 64, act: 'relu', seRatio: 0, dropPath: 0.5, norm });
  torch.tidy(() => {
    const one = torch.randn([1, 8, 6, 6]);
    const x = one.expand([64, 8, 6, 6]).contiguous();
    const y = torch.noGrad(() => block.forward(x));
    const identityOnly = x.relu(); // dropped samples: act(0 + x)
    let dropped = 0;
    let kept = 0;
    const keptRef = [] as torch.Tensor[];
    for (let i = 0; i < 64; i++) {
      const yi = y.index(i);
      if (Number(yi.sub(identityOnly.index(i)).abs().max().item()) < 1e-6) dropped++;
      else {
        kept++;
        keptRef.push(yi);
      }
    }
    assert.equal(dropped + kept, 64);
    assert.ok(dropped > 10 && kept > 10, `dropped ${dropped}, kept ${kept}`);
    // every kept sample is the same (identical inputs), with the branch scaled by 1 / (1 - p)
    for (const k of keptRef) assert.ok(Number(k.sub(keptRef[0]).abs().max().item()) < 1e-5);
    block.eval();
    const a = torch.noGrad(() => block.forward(x));
    const b = torch.noGrad(() => block.forward(x));
    assert.ok(Number(a.sub(b).abs().max().item()) === 0);
  });
  block.dispose();
});

test('dropout before the classifier: active in training only', () => {
  torch.manualSeed(0);
  const m = createModel<ResNet>('resnetrs_t', { numClasses: 4, dropRate: 0.5 });
  torch.tidy(() => torch.noGrad(() => {
    const x = torch.randn([2, 3, 32, 32]);
    m.eval();
    const e1 = m.forward(x);
    const e2 = m.forward(x);
    assert.equal(Number(e1.sub(e2).abs().max().item()), 0);
    // train mode with BN in eval: only the dropout differs between two calls
    m.train();
    for (const b of m.modules()) if (b instanceof nn.BatchNorm2d) b.eval();
    const t1 = m.forward(x);
    const t2 = m.forward(x);
    assert.ok(Number(t1.sub(t2).abs().max().item()) > 0);
  }));
  m.dispose();
});

test('zeroInitLast zeroes the last BN gamma of every residual branch', () => {
  const rs = createModel<ResNet>('resnetrs_t');
  for (const b of rs.modules()) if (b instanceof Bottleneck) assert.equal(Number(torch.tidy(() => b.bn3.weight!.abs().sum().item())), 0);
  const tv = createModel<ResNet>('resnet18', { numClasses: 2 });
  const tvz = createModel<ResNet>('resnet18', { numClasses: 2, zeroInitLast: true });
  const sum = (m: ResNet) => torch.tidy(() => m.modules().filter((b): b is BasicBlock => b instanceof BasicBlock)
    .reduce((a, b) => a + Number(b.bn2.weight!.abs().sum().item()), 0));
  assert.ok(sum(tv) > 0);
  assert.equal(sum(tvz), 0);
  for (const m of [rs, tv, tvz]) m.dispose();
});

test('scaleResNetRS: the paper\'s depths and recipe, our rule elsewhere, and the README table', () => {
  for (const [d, layers] of Object.entries(RESNET_RS_DEPTHS)) assert.deepEqual(layersForDepth(Number(d)), layers);
  assert.deepEqual(layersForDepth(14), [1, 1, 1, 1]);
  assert.deepEqual(layersForDepth(26), [2, 2, 2, 2]);
  assert.deepEqual(layersForDepth(38), [3, 3, 3, 3]);
  assert.deepEqual(layersForDepth(20), [1, 2, 2, 1]);
  assert.deepEqual(layersForDepth(302), [4, 31, 61, 4]);
  assert.throws(() => layersForDepth(10), /depth must be an integer >= 14/);
  const s = scaleResNetRS({ depth: 152, resolution: 224 });
  assert.deepEqual(s.layers, [3, 8, 36, 3]);
  assert.equal(s.params, expected().param_counts.resnetrs152);
  assert.deepEqual([s.dropRate, s.dropPathRate, s.randAugmentMagnitude], [0.25, 0, 15]);
  assert.deepEqual([scaleResNetRS({ depth: 50, resolution: 160 }).randAugmentMagnitude, scaleResNetRS({ depth: 270, resolution: 256 }).dropPathRate], [10, 0.1]);
  assert.throws(() => scaleResNetRS({ depth: 50, resolution: 100 }), /multiple of 32/);
  // a scaled config builds the model it describes
  const small = scaleResNetRS({ depth: 26, resolution: 96, widthMultiplier: 0.25 });
  const m = new ResNet({ ...small.config, device: 'meta' });
  assert.equal(m.numParameters(), small.params);
  assert.equal(small.params, expected().param_counts.resnetrs_s);
  m.dispose();
  // the table in the README is the one the code produces
  const readme = fs.readFileSync(README, 'utf8');
  assert.ok(readme.includes('## Models'), 'README has a Models section');
  assert.ok(readme.includes(resnetRSFamilyTable()), 'README ResNet-RS table is up to date (resnetRSFamilyTable())');
});
