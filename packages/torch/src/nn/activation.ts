// Activation modules (torch/nn/modules/activation.py): thin wrappers of the ATen ops.
import type { Tensor } from '../tensor';
import * as ops from '../ops.generated';
import { Module } from './module';

export class ReLU extends Module {
  readonly inplace: boolean;
  constructor(opts: { inplace?: boolean } = {}) {
    super();
    this.inplace = opts.inplace ?? false;
  }
  override forward(x: Tensor): Tensor {
    return this.inplace ? ops.relu_(x) : ops.relu(x);
  }
  override extraRepr(): string {
    return this.inplace ? 'inplace=True' : '';
  }
}

export class ReLU6 extends Module {
  readonly inplace: boolean;
  constructor(opts: { inplace?: boolean } = {}) {
    super();
    this.inplace = opts.inplace ?? false;
  }
  override forward(x: Tensor): Tensor {
    return this.inplace ? ops.hardtanh_(x, { minVal: 0, maxVal: 6 }) : ops.hardtanh(x, { minVal: 0, maxVal: 6 });
  }
  override extraRepr(): string {
    return this.inplace ? 'inplace=True' : '';
  }
}

export class LeakyReLU extends Module {
  readonly negativeSlope: number;
  readonly inplace: boolean;
  constructor(negativeSlope = 0.01, opts: { inplace?: boolean } = {}) {
    super();
    this.negativeSlope = negativeSlope;
    this.inplace = opts.inplace ?? false;
  }
  override forward(x: Tensor): Tensor {
    return this.inplace ? ops.leakyRelu_(x, { negativeSlope: this.negativeSlope }) : ops.leakyRelu(x, { negativeSlope: this.negativeSlope });
  }
  override extraRepr(): string {
    return `negative_slope=${this.negativeSlope}${this.inplace ? ', inplace=True' : ''}`;
  }
}

/** x * sigmoid(x) (a.k.a. swish). */
export class SiLU extends Module {
  readonly inplace: boolean;
  constructor(opts: { inplace?: boolean } = {}) {
    super();
    this.inplace = opts.inplace ?? false;
  }
  override forward(x: Tensor): Tensor {
    return this.inplace ? ops.silu_(x) : ops.silu(x);
  }
  override extraRepr(): string {
    return this.inplace ? 'inplace=True' : '';
  }
}

/** GELU, exact ('none') or with the tanh approximation ('tanh'). */
export class GELU extends Module {
  readonly approximate: 'none' | 'tanh';
  constructor(opts: { approximate?: 'none' | 'tanh' } = {}) {
    super();
    this.approximate = opts.approximate ?? 'none';
  }
  override forward(x: Tensor): Tensor {
    return ops.gelu(x, { approximate: this.approximate });
  }
  override extraRepr(): string {
    return `approximate='${this.approximate}'`;
  }
}

export class Hardswish extends Module {
  readonly inplace: boolean;
  constructor(opts: { inplace?: boolean } = {}) {
    super();
    this.inplace = opts.inplace ?? false;
  }
  override forward(x: Tensor): Tensor {
    return this.inplace ? ops.hardswish_(x) : ops.hardswish(x);
  }
}

export class Hardsigmoid extends Module {
  readonly inplace: boolean;
  constructor(opts: { inplace?: boolean } = {}) {
    super();
    this.inplace = opts.inplace ?? false;
  }
  override forward(x: Tensor): Tensor {
    return this.inplace ? ops.hardsigmoid_(x) : ops.hardsigmoid(x);
  }
}

export class Sigmoid extends Module {
  override forward(x: Tensor): Tensor {
    return ops.sigmoid(x);
  }
}

export class Tanh extends Module {
  override forward(x: Tensor): Tensor {
    return ops.tanh(x);
  }
}

/** Softmax along `dim`. */
export class Softmax extends Module {
  constructor(readonly dim: number) {
    super();
  }
  override forward(x: Tensor): Tensor {
    return ops.softmax(x, this.dim);
  }
  override extraRepr(): string {
    return `dim=${this.dim}`;
  }
}
