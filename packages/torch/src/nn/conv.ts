// Conv2d and ConvTranspose2d (torch/nn/modules/conv.py), with PyTorch's parameter shapes, init
// and padding modes.
import type { Tensor } from '../tensor';
import { empty } from '../factories';
import * as ops from '../ops.generated';
import { Module } from './module';
import { Parameter } from './parameter';
import * as init from './init';
import { type FactoryKwargs, initBiasFromWeight } from './linear';
import { pyTuple } from './repr';

export type Pair = number | [number, number];
export type PaddingMode = 'zeros' | 'reflect' | 'replicate' | 'circular';

export function pair(v: number | number[], what = 'value'): [number, number] {
  if (typeof v === 'number') return [v, v];
  if (v.length !== 2) throw new RangeError(`${what} must be a number or a pair, got [${v}]`);
  return [v[0], v[1]];
}

export interface Conv2dOptions extends FactoryKwargs {
  stride?: Pair;
  /** Zero padding per side, or 'same' (stride 1 only) / 'valid' (no padding). */
  padding?: Pair | 'same' | 'valid';
  dilation?: Pair;
  groups?: number;
  bias?: boolean;
  paddingMode?: PaddingMode;
}

/** Parameters and init shared by the 2-d convolutions. */
abstract class ConvNd extends Module {
  weight: Tensor;
  bias: Tensor | null;
  readonly kernelSize: [number, number];
  readonly stride: [number, number];
  readonly dilation: [number, number];
  readonly groups: number;

  constructor(
    readonly inChannels: number,
    readonly outChannels: number,
    kernelSize: Pair,
    opts: { stride?: Pair; dilation?: Pair; groups?: number; bias?: boolean } & FactoryKwargs,
    transposed: boolean,
  ) {
    super();
    this.kernelSize = pair(kernelSize, 'kernelSize');
    this.stride = pair(opts.stride ?? 1, 'stride');
    this.dilation = pair(opts.dilation ?? 1, 'dilation');
    this.groups = opts.groups ?? 1;
    if (!Number.isInteger(this.groups) || this.groups <= 0) throw new RangeError('groups must be a positive integer');
    if (inChannels % this.groups !== 0) throw new RangeError('in_channels must be divisible by groups');
    if (outChannels % this.groups !== 0) throw new RangeError('out_channels must be divisible by groups');
    const f = { dtype: opts.dtype, device: opts.device };
    const shape = transposed
      ? [inChannels, outChannels / this.groups, ...this.kernelSize]
      : [outChannels, inChannels / this.groups, ...this.kernelSize];
    this.weight = new Parameter(empty(shape, f));
    this.bias = (opts.bias ?? true) ? new Parameter(empty([outChannels], f)) : null;
    this.resetParameters();
  }

  resetParameters(): void {
    // a=sqrt(5) makes this U(-1/sqrt(k), 1/sqrt(k)), k = fan-in (PyTorch's long-standing default).
    init.kaimingUniform_(this.weight, { a: Math.sqrt(5) });
    if (this.bias) initBiasFromWeight(this.bias, this.weight);
  }

  protected reprParts(padding: string | [number, number], extra: string[]): string {
    const s = [`${this.inChannels}, ${this.outChannels}, kernel_size=${pyTuple(this.kernelSize)}, stride=${pyTuple(this.stride)}`];
    if (typeof padding === 'string' || padding[0] !== 0 || padding[1] !== 0) {
      s.push(`padding=${typeof padding === 'string' ? `'${padding}'` : pyTuple(padding)}`);
    }
    if (this.dilation[0] !== 1 || this.dilation[1] !== 1) s.push(`dilation=${pyTuple(this.dilation)}`);
    s.push(...extra);
    if (this.groups !== 1) s.push(`groups=${this.groups}`);
    if (!this.bias) s.push('bias=False');
    return s.join(', ');
  }
}

/** 2-d convolution over [N, C, H, W] (or unbatched [C, H, W]) input. */
export class Conv2d extends ConvNd {
  readonly padding: [number, number] | 'same' | 'valid';
  readonly paddingMode: PaddingMode;
  /** Symmetric padding passed to the convolution. */
  readonly #convPadding: [number, number];
  /** F.pad amounts [left, right, top, bottom] applied first (padding modes, uneven 'same'), or null. */
  readonly #padFirst: number[] | null;

  constructor(inChannels: number, outChannels: number, kernelSize: Pair, opts: Conv2dOptions = {}) {
    super(inChannels, outChannels, kernelSize, opts, false);
    const p = opts.padding ?? 0;
    this.padding = typeof p === 'string' ? p : pair(p, 'padding');
    this.paddingMode = opts.paddingMode ?? 'zeros';
    if (typeof p === 'string') {
      if (p !== 'same' && p !== 'valid') throw new RangeError(`Invalid padding string '${p}', should be one of 'valid', 'same'`);
      if (p === 'same' && (this.stride[0] !== 1 || this.stride[1] !== 1)) {
        throw new RangeError("padding='same' is not supported for strided convolutions");
      }
    }
    if (!['zeros', 'reflect', 'replicate', 'circular'].includes(this.paddingMode)) {
      throw new RangeError(`padding_mode must be one of zeros, reflect, replicate, circular, got '${this.paddingMode}'`);
    }
    // Per-dimension [before, after] (H then W). 'same' puts the odd extra pixel after, as ATen.
    const sides = [0, 1].map((d) => {
      if (this.padding === 'valid') return [0, 0];
      if (this.padding === 'same') {
        const total = this.dilation[d] * (this.kernelSize[d] - 1);
        const before = Math.floor(total / 2);
        return [before, total - before];
      }
      return [this.padding[d], this.padding[d]];
    });
    // F.pad order: last dimension first.
    const padAll = [...sides[1], ...sides[0]];
    if (this.paddingMode !== 'zeros') {
      this.#convPadding = [0, 0];
      this.#padFirst = padAll;
    } else if (sides.every(([b, a]) => a === b)) {
      this.#convPadding = [sides[0][0], sides[1][0]];
      this.#padFirst = null;
    } else {
      // Uneven 'same' (even kernel): zero-pad the difference after, then pad symmetrically (ATen's way).
      this.#convPadding = [sides[0][0], sides[1][0]];
      this.#padFirst = [0, sides[1][1] - sides[1][0], 0, sides[0][1] - sides[0][0]];
    }
  }

  override forward(x: Tensor): Tensor {
    const opts = { bias: this.bias, stride: this.stride, padding: this.#convPadding, dilation: this.dilation, groups: this.groups };
    if (!this.#padFirst) return ops.conv2d(x, this.weight, opts);
    const mode = this.paddingMode === 'zeros' ? 'constant' : this.paddingMode;
    const padded = ops.pad(x, this.#padFirst, { mode });
    try {
      return ops.conv2d(padded, this.weight, opts);
    } finally {
      padded.dispose(); // autograd keeps what backward needs
    }
  }

  override extraRepr(): string {
    const extra = this.paddingMode !== 'zeros' ? [`padding_mode=${this.paddingMode}`] : [];
    return this.reprParts(this.padding, extra);
  }
}

export interface ConvTranspose2dOptions extends FactoryKwargs {
  stride?: Pair;
  padding?: Pair;
  outputPadding?: Pair;
  groups?: number;
  bias?: boolean;
  dilation?: Pair;
}

/** Transposed 2-d convolution; weight [inChannels, outChannels / groups, kH, kW] as in PyTorch. */
export class ConvTranspose2d extends ConvNd {
  readonly padding: [number, number];
  readonly outputPadding: [number, number];

  constructor(inChannels: number, outChannels: number, kernelSize: Pair, opts: ConvTranspose2dOptions = {}) {
    super(inChannels, outChannels, kernelSize, opts, true);
    this.padding = pair(opts.padding ?? 0, 'padding');
    this.outputPadding = pair(opts.outputPadding ?? 0, 'outputPadding');
  }

  /** outputSize ([H, W] or [N, C, H, W]) picks the output padding that yields that size. */
  override forward(x: Tensor, outputSize?: number[]): Tensor {
    const outputPadding = outputSize ? this.#outputPaddingFor(x, outputSize) : this.outputPadding;
    return ops.convTranspose2d(x, this.weight, {
      bias: this.bias, stride: this.stride, padding: this.padding, outputPadding, groups: this.groups, dilation: this.dilation,
    });
  }

  #outputPaddingFor(x: Tensor, outputSize: number[]): number[] {
    const shape = x.shape;
    const nonSpatial = shape.length === 4 ? 2 : 1;
    const size = outputSize.length === nonSpatial + 2 ? outputSize.slice(nonSpatial) : outputSize;
    if (size.length !== 2) throw new RangeError(`ConvTranspose2D: for ${shape.length}D input, output_size must have 2 or ${nonSpatial + 2} elements (got ${outputSize.length})`);
    return [0, 1].map((d) => {
      const min = (shape[d + nonSpatial] - 1) * this.stride[d] - 2 * this.padding[d] + this.dilation[d] * (this.kernelSize[d] - 1) + 1;
      const max = min + this.stride[d] - 1;
      if (size[d] < min || size[d] > max) {
        throw new RangeError(`requested an output size of [${size}], but valid sizes range from [${min}] to [${max}] (for an input of [${shape.slice(nonSpatial)}])`);
      }
      return size[d] - min;
    });
  }

  override extraRepr(): string {
    const extra = this.outputPadding[0] || this.outputPadding[1] ? [`output_padding=${pyTuple(this.outputPadding)}`] : [];
    return this.reprParts(this.padding, extra);
  }
}
