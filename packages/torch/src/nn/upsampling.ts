// Upsample (torch/nn/modules/upsampling.py): interpolate as a module.
import type { Tensor } from '../tensor';
import { Module } from './module';
import { type InterpolateMode, interpolate } from './interpolate';

export class Upsample extends Module {
  readonly size?: number | number[];
  readonly scaleFactor?: number | number[];
  readonly mode: InterpolateMode;
  readonly alignCorners?: boolean;
  readonly recomputeScaleFactor?: boolean;

  constructor(opts: { size?: number | number[]; scaleFactor?: number | number[]; mode?: InterpolateMode; alignCorners?: boolean; recomputeScaleFactor?: boolean }) {
    super();
    this.size = opts.size;
    this.scaleFactor = opts.scaleFactor;
    this.mode = opts.mode ?? 'nearest';
    this.alignCorners = opts.alignCorners;
    this.recomputeScaleFactor = opts.recomputeScaleFactor;
  }

  override forward(x: Tensor): Tensor {
    return interpolate(x, {
      size: this.size, scaleFactor: this.scaleFactor, mode: this.mode,
      alignCorners: this.alignCorners, recomputeScaleFactor: this.recomputeScaleFactor,
    });
  }

  override extraRepr(): string {
    const what = this.scaleFactor !== undefined ? `scale_factor=${this.scaleFactor}` : `size=${this.size}`;
    return `${what}, mode='${this.mode}'`;
  }
}
