// Dropout (element-wise) and DropPath (stochastic depth, per sample, as timm). Both are the
// identity in eval mode and return their input object unchanged there.
import type { Tensor } from '../tensor';
import { tidy } from '../scope';
import * as ops from '../ops.generated';
import { Module } from './module';
import { pyBool } from './repr';

/** Zeroes elements with probability p in training and scales the rest by 1/(1-p). */
export class Dropout extends Module {
  readonly inplace: boolean;

  constructor(readonly p = 0.5, opts: { inplace?: boolean } = {}) {
    super();
    if (p < 0 || p > 1) throw new RangeError(`dropout probability has to be between 0 and 1, but got ${p}`);
    this.inplace = opts.inplace ?? false;
  }

  override forward(x: Tensor): Tensor {
    if (!this.training || this.p === 0) return x;
    return this.inplace ? ops.dropout_(x, this.p, true) : ops.dropout(x, this.p, true);
  }

  override extraRepr(): string {
    return `p=${this.p}, inplace=${pyBool(this.inplace)}`;
  }
}

/**
 * timm's drop_path: in training, zeroes whole samples (dim 0) with probability dropProb and, with
 * scaleByKeep, scales kept samples by 1/(1 - dropProb). Returns x itself when inactive.
 */
export function dropPath(x: Tensor, dropProb = 0, training = false, scaleByKeep = true): Tensor {
  if (dropProb === 0 || !training) return x;
  const keepProb = 1 - dropProb;
  return tidy(() => {
    const shape = [x.shape[0], ...new Array<number>(x.ndim - 1).fill(1)];
    const mask = ops.empty(shape, { dtype: x.dtype, device: x.device }).bernoulli_({ p: keepProb });
    if (keepProb > 0 && scaleByKeep) mask.div_(keepProb);
    return x.mul(mask);
  });
}

/** Stochastic depth for residual branches: `x + dropPath(branch(x))` (timm's DropPath). */
export class DropPath extends Module {
  readonly scaleByKeep: boolean;

  constructor(readonly dropProb = 0, opts: { scaleByKeep?: boolean } = {}) {
    super();
    this.scaleByKeep = opts.scaleByKeep ?? true;
  }

  override forward(x: Tensor): Tensor {
    return dropPath(x, this.dropProb, this.training, this.scaleByKeep);
  }

  override extraRepr(): string {
    return `drop_prob=${this.dropProb.toFixed(3)}`;
  }
}
