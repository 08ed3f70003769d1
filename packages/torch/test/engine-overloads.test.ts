// Overload resolution and argument kinds: Tensor vs Scalar overloads, int[N] from one int,
// Tensor?[] with nulls, optional tensors, dtype/device/layout/memory-format strings, selection by
// option keys, and the errors for unknown keys, wrong kinds, unknown operators and disposed tensors.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { assertClose, assertTensor, assertThrowsWith, values } from './engine-util';

torch.setNumThreads(1);

test('Tensor vs Scalar overloads: the chosen overload shows in the result and its grad_fn', () => {
  torch.tidy(() => {
    const x = torch.tensor([1, 2, 3], { requiresGrad: true });
    const y = torch.tensor([10, 20, 30]);
    assert.equal(x.mul(2).gradFn, 'MulBackward1'); // aten::mul.Scalar
    assert.equal(x.mul(y).gradFn, 'MulBackward0'); // aten::mul.Tensor
    assertTensor(torch.add(x, y, { alpha: 2 }), [3], [21, 42, 63]);
    assertTensor(torch.add(x, 1.5, { alpha: 2 }), [3], [4, 5, 6]);
    // aten::pow.Scalar(Scalar self, Tensor exponent): a number in the first position
    assertTensor(torch.pow(2, torch.tensor([1, 2, 3])), [3], [2, 4, 8]);
    assertTensor(torch.pow(torch.tensor([1, 2, 3]), 2), [3], [1, 4, 9]);
    // where: self/other as tensors or scalars (where.self, where.ScalarOther, where.ScalarSelf, where.Scalar)
    const m = torch.tensor([true, false, true]);
    assertTensor(torch.where(m, y, x), [3], [10, 2, 30]);
    assertTensor(torch.where(m, y, -1), [3], [10, -1, 30]);
    assertTensor(torch.where(m, -1, y), [3], [-1, 20, -1]);
    assert.deepEqual(torch.where(m, 1.5, 0.5).toArray(), [1.5, 0.5, 1.5]);
    // a one-argument where returns a list
    const nz = torch.where(m) as unknown as torch.Tensor[];
    assert.equal(nz.length, 1);
    assert.deepEqual(nz[0].toArray(), [0, 2]);
    // max: a full reduction (Tensor), the dim overload ([values, indices]) and max.other (elementwise)
    const t = torch.tensor([[1, 5], [7, 3]]);
    assert.equal(t.max().item(), 7);
    const [v, i] = t.max(1);
    assert.deepEqual(v.toArray(), [5, 7]);
    assert.deepEqual(i.toArray(), [1, 0]);
    assert.equal(i.dtype, 'int64');
    assert.deepEqual(torch.max(t, torch.full([2, 2], 4)).toArray(), [[4, 5], [7, 4]]);
  });
});

test('Scalars: integral numbers stay integers, fractional ones are doubles, bigints and booleans work', () => {
  torch.tidy(() => {
    const i = torch.tensor([1n, 2n]);
    assert.equal(i.mul(2).dtype, 'int64');
    assert.deepEqual(i.mul(2).toArray(), [2, 4]);
    assert.equal(i.mul(2.5).dtype, 'float32');
    assert.deepEqual(i.mul(2.5).toArray(), [2.5, 5]);
    assert.equal(i.add(2n).dtype, 'int64');
    assert.deepEqual(Array.from(i.add(2n ** 40n).dataSync() as BigInt64Array), [2n ** 40n + 1n, 2n ** 40n + 2n]);
    assert.deepEqual(i.add(true).toArray(), [2, 3]);
    const f = torch.tensor([1, 2], { dtype: 'float64' });
    assert.deepEqual(f.add(0.1).toArray(), [1.1, 2.1]);
    const nan = f.add(NaN).dataSync();
    assert.ok(Number.isNaN(nan[0]) && Number.isNaN(nan[1]));
    assertThrowsWith(() => i.add(2n ** 70n), TypeError, 'bigint does not fit in int64');
    // an int argument rejects fractional numbers
    assertThrowsWith(() => torch.sum(f, [0.5]), TypeError, 'no overload matches', 'number[1]');
  });
});

test('int[N] from a single int: conv2d padding 1 equals [1, 1]; reductions take one dim', () => {
  torch.tidy(() => {
    torch.manualSeed(0);
    const x = torch.randn([1, 2, 5, 5]);
    const w = torch.randn([3, 2, 3, 3]);
    const a = torch.conv2d(x, w, { padding: 1, stride: 2 });
    const b = torch.conv2d(x, w, { padding: [1, 1], stride: [2, 2] });
    assert.deepEqual(a.shape, [1, 3, 3, 3]);
    assert.deepEqual(values(a), values(b));
    // asymmetric lists are not the broadcast of one int
    assert.deepEqual(torch.conv2d(x, w, { padding: [1, 0] }).shape, [1, 3, 5, 3]);
    const m = torch.tensor([[1, 2], [3, 4]]);
    assert.deepEqual(m.sum(1).toArray(), [3, 7]);
    assert.deepEqual(m.sum([1]).toArray(), [3, 7]);
    assert.deepEqual(m.sum([0, 1]).toArray(), 10);
    assert.deepEqual(torch.maxPool2d(x, 2).shape, [1, 2, 2, 2]);
    assert.deepEqual(torch.adaptiveAvgPool2d(x, 3).shape, [1, 2, 3, 3]);
    // a scalar where a float[] is wanted broadcasts too: upsample by 2 in both dims
    assert.deepEqual(torch.upsampleNearest2d(x, null, [2, 2]).shape, [1, 2, 10, 10]);
  });
});

test("Tensor?[] with nulls: callOp('index', x, [null, idx]) and optional Tensor null", () => {
  torch.tidy(() => {
    const x = torch.arange(12).view([3, 4]);
    const idx = torch.tensor([3n, 0n]);
    const cols = torch.callOp('index', x, [null, idx]) as torch.Tensor;
    assert.deepEqual(cols.toArray(), [[3, 0], [7, 4], [11, 8]]);
    const rows = torch.index(x, [torch.tensor([2n, 2n])]);
    assert.deepEqual(rows.toArray(), [[8, 9, 10, 11], [8, 9, 10, 11]]);
    // undefined is a null too
    assert.deepEqual((torch.callOp('index', x, [undefined, idx]) as torch.Tensor).toArray(), [[3, 0], [7, 4], [11, 8]]);
    // a bool mask in the list
    const mask = torch.tensor([true, false, true]);
    assert.deepEqual(torch.index(x, [mask, idx]).toArray(), [3, 8]);
    // index_put_ with nulls
    const y = torch.zeros([2, 3]);
    torch.indexPut_(y, [null, torch.tensor([1n])], torch.tensor(5));
    assert.deepEqual(y.toArray(), [[0, 5, 0], [0, 5, 0]]);
    // optional Tensor arguments accept null: conv2d bias, layer_norm weight
    torch.manualSeed(1);
    const inp = torch.randn([1, 1, 3, 3]);
    const k = torch.randn([1, 1, 2, 2]);
    assert.deepEqual(values(torch.conv2d(inp, k, { bias: null })), values(torch.conv2d(inp, k)));
    const withBias = torch.conv2d(inp, k, { bias: torch.tensor([10]) });
    assertClose(withBias.sub(torch.conv2d(inp, k)).dataSync() as Float32Array, [10, 10, 10, 10], { rtol: 0, atol: 1e-5 });
    assert.deepEqual(torch.layerNorm(inp, [3], { weight: null, bias: null }).shape, [1, 1, 3, 3]);
    // a non-optional tensor refuses null
    assertThrowsWith(() => torch.callOp('mul', x, null), TypeError, 'no overload matches', '(Tensor, null)');
  });
});

test('dtype, device, layout and memory-format strings', () => {
  torch.tidy(() => {
    const x = torch.tensor([[1.5, -2.5]]);
    assert.equal(x.to('float64').dtype, 'float64');
    assert.equal(x.to({ dtype: 'int32' }).dtype, 'int32');
    assert.deepEqual(x.to('int32').toArray(), [[1, -2]]);
    assert.equal(torch.sum(x, { dtype: 'float64' }).dtype, 'float64');
    assert.equal(torch.cumsum(torch.tensor([1, 2], { dtype: 'int8' }), 0, { dtype: 'int32' }).dtype, 'int32');
    assert.equal(x.to('cpu').device, 'cpu');
    assert.equal(torch.zeros([2], { device: 'cpu' }).device, 'cpu');
    assert.equal(torch.callOp1('zeros', [2], { layout: 'strided', dtype: 'int16' }).dtype, 'int16');
    // results typed as ScalarType come back as dtype names
    assert.equal(torch.callOp('result_type', torch.tensor([1n]), 2.5), 'float32');
    assert.equal(torch.promoteTypes('int32', 'float16'), 'float16');
    // memory format: channels_last changes the strides, not the values
    const img = torch.arange(60, { dtype: 'float32' }).view([1, 3, 4, 5]);
    const cl = img.contiguous({ memoryFormat: 'channels_last' });
    assert.deepEqual([0, 1, 2, 3].map((d) => cl.stride(d)), [60, 1, 15, 3]);
    assert.deepEqual([0, 1, 2, 3].map((d) => img.stride(d)), [60, 20, 5, 1]);
    assert.deepEqual(cl.toArray(), img.toArray());
    assert.deepEqual([0, 1, 2, 3].map((d) => img.clone({ memoryFormat: 'channels_last' }).stride(d)), [60, 1, 15, 3]);
    // malformed strings
    assertThrowsWith(() => x.to({ dtype: 'float128' as torch.DType }), TypeError, 'aten::to: no overload matches', "dtype: string 'float128'",
      'aten::to.dtype_layout(Tensor(a) self, *, ScalarType? dtype=None');
    assertThrowsWith(() => img.contiguous({ memoryFormat: 'bogus' as torch.MemoryFormat }), TypeError,
      "aten::contiguous: no overload matches the arguments (Tensor, {memoryFormat: string 'bogus'})");
    assertThrowsWith(() => torch.ones([2], { device: 'gpu0' }), TypeError, "device: string 'gpu0'", 'Device? device=None');
    assertThrowsWith(() => torch.callOp('zeros', [2], { layout: 'dense' }), TypeError, "(integer[1], {layout: string 'dense'})");
    if (!torch.cuda.isAvailable()) {
      assertThrowsWith(() => torch.ones([2], { device: 'cuda' }), Error, "Could not run 'aten::empty.memory_format' with arguments from the 'CUDA' backend");
    }
  });
});

test('options keys select the overload: div roundingMode, std unbiased/correction, sort stable', () => {
  torch.tidy(() => {
    const a = torch.tensor([7, -7, 7.5]);
    const b = torch.tensor([2, 2, -2]);
    assert.deepEqual(torch.div(a, b).toArray(), [3.5, -3.5, -3.75]);
    assert.deepEqual(torch.div(a, b, { roundingMode: 'floor' }).toArray(), [3, -4, -4]);
    assert.deepEqual(torch.div(a, b, { roundingMode: 'trunc' }).toArray(), [3, -3, -3]);
    assert.deepEqual(torch.div(a, 2, { roundingMode: 'floor' }).toArray(), [3, -4, 3]);
    // an undefined value counts as absent
    assert.deepEqual(torch.div(a, b, { roundingMode: undefined }).toArray(), [3.5, -3.5, -3.75]);
    assertThrowsWith(() => torch.div(a, b, { roundingMode: 'round' as 'floor' }), Error, 'rounding_mode');
    const c = torch.tensor([[1, 2, 3, 4]]);
    const unbiased = Math.sqrt(5 / 3);
    const biased = Math.sqrt(5 / 4);
    assertClose(c.std([1]).dataSync() as Float32Array, [unbiased]);
    assertClose(c.std([1], { unbiased: false }).dataSync() as Float32Array, [biased]);
    assertClose(c.std([1], { correction: 0 }).dataSync() as Float32Array, [biased]);
    assertClose(c.std([1], { correction: 2 }).dataSync() as Float32Array, [Math.sqrt(5 / 2)]);
    assert.deepEqual(c.std([1], { unbiased: false, keepdim: true }).shape, [1, 1]);
    const [vals, idx] = torch.sort(torch.tensor([2, 1, 2, 1]), { stable: true, descending: true });
    assert.deepEqual(vals.toArray(), [2, 2, 1, 1]);
    assert.deepEqual(idx.toArray(), [0, 2, 1, 3]);
  });
});

test('unknown option keys, wrong kinds and wrong option values are TypeErrors quoting the schemas', () => {
  torch.tidy(() => {
    const a = torch.ones([2]);
    assertThrowsWith(() => torch.div(a, a, { bogus: 1 } as object), TypeError,
      'aten::div: no overload matches the arguments (Tensor, Tensor, {bogus: integer}). Schemas:',
      'aten::div.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor',
      'aten::div.Scalar(Tensor self, Scalar other) -> Tensor');
    assertThrowsWith(() => torch.add(a, 'x' as unknown as number), TypeError,
      "no overload matches the arguments (Tensor, string 'x')",
      'aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor');
    assertThrowsWith(() => torch.conv2d(a, [a, a] as unknown as torch.Tensor), TypeError, '(Tensor, Tensor[2])',
      'aten::conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] dilation=1, int groups=1) -> Tensor');
    // option values of the wrong kind: no overload takes them
    assertThrowsWith(() => torch.div(a, a, { roundingMode: 3 as unknown as 'floor' }), TypeError,
      'aten::div: no overload matches the arguments (Tensor, Tensor, {roundingMode: integer})',
      'aten::div.Tensor_mode(Tensor self, Tensor other, *, str? rounding_mode) -> Tensor');
    assertThrowsWith(() => torch.add(a, a, { alpha: {} as number }), TypeError, '(Tensor, Tensor, {alpha: object})',
      'aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor');
    // too few and too many positional arguments
    assertThrowsWith(() => (torch.add as Function)(), TypeError, 'no overload matches the arguments ()');
    assertThrowsWith(() => torch.callOp('relu', a, a), TypeError, 'aten::relu: no overload matches the arguments (Tensor, Tensor)', 'aten::relu(Tensor self) -> Tensor');
    // out= overloads are not callable (and not listed)
    const e = assertThrowsWith(() => torch.callOp('add', a, a, { out: a }), TypeError, '(Tensor, Tensor, {out: Tensor}). Schemas:');
    assert.ok(!e.message.includes('Tensor(a!) out'), 'out= variants are not offered');
    // callOp1 refuses operators that return something else than one tensor
    assertThrowsWith(() => torch.callOp1('max', a, 0), TypeError, 'aten::max.dim does not return a single Tensor; use call()');
    // schemasOf lists every overload (out= ones too) in the order calls try them
    assert.deepEqual(torch.schemasOf('relu'), ['aten::relu(Tensor self) -> Tensor', 'aten::relu.out(Tensor self, *, Tensor(a!) out) -> Tensor(a!)']);
  });
});

test('unknown operators and disposed tensors are TypeErrors', () => {
  assertThrowsWith(() => torch.callOp('no_such_op', 1), TypeError, 'unknown operator aten::no_such_op');
  assertThrowsWith(() => torch.callOp('foo::bar'), TypeError, 'unknown operator foo::bar');
  assertThrowsWith(() => torch.schemasOf('also_missing'), TypeError, 'unknown operator aten::also_missing');
  assert.ok(torch.schemasOf('aten::add').length >= 2, 'qualified names resolve too');
  const d = torch.ones([2]);
  const live = torch.ones([2]);
  d.dispose();
  assertThrowsWith(() => torch.add(d, live), TypeError, 'self is a disposed Tensor');
  assertThrowsWith(() => live.add(d), TypeError, 'other is a disposed Tensor');
  assertThrowsWith(() => d.relu(), TypeError, 'disposed Tensor');
  assertThrowsWith(() => torch.cat([live, d]), TypeError, 'tensors is a disposed Tensor');
  assertThrowsWith(() => d.shape, TypeError, 'disposed Tensor');
  assertThrowsWith(() => d.dataSync(), TypeError, 'disposed Tensor');
  assertThrowsWith(() => d.item(), TypeError, 'disposed Tensor');
  assertThrowsWith(() => d.index(0), TypeError, 'disposed Tensor');
  assertThrowsWith(() => torch.add(live, live, { alpha: 1 }).add(live, { alpha: d as unknown as number }), TypeError, '{alpha: Tensor(disposed)}');
  assertThrowsWith(() => d.keep(), TypeError, 'keep expects a live Tensor');
  assertThrowsWith(() => torch.autograd.grad(d, live), TypeError, 'disposed Tensor');
  assert.deepEqual(live.toArray(), [1, 1]);
  live.dispose();
});

test('in-place operators return the object they were given (functions, methods, callOp, callOp1)', () => {
  torch.tidy(() => {
    const x = torch.ones([2]);
    assert.equal(x.add_(1), x);
    assert.equal(torch.mul_(x, 2), x);
    assert.equal(torch.callOp('add_', x, 1), x);
    assert.equal(torch.callOp1('sub_', x, 1), x);
    assert.deepEqual(x.toArray(), [4, 4]);
    assert.equal(x.indexPut_([torch.tensor([true, false])], 0), x);
    assert.deepEqual(x.toArray(), [0, 4]);
    // operators that return numbers, booleans and lists of numbers
    assert.equal(torch.callOp('size', x, 0), 2);
    assert.equal(torch.callOp('is_floating_point', x), true);
    assert.equal(torch.callOp('is_floating_point', torch.tensor([1n])), false);
    assert.equal(torch.callOp('item', torch.tensor([2.5])), 2.5);
  });
});

test('option values take part in the overload choice (clamp.Tensor, conv2d.padding)', () => {
  // Regression: overloads used to be chosen from the option keys only, so { min: tensor } went to
  // aten::clamp (Scalar? min) and failed, and { padding: 'same' } went to aten::conv2d (int[2]).
  torch.tidy(() => {
    const x = torch.tensor([-1, 0.5, 2]);
    assert.deepEqual(torch.clamp(x, { min: torch.tensor([0, 0, 0]), max: torch.tensor([1, 1, 1]) }).toArray(), [0, 0.5, 1]);
    assert.deepEqual(x.clamp({ min: torch.tensor([0, 1, 0]) }).toArray(), [0, 1, 2]);
    assert.deepEqual(x.clamp({ min: 0 }).toArray(), [0, 0.5, 2]);
    torch.manualSeed(3);
    const img = torch.randn([1, 2, 5, 5]);
    const w = torch.randn([3, 2, 3, 3]);
    const same = torch.conv2d(img, w, { padding: 'same' });
    assert.deepEqual(same.shape, [1, 3, 5, 5]);
    assert.deepEqual(values(same), values(torch.conv2d(img, w, { padding: 1 })));
    assert.deepEqual(torch.conv2d(img, w, { padding: 'valid' }).shape, [1, 3, 3, 3]);
    assertThrowsWith(() => torch.conv2d(img, w, { padding: 'full' }), Error, 'padding');
  });
});

// A tensor id is a number generation * 2^22 + index; a non-integral id (reachable through any
// object with a numeric `_h`) must not name a live tensor.
test('a non-integral tensor id is not a tensor', () => {
  torch.tidy(() => {
    const a = torch.tensor([1, 2]);
    const b = torch.tensor([10, 20]);
    assertThrowsWith(() => torch.add(a, { _h: b._h + 0.5 } as unknown as torch.Tensor), TypeError, /not a Tensor|disposed Tensor|no overload matches/);
  });
});

test('extra arguments to a generated wrapper are a TypeError, not silently dropped', () => {
  torch.tidy(() => {
    const a = torch.tensor([1, 2]);
    assertThrowsWith(() => (torch.relu as unknown as (...x: unknown[]) => unknown)(a, a), TypeError, /aten::relu: 2 arguments given, but its typed wrapper takes at most 1/);
    assertThrowsWith(() => (a.add as unknown as (...x: unknown[]) => unknown)(a, {}, 3), TypeError, /aten::add: 4 arguments given/);
  });
});
