// Shared by the ops-* and detection-* tests: loading the torchvision reference fixtures and
// comparing tensors.
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures/ops');

let cache: { t: Record<string, Tensor>; cases: any } | null = null;

/** ops.safetensors (kept tensors) and ops.json, made by test/fixtures/ops/make_fixtures.py. */
export function opsFixtures(): { t: Record<string, Tensor>; cases: any } {
  if (!cache) {
    const t = torch.io.loadSafetensors(path.join(FIXTURES, 'ops.safetensors'));
    for (const v of Object.values(t)) v.keep();
    cache = { t, cases: JSON.parse(fs.readFileSync(path.join(FIXTURES, 'ops.json'), 'utf8')) };
  }
  return cache;
}

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

/** Max |a - b| - (atol + rtol |b|) <= 0 elementwise, with shapes equal; reports the worst element. */
export function assertClose(actual: Tensor, expected: Tensor, opts: { atol?: number; rtol?: number } = {}, msg = ''): void {
  const atol = opts.atol ?? 1e-6;
  const rtol = opts.rtol ?? 1e-5;
  assert.deepEqual(actual.shape, expected.shape, `${msg}: shape`);
  const a = actual.detach().to({ dtype: 'float64', device: 'cpu' }).contiguous().dataSync() as Float64Array;
  const b = expected.detach().to({ dtype: 'float64', device: 'cpu' }).contiguous().dataSync() as Float64Array;
  let worst = -Infinity;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]) && Number.isNaN(b[i])) continue;
    const excess = Math.abs(a[i] - b[i]) - (atol + rtol * Math.abs(b[i]));
    if (!(excess <= worst) || Number.isNaN(excess)) {
      worst = Number.isNaN(excess) ? Infinity : excess;
      at = i;
    }
  }
  if (a.length > 0 && worst > 0) {
    assert.fail(`${msg}: element ${at}: ${a[at]} vs ${b[at]} (|diff| ${Math.abs(a[at] - b[at])}, atol ${atol}, rtol ${rtol})`);
  }
}

/** Exact equality of two integer tensors, as arrays of numbers. */
export function assertSameInts(actual: Tensor, expected: Tensor, msg = ''): void {
  assert.deepEqual(actual.shape, expected.shape, `${msg}: shape`);
  const a = Array.from(actual.to({ dtype: 'int64', device: 'cpu' }).dataSync() as BigInt64Array, Number);
  const b = Array.from(expected.to({ dtype: 'int64', device: 'cpu' }).dataSync() as BigInt64Array, Number);
  assert.deepEqual(a, b, msg);
}
