// Shared helpers of the models-*.test.ts files: the fixtures made by
// test/fixtures/models/make_model_fixtures.py and tolerant comparisons.
// (Not a test file; node --test loads it, which does nothing.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';

const PACKAGE_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
export const FIXTURES = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'models');
export const README = path.join(PACKAGE_ROOT, 'README.md');

export interface FeatureSummary {
  shape: number[];
  sum: number;
  abs_sum: number;
}

export interface ModelCase {
  logits: number[][];
  features: FeatureSummary[];
  num_params: number;
  keys: string[];
  logits_odd?: number[][];
  logits_silu?: number[][];
  logits_train?: number[][];
  running_mean_after_train_bn1?: number[];
}

export interface ModelFixture {
  torch: string;
  torchvision: string;
  cases: Record<string, ModelCase>;
  param_counts: Record<string, number>;
}

let cached: ModelFixture | null = null;
export function expected(): ModelFixture {
  cached ??= JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as ModelFixture;
  return cached;
}

/** Loads one tensor of a fixture safetensors file (the caller owns it). */
export function fixtureTensor(file: string, name: string): torch.Tensor {
  const all = torch.io.loadSafetensors(path.join(FIXTURES, file));
  for (const [k, t] of Object.entries(all)) if (k !== name) t.dispose();
  if (!all[name]) throw new Error(`${file} has no tensor '${name}'`);
  return all[name];
}

/** |a - e| <= atol + rtol * |e| elementwise. */
export function assertClose(actual: torch.Tensor, exp: number[][] | number[], label: string, atol = 1e-4, rtol = 1e-4): void {
  const flat = (exp as unknown[]).flat(Infinity as 1) as number[];
  const a = Array.from(actual.dataSync(), Number);
  assert.equal(a.length, flat.length, `${label}: number of elements`);
  for (let i = 0; i < flat.length; i++) {
    const err = Math.abs(a[i] - flat[i]);
    if (!(err <= atol + rtol * Math.abs(flat[i]))) assert.fail(`${label}: element ${i} is ${a[i]}, expected ${flat[i]} (|diff| ${err})`);
  }
}

/** Compares the sums of a feature map with the fixture's, to a relative tolerance. */
export function assertFeature(t: torch.Tensor, f: FeatureSummary, label: string, rtol = 1e-4): void {
  assert.deepEqual(t.shape, f.shape, `${label}: shape`);
  const sum = Number(torch.tidy(() => t.to('float64').sum().item()));
  const abs = Number(torch.tidy(() => t.to('float64').abs().sum().item()));
  assert.ok(Math.abs(sum - f.sum) <= rtol * f.abs_sum + 1e-6, `${label}: sum ${sum}, expected ${f.sum}`);
  assert.ok(Math.abs(abs - f.abs_sum) <= rtol * f.abs_sum + 1e-6, `${label}: abs sum ${abs}, expected ${f.abs_sum}`);
}
