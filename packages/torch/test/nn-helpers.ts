// Shared helpers of the nn-*.test.ts files: the PyTorch fixture (made by
// test/fixtures/nn/make_nn_fixtures.py), tensors from it, tolerant comparisons, and a runner that
// loads a layer's state, runs forward and backward and compares with PyTorch.
// (Not a test file; node --test still loads it, which does nothing.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '../src';

const PACKAGE_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

export interface Spec {
  shape: number[];
  dtype: torch.DType;
  data: number[];
}

export interface LayerCase {
  train: boolean;
  state: Record<string, Spec>;
  inputs: Spec[];
  outputs: Spec[];
  r: Spec[];
  grads: Record<string, Spec>;
  stateAfter: Record<string, Spec>;
}

export interface NnFixture {
  torch: string;
  layers: Record<string, LayerCase>;
  bnSteps: Record<string, { inputs: Spec[]; probe: Spec; evalOut: Spec; state: Record<string, Spec> }>;
  seeded: {
    modules: Record<string, Record<string, Spec>>;
    inits: Record<string, Spec>;
    gains: Record<string, number>;
    erf: [number, number][];
    dropout: Spec;
    droppath: Spec;
  };
  network: {
    stateDictKeys: string[];
    namedParameters: string[];
    namedBuffers: string[];
    namedModules: string[];
    numParameters: number;
    run: LayerCase;
  };
}

let cached: NnFixture | null = null;
export function fixture(): NnFixture {
  cached ??= JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'test', 'fixtures', 'nn', 'nn_fixtures.json'), 'utf8')) as NnFixture;
  return cached;
}

export function fromSpec(s: Spec): torch.Tensor {
  return torch.tensor(s.data, { dtype: s.dtype, shape: s.shape });
}

/** State dict (Map) of fixture tensors; the caller disposes (or runs inside tidy). */
export function stateFromSpecs(specs: Record<string, Spec>): Map<string, torch.Tensor> {
  return new Map(Object.entries(specs).map(([k, s]) => [k, fromSpec(s)]));
}

/** |a - e| <= atol + rtol * |e| elementwise, shapes equal. */
export function assertClose(actual: torch.Tensor, expected: Spec, label: string, atol = 1e-5, rtol = 1e-5): void {
  assert.deepEqual(actual.shape, expected.shape, `${label}: shape`);
  const a = actual.dataSync();
  const e = expected.data;
  let worst = -1;
  let worstErr = 0;
  for (let i = 0; i < e.length; i++) {
    const av = Number(a[i]);
    const ev = e[i];
    if (Number.isNaN(ev) && Number.isNaN(av)) continue;
    const err = Math.abs(av - ev) - (atol + rtol * Math.abs(ev));
    if (!(err <= 0) && (worst < 0 || err > worstErr)) {
      worst = i;
      worstErr = err;
    }
  }
  if (worst >= 0) assert.fail(`${label}: element ${worst} is ${Number(a[worst])}, expected ${e[worst]}`);
}

/** Exact equality of values (for seeded draws and integer buffers). */
export function assertEqualValues(actual: torch.Tensor, expected: Spec, label: string): void {
  assert.deepEqual(actual.shape, expected.shape, `${label}: shape`);
  assert.deepEqual(Array.from(actual.dataSync(), Number), expected.data, label);
}

export type Call = (m: torch.nn.Module, ...inputs: torch.Tensor[]) => torch.Tensor | (torch.Tensor | null)[];

/**
 * Loads the case's state into `m`, runs `call` on the fixture inputs (float inputs require
 * grad) in the recorded mode, and compares outputs, gradients of inputs and parameters for the
 * loss sum(out_i * r_i), and the state after the forward (running statistics).
 */
export function checkLayerCase(m: torch.nn.Module, c: LayerCase, label: string, call?: Call): void {
  torch.tidy(() => {
    m.loadStateDict(stateFromSpecs(c.state));
    m.train(c.train);
    m.zeroGrad();
    const inputs = c.inputs.map((s) => {
      const t = fromSpec(s);
      if (torch.isFloatingDType(s.dtype)) t.requiresGrad = true;
      return t;
    });
    const out = call ? call(m, ...inputs) : m.forward(...inputs);
    const outs = (Array.isArray(out) ? out : [out]).filter((o): o is torch.Tensor => o !== null);
    assert.equal(outs.length, c.outputs.length, `${label}: number of outputs`);
    outs.forEach((o, i) => assertClose(o, c.outputs[i], `${label} output ${i}`));
    const terms = outs.map((o, i) => o.mul(fromSpec(c.r[i])).sum());
    const loss = terms.reduce((a, b) => a.add(b));
    if (Object.keys(c.grads).length) {
      loss.backward();
      inputs.forEach((x, i) => {
        const g = c.grads[`input${i}`];
        if (g) assertClose(x.grad!, g, `${label} grad of input ${i}`);
      });
      const params = new Map(m.namedParameters());
      for (const [k, g] of Object.entries(c.grads)) {
        if (k.startsWith('input')) continue;
        const p = params.get(k);
        assert.ok(p, `${label}: no parameter ${k}`);
        assertClose(p.grad!, g, `${label} grad of ${k}`);
      }
    }
    const after = m.stateDict();
    assert.deepEqual([...after.keys()], Object.keys(c.stateAfter), `${label}: state keys`);
    for (const [k, s] of Object.entries(c.stateAfter)) {
      if (s.dtype === 'int64') assertEqualValues(after.get(k)!, s, `${label} ${k} after forward`);
      else assertClose(after.get(k)!, s, `${label} ${k} after forward`);
    }
  });
}
