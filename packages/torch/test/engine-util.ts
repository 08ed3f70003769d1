// Shared helpers of the engine-*.test.ts files: fixtures, tolerant comparisons, a seeded PRNG and
// central finite differences. (Not a test file; node --test still loads it, which does nothing.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '../src';

/** packages/torch, from dist/test (compiled) or test (sources). */
export const PACKAGE_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
export const FIXTURES = path.join(PACKAGE_ROOT, 'test', 'fixtures');

export interface TensorSpec {
  dtype: torch.DType;
  shape: number[];
  data: (number | boolean)[];
}

export interface FixtureCase {
  name: string;
  inputs: string[];
  expr: string;
  out: TensorSpec[];
}

export interface OpsFixture {
  generator: string;
  torch: string;
  /** torch.manual_seed(seed), then each call in order with its result. */
  rng: { seed: number; sequence: { call: string; out: TensorSpec }[] };
  inputs: Record<string, TensorSpec>;
  cases: FixtureCase[];
}

export function loadOpsFixture(): OpsFixture {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'engine_ops.json'), 'utf8')) as OpsFixture;
}

export function fromSpec(s: TensorSpec): torch.Tensor {
  return torch.tensor(s.data as number[], { dtype: s.dtype, shape: s.shape });
}

/** |a - e| <= atol + rtol * |e| elementwise; NaN equals NaN. Returns the worst violation, or null. */
export function closeViolation(actual: ArrayLike<number>, expected: ArrayLike<number>, rtol: number, atol: number): string | null {
  if (actual.length !== expected.length) return `length ${actual.length} != ${expected.length}`;
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i];
    const e = expected[i];
    if (Number.isNaN(e) && Number.isNaN(a)) continue;
    if (a === e) continue;
    if (!(Math.abs(a - e) <= atol + rtol * Math.abs(e))) return `element ${i}: got ${a}, expected ${e} (|diff| ${Math.abs(a - e)})`;
  }
  return null;
}

export function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, opts: { rtol?: number; atol?: number; msg?: string } = {}): void {
  const v = closeViolation(actual, expected, opts.rtol ?? 1e-5, opts.atol ?? 1e-5);
  if (v) assert.fail(`${opts.msg ? opts.msg + ': ' : ''}${v}`);
}

/** The elements of a tensor as plain numbers (int64 converted, bool as 0/1). */
export function values(t: torch.Tensor): number[] {
  return Array.from(t.dataSync() as ArrayLike<number | bigint>, (v) => Number(v));
}
const numbers = values;

/** Compares a tensor with a fixture spec: dtype, shape, then values (exact for integers and bools). */
export function assertMatchesSpec(actual: torch.Tensor, expected: TensorSpec, what: string, tol = { rtol: 1e-5, atol: 1e-5 }): void {
  assert.equal(actual.dtype, expected.dtype, `${what}: dtype`);
  assert.deepEqual(actual.shape, expected.shape, `${what}: shape`);
  const got = numbers(actual);
  const want = expected.data.map(Number);
  if (torch.isFloatingDType(expected.dtype)) assertClose(got, want, { ...tol, msg: what });
  else assert.deepEqual(got, want, `${what}: values`);
}

/** Asserts a tensor's dtype, shape and values against plain numbers. */
export function assertTensor(t: torch.Tensor, shape: number[], values: number[], opts: { dtype?: torch.DType; rtol?: number; atol?: number } = {}): void {
  if (opts.dtype) assert.equal(t.dtype, opts.dtype);
  assert.deepEqual(t.shape, shape);
  assertClose(numbers(t), values, { rtol: opts.rtol ?? 1e-5, atol: opts.atol ?? 1e-6 });
}

/** mulberry32: a small seeded PRNG, uniform on [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Checks autograd's gradient of a scalar function f(inputs) against central differences,
 * (f(x + h e_i) - f(x - h e_i)) / 2h, for every element of every float64 input.
 */
export function checkGradients(f: (xs: torch.Tensor[]) => torch.Tensor, inputs: torch.Tensor[], opts: { h?: number; rtol?: number; atol?: number; name?: string } = {}): void {
  const h = opts.h ?? 1e-6;
  torch.tidy(() => {
    for (const x of inputs) assert.equal(x.dtype, 'float64', 'gradient checks run in float64');
    const leaves = inputs.map((x) => x.detach().requiresGrad_(true));
    const out = f(leaves);
    assert.equal(out.numel, 1, 'f must return a scalar');
    const analytic = torch.autograd.grad(out, leaves);
    const values = inputs.map((x) => Float64Array.from(x.dataSync() as Float64Array));
    const evalAt = (k: number, vals: Float64Array): number => torch.tidy(() => torch.noGrad(() => {
      const xs = inputs.map((x, j) => (j === k ? torch.tensor(vals, { shape: x.shape }) : x));
      return f(xs).item() as number;
    }));
    inputs.forEach((x, k) => {
      const v = values[k];
      const numeric = new Float64Array(v.length);
      for (let i = 0; i < v.length; i++) {
        const orig = v[i];
        v[i] = orig + h;
        const fp = evalAt(k, v);
        v[i] = orig - h;
        const fm = evalAt(k, v);
        v[i] = orig;
        numeric[i] = (fp - fm) / (2 * h);
      }
      const g = analytic[k];
      assert.ok(g, `${opts.name ?? 'f'}: no gradient for input ${k}`);
      assert.deepEqual(g.shape, x.shape);
      // The check must be able to fail: a zero gradient everywhere would hide a broken backward.
      assert.ok(numeric.some((n) => Math.abs(n) > 1e-8), `${opts.name ?? 'f'}: input ${k} has an all-zero numeric gradient`);
      assertClose(g.dataSync() as Float64Array, numeric, { rtol: opts.rtol ?? 1e-5, atol: opts.atol ?? 1e-6, msg: `${opts.name ?? 'f'} d/dinput${k}` });
    });
  });
}

/** Asserts that fn throws an instance of `type` whose message matches every pattern. */
export function assertThrowsWith(fn: () => unknown, type: Function, ...patterns: (RegExp | string)[]): Error {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught !== undefined, 'expected an exception');
  assert.ok(caught instanceof type, `expected ${type.name}, got ${(caught as Error)?.constructor?.name}: ${(caught as Error)?.message}`);
  const msg = (caught as Error).message;
  for (const p of patterns) {
    if (typeof p === 'string') assert.ok(msg.includes(p), `message ${JSON.stringify(msg)} lacks ${JSON.stringify(p)}`);
    else assert.match(msg, p);
  }
  return caught as Error;
}
