// Linear and Identity (torch/nn/modules/linear.py).
import type { Tensor } from '../tensor';
import type { DType } from '../dtype';
import { empty } from '../factories';
import * as ops from '../ops.generated';
import { Module } from './module';
import { Parameter } from './parameter';
import * as init from './init';
import { pyBool } from './repr';

/** dtype/device for a layer's parameters (float32 on the CPU by default). */
export interface FactoryKwargs {
  dtype?: DType;
  device?: string;
}

/** Returns its input unchanged (the same object). */
export class Identity extends Module {
  override forward(x: Tensor): Tensor {
    return x;
  }
}

/** The bias init of Linear and Conv: U(-1/sqrt(fanIn), 1/sqrt(fanIn)) with the weight's fan-in. */
export function initBiasFromWeight(bias: Tensor, weight: Tensor): void {
  const [fanIn] = init.calculateFanInAndFanOut(weight);
  const bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
  init.uniform_(bias, { a: -bound, b: bound });
}

/** y = x W^T + b, weight [outFeatures, inFeatures]; PyTorch's init (kaiming_uniform a=sqrt(5)). */
export class Linear extends Module {
  weight: Tensor;
  bias: Tensor | null;

  constructor(readonly inFeatures: number, readonly outFeatures: number, opts: { bias?: boolean } & FactoryKwargs = {}) {
    super();
    const f = { dtype: opts.dtype, device: opts.device };
    this.weight = new Parameter(empty([outFeatures, inFeatures], f));
    this.bias = (opts.bias ?? true) ? new Parameter(empty([outFeatures], f)) : null;
    this.resetParameters();
  }

  resetParameters(): void {
    init.kaimingUniform_(this.weight, { a: Math.sqrt(5) });
    if (this.bias) initBiasFromWeight(this.bias, this.weight);
  }

  override forward(x: Tensor): Tensor {
    return ops.linear(x, this.weight, { bias: this.bias });
  }

  override extraRepr(): string {
    return `in_features=${this.inFeatures}, out_features=${this.outFeatures}, bias=${pyBool(this.bias !== null)}`;
  }
}
