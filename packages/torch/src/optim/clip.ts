// Gradient clipping, as torch.nn.utils.clip_grad_norm_ / clip_grad_value_ of PyTorch 1.13.
import { Tensor } from '../tensor';
import * as ops from '../ops.generated';
import { noGrad } from '../autograd';
import { tidy } from '../scope';

function paramList(fn: string, parameters: Tensor | Iterable<Tensor>): Tensor[] {
  if (parameters instanceof Tensor) return [parameters];
  if (parameters === null || parameters === undefined || typeof (parameters as Iterable<Tensor>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`${fn}: parameters must be a Tensor or an iterable of Tensors`);
  }
  const list = Array.from(parameters);
  list.forEach((p, i) => {
    if (!(p instanceof Tensor)) throw new TypeError(`${fn}: parameter ${i} is not a Tensor`);
  });
  return list;
}

export interface ClipGradNormOptions {
  /** Order of the norm: 2 (default), any p, or Infinity / 'inf' for the max norm. */
  normType?: number | 'inf';
  /** Throw when the total norm is NaN or infinite instead of scaling by it. */
  errorIfNonfinite?: boolean;
}

/**
 * Scales the gradients of `parameters` in place so that their total norm (the norm of the vector
 * of per-gradient norms) is at most maxNorm, and returns that total norm before clipping, as
 * torch.nn.utils.clip_grad_norm_: coef = min(maxNorm / (total + 1e-6), 1) multiplies every
 * gradient (also when it is 1). Parameters without a gradient are skipped; with none it returns 0.
 */
export function clipGradNorm_(parameters: Tensor | Iterable<Tensor>, maxNorm: number, opts: ClipGradNormOptions = {}): number {
  const fn = 'clipGradNorm_';
  const params = paramList(fn, parameters);
  if (typeof maxNorm !== 'number' || Number.isNaN(maxNorm)) throw new TypeError(`${fn}: maxNorm must be a number, got ${maxNorm}`);
  const normType = opts.normType === 'inf' ? Infinity : opts.normType ?? 2;
  if (typeof normType !== 'number' || Number.isNaN(normType)) {
    throw new TypeError(`${fn}: normType must be a number or 'inf', got ${String(opts.normType)}`);
  }
  return noGrad(() => tidy(() => {
    const grads = params.map((p) => p.grad).filter((g): g is Tensor => g !== null);
    if (grads.length === 0) return 0;
    const device = grads[0].device;
    let total: Tensor;
    if (normType === Infinity) {
      const norms = grads.map((g) => g.abs().max().to({ device }));
      total = norms.length === 1 ? norms[0] : ops.max(ops.stack(norms));
    } else {
      // torch.norm(x, p) reduces over every dim through aten::norm(x, p, dims).
      const norms = grads.map((g) => ops.norm(g, normType, [...Array(g.ndim).keys()]).to({ device }));
      total = ops.norm(ops.stack(norms), normType, [0]);
    }
    const value = Number(total.item());
    if (opts.errorIfNonfinite && !Number.isFinite(value)) {
      throw new RangeError(`${fn}: the total norm of order ${normType} for gradients from 'parameters' is non-finite ` +
        `(${value}), so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm ` +
        'anyway, set errorIfNonfinite: false');
    }
    // max_norm / (total + 1e-6) in PyTorch is reciprocal(total + 1e-6) * max_norm.
    const coef = total.add(1e-6).reciprocal().mul(maxNorm).clamp({ max: 1.0 });
    for (const g of grads) g.mul_(g.device === device ? coef : coef.to({ device: g.device }));
    return value;
  }));
}

/** Clamps every gradient of `parameters` to [-clipValue, clipValue] in place (clip_grad_value_). */
export function clipGradValue_(parameters: Tensor | Iterable<Tensor>, clipValue: number): void {
  const fn = 'clipGradValue_';
  const params = paramList(fn, parameters);
  if (typeof clipValue !== 'number' || !(clipValue >= 0)) {
    throw new RangeError(`${fn}: clipValue must be a number >= 0, got ${clipValue}`);
  }
  noGrad(() => tidy(() => {
    for (const p of params) {
      const g = p.grad;
      if (g) g.clamp_({ min: -clipValue, max: clipValue });
    }
  }));
}
