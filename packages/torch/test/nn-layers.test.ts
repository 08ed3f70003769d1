// Every layer against PyTorch 1.13: same state (loaded with loadStateDict), same inputs; outputs,
// input and parameter gradients and the state after the forward must match to 1e-5.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { type Call, checkLayerCase, fixture } from './nn-helpers';

torch.setNumThreads(1);
const nn = torch.nn;

const self3: Call = (m, x) => (m as torch.nn.MultiheadAttention).forward(x, x, x);

const cases: Record<string, [() => torch.nn.Module, Call?]> = {
  linear: [() => new nn.Linear(5, 4)],
  linear_nobias_3d: [() => new nn.Linear(5, 2, { bias: false })],
  conv: [() => new nn.Conv2d(3, 4, 3, { stride: 2, padding: 1 })],
  conv_same_groups: [() => new nn.Conv2d(4, 6, 3, { padding: 'same', dilation: 2, groups: 2 })],
  conv_valid_nobias: [() => new nn.Conv2d(3, 2, [3, 2], { stride: [1, 2], padding: 'valid', bias: false })],
  conv_same_even: [() => new nn.Conv2d(2, 3, [2, 4], { padding: 'same', dilation: [3, 1] })],
  conv_reflect: [() => new nn.Conv2d(2, 3, 3, { padding: 1, paddingMode: 'reflect' })],
  conv_circular_same: [() => new nn.Conv2d(2, 2, [3, 4], { padding: 'same', paddingMode: 'circular' })],
  convT: [() => new nn.ConvTranspose2d(4, 2, 3, { stride: 2, padding: 1, outputPadding: 1 })],
  convT_groups: [() => new nn.ConvTranspose2d(4, 6, [3, 2], { stride: [2, 1], groups: 2, dilation: [1, 2] })],
  convT_output_size: [() => new nn.ConvTranspose2d(3, 2, 3, { stride: 2, padding: 1 }),
    (m, x) => (m as torch.nn.ConvTranspose2d).forward(x, [8, 8])],
  bn2d_train: [() => new nn.BatchNorm2d(3)],
  bn2d_eval: [() => new nn.BatchNorm2d(3)],
  bn1d_2d: [() => new nn.BatchNorm1d(4)],
  bn1d_3d_cumulative: [() => new nn.BatchNorm1d(4, { momentum: null })],
  bn_noaffine_notrack: [() => new nn.BatchNorm2d(3, { affine: false, trackRunningStats: false })],
  bn_notrack_eval: [() => new nn.BatchNorm2d(3, { trackRunningStats: false })],
  groupnorm: [() => new nn.GroupNorm(2, 4)],
  groupnorm_noaffine: [() => new nn.GroupNorm(4, 4, { eps: 1e-3, affine: false })],
  layernorm: [() => new nn.LayerNorm(5)],
  layernorm_2d_noaffine: [() => new nn.LayerNorm([3, 5], { elementwiseAffine: false })],
  embedding: [() => new nn.Embedding(10, 3, { paddingIdx: 1 })],
  mha_self_kpm: [() => new nn.MultiheadAttention(8, 2),
    (m, x, kpm) => (m as torch.nn.MultiheadAttention).forward(x, x, x, { keyPaddingMask: kpm })],
  mha_cross_boolmask_perhead: [() => new nn.MultiheadAttention(8, 2),
    (m, q, kv, am) => (m as torch.nn.MultiheadAttention).forward(q, kv, kv, { attnMask: am, averageAttnWeights: false })],
  mha_qkv_floatmask_kpm: [() => new nn.MultiheadAttention(8, 4),
    (m, q, k, v, am, kpm) => (m as torch.nn.MultiheadAttention).forward(q, k, v, { attnMask: am, keyPaddingMask: kpm })],
  mha_nobias_unbatched: [() => new nn.MultiheadAttention(6, 3, { bias: false }), self3],
  mha_no_weights: [() => new nn.MultiheadAttention(8, 2),
    (m, x) => (m as torch.nn.MultiheadAttention).forward(x, x, x, { needWeights: false })],
  act_relu: [() => new nn.ReLU()],
  act_relu6: [() => new nn.ReLU6()],
  act_leaky_relu: [() => new nn.LeakyReLU(0.2)],
  act_silu: [() => new nn.SiLU()],
  act_gelu: [() => new nn.GELU()],
  act_gelu_tanh: [() => new nn.GELU({ approximate: 'tanh' })],
  act_hardswish: [() => new nn.Hardswish()],
  act_hardsigmoid: [() => new nn.Hardsigmoid()],
  act_sigmoid: [() => new nn.Sigmoid()],
  act_tanh: [() => new nn.Tanh()],
  act_softmax: [() => new nn.Softmax(1)],
  act_softmax0: [() => new nn.Softmax(0)],
  maxpool: [() => new nn.MaxPool2d(3, { stride: 2, padding: 1 })],
  maxpool_ceil: [() => new nn.MaxPool2d(2, { ceilMode: true })],
  maxpool_dilation: [() => new nn.MaxPool2d([2, 3], { stride: 1, dilation: 2 })],
  avgpool: [() => new nn.AvgPool2d(3, { stride: 2, padding: 1, countIncludePad: false })],
  avgpool_pad: [() => new nn.AvgPool2d(3, { stride: 2, padding: 1 })],
  avgpool_divisor: [() => new nn.AvgPool2d(2, { divisorOverride: 3, ceilMode: true })],
  adaptive: [() => new nn.AdaptiveAvgPool2d([2, 3])],
  adaptive_none: [() => new nn.AdaptiveAvgPool2d([null, 2])],
  adaptive_1: [() => new nn.AdaptiveAvgPool2d(1)],
  up_nearest_scale2: [() => new nn.Upsample({ scaleFactor: 2 })],
  up_nearest_size: [() => new nn.Upsample({ size: [5, 7] })],
  up_nearest_scale_frac: [() => new nn.Upsample({ scaleFactor: 1.5 })],
  up_bilinear_size_align: [() => new nn.Upsample({ size: [5, 7], mode: 'bilinear', alignCorners: true })],
  up_bilinear_scale: [() => new nn.Upsample({ scaleFactor: 1.5, mode: 'bilinear' })],
  up_bilinear_recompute: [() => new nn.Upsample({ scaleFactor: 1.7, mode: 'bilinear', recomputeScaleFactor: true })],
  up_bicubic_scale2: [() => new nn.Upsample({ scaleFactor: 2, mode: 'bicubic', alignCorners: false })],
  up_area: [() => new nn.Upsample({ size: [2, 3], mode: 'area' })],
  up1d_nearest: [() => new nn.Upsample({ scaleFactor: 2 })],
  up1d_linear: [() => new nn.Upsample({ size: 8, mode: 'linear', alignCorners: true })],
  flatten: [() => new nn.Flatten()],
  flatten_mid: [() => new nn.Flatten(1, 2)],
};

test('every fixture case has a TS counterpart', () => {
  assert.deepEqual(Object.keys(fixture().layers).sort(), Object.keys(cases).sort());
});

for (const [name, [make, call]] of Object.entries(cases)) {
  test(`${name} matches PyTorch (outputs, gradients, state)`, () => {
    const m = make();
    checkLayerCase(m, fixture().layers[name], name, call);
    m.dispose();
  });
}

test('the functional interpolate matches the Upsample cases', () => {
  torch.tidy(() => {
    const c = fixture().layers.up_bilinear_size_align;
    const x = torch.tensor(c.inputs[0].data, { shape: c.inputs[0].shape });
    const y = nn.interpolate(x, { size: [5, 7], mode: 'bilinear', alignCorners: true });
    const e = c.outputs[0].data;
    const a = y.dataSync();
    for (let i = 0; i < e.length; i++) assert.ok(Math.abs(Number(a[i]) - e[i]) < 1e-5);
  });
});

test('interpolate rejects bad arguments as PyTorch does', () => {
  torch.tidy(() => {
    const x = torch.zeros([1, 1, 2, 2]);
    assert.throws(() => nn.interpolate(x, { scaleFactor: 2, alignCorners: true }), /align_corners/);
    assert.throws(() => nn.interpolate(x, { size: 3, scaleFactor: 2 }), /only one of size or scale_factor/);
    assert.throws(() => nn.interpolate(x, {}), /either size or scale_factor/);
    assert.throws(() => nn.interpolate(x, { size: [3, 3, 3] }), /same number of spatial dimensions/);
    assert.throws(() => nn.interpolate(x, { scaleFactor: 2, mode: 'linear' }), /needs 3D input/);
    assert.deepEqual(nn.interpolate(x, { size: 3 }).shape, [1, 1, 3, 3]);
  });
});

test('Conv2d validates its arguments', () => {
  assert.throws(() => new nn.Conv2d(3, 4, 3, { padding: 'same', stride: 2 }), /strided/);
  assert.throws(() => new nn.Conv2d(3, 4, 3, { groups: 2 }), /divisible by groups/);
  assert.throws(() => new nn.ConvTranspose2d(3, 2, 3, { stride: 2, padding: 1 }).forward(torch.zeros([1, 3, 4, 4]), [10, 10]),
    /valid sizes range from \[7\] to \[8\]/);
});

test('BatchNorm rejects a single value per channel in training and a wrong rank', () => {
  const bn = new nn.BatchNorm1d(3);
  assert.throws(() => bn.forward(torch.zeros([1, 3])), /more than 1 value per channel/);
  assert.throws(() => new nn.BatchNorm2d(3).forward(torch.zeros([2, 3])), /expected 4D input/);
  bn.eval();
  assert.deepEqual(bn.forward(torch.zeros([1, 3])).shape, [1, 3]);
});

test('Identity returns its input and Flatten/Softmax keep shapes as PyTorch', () => {
  const x = torch.zeros([2, 3, 4]);
  assert.equal(new nn.Identity().forward(x), x);
  assert.deepEqual(new nn.Flatten(0).forward(x).shape, [24]);
  assert.deepEqual(new nn.Softmax(-1).forward(x).shape, [2, 3, 4]);
});

test('MultiheadAttention with batchFirst false takes [seq, batch, embed]', () => {
  torch.tidy(() => {
    torch.manualSeed(3);
    const a = new nn.MultiheadAttention(4, 2, { batchFirst: false });
    const b = new nn.MultiheadAttention(4, 2);
    b.loadStateDict(a.stateDict());
    const x = torch.randn([5, 2, 4]); // seq 5, batch 2
    const [ya, wa] = a.forward(x, x, x);
    const xb = x.transpose(0, 1);
    const [yb, wb] = b.forward(xb, xb, xb);
    assert.deepEqual(ya.shape, [5, 2, 4]);
    assert.ok(ya.transpose(0, 1).sub(yb).abs().max().item() as number < 1e-6);
    assert.ok(wa!.sub(wb!).abs().max().item() as number < 1e-6);
    assert.throws(() => new nn.MultiheadAttention(6, 4), /divisible/);
  });
});
