// Operator results against PyTorch for Python: fixtures/engine_ops.json is written by
// fixtures/make_engine_fixtures.py (see its header); every case there has a call here.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { type Tensor } from '../src';
import { assertMatchesSpec, fromSpec, loadOpsFixture } from './engine-util';

torch.setNumThreads(1);

const fx = loadOpsFixture();
type In = Record<string, Tensor>;
const { slice } = torch;

// One call per fixture case, written with the TypeScript API as a user would.
const IMPL: Record<string, (t: In) => Tensor | Tensor[]> = {
  // elementwise
  add_alpha: ({ a, b }) => torch.add(a, b, { alpha: 2.5 }),
  add_scalar: ({ a }) => a.add(3, { alpha: 2 }),
  sub_alpha: ({ a, b }) => torch.sub(a, b, { alpha: 0.5 }),
  mul: ({ a, b }) => a.mul(b),
  mul_broadcast: ({ c, a }) => torch.mul(c, a),
  div: ({ a, b }) => torch.div(a, b),
  div_floor: ({ a, b }) => torch.div(a.mul(3), b, { roundingMode: 'floor' }),
  div_trunc: ({ a, b }) => a.mul(3).div(b, { roundingMode: 'trunc' }),
  div_int_floor: ({ ai, bi }) => torch.div(ai, bi, { roundingMode: 'floor' }),
  div_int_true: ({ ai, bi }) => torch.div(ai, bi),
  pow_tensor: ({ pos, a }) => torch.pow(pos, a),
  pow_scalar: ({ a }) => a.pow(3),
  pow_half: ({ pos }) => pos.pow(0.5),
  exp: ({ a }) => a.exp(),
  log: ({ pos }) => torch.log(pos),
  sigmoid: ({ a }) => a.sigmoid(),
  tanh: ({ a }) => torch.tanh(a),
  relu: ({ a }) => a.relu(),
  gelu: ({ a }) => torch.gelu(a),
  gelu_tanh: ({ a }) => a.gelu({ approximate: 'tanh' }),
  // reductions
  sum_all: ({ c }) => c.sum(),
  sum_dim_keepdim: ({ c }) => c.sum([1], { keepdim: true }),
  sum_dims: ({ c }) => torch.sum(c, [0, 2]),
  mean_dim: ({ c }) => c.mean([2]),
  mean_dim_keepdim: ({ c }) => c.mean([0], { keepdim: true }),
  max_dim: ({ c }) => c.max(1),
  max_dim_keepdim: ({ c }) => c.max(2, { keepdim: true }),
  max_all: ({ c }) => c.max(),
  argmax: ({ c }) => c.argmax({ dim: 2 }),
  argmax_all: ({ c }) => torch.argmax(c),
  std_unbiased: ({ c }) => c.std([2]),
  std_biased: ({ c }) => c.std([2], { unbiased: false, keepdim: true }),
  std_all: ({ c }) => c.std(),
  // linear algebra
  matmul: ({ m1, m2 }) => torch.matmul(m1, m2),
  matmul_batched: ({ b1, b2 }) => b1.matmul(b2),
  bmm: ({ b1, b2 }) => torch.bmm(b1, b2),
  // convolution and pooling
  conv2d: ({ img, w, wb }) => torch.conv2d(img, w, { bias: wb }),
  conv2d_stride_pad: ({ img, w, wb }) => torch.conv2d(img, w, { bias: wb, stride: 2, padding: 1 }),
  conv2d_dilation: ({ img, w }) => torch.conv2d(img, w, { padding: [2, 1], dilation: [2, 2] }),
  conv2d_groups: ({ img, wg, wb }) => torch.conv2d(img, wg, { bias: wb, stride: [1, 2], padding: [1, 0], groups: 2 }),
  max_pool2d: ({ img }) => torch.maxPool2d(img, [3, 3], { stride: [2, 2], padding: 1 }),
  max_pool2d_ceil: ({ img }) => img.maxPool2d(2, { stride: 2, ceilMode: true }),
  max_pool2d_with_indices: ({ img }) => torch.maxPool2dWithIndices(img, [2, 2]),
  avg_pool2d: ({ img }) => torch.avgPool2d(img, 3, { stride: 2, padding: 1 }),
  avg_pool2d_no_pad_count: ({ img }) => torch.avgPool2d(img, [3, 3], { stride: [2, 2], padding: [1, 1], countIncludePad: false }),
  adaptive_avg_pool2d: ({ img }) => torch.adaptiveAvgPool2d(img, [3, 5]),
  adaptive_avg_pool2d_1: ({ img }) => torch.adaptiveAvgPool2d(img, 1),
  // normalization: batch_norm updates the running statistics in place
  batch_norm_train: ({ bnx, bnw, bnb, rmean, rvar }) => {
    const rm = rmean.clone();
    const rv = rvar.clone();
    return [torch.batchNorm(bnx, bnw, bnb, rm, rv, true, 0.1, 1e-5, false), rm, rv];
  },
  batch_norm_eval: ({ bnx, bnw, bnb, rmean, rvar }) => {
    const rm = rmean.clone();
    const rv = rvar.clone();
    return [torch.batchNorm(bnx, bnw, bnb, rm, rv, false, 0.1, 1e-5, false), rm, rv];
  },
  layer_norm: ({ c, lnw, lnb }) => torch.layerNorm(c, [4], { weight: lnw, bias: lnb, eps: 1e-5 }),
  layer_norm_2d: ({ c }) => torch.layerNorm(c, [3, 4]),
  group_norm: ({ bnx, gnw, gnb }) => torch.groupNorm(bnx, 2, { weight: gnw, bias: gnb }),
  // softmax and losses
  softmax: ({ c }) => torch.softmax(c, 1),
  softmax_last: ({ c }) => c.softmax(-1),
  log_softmax: ({ c }) => c.logSoftmax(2),
  cross_entropy: ({ logits, target }) => torch.crossEntropyLoss(logits, target),
  cross_entropy_sum_weight: ({ logits, target, cw }) => torch.crossEntropyLoss(logits, target, { weight: cw, reduction: 2 }),
  cross_entropy_none_smooth: ({ logits, target }) => torch.crossEntropyLoss(logits, target, { reduction: 0, labelSmoothing: 0.1 }),
  cross_entropy_ignore: ({ logits, target_ign }) => torch.crossEntropyLoss(logits, target_ign),
  nll_loss: ({ logits, target }) => torch.nllLoss(logits.logSoftmax(1), target),
  nll_loss_weight_none: ({ logits, target, cw }) => torch.nllLoss(logits, target, { weight: cw, reduction: 0 }),
  // interpolation
  upsample_bilinear: ({ up }) => torch.upsampleBilinear2d(up, [7, 9], false),
  upsample_bilinear_ac: ({ up }) => torch.upsampleBilinear2d(up, [7, 9], true),
  upsample_bilinear_scale: ({ up }) => torch.upsampleBilinear2d(up, null, false, [2, 1.5]),
  upsample_nearest: ({ up }) => torch.upsampleNearest2d(up, [8, 7]),
  upsample_nearest_scale: ({ up }) => torch.upsampleNearest2d(up, null, [2, 3]),
  // shape ops
  cat: ({ a, b }) => torch.cat([a, b], { dim: 1 }),
  cat0: ({ a, b }) => torch.cat([a, b]),
  stack: ({ a, b }) => torch.stack([a, b], { dim: 1 }),
  split: ({ c }) => c.split(3, { dim: 2 }),
  split_sizes: ({ c }) => torch.split(c, [1, 2], { dim: 1 }),
  chunk: ({ c }) => c.chunk(2, { dim: 2 }),
  transpose: ({ c }) => c.transpose(0, 2),
  permute: ({ c }) => c.permute([2, 0, 1]),
  view: ({ c }) => c.view([4, 6]),
  reshape_infer: ({ c }) => c.transpose(1, 2).reshape([-1, 3]),
  // indexing and selection
  where: ({ mask, a, b }) => torch.where(mask, a, b),
  where_scalar: ({ mask, a }) => torch.where(mask, a, 0.5),
  gather: ({ a, gidx }) => torch.gather(a, 1, gidx),
  scatter_src: ({ a, sidx, src }) => torch.scatter(a.index(slice(0, 2)), 1, sidx, src),
  scatter_value: ({ a, sidx }) => a.index(slice(null, 2)).scatter(1, sidx, 9),
  scatter_add_reduce: ({ a, sidx, src }) => torch.scatter(a.index(slice(0, 2)), 1, sidx, src, 'add'),
  index_select: ({ a, isel }) => torch.indexSelect(a, 0, isel),
  topk: ({ c }) => c.topk(2),
  topk_smallest: ({ c }) => torch.topk(c, 2, { dim: 1, largest: false }),
  sort: ({ c }) => c.sort(),
  sort_desc: ({ c }) => c.sort({ dim: 0, descending: true }),
  cumsum: ({ c }) => c.cumsum(1),
  cumsum_f64: ({ c }) => torch.cumsum(c, 2, { dtype: 'float64' }),
  clamp: ({ a }) => a.clamp({ min: -0.5, max: 0.7 }),
  clamp_min: ({ a }) => torch.clamp(a, { min: 0.1 }),
  clamp_tensor: ({ a, lo }) => a.clamp({ min: lo }), // option value kinds pick aten::clamp.Tensor
  masked_fill: ({ a, mask }) => a.maskedFill(mask, -1.5),
  index_mask: ({ a, mask }) => a.index(mask),
  index_rows: ({ a }) => a.index(slice(), torch.tensor([3n, 1n])),
};

test('fixture was generated by PyTorch 1.13 and every case has an implementation', () => {
  assert.match(fx.torch, /^1\.13/);
  const names = fx.cases.map((c) => c.name);
  assert.ok(names.length >= 90, `only ${names.length} cases`);
  assert.deepEqual([...names].sort(), Object.keys(IMPL).sort());
});

for (const c of fx.cases) {
  test(`op ${c.name}: ${c.expr}`, () => {
    const impl = IMPL[c.name];
    assert.ok(impl, `no implementation for ${c.name}`);
    const before = torch.memory().tensors;
    torch.tidy(() => {
      const inputs: In = {};
      for (const [k, spec] of Object.entries(fx.inputs)) inputs[k] = fromSpec(spec);
      // the inputs themselves arrive exactly
      for (const k of c.inputs) assertMatchesSpec(inputs[k], fx.inputs[k], `input ${k}`, { rtol: 0, atol: 0 });
      const r = impl(inputs);
      const outs = Array.isArray(r) ? r : [r];
      assert.equal(outs.length, c.out.length, 'number of outputs');
      outs.forEach((o, i) => assertMatchesSpec(o, c.out[i], `${c.name} output ${i}`));
    });
    assert.equal(torch.memory().tensors, before, 'tidy freed every tensor of the case');
  });
}

test('in-place variants agree with their functional forms and return the same object', () => {
  torch.tidy(() => {
    const inputs: In = {};
    for (const [k, spec] of Object.entries(fx.inputs)) inputs[k] = fromSpec(spec);
    const find = (n: string) => fx.cases.find((c) => c.name === n)!.out[0];
    const x = inputs.a.clone();
    const r = x.add_(inputs.b, { alpha: 2.5 });
    assert.equal(r, x);
    assertMatchesSpec(x, find('add_alpha'), 'add_');
    const y = inputs.a.clone();
    assert.equal(torch.relu_(y), y);
    assertMatchesSpec(y, find('relu'), 'relu_');
    const z = inputs.a.clone();
    z.maskedFill_(inputs.mask, -1.5);
    assertMatchesSpec(z, find('masked_fill'), 'masked_fill_');
    const s = inputs.a.clone();
    s.sigmoid_().mul_(1);
    assertMatchesSpec(s, find('sigmoid'), 'sigmoid_');
  });
});
