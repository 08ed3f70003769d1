// interpolate (F.interpolate of PyTorch 1.13): resizes [N, C, L], [N, C, H, W] or [N, C, D, H, W]
// input by an output size or a scale factor, through ATen's upsample_* kernels.
import type { Tensor } from '../tensor';
import * as ops from '../ops.generated';

export type InterpolateMode = 'nearest' | 'linear' | 'bilinear' | 'bicubic' | 'trilinear' | 'area';

export interface InterpolateOptions {
  /** Output spatial size: one number for every spatial dimension, or one per dimension. */
  size?: number | number[];
  /** Multiplier of the spatial size (exclusive with size). */
  scaleFactor?: number | number[];
  mode?: InterpolateMode;
  /** For the linear modes only (default false). */
  alignCorners?: boolean;
  /** Compute the output size from scaleFactor and pass only that to the kernel. */
  recomputeScaleFactor?: boolean;
}

// The linear modes and the input rank each takes.
const LINEAR_RANK: Record<string, number> = { linear: 3, bilinear: 4, bicubic: 4, trilinear: 5 };

export function interpolate(input: Tensor, opts: InterpolateOptions): Tensor {
  const mode = opts.mode ?? 'nearest';
  const rank = input.ndim;
  const dim = rank - 2;
  if (dim < 1 || dim > 3) throw new RangeError(`interpolate expects 3D, 4D or 5D input, got ${rank}D`);
  const linear = mode in LINEAR_RANK;
  if (!linear && opts.alignCorners !== undefined) {
    throw new Error('align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear');
  }
  if (opts.size !== undefined && opts.scaleFactor !== undefined) throw new Error('only one of size or scale_factor should be defined');
  let outputSize: number[] | null = null;
  let scales: number[] | null = null;
  if (opts.size !== undefined) {
    outputSize = typeof opts.size === 'number' ? new Array<number>(dim).fill(opts.size) : opts.size;
    if (outputSize.length !== dim) {
      throw new RangeError(`Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of [${input.shape.slice(2)}] and output size of [${outputSize}].`);
    }
  } else if (opts.scaleFactor !== undefined) {
    scales = typeof opts.scaleFactor === 'number' ? new Array<number>(dim).fill(opts.scaleFactor) : opts.scaleFactor;
    if (scales.length !== dim) {
      throw new RangeError(`Input and scale_factor must have the same number of spatial dimensions, but got input with spatial dimensions of [${input.shape.slice(2)}] and scale_factor of [${scales}].`);
    }
  } else {
    throw new Error('either size or scale_factor should be defined');
  }
  if (opts.recomputeScaleFactor && opts.size !== undefined) throw new Error('recompute_scale_factor is not meaningful with an explicit size.');
  if (scales && (opts.recomputeScaleFactor || mode === 'area')) {
    const shape = input.shape;
    outputSize = scales.map((s, i) => Math.floor(shape[i + 2] * s));
    scales = null;
  }
  if (linear && LINEAR_RANK[mode] !== rank) {
    throw new Error(`Got ${rank}D input, but ${mode} mode needs ${LINEAR_RANK[mode]}D input`);
  }
  const align = opts.alignCorners ?? false;
  switch (mode) {
    case 'nearest':
      if (dim === 1) return ops.upsampleNearest1d(input, outputSize, scales);
      if (dim === 2) return ops.upsampleNearest2d(input, outputSize, scales);
      return ops.upsampleNearest3d(input, outputSize, scales);
    case 'area':
      if (dim === 1) return ops.adaptiveAvgPool1d(input, outputSize!);
      if (dim === 2) return ops.adaptiveAvgPool2d(input, outputSize!);
      return ops.adaptiveAvgPool3d(input, outputSize!);
    case 'linear':
      return ops.upsampleLinear1d(input, outputSize, align, scales);
    case 'bilinear':
      return ops.upsampleBilinear2d(input, outputSize, align, scales);
    case 'bicubic':
      return ops.upsampleBicubic2d(input, outputSize, align, scales);
    case 'trilinear':
      return ops.upsampleTrilinear3d(input, outputSize, align, scales);
    default:
      throw new Error(`Input Error: unsupported interpolation mode '${mode as string}'`);
  }
}
