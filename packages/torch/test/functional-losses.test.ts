import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import * as F from '../src/nn/functional';
import { assertClose, dec, loadFixture, type Enc } from './optim-util';

torch.setNumThreads(1);

interface LossCase {
  name: string;
  fn: string;
  inputs: Record<string, Enc>;
  options: Record<string, unknown>;
  output: Enc;
  cotangent?: Enc;
  grads?: Record<string, Enc>;
}
const fx = loadFixture<{ cases: LossCase[] }>('losses.json');

/** Calls our function for a fixture case: tensors by name, PyTorch keyword arguments in camelCase. */
function call(c: LossCase, t: Record<string, torch.Tensor>): torch.Tensor {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.options)) o[torch.optim.snakeToCamel(k)] = v;
  if (t.weight) o.weight = t.weight;
  if (t.pos_weight) o.posWeight = t.pos_weight;
  switch (c.fn) {
    case 'crossEntropy': return F.crossEntropy(t.input, t.target, o);
    case 'nllLoss': return F.nllLoss(t.input, t.target, o);
    case 'binaryCrossEntropyWithLogits': return F.binaryCrossEntropyWithLogits(t.input, t.target, o);
    case 'sigmoidFocalLoss': return F.sigmoidFocalLoss(t.inputs, t.targets, o);
    case 'l1Loss': return F.l1Loss(t.input, t.target, o);
    case 'mseLoss': return F.mseLoss(t.input, t.target, o);
    case 'smoothL1Loss': return F.smoothL1Loss(t.input, t.target, o);
    case 'huberLoss': return F.huberLoss(t.input, t.target, o);
    case 'klDiv': return F.klDiv(t.input, t.target, o);
    case 'cosineSimilarity': return F.cosineSimilarity(t.x1, t.x2, o);
    case 'softmax': return F.softmax(t.input, o.dim as number, o);
    case 'logSoftmax': return F.logSoftmax(t.input, o.dim as number, o);
    default: throw new Error(`no function for ${c.fn}`);
  }
}

for (const c of fx.cases) {
  test(`${c.name} matches PyTorch 1.13 (value and gradient)`, () => {
    torch.tidy(() => {
      const t: Record<string, torch.Tensor> = {};
      for (const [k, e] of Object.entries(c.inputs)) t[k] = dec(e, { requiresGrad: !!c.grads && k in c.grads });
      const out = call(c, t);
      assert.equal(out.dtype, c.output.dtype);
      assertClose(out, c.output, { what: `${c.name} output`, atol: 1e-6, rtol: 1e-5 });
      if (c.grads) {
        out.mul(dec(c.cotangent!)).sum().backward();
        for (const [k, g] of Object.entries(c.grads)) {
          assertClose(t[k].grad!, g, { what: `${c.name} d/d${k}`, atol: 1e-6, rtol: 1e-5 });
        }
      }
    });
  });
}

test('crossEntropy with label smoothing, weights and ignore index, by hand', () => {
  torch.tidy(() => {
    const x = torch.tensor([[1, 2, 3], [0, 0, 0], [3, -1, 0]]);
    const y = torch.tensor([2n, 1n, -100n]);
    const w = [0.5, 1, 2];
    const eps = 0.3;
    const loss = F.crossEntropy(x, y, { weight: torch.tensor(w), labelSmoothing: eps }).item() as number;
    const logp = (row: number[]) => {
      const lse = Math.log(row.reduce((s, v) => s + Math.exp(v), 0));
      return row.map((v) => v - lse);
    };
    const rows = [[1, 2, 3], [0, 0, 0]];
    const targets = [2, 1];
    const nll = rows.reduce((s, r, i) => s - w[targets[i]] * logp(r)[targets[i]], 0);
    const smooth = rows.reduce((s, r) => s - logp(r).reduce((a, v, c) => a + w[c] * v, 0), 0);
    const wsum = w[2] + w[1];
    const expected = (1 - eps) * nll / wsum + (eps / 3) * smooth / wsum;
    assertClose(loss, expected, { rtol: 1e-6 });
  });
});

test('sigmoidFocalLoss equals the torchvision formula by hand', () => {
  torch.tidy(() => {
    const x = [0.3, -1.2, 2];
    const y = [1, 0, 1];
    const out = F.sigmoidFocalLoss(torch.tensor(x), torch.tensor(y), { alpha: 0.25, gamma: 2 });
    const expected = x.map((v, i) => {
      const p = 1 / (1 + Math.exp(-v));
      const ce = -(y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p));
      const pt = p * y[i] + (1 - p) * (1 - y[i]);
      const at = 0.25 * y[i] + 0.75 * (1 - y[i]);
      return at * ce * (1 - pt) ** 2;
    });
    assertClose(out, expected, { rtol: 1e-5 });
    const noAlpha = F.sigmoidFocalLoss(torch.tensor(x), torch.tensor(y), { alpha: -1, gamma: 0, reduction: 'sum' });
    const bce = F.binaryCrossEntropyWithLogits(torch.tensor(x), torch.tensor(y), { reduction: 'sum' });
    assertClose(noAlpha.item() as number, bce.item() as number, { rtol: 1e-6 });
  });
});

test('oneHot, klDiv batchmean, smoothL1 beta 0 is l1', () => {
  torch.tidy(() => {
    const oh = F.oneHot(torch.tensor([0n, 2n, 1n]));
    assert.deepEqual(oh.toArray(), [[1, 0, 0], [0, 0, 1], [0, 1, 0]]);
    assert.equal(oh.dtype, 'int64');
    assert.deepEqual(F.oneHot(torch.tensor([1n]), 4).toArray(), [[0, 1, 0, 0]]);
    const lp = torch.tensor([[-1, -2], [-0.5, -3]]);
    const q = torch.tensor([[0.3, 0.7], [0.6, 0.4]]);
    const sum = F.klDiv(lp, q, { reduction: 'sum' }).item() as number;
    assertClose(F.klDiv(lp, q, { reduction: 'batchmean' }).item() as number, sum / 2);
    const a = torch.tensor([1, 2, 3]);
    const b = torch.tensor([1.5, 0, 3]);
    assert.equal(F.smoothL1Loss(a, b, { beta: 0 }).item(), F.l1Loss(a, b).item());
  });
});

test('regression losses broadcast like PyTorch (with a warning) and reject shapes that do not broadcast', async () => {
  const warnings: string[] = [];
  const onWarn = (w: Error) => warnings.push(w.message);
  process.on('warning', onWarn);
  torch.tidy(() => {
    const out = F.mseLoss(torch.tensor([[1, 2], [3, 4]]), torch.tensor([1, 1]), { reduction: 'sum' });
    assert.equal(out.item(), 0 + 1 + 4 + 9);
    assert.throws(() => F.l1Loss(torch.zeros([2, 3]), torch.zeros([2])), /l1Loss: the shapes of 'input' \[2, 3\] and 'target' \[2\] do not broadcast/);
  });
  await new Promise((resolve) => setImmediate(resolve));
  process.off('warning', onWarn);
  assert.ok(warnings.some((w) => /different to the input size/.test(w)), warnings.join('\n'));
});

test('bad shapes, dtypes and options are clear errors', () => {
  torch.tidy(() => {
    const x = torch.zeros([4, 3]);
    assert.throws(() => F.crossEntropy(x, torch.tensor([0n, 1n])), /'target' of shape \[2\] does not match 'input' of shape \[4, 3\]: class indices need shape \[4\]/);
    assert.throws(() => F.crossEntropy(x, torch.tensor([0, 1, 2, 0], { dtype: 'int32' })), /class-index 'target' must be int64 \(got int32/);
    assert.throws(() => F.crossEntropy(x, torch.zeros([4, 2])), /class-probability 'target' must have the shape of 'input' \[4, 3\], got \[4, 2\]/);
    assert.throws(() => F.crossEntropy(x, torch.zeros([4, 3], { dtype: 'float64' })), /dtype of 'input' \(float32\), got float64/);
    assert.throws(() => F.crossEntropy(x, torch.tensor([0n, 1n, 2n, 0n]), { weight: torch.ones([2]) }), /'weight' must be 1-d with one value per class \(3\), got shape \[2\]/);
    assert.throws(() => F.crossEntropy(x, torch.tensor([0n, 1n, 2n, 0n]), { labelSmoothing: 1.5 }), /labelSmoothing must be between 0.0 and 1.0/);
    assert.throws(() => F.crossEntropy(x, torch.tensor([0n, 1n, 2n, 0n]), { reduction: 'avg' as never }), /'avg' is not a valid value for reduction/);
    assert.throws(() => F.crossEntropy(torch.zeros([4, 3], { dtype: 'int64' }), torch.tensor([0n, 1n, 2n, 0n])), /'input' must have a floating dtype, got int64/);
    assert.throws(() => F.crossEntropy(torch.zeros([]), torch.tensor(0n)), /at least 1 dimension/);
    assert.throws(() => F.nllLoss(x, torch.zeros([4])), /class-index 'target' must be int64 \(got float32/);
    assert.throws(() => F.binaryCrossEntropyWithLogits(x, torch.zeros([4])), /'target' size \[4\] must be the same as 'input' size \[4, 3\]/);
    assert.throws(() => F.binaryCrossEntropyWithLogits(x, torch.zeros([4, 3]), { posWeight: torch.ones([2]) }), /'posWeight' of shape \[2\] does not broadcast to the input shape \[4, 3\]/);
    assert.throws(() => F.sigmoidFocalLoss(x, torch.zeros([3, 4])), /'targets' size \[3, 4\] must be the same as 'inputs' size \[4, 3\]/);
    assert.throws(() => F.sigmoidFocalLoss(x, x, { reduction: 'max' as never }), /not a valid value for reduction/);
    assert.throws(() => F.smoothL1Loss(x, x, { beta: -1 }), /beta must be >= 0/);
    assert.throws(() => F.huberLoss(x, x, { delta: 0 }), /delta must be > 0/);
    assert.throws(() => F.cosineSimilarity(x, torch.zeros([5, 3])), /'x1' \[4, 3\] and 'x2' \[5, 3\] do not broadcast/);
    assert.throws(() => F.cosineSimilarity(x, x, { dim: 2 }), /dim 2 is out of range/);
    assert.throws(() => F.oneHot(torch.tensor([1, 2])), /'indices' must be int64 class indices, got float32/);
    assert.throws(() => F.klDiv(x, torch.zeros([5])), /do not broadcast/);
    assert.throws(() => F.mseLoss(x, 3 as never), /'target' must be a Tensor, got number/);
  });
});

test('losses leak no tensors', () => {
  const x = torch.randn([4, 3], { requiresGrad: true });
  const y = torch.tensor([0n, 1n, 2n, 1n]);
  const run = () => torch.tidy(() => {
    F.crossEntropy(x, y, { labelSmoothing: 0.1 }).backward();
    F.sigmoidFocalLoss(x, torch.zerosLike(x), { reduction: 'mean' }).backward();
    F.klDiv(F.logSoftmax(x, 1), F.softmax(x, 1).detach(), { reduction: 'batchmean' }).backward();
    F.mseLoss(x, torch.zeros([3])).dispose();
    x.grad = null;
  });
  run();
  const before = torch.memory().tensors;
  run();
  run();
  assert.equal(torch.memory().tensors, before);
});
