// MaxPool2d, AvgPool2d and AdaptiveAvgPool2d (torch/nn/modules/pooling.py).
import type { Tensor } from '../tensor';
import * as ops from '../ops.generated';
import { Module } from './module';
import { type Pair, pair } from './conv';
import { pyBool, pyTuple } from './repr';

export interface MaxPool2dOptions {
  /** Defaults to kernelSize. */
  stride?: Pair | null;
  padding?: Pair;
  dilation?: Pair;
  ceilMode?: boolean;
}

export class MaxPool2d extends Module {
  readonly kernelSize: [number, number];
  readonly stride: [number, number];
  readonly padding: [number, number];
  readonly dilation: [number, number];
  readonly ceilMode: boolean;

  constructor(kernelSize: Pair, opts: MaxPool2dOptions = {}) {
    super();
    this.kernelSize = pair(kernelSize, 'kernelSize');
    this.stride = pair(opts.stride ?? kernelSize, 'stride');
    this.padding = pair(opts.padding ?? 0, 'padding');
    this.dilation = pair(opts.dilation ?? 1, 'dilation');
    this.ceilMode = opts.ceilMode ?? false;
  }

  override forward(x: Tensor): Tensor {
    return ops.maxPool2d(x, this.kernelSize, { stride: this.stride, padding: this.padding, dilation: this.dilation, ceilMode: this.ceilMode });
  }

  override extraRepr(): string {
    return `kernel_size=${pyTuple(this.kernelSize)}, stride=${pyTuple(this.stride)}, padding=${pyTuple(this.padding)}, ` +
      `dilation=${pyTuple(this.dilation)}, ceil_mode=${pyBool(this.ceilMode)}`;
  }
}

export interface AvgPool2dOptions {
  /** Defaults to kernelSize. */
  stride?: Pair | null;
  padding?: Pair;
  ceilMode?: boolean;
  /** Count the zero padding in the average (default true). */
  countIncludePad?: boolean;
  divisorOverride?: number | null;
}

export class AvgPool2d extends Module {
  readonly kernelSize: [number, number];
  readonly stride: [number, number];
  readonly padding: [number, number];
  readonly ceilMode: boolean;
  readonly countIncludePad: boolean;
  readonly divisorOverride: number | null;

  constructor(kernelSize: Pair, opts: AvgPool2dOptions = {}) {
    super();
    this.kernelSize = pair(kernelSize, 'kernelSize');
    this.stride = pair(opts.stride ?? kernelSize, 'stride');
    this.padding = pair(opts.padding ?? 0, 'padding');
    this.ceilMode = opts.ceilMode ?? false;
    this.countIncludePad = opts.countIncludePad ?? true;
    this.divisorOverride = opts.divisorOverride ?? null;
  }

  override forward(x: Tensor): Tensor {
    return ops.avgPool2d(x, this.kernelSize, {
      stride: this.stride, padding: this.padding, ceilMode: this.ceilMode,
      countIncludePad: this.countIncludePad, divisorOverride: this.divisorOverride,
    });
  }

  override extraRepr(): string {
    return `kernel_size=${pyTuple(this.kernelSize)}, stride=${pyTuple(this.stride)}, padding=${pyTuple(this.padding)}`;
  }
}

/** Average pooling to a fixed output size; a null entry keeps that input dimension. */
export class AdaptiveAvgPool2d extends Module {
  readonly outputSize: [number | null, number | null];

  constructor(outputSize: number | [number | null, number | null]) {
    super();
    this.outputSize = typeof outputSize === 'number' ? [outputSize, outputSize] : [outputSize[0], outputSize[1]];
  }

  override forward(x: Tensor): Tensor {
    let [h, w] = this.outputSize;
    if (h === null || w === null) {
      const s = x.shape;
      h ??= s[s.length - 2];
      w ??= s[s.length - 1];
    }
    return ops.adaptiveAvgPool2d(x, [h, w]);
  }

  override extraRepr(): string {
    return `output_size=${pyTuple(this.outputSize)}`;
  }
}
