// RgbImage: an 8-bit RGB picture (interleaved, row-major: data[3 * (y * width + x) + c]) and the
// conversions from what the toolkit holds: [3, H, W] / [1, H, W] / [H, W] float tensors or planes
// in [0, 1], HWC uint8 arrays, RawSample images. No libtorch call is made here: tensors are read
// with dataSync(), so this module (and the report) work without loading the native addon.
import * as fs from 'node:fs';
import type { Tensor } from '@must/torch';
import { encodePng } from '../data/image-io';

export interface RgbImage {
  width: number;
  height: number;
  /** width * height * 3 bytes, RGB interleaved. */
  data: Uint8Array;
}

export type Rgb = readonly [number, number, number];

/** Any numeric array the toolkit passes around. */
export type NumericArray = ArrayLike<number> | BigInt64Array | Int32Array | Uint8Array | Float32Array;

/** A tensor-like value: a Tensor of @must/torch (read with dataSync) or a plain typed array. */
export type ArrayOrTensor = Tensor | NumericArray;

export function isTensor(x: unknown): x is Tensor {
  return typeof x === 'object' && x !== null && typeof (x as Tensor).dataSync === 'function' && 'shape' in x;
}

/** Reads a tensor or array as plain numbers (int64 made Numbers) with its shape when known. */
export function readArray(x: ArrayOrTensor): { data: ArrayLike<number>; shape?: number[] } {
  if (isTensor(x)) {
    const d = x.dataSync() as unknown;
    const data = d instanceof BigInt64Array ? Float64Array.from(d, Number) : (d as ArrayLike<number>);
    return { data, shape: x.shape };
  }
  if (x instanceof BigInt64Array) return { data: Float64Array.from(x, Number) };
  return { data: x as ArrayLike<number> };
}

export function createImage(width: number, height: number, fill: Rgb = [0, 0, 0]): RgbImage {
  if (!(Number.isInteger(width) && Number.isInteger(height) && width >= 0 && height >= 0)) {
    throw new RangeError(`createImage: bad size ${width}x${height}`);
  }
  const data = new Uint8Array(width * height * 3);
  if (fill[0] || fill[1] || fill[2]) {
    for (let p = 0; p < data.length; p += 3) { data[p] = fill[0]; data[p + 1] = fill[1]; data[p + 2] = fill[2]; }
  }
  return { width, height, data };
}

export function cloneImage(img: RgbImage): RgbImage {
  return { width: img.width, height: img.height, data: img.data.slice() };
}

const clampByte = (v: number): number => (v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v));

export interface ToRgbOptions {
  /** Needed for flat arrays (planes or HWC) without a shape. */
  height?: number;
  width?: number;
  /**
   * Layout of flat arrays: 'chw' float planes in [0, 1] (the default for float arrays), 'hwc'
   * interleaved (the default for Uint8Array). Tensors are [C, H, W] (C = 1 or 3) or [H, W].
   */
  layout?: 'chw' | 'hwc';
  /** Value range of float input: [0, 1] (default) or [0, 255]. */
  range?: 1 | 255;
}

/**
 * An RgbImage from an image in any of the toolkit's forms: a [3, H, W], [1, H, W] or [H, W] float
 * tensor in [0, 1] (a [1, 3, H, W] batch of one is accepted), CHW float planes, or HWC uint8 data
 * (with `height` and `width`). Gray is replicated; values are clamped and rounded.
 */
export function toRgbImage(input: ArrayOrTensor | RgbImage, opts: ToRgbOptions = {}): RgbImage {
  if (isRgbImage(input)) return input;
  const { data, shape } = readArray(input);
  let c: number, h: number, w: number;
  let layout = opts.layout;
  if (shape) {
    const s = shape.length === 4 && shape[0] === 1 ? shape.slice(1) : shape;
    if (s.length === 2) { c = 1; [h, w] = s; } else if (s.length === 3) { [c, h, w] = s; } else {
      throw new RangeError(`toRgbImage: expected a [3, H, W], [1, H, W] or [H, W] tensor, got [${shape.join(', ')}]`);
    }
    layout = 'chw';
  } else {
    if (opts.height === undefined || opts.width === undefined) throw new RangeError('toRgbImage: a flat array needs height and width');
    h = opts.height; w = opts.width;
    c = data.length / (h * w);
    layout ??= data instanceof Uint8Array || data instanceof Uint8ClampedArray ? 'hwc' : 'chw';
  }
  if (c !== 1 && c !== 3) throw new RangeError(`toRgbImage: ${c} channels (expected 1 or 3)`);
  if (data.length !== c * h * w) throw new RangeError(`toRgbImage: ${data.length} values for ${c}x${h}x${w}`);
  const isBytes = data instanceof Uint8Array || data instanceof Uint8ClampedArray;
  const scale = isBytes ? 1 : (opts.range ?? 1) === 255 ? 1 : 255;
  const out = createImage(w, h);
  const hw = h * w;
  const o = out.data;
  for (let p = 0; p < hw; p++) {
    for (let k = 0; k < 3; k++) {
      const kk = c === 1 ? 0 : k;
      const v = layout === 'hwc' ? data[p * c + kk] : data[kk * hw + p];
      o[3 * p + k] = clampByte(v * scale);
    }
  }
  return out;
}

export function isRgbImage(x: unknown): x is RgbImage {
  return typeof x === 'object' && x !== null && (x as RgbImage).data instanceof Uint8Array
    && typeof (x as RgbImage).width === 'number' && typeof (x as RgbImage).height === 'number' && !('shape' in x);
}

/** Sets pixel (x, y) (ignored outside the image). */
export function setPixel(img: RgbImage, x: number, y: number, c: Rgb): void {
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return;
  const i = 3 * (y * img.width + x);
  img.data[i] = c[0]; img.data[i + 1] = c[1]; img.data[i + 2] = c[2];
}

export function getPixel(img: RgbImage, x: number, y: number): [number, number, number] {
  const i = 3 * (y * img.width + x);
  return [img.data[i], img.data[i + 1], img.data[i + 2]];
}

/** Fills the rectangle [x, x + w) x [y, y + h) clipped to the image; `alpha` < 1 blends. */
export function fillRect(img: RgbImage, x: number, y: number, w: number, h: number, c: Rgb, alpha = 1): void {
  const x0 = Math.max(0, Math.floor(x)), y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(img.width, Math.floor(x + w)), y1 = Math.min(img.height, Math.floor(y + h));
  const d = img.data;
  for (let yy = y0; yy < y1; yy++) {
    for (let xx = x0; xx < x1; xx++) {
      const i = 3 * (yy * img.width + xx);
      if (alpha >= 1) { d[i] = c[0]; d[i + 1] = c[1]; d[i + 2] = c[2]; } else {
        d[i] = clampByte(d[i] + (c[0] - d[i]) * alpha);
        d[i + 1] = clampByte(d[i + 1] + (c[1] - d[i + 1]) * alpha);
        d[i + 2] = clampByte(d[i + 2] + (c[2] - d[i + 2]) * alpha);
      }
    }
  }
}

/** Copies `src` into `dst` with its top-left corner at (x, y) (clipped). */
export function blit(dst: RgbImage, src: RgbImage, x: number, y: number): void {
  for (let sy = 0; sy < src.height; sy++) {
    const dy = y + sy;
    if (dy < 0 || dy >= dst.height) continue;
    const sx0 = Math.max(0, -x), sx1 = Math.min(src.width, dst.width - x);
    if (sx1 <= sx0) continue;
    dst.data.set(src.data.subarray(3 * (sy * src.width + sx0), 3 * (sy * src.width + sx1)), 3 * (dy * dst.width + x + sx0));
  }
}

/** Nearest-neighbour upscaling by an integer factor (pixels become factor x factor blocks). */
export function upscale(img: RgbImage, factor: number): RgbImage {
  const f = Math.max(1, Math.floor(factor));
  if (f === 1) return cloneImage(img);
  const out = createImage(img.width * f, img.height * f);
  const row = new Uint8Array(out.width * 3);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const s = 3 * (y * img.width + x);
      for (let k = 0; k < f; k++) {
        const t = 3 * (x * f + k);
        row[t] = img.data[s]; row[t + 1] = img.data[s + 1]; row[t + 2] = img.data[s + 2];
      }
    }
    for (let k = 0; k < f; k++) out.data.set(row, 3 * ((y * f + k) * out.width));
  }
  return out;
}

/** PNG bytes of an image (deterministic: no metadata; see encodePng). */
export function encodeRgbPng(img: RgbImage): Promise<Buffer> {
  return encodePng(img.data, img.width, img.height, 3);
}

/** Writes an image as a PNG file. */
export async function savePng(img: RgbImage, file: string): Promise<void> {
  await fs.promises.writeFile(file, await encodeRgbPng(img));
}
