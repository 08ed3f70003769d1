// GroupNorm and LayerNorm (torch/nn/modules/normalization.py).
import type { Tensor } from '../tensor';
import { empty } from '../factories';
import * as ops from '../ops.generated';
import { Module } from './module';
import { Parameter } from './parameter';
import * as init from './init';
import type { FactoryKwargs } from './linear';
import { pyBool, pyFloat, pyTuple } from './repr';

/** Normalizes groups of channels of [N, C, *] input; per-channel affine weight and bias. */
export class GroupNorm extends Module {
  readonly eps: number;
  readonly affine: boolean;
  weight: Tensor | null;
  bias: Tensor | null;

  constructor(readonly numGroups: number, readonly numChannels: number, opts: { eps?: number; affine?: boolean } & FactoryKwargs = {}) {
    super();
    if (numChannels % numGroups !== 0) throw new RangeError('num_channels must be divisible by num_groups');
    this.eps = opts.eps ?? 1e-5;
    this.affine = opts.affine ?? true;
    const f = { dtype: opts.dtype, device: opts.device };
    this.weight = this.affine ? new Parameter(empty([numChannels], f)) : null;
    this.bias = this.affine ? new Parameter(empty([numChannels], f)) : null;
    this.resetParameters();
  }

  resetParameters(): void {
    if (this.weight) init.ones_(this.weight);
    if (this.bias) init.zeros_(this.bias);
  }

  override forward(x: Tensor): Tensor {
    return ops.groupNorm(x, this.numGroups, { weight: this.weight, bias: this.bias, eps: this.eps });
  }

  override extraRepr(): string {
    return `${this.numGroups}, ${this.numChannels}, eps=${pyFloat(this.eps)}, affine=${pyBool(this.affine)}`;
  }
}

/** Normalizes over the trailing `normalizedShape` dimensions. */
export class LayerNorm extends Module {
  readonly normalizedShape: number[];
  readonly eps: number;
  readonly elementwiseAffine: boolean;
  weight: Tensor | null;
  bias: Tensor | null;

  constructor(normalizedShape: number | number[], opts: { eps?: number; elementwiseAffine?: boolean } & FactoryKwargs = {}) {
    super();
    this.normalizedShape = typeof normalizedShape === 'number' ? [normalizedShape] : [...normalizedShape];
    this.eps = opts.eps ?? 1e-5;
    this.elementwiseAffine = opts.elementwiseAffine ?? true;
    const f = { dtype: opts.dtype, device: opts.device };
    this.weight = this.elementwiseAffine ? new Parameter(empty(this.normalizedShape, f)) : null;
    this.bias = this.elementwiseAffine ? new Parameter(empty(this.normalizedShape, f)) : null;
    this.resetParameters();
  }

  resetParameters(): void {
    if (this.weight) init.ones_(this.weight);
    if (this.bias) init.zeros_(this.bias);
  }

  override forward(x: Tensor): Tensor {
    return ops.layerNorm(x, this.normalizedShape, { weight: this.weight, bias: this.bias, eps: this.eps });
  }

  override extraRepr(): string {
    return `${pyTuple(this.normalizedShape)}, eps=${pyFloat(this.eps)}, elementwise_affine=${pyBool(this.elementwiseAffine)}`;
  }
}
