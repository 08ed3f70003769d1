// Shared helpers of the optim-*.test.ts and functional-*.test.ts files: fixtures made by
// test/fixtures/optim/make_optim_fixtures.py and tolerant comparisons. (Not a test file.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '../src';

/** packages/torch, from dist/test (compiled) or test (sources). */
export const PACKAGE_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
export const OPTIM_FIXTURES = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'optim');

export interface Enc {
  shape: number[];
  dtype: 'float32' | 'float64' | 'int64';
  data: number[];
}

export function loadFixture<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(OPTIM_FIXTURES, name), 'utf8')) as T;
}

export function dec(e: Enc, opts: { requiresGrad?: boolean } = {}): torch.Tensor {
  const data = e.dtype === 'int64' ? BigInt64Array.from(e.data, (v) => BigInt(v))
    : e.dtype === 'float64' ? Float64Array.from(e.data) : Float32Array.from(e.data);
  return torch.tensor(data, { shape: e.shape, requiresGrad: opts.requiresGrad });
}

function flat(t: torch.Tensor): number[] {
  return Array.from(t.dataSync() as Float32Array, Number);
}

/** Asserts |a - e| <= atol + rtol·|e| elementwise and equal shapes. */
export function assertClose(actual: torch.Tensor | number[] | number, expected: Enc | number[] | number,
  opts: { atol?: number; rtol?: number; what?: string } = {}): void {
  const atol = opts.atol ?? 1e-6;
  const rtol = opts.rtol ?? 1e-6;
  const what = opts.what ?? 'value';
  let a: number[];
  let e: number[];
  if (actual instanceof torch.Tensor) {
    if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
      assert.deepEqual(actual.shape, expected.shape, `${what}: shape`);
    }
    a = flat(actual);
  } else {
    a = typeof actual === 'number' ? [actual] : actual;
  }
  if (typeof expected === 'number') e = [expected];
  else if (Array.isArray(expected)) e = expected;
  else e = expected.data;
  assert.equal(a.length, e.length, `${what}: length`);
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(e[i]) && Number.isNaN(a[i])) continue;
    const tol = atol + rtol * Math.abs(e[i]);
    if (!(Math.abs(a[i] - e[i]) <= tol)) {
      assert.fail(`${what}: element ${i} is ${a[i]}, expected ${e[i]} (|diff| ${Math.abs(a[i] - e[i])} > ${tol})`);
    }
  }
}

/** Sets p.grad to a copy of g's values (null clears it). */
export function setGrad(p: torch.Tensor, g: torch.Tensor | null): void {
  p.grad = g;
  g?.dispose();
}
