// Image files through sharp (libvips): decoding images to float planes, and exact reading and
// writing of label images: 8-bit grayscale (semantic class indices), 16-bit grayscale (depth in
// millimeters), 8-bit RGB (normals). Files are read with fs and handed to sharp as buffers (no
// stale reads from sharp's file cache); any failure becomes a BadFileError naming the file.
import * as fs from 'node:fs';
import sharp from 'sharp';
import { BadFileError, errorMessage } from './errors';

export interface DecodedImage {
  /** Planes of channels x height x width, float32 in [0, 1]. */
  data: Float32Array;
  channels: number;
  height: number;
  width: number;
}

async function readFile(file: string): Promise<Buffer> {
  try {
    return await fs.promises.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BadFileError(file, code === 'ENOENT' ? 'file not found' : `cannot read (${errorMessage(e)})`, { cause: e });
  }
}

/** Colour type and bit depth from a PNG's IHDR, or null when the buffer is not a PNG. */
export function pngHeader(buf: Uint8Array): { colorType: number; bitDepth: number; width: number; height: number } | null {
  if (buf.length < 33 || buf[0] !== 0x89 || buf[1] !== 0x50 || buf[2] !== 0x4e || buf[3] !== 0x47) return null;
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return { width: dv.getUint32(16), height: dv.getUint32(20), bitDepth: buf[24], colorType: buf[25] };
}

/**
 * Decodes an image file (any format sharp reads: PNG, JPEG, WebP, TIFF, GIF...) to float planes:
 * `channels: 3` gives RGB (grayscale is replicated), `channels: 1` gives luminance. Alpha is
 * dropped.
 */
export async function decodeImage(file: string, channels: 1 | 3 = 3): Promise<DecodedImage> {
  const buf = await readFile(file);
  let raw: { data: Buffer; info: sharp.OutputInfo };
  try {
    let img = sharp(buf).removeAlpha();
    img = channels === 1 ? img.toColourspace('b-w') : img.toColourspace('srgb');
    raw = await img.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  } catch (e) {
    throw new BadFileError(file, `cannot decode image (${errorMessage(e)})`, { cause: e });
  }
  const { width, height } = raw.info;
  const c = raw.info.channels;
  if (c !== channels) throw new BadFileError(file, `decoded ${c} channels, expected ${channels}`);
  return { data: interleavedToPlanes(raw.data, channels, height, width), channels, height, width };
}

/** HWC uint8 -> CHW float32 / 255. */
export function interleavedToPlanes(src: Uint8Array, c: number, h: number, w: number): Float32Array {
  const hw = h * w;
  const out = new Float32Array(c * hw);
  const inv = 1 / 255;
  if (c === 1) {
    for (let p = 0; p < hw; p++) out[p] = src[p] * inv;
    return out;
  }
  for (let p = 0, q = 0; p < hw; p++, q += c) {
    for (let k = 0; k < c; k++) out[k * hw + p] = src[q + k] * inv;
  }
  return out;
}

/** CHW float32 in [0, 1] -> HWC uint8 (rounded, clamped). */
export function planesToInterleaved(src: Float32Array, c: number, h: number, w: number): Uint8Array {
  const hw = h * w;
  const out = new Uint8Array(c * hw);
  for (let p = 0, q = 0; p < hw; p++, q += c) {
    for (let k = 0; k < c; k++) {
      const v = Math.round(src[k * hw + p] * 255);
      out[q + k] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return out;
}

/**
 * Reads a single-channel PNG exactly (no colour conversion): 8-bit (e.g. class indices) or 16-bit
 * (e.g. depth in millimeters). Palette PNGs are refused (their indices would come back as colours).
 */
export async function readGrayPng(file: string, bits: 8 | 16): Promise<{ data: Uint8Array | Uint16Array; height: number; width: number }> {
  const buf = await readFile(file);
  const hdr = pngHeader(buf);
  if (!hdr) throw new BadFileError(file, 'not a PNG file');
  if (hdr.colorType === 3) throw new BadFileError(file, 'palette PNG: store labels as single-channel grayscale PNG');
  if (hdr.colorType !== 0 && hdr.colorType !== 4) throw new BadFileError(file, `expected a single-channel (grayscale) PNG, got colour type ${hdr.colorType}`);
  if (hdr.bitDepth !== bits) throw new BadFileError(file, `expected a ${bits}-bit PNG, got ${hdr.bitDepth}-bit`);
  try {
    const img = sharp(buf).extractChannel(0).toColourspace(bits === 16 ? 'grey16' : 'b-w');
    const { data, info } = await img.raw({ depth: bits === 16 ? 'ushort' : 'uchar' }).toBuffer({ resolveWithObject: true });
    if (info.channels !== 1) throw new Error(`decoded ${info.channels} channels`);
    const arr = bits === 16
      ? new Uint16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
      : new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    return { data: arr, height: info.height, width: info.width };
  } catch (e) {
    throw new BadFileError(file, `cannot decode PNG (${errorMessage(e)})`, { cause: e });
  }
}

/** Reads an 8-bit RGB PNG exactly (HWC uint8). */
export async function readRgbPng(file: string): Promise<{ data: Uint8Array; height: number; width: number }> {
  const buf = await readFile(file);
  const hdr = pngHeader(buf);
  if (!hdr) throw new BadFileError(file, 'not a PNG file');
  if ((hdr.colorType !== 2 && hdr.colorType !== 6) || hdr.bitDepth !== 8) {
    throw new BadFileError(file, `expected an 8-bit RGB PNG, got colour type ${hdr.colorType}, ${hdr.bitDepth}-bit`);
  }
  try {
    const { data, info } = await sharp(buf).removeAlpha().raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`decoded ${info.channels} channels`);
    return { data: new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)), height: info.height, width: info.width };
  } catch (e) {
    throw new BadFileError(file, `cannot decode PNG (${errorMessage(e)})`, { cause: e });
  }
}

/**
 * Encodes a PNG from raw interleaved pixels: 1 channel (8 or 16 bits) or 3 channels (8 bits).
 * The output depends only on the pixels (and the libvips/libpng version): no metadata, no time.
 */
export async function encodePng(data: Uint8Array | Uint16Array, width: number, height: number, channels: 1 | 3): Promise<Buffer> {
  const bits16 = data instanceof Uint16Array;
  if (data.length !== width * height * channels) throw new RangeError(`encodePng: ${data.length} values for ${width}x${height}x${channels}`);
  let img = sharp(data, { raw: { width, height, channels, ...(bits16 ? { depth: 'ushort' as const } : {}) } });
  if (channels === 1) img = img.toColourspace(bits16 ? 'grey16' : 'b-w');
  else if (bits16) throw new RangeError('encodePng: 16-bit PNG only for one channel');
  return img.png({ compressionLevel: 6, adaptiveFiltering: false, palette: false }).toBuffer();
}

/** Writes `buf` to `file` (creating nothing else: the folder must exist). */
export async function writeFile(file: string, buf: Uint8Array | string): Promise<void> {
  await fs.promises.writeFile(file, buf);
}

// ---- label encodings ----

/** Depth (meters, 0 invalid) -> uint16 millimeters (0 invalid; beyond 65.535 m also 0). */
export function depthToMillimeters(depth: Float32Array, scale = 1000): Uint16Array {
  const out = new Uint16Array(depth.length);
  for (let i = 0; i < depth.length; i++) {
    const d = depth[i];
    if (!(d > 0)) continue;
    const v = Math.round(d * scale);
    out[i] = v > 65535 ? 0 : v;
  }
  return out;
}

export function millimetersToDepth(mm: Uint16Array, scale = 1000): Float32Array {
  const out = new Float32Array(mm.length);
  const inv = 1 / scale;
  for (let i = 0; i < mm.length; i++) out[i] = mm[i] * inv;
  return out;
}

/** Normals planes (3*H*W, zero = invalid) -> HWC uint8 RGB = round((n + 1) / 2 * 255), black = invalid. */
export function normalsToRgb(n: Float32Array, h: number, w: number): Uint8Array {
  const hw = h * w;
  const out = new Uint8Array(3 * hw);
  for (let p = 0; p < hw; p++) {
    const x = n[p], y = n[hw + p], z = n[2 * hw + p];
    if (x === 0 && y === 0 && z === 0) continue;
    for (let k = 0; k < 3; k++) {
      const v = Math.round(((k === 0 ? x : k === 1 ? y : z) + 1) * 127.5);
      out[3 * p + k] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
    if (out[3 * p] === 0 && out[3 * p + 1] === 0 && out[3 * p + 2] === 0) out[3 * p + 2] = 1; // never black
  }
  return out;
}

/** HWC uint8 RGB -> normals planes, renormalized to unit length; black -> 0 (invalid). */
export function rgbToNormals(rgb: Uint8Array, h: number, w: number): Float32Array {
  const hw = h * w;
  const out = new Float32Array(3 * hw);
  for (let p = 0; p < hw; p++) {
    const r = rgb[3 * p], g = rgb[3 * p + 1], b = rgb[3 * p + 2];
    if (r === 0 && g === 0 && b === 0) continue;
    const x = r / 127.5 - 1, y = g / 127.5 - 1, z = b / 127.5 - 1;
    const l = Math.sqrt(x * x + y * y + z * z);
    if (l < 1e-6) continue;
    out[p] = x / l; out[hw + p] = y / l; out[2 * hw + p] = z / l;
  }
  return out;
}
