// Data in and out: every dtype from typed arrays and nested arrays, dataSync types, item(),
// toArray nesting, 0-d and empty tensors, bigint input, the shape option, malformed input,
// and toString.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { assertThrowsWith } from './engine-util';

torch.setNumThreads(1);

interface DtypeCase {
  dtype: torch.DType;
  array: Function;       // the typed array dataSync() returns
  input: ArrayBufferView; // native typed array input
  values: (number | bigint)[]; // what comes back
  nested: unknown[];      // the same values as a nested 2x2 array
  toArray: unknown[];     // toArray() of the 2x2 tensor
}

const CASES: DtypeCase[] = [
  { dtype: 'float32', array: Float32Array, input: new Float32Array([1.5, -2.25, 3e-8, 65504]), values: [1.5, -2.25, Math.fround(3e-8), 65504],
    nested: [[1.5, -2.25], [Math.fround(3e-8), 65504]], toArray: [[1.5, -2.25], [Math.fround(3e-8), 65504]] },
  { dtype: 'float64', array: Float64Array, input: new Float64Array([0.1, -1e300, 1 / 3, 2 ** -1074]), values: [0.1, -1e300, 1 / 3, 2 ** -1074],
    nested: [[0.1, -1e300], [1 / 3, 2 ** -1074]], toArray: [[0.1, -1e300], [1 / 3, 2 ** -1074]] },
  // float16 / bfloat16 have no typed array: they come back widened to Float32Array, rounded
  { dtype: 'float16', array: Float32Array, input: new Float32Array([1.5, -2, 0.1, 65504]), values: [1.5, -2, 0.0999755859375, 65504],
    nested: [[1.5, -2], [0.1, 65504]], toArray: [[1.5, -2], [0.0999755859375, 65504]] },
  { dtype: 'bfloat16', array: Float32Array, input: new Float32Array([1.5, -2, 0.1, 3e38]), values: [1.5, -2, 0.10009765625, 3.00405527047391e+38],
    nested: [[1.5, -2], [0.1, 3e38]], toArray: [[1.5, -2], [0.10009765625, 3.00405527047391e+38]] },
  { dtype: 'int64', array: BigInt64Array, input: new BigInt64Array([1n, -2n, 2n ** 53n + 1n, -(2n ** 63n)]), values: [1n, -2n, 2n ** 53n + 1n, -(2n ** 63n)],
    nested: [[1n, -2n], [2n ** 53n + 1n, -(2n ** 63n)]], toArray: [[1, -2], [2 ** 53, -(2 ** 63)]] },
  { dtype: 'int32', array: Int32Array, input: new Int32Array([1, -2, 2 ** 31 - 1, -(2 ** 31)]), values: [1, -2, 2 ** 31 - 1, -(2 ** 31)],
    nested: [[1, -2], [2 ** 31 - 1, -(2 ** 31)]], toArray: [[1, -2], [2 ** 31 - 1, -(2 ** 31)]] },
  { dtype: 'int16', array: Int16Array, input: new Int16Array([1, -2, 32767, -32768]), values: [1, -2, 32767, -32768],
    nested: [[1, -2], [32767, -32768]], toArray: [[1, -2], [32767, -32768]] },
  { dtype: 'int8', array: Int8Array, input: new Int8Array([1, -2, 127, -128]), values: [1, -2, 127, -128],
    nested: [[1, -2], [127, -128]], toArray: [[1, -2], [127, -128]] },
  { dtype: 'uint8', array: Uint8Array, input: new Uint8Array([1, 0, 255, 128]), values: [1, 0, 255, 128],
    nested: [[1, 0], [255, 128]], toArray: [[1, 0], [255, 128]] },
  { dtype: 'bool', array: Uint8Array, input: new Uint8Array([1, 0, 0, 1]), values: [1, 0, 0, 1],
    nested: [[true, false], [false, true]], toArray: [[true, false], [false, true]] },
];

test('DTYPES lists the ten dtypes and elementSize matches', () => {
  assert.deepEqual([...torch.DTYPES].sort(), CASES.map((c) => c.dtype).sort());
  const sizes = Object.fromEntries(torch.DTYPES.map((d) => [d, torch.elementSize(d)]));
  assert.deepEqual(sizes, { float32: 4, float64: 8, float16: 2, bfloat16: 2, int64: 8, int32: 4, int16: 2, int8: 1, uint8: 1, bool: 1 });
  assert.deepEqual(torch.DTYPES.filter(torch.isFloatingDType), ['float32', 'float64', 'float16', 'bfloat16']);
});

for (const c of CASES) {
  test(`round trip ${c.dtype}: typed array, nested array, dataSync type, item, toArray`, () => {
    torch.tidy(() => {
      // from a typed array (its own dtype unless converted), with a shape
      const t = torch.tensor(c.input, { dtype: c.dtype, shape: [2, 2] });
      assert.equal(t.dtype, c.dtype);
      assert.deepEqual(t.shape, [2, 2]);
      assert.equal(t.numel, 4);
      assert.equal(t.ndim, 2);
      const d = t.dataSync();
      assert.equal(d.constructor, c.array, `dataSync() of ${c.dtype}`);
      assert.deepEqual(Array.from(d as ArrayLike<number | bigint>), c.values);
      assert.deepEqual(t.toArray(), c.toArray);
      // from a nested array
      const n = torch.tensor(c.nested as number[][], { dtype: c.dtype });
      assert.equal(n.dtype, c.dtype);
      assert.deepEqual(n.shape, [2, 2]);
      assert.deepEqual(Array.from(n.dataSync() as ArrayLike<number | bigint>), c.values);
      // item() of each element: numbers (int64 too), booleans for bool
      const items = [0, 1].flatMap((i) => [0, 1].map((j) => t.index(i, j).item()));
      const expectItems = (c.toArray as unknown[][]).flat();
      assert.deepEqual(items, expectItems);
      assert.equal(typeof items[0], c.dtype === 'bool' ? 'boolean' : 'number');
      // back through the typed array: the same tensor again
      const again = torch.tensor(d, { dtype: c.dtype, shape: [2, 2] });
      assert.deepEqual(again.toArray(), c.toArray);
    });
  });
}

test('data() is the asynchronous dataSync()', async () => {
  const t = torch.tensor([[1, 2], [3, 4]], { dtype: 'int32' });
  const d = await t.data();
  assert.ok(d instanceof Int32Array);
  assert.deepEqual(Array.from(d), [1, 2, 3, 4]);
  t.dispose();
});

test('default dtypes: numbers -> float32, booleans -> bool, bigints -> int64; typed arrays keep theirs', () => {
  torch.tidy(() => {
    assert.equal(torch.tensor([1, 2]).dtype, 'float32');
    assert.equal(torch.tensor([true]).dtype, 'bool');
    assert.equal(torch.tensor([[1n], [2n]]).dtype, 'int64');
    assert.equal(torch.tensor(new Int16Array(3)).dtype, 'int16');
    assert.equal(torch.tensor(new Uint8ClampedArray([7])).dtype, 'uint8');
    // conversions from typed arrays
    assert.deepEqual(torch.tensor(new Float64Array([1.7, -1.7]), { dtype: 'int32' }).toArray(), [1, -1]);
    assert.deepEqual(torch.tensor(new BigInt64Array([5n, -6n]), { dtype: 'float32' }).toArray(), [5, -6]);
    assert.deepEqual(torch.tensor(new Float32Array([0, 0.5, -2])).to('bool').toArray(), [false, true, true]);
    // integers from JavaScript numbers truncate like a C cast
    assert.deepEqual(torch.tensor([1.9, -1.9], { dtype: 'int64' }).toArray(), [1, -1]);
    // a subarray view is read from its own offset
    const buf = new Float32Array([9, 1, 2, 3, 9]);
    assert.deepEqual(torch.tensor(buf.subarray(1, 4)).toArray(), [1, 2, 3]);
  });
});

test('bool from a Uint8Array normalizes non-zero bytes to true (1)', () => {
  torch.tidy(() => {
    const b = torch.tensor(new Uint8Array([2, 1, 0, 255]), { dtype: 'bool' });
    assert.deepEqual(b.toArray(), [true, true, false, true]);
    assert.deepEqual(Array.from(b.dataSync() as Uint8Array), [1, 1, 0, 1]);
    assert.deepEqual(b.to('uint8').toArray(), [1, 1, 0, 1]);
    assert.deepEqual(torch.tensor([2, 0, -1], { dtype: 'bool' }).toArray(), [true, false, true]);
  });
});

test('scalars (0-d): shape [], item, toArray gives a bare value', () => {
  torch.tidy(() => {
    const s = torch.tensor(3.5);
    assert.deepEqual(s.shape, []);
    assert.equal(s.ndim, 0);
    assert.equal(s.numel, 1);
    assert.equal(s.item(), 3.5);
    assert.equal(s.toArray(), 3.5);
    assert.equal(torch.tensor(true).item(), true);
    assert.equal(torch.tensor(false).toArray(), false);
    const i = torch.tensor(-7n);
    assert.equal(i.dtype, 'int64');
    assert.equal(i.item(), -7);
    assert.equal(i.toArray(), -7);
    assert.equal(torch.tensor(2, { dtype: 'float64' }).dtype, 'float64');
    // reductions give 0-d tensors
    const r = torch.tensor([1, 2, 3]).sum();
    assert.deepEqual(r.shape, []);
    assert.equal(r.item(), 6);
    assert.equal(torch.tensor([[5]], { dtype: 'int16' }).item(), 5); // one element, any rank
  });
});

test('empty tensors: shape [0] and [2, 0]', () => {
  torch.tidy(() => {
    const e = torch.tensor([]);
    assert.deepEqual(e.shape, [0]);
    assert.equal(e.numel, 0);
    assert.equal(e.dtype, 'float32');
    assert.deepEqual(e.toArray(), []);
    assert.equal(e.dataSync().length, 0);
    const e2 = torch.tensor([[], []]);
    assert.deepEqual(e2.shape, [2, 0]);
    assert.deepEqual(e2.toArray(), [[], []]);
    const z = torch.zeros([2, 0], { dtype: 'int64' });
    assert.deepEqual(z.toArray(), [[], []]);
    assert.ok(z.dataSync() instanceof BigInt64Array);
    assert.deepEqual(torch.zeros([0, 3]).toArray(), []);
    assert.deepEqual(torch.tensor(new Float32Array(0), { shape: [3, 0, 2] }).shape, [3, 0, 2]);
    assert.equal(torch.sum(e2).item(), 0);
    assert.deepEqual(torch.cat([e, torch.tensor([1, 2])]).toArray(), [1, 2]);
    assertThrowsWith(() => e.item(), TypeError, 'one element');
  });
});

test('bigint input: exact int64 beyond 2^53, and mixing with numbers', () => {
  torch.tidy(() => {
    const big = 2n ** 62n + 3n;
    const t = torch.tensor([big, -big]);
    assert.deepEqual(Array.from(t.dataSync() as BigInt64Array), [big, -big]);
    assert.deepEqual(Array.from(t.add(1n).dataSync() as BigInt64Array), [big + 1n, -big + 1n]);
    // bigint into other dtypes
    assert.deepEqual(torch.tensor([3n, 4n], { dtype: 'float64' }).toArray(), [3, 4]);
    assert.deepEqual(torch.tensor([3n, 4n], { dtype: 'int8' }).toArray(), [3, 4]);
    // numbers into int64
    assert.deepEqual(Array.from(torch.tensor([1, 2], { dtype: 'int64' }).dataSync() as BigInt64Array), [1n, 2n]);
  });
});

test('the shape option reshapes flat data; wrong lengths and ragged arrays are rejected', () => {
  torch.tidy(() => {
    assert.deepEqual(torch.tensor([1, 2, 3, 4, 5, 6], { shape: [2, 3] }).toArray(), [[1, 2, 3], [4, 5, 6]]);
    assert.deepEqual(torch.tensor(new Int32Array([1, 2, 3, 4, 5, 6]), { shape: [3, 1, 2] }).toArray(), [[[1, 2]], [[3, 4]], [[5, 6]]]);
    assert.deepEqual(torch.tensor([[1, 2], [3, 4]], { shape: [4] }).toArray(), [1, 2, 3, 4]);
    assert.deepEqual(torch.tensor([7], { shape: [] }).shape, []);
  });
  assertThrowsWith(() => torch.tensor([1, 2, 3], { shape: [2, 2] }), TypeError, '3 values do not fill shape [2,2]');
  assertThrowsWith(() => torch.tensor(new Float32Array(5), { shape: [2, 2] }), TypeError, '5 values do not fill shape [2,2]');
  assertThrowsWith(() => torch.tensor([1, 2], { shape: [3], dtype: 'float16' }), TypeError, 'do not fill');
  assertThrowsWith(() => torch.tensor([[1, 2], [3]]), TypeError, 'ragged');
  assertThrowsWith(() => torch.tensor([[1, 2], 3] as unknown as number[][]), TypeError, 'ragged');
  assertThrowsWith(() => torch.tensor([1, [2]] as unknown as number[]), TypeError, 'ragged');
  assertThrowsWith(() => torch.tensor([[[1], [2]], [[3], [4, 5]]]), TypeError, 'ragged');
  assertThrowsWith(() => torch.tensor(['a'] as unknown as number[]), TypeError, 'expected numbers, booleans or bigints, got string');
  assertThrowsWith(() => torch.tensor([{}] as unknown as number[]), TypeError, 'got object');
  assertThrowsWith(() => torch.tensor([1], { dtype: 'float8' as torch.DType }), TypeError, "unknown dtype 'float8'");
  assertThrowsWith(() => torch.tensor(new Uint16Array(2) as unknown as Float32Array), TypeError, 'unsupported typed array Uint16Array');
});

test('special float values survive the round trip', () => {
  torch.tidy(() => {
    const t = torch.tensor([NaN, Infinity, -Infinity, -0], { dtype: 'float64' });
    const d = t.dataSync();
    assert.ok(Number.isNaN(d[0]));
    assert.equal(d[1], Infinity);
    assert.equal(d[2], -Infinity);
    assert.ok(Object.is(d[3], -0));
    assert.ok(Object.is(torch.tensor([-0]).item(), -0));
  });
});

test('non-contiguous tensors read out in row-major order of their shape', () => {
  torch.tidy(() => {
    const t = torch.arange(6).view([2, 3]);
    assert.deepEqual(t.t().toArray(), [[0, 3], [1, 4], [2, 5]]);
    assert.deepEqual(Array.from(t.t().dataSync() as BigInt64Array, (v) => Number(v)), [0, 3, 1, 4, 2, 5]);
    assert.deepEqual(t.index(torch.slice(), torch.slice(null, null, 2)).toArray(), [[0, 2], [3, 5]]);
    assert.deepEqual(torch.tensor([1, 2]).expand([2, 2]).toArray(), [[1, 2], [1, 2]]);
  });
});

test('toArray nests by shape', () => {
  torch.tidy(() => {
    const t = torch.arange(24, { dtype: 'int32' }).view([2, 3, 4]);
    const a = t.toArray() as number[][][];
    assert.equal(a.length, 2);
    assert.equal(a[0].length, 3);
    assert.equal(a[0][0].length, 4);
    assert.deepEqual(a[1][2], [20, 21, 22, 23]);
    assert.deepEqual(torch.ones([1, 1, 1, 1]).toArray(), [[[[1]]]]);
  });
});

test('toString: PyTorch-style formatting', () => {
  torch.tidy(() => {
    assert.equal(torch.tensor([1, 2, 3]).toString(), 'tensor([1., 2., 3.])');
    assert.equal(torch.tensor([[1.5, 2], [3, 4]], { dtype: 'float64' }).toString(), 'tensor([[1.5, 2.],\n        [3., 4.]], dtype=float64)');
    assert.equal(torch.tensor(3).toString(), 'tensor(3.)');
    assert.equal(torch.tensor([true, false]).toString(), 'tensor([True, False])');
    assert.equal(torch.tensor([1n, -2n]).toString(), 'tensor([1, -2])');
    assert.equal(torch.tensor([1, 2], { dtype: 'int32' }).toString(), 'tensor([1, 2], dtype=int32)');
    assert.equal(torch.tensor([0.25, -0.125]).toString(), 'tensor([0.25, -0.125])');
    assert.equal(torch.tensor([NaN, Infinity, -Infinity]).toString(), 'tensor([nan, inf, -inf])');
    assert.equal(torch.ones([2], { requiresGrad: true }).toString(), 'tensor([1., 1.], requires_grad=True)');
    assert.equal(torch.tensor([]).toString(), 'tensor([])');
    assert.equal(torch.zeros([2, 0]).toString(), 'tensor([], size=(2, 0))');
    assert.equal(torch.zeros([0, 3], { dtype: 'int32' }).toString(), 'tensor([], size=(0, 3), dtype=int32)');
    assert.equal(torch.tensor([1], { dtype: 'float16' }).toString(), 'tensor([1.], dtype=float16)');
    // large tensors are summarized with '...'
    const big = torch.arange(2000).toString();
    assert.equal(big, 'tensor([0, 1, 2, ..., 1997, 1998, 1999])');
    const t = torch.ones([2]);
    t.dispose();
    assert.equal(t.toString(), 'Tensor(disposed)');
    assert.equal(String(torch.tensor([2])), 'tensor([2.])');
  });
});
