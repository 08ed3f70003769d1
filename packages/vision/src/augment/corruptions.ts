// The 15 common corruptions of ImageNet-C / CIFAR-10-C (Hendrycks & Dietterich 2019) at 5
// severities, as tensor ops, with the parameter tables of the reference scripts
// (hendrycks/robustness: create_c/make_imagenet_c.py for 224 px images, make_cifar_c.py for 32 px).
// Every corruption is deterministic in (image, corruption, severity, seed): its random draws come
// from an Rng keyed by those, never from torch's generator.
//
// Differences from the reference (which uses PIL, scikit-image, OpenCV, SciPy and ImageMagick):
// - motion blur: ImageMagick's MotionBlurImage (one-sided Gaussian-weighted line of 2r+1 taps,
//   edges replicated) re-implemented as a weighted sum of shifted copies, as the `imagecorruptions`
//   package does;
// - frost: the reference blends one of six photographs of frost; we synthesize a procedural frost
//   texture (cloudy plasma base plus branching ice streaks, slightly blue), with the same blend
//   weights; values differ from ImageNet-C's, its character is similar;
// - jpeg: `corruptAsync` encodes with sharp (libjpeg, 4:2:0, the standard tables scaled by quality,
//   as PIL); the synchronous `corrupt` uses a tensor JPEG model (YCbCr, 4:2:0 box downsampling,
//   8x8 DCT, the same quantization tables, triangle upsampling): a few levels from libjpeg;
// - impulse noise: scikit-image's current s&p (each value replaced with probability `amount`);
// - glass blur keeps the reference's behaviour: its pixel "swap" on NumPy views is a copy;
// - image sizes: tables are in pixels for 224 (imagenet) or 32 (cifar) px images; at other sizes the
//   image-size constants of the reference (loops, crops, elastic scales) follow the actual size,
//   the other pixel parameters are used as they are. `preset: 'auto'` picks cifar for images of at
//   most 64 px on their longer side.
// Outputs are quantized to 8-bit levels by truncation (np.uint8 of the reference) unless
// `quantize: false`; inputs are used as given (float).
import * as torch from '@must/torch';
import { disposeSample, type Sample } from '../data/sample';
import {
  filter2d, gaussianBlur, gaussianKernel1d, gridSample, hsvToRgb, padIndex, rgbToHsv,
} from './functional';
import { Rng, type Seed } from './random';
import { withFields } from './transform';

type T = torch.Tensor;

export const CORRUPTIONS = [
  'gaussian_noise', 'shot_noise', 'impulse_noise', 'defocus_blur', 'glass_blur', 'motion_blur', 'zoom_blur',
  'snow', 'frost', 'fog', 'brightness', 'contrast', 'elastic_transform', 'pixelate', 'jpeg_compression',
] as const;
export type Corruption = (typeof CORRUPTIONS)[number];
export type CorruptionPreset = 'imagenet' | 'cifar';

/** numpy.arange(start, stop, step) (same length rule). */
function arange(start: number, stop: number, step: number): number[] {
  const n = Math.ceil((stop - start) / step);
  return Array.from({ length: n }, (_, i) => start + i * step);
}

/** The parameter tables, [severity 1..5], as in the reference scripts. */
export const CORRUPTION_PARAMS = {
  imagenet: {
    size: 224,
    gaussian_noise: [0.08, 0.12, 0.18, 0.26, 0.38],
    shot_noise: [60, 25, 12, 5, 3],
    impulse_noise: [0.03, 0.06, 0.09, 0.17, 0.27],
    defocus_blur: [[3, 0.1], [4, 0.5], [6, 0.5], [8, 0.5], [10, 0.5]],
    glass_blur: [[0.7, 1, 2], [0.9, 2, 1], [1, 2, 3], [1.1, 3, 2], [1.5, 4, 2]],
    motion_blur: [[10, 3], [15, 5], [15, 8], [15, 12], [20, 15]],
    zoom_blur: [arange(1, 1.11, 0.01), arange(1, 1.16, 0.01), arange(1, 1.21, 0.02), arange(1, 1.26, 0.02), arange(1, 1.31, 0.03)],
    snow: [[0.1, 0.3, 3, 0.5, 10, 4, 0.8], [0.2, 0.3, 2, 0.5, 12, 4, 0.7], [0.55, 0.3, 4, 0.9, 12, 8, 0.7],
      [0.55, 0.3, 4.5, 0.85, 12, 8, 0.65], [0.55, 0.3, 2.5, 0.85, 12, 12, 0.55]],
    frost: [[1, 0.4], [0.8, 0.6], [0.7, 0.7], [0.65, 0.7], [0.6, 0.75]],
    fog: [[1.5, 2], [2, 2], [2.5, 1.7], [2.5, 1.5], [3, 1.4]],
    brightness: [0.1, 0.2, 0.3, 0.4, 0.5],
    contrast: [0.4, 0.3, 0.2, 0.1, 0.05],
    // (alpha, sigma, affine jitter) in pixels; the reference writes 244 * k for 224 px images
    elastic_transform: [[244 * 2, 244 * 0.7, 244 * 0.1], [244 * 2, 244 * 0.08, 244 * 0.2], [244 * 0.05, 244 * 0.01, 244 * 0.02],
      [244 * 0.07, 244 * 0.01, 244 * 0.02], [244 * 0.12, 244 * 0.01, 244 * 0.02]],
    pixelate: [0.6, 0.5, 0.4, 0.3, 0.25],
    jpeg_compression: [25, 18, 15, 10, 7],
  },
  cifar: {
    size: 32,
    gaussian_noise: [0.04, 0.06, 0.08, 0.09, 0.10],
    shot_noise: [500, 250, 100, 75, 50],
    impulse_noise: [0.01, 0.02, 0.03, 0.05, 0.07],
    defocus_blur: [[0.3, 0.4], [0.4, 0.5], [0.5, 0.6], [1, 0.2], [1.5, 0.1]],
    glass_blur: [[0.05, 1, 1], [0.25, 1, 1], [0.4, 1, 1], [0.25, 1, 2], [0.4, 1, 2]],
    motion_blur: [[6, 1], [6, 1.5], [6, 2], [8, 2], [9, 2.5]],
    zoom_blur: [arange(1, 1.06, 0.01), arange(1, 1.11, 0.01), arange(1, 1.16, 0.01), arange(1, 1.21, 0.01), arange(1, 1.26, 0.01)],
    snow: [[0.1, 0.2, 1, 0.6, 8, 3, 0.95], [0.1, 0.2, 1, 0.5, 10, 4, 0.9], [0.15, 0.3, 1.75, 0.55, 10, 4, 0.9],
      [0.25, 0.3, 2.25, 0.6, 12, 6, 0.85], [0.3, 0.3, 1.25, 0.65, 14, 12, 0.8]],
    frost: [[1, 0.2], [1, 0.3], [0.9, 0.4], [0.85, 0.4], [0.75, 0.45]],
    fog: [[0.2, 3], [0.5, 3], [0.75, 2.5], [1, 2], [1.5, 1.75]],
    brightness: [0.05, 0.1, 0.15, 0.2, 0.3],
    contrast: [0.75, 0.5, 0.4, 0.3, 0.15],
    elastic_transform: [[32 * 0, 32 * 0, 32 * 0.08], [32 * 0.05, 32 * 0.2, 32 * 0.07], [32 * 0.08, 32 * 0.06, 32 * 0.06],
      [32 * 0.1, 32 * 0.04, 32 * 0.05], [32 * 0.1, 32 * 0.03, 32 * 0.03]],
    pixelate: [0.95, 0.9, 0.85, 0.75, 0.65],
    jpeg_compression: [80, 65, 58, 50, 40],
  },
} as const;

export interface CorruptOptions {
  /** Seed of the random draws (with the corruption and severity). Default 0. */
  seed?: Seed;
  /** Parameter table: 'imagenet' (224 px), 'cifar' (32 px), or 'auto' (default: cifar up to 64 px). */
  preset?: CorruptionPreset | 'auto';
  /** Truncate the output to 8-bit levels as the reference (default true). */
  quantize?: boolean;
}

function presetOf(h: number, w: number, p: CorruptOptions['preset']): CorruptionPreset {
  if (p && p !== 'auto') return p;
  return Math.max(h, w) <= 64 ? 'cifar' : 'imagenet';
}

function keyedRng(name: string, severity: number, seed: Seed | undefined): Rng {
  return new Rng(`${String(seed ?? 0)}|${name}|${severity}`);
}

function fromArray(a: Float32Array, shape: number[], device: string): T {
  const t = torch.tensor(a, { shape });
  if (device === 'cpu') return t;
  const d = t.to({ device });
  t.dispose();
  return d;
}

function cpuData(x: T): Float32Array {
  return Float32Array.from(x.to('float32').dataSync() as Float32Array);
}

function clamp01(x: T): T {
  return x.clamp({ min: 0, max: 1 });
}

// ---- shared helpers (reference functions) ----

/** OpenCV's RGB -> gray weights. */
function cvGray(x: T): T {
  const [r, g, b] = x.unbind({ dim: 0 });
  return r.mul(0.299).add_(g.mul(0.587)).add_(b.mul(0.114));
}

/** The reference's clipped_zoom: centre crop of size ceil(n / z), zoomed by z (scipy order 1), centre trimmed. */
function clippedZoom(x: T, z: number): T {
  return torch.tidy(() => {
    const sh = x.shape;
    const h = sh[sh.length - 2];
    const w = sh[sh.length - 1];
    const ch = Math.ceil(h / z);
    const cw = Math.ceil(w / z);
    const top = Math.floor((h - ch) / 2);
    const left = Math.floor((w - cw) / 2);
    const crop = x.narrow(-2, top, ch).narrow(-1, left, cw);
    const oh = Math.round(ch * z);
    const ow = Math.round(cw * z);
    const x4 = crop.reshape([-1, 1, ch, cw]);
    // scipy.ndimage.zoom (grid_mode false) maps output i to input i (in - 1) / (out - 1): align corners
    const zoomed = torch.upsampleBilinear2d(x4, [oh, ow], true);
    const tt = Math.floor((oh - h) / 2);
    const tl = Math.floor((ow - w) / 2);
    return zoomed.narrow(2, tt, h).narrow(3, tl, w).reshape(sh);
  });
}

/** imagecorruptions' _motion_blur (ImageMagick MotionBlurImage): weighted sum of shifted copies. */
function motionBlur(x: T, radius: number, sigma: number, angleDeg: number): T {
  return torch.tidy(() => {
    const sh = x.shape;
    const h = sh[sh.length - 2];
    const w = sh[sh.length - 1];
    const width = radius * 2 + 1;
    const k = Array.from({ length: width }, (_, i) => Math.exp(-(i * i) / (2 * sigma * sigma)) / (Math.sqrt(2 * Math.PI) * sigma));
    const z = k.reduce((a, b) => a + b, 0);
    const px = width * Math.sin((angleDeg * Math.PI) / 180);
    const py = width * Math.cos((angleDeg * Math.PI) / 180);
    const hyp = Math.hypot(px, py);
    const dev = x.device;
    let out: T | null = null;
    for (let i = 0; i < width; i++) {
      const dy = -Math.ceil((i * px) / hyp - 0.5);
      const dx = -Math.ceil((i * py) / hyp - 0.5);
      if (Math.abs(dy) >= h || Math.abs(dx) >= w) break;
      const iy = Array.from({ length: h }, (_, r) => Math.min(h - 1, Math.max(0, r - dy)));
      const ix = Array.from({ length: w }, (_, c) => Math.min(w - 1, Math.max(0, c - dx)));
      const shifted = x.indexSelect(-2, idx(iy, dev)).indexSelect(-1, idx(ix, dev));
      const term = shifted.mul(k[i] / z);
      out = out ? out.add_(term) : term;
    }
    return out ?? x.clone();
  });
}

function idx(a: number[], device: string): T {
  return torch.tensor(BigInt64Array.from(a, (v) => BigInt(v)), { device });
}

/** The reference's plasma_fractal (diamond-square), mapsize a power of two, values in [0, 1]. */
export function plasmaFractal(mapsize: number, wibbledecay: number, rng: Rng): Float64Array {
  if ((mapsize & (mapsize - 1)) !== 0) throw new RangeError('plasmaFractal: mapsize must be a power of two');
  const n = mapsize;
  const a = new Float64Array(n * n);
  let step = n;
  let wibble = 100;
  const at = (y: number, x: number) => a[(((y % n) + n) % n) * n + (((x % n) + n) % n)];
  while (step >= 2) {
    const half = step >> 1;
    // fillsquares: centre of each square = mean of its 4 corners + noise (row-major draw order)
    for (let y = 0; y < n; y += step) for (let x = 0; x < n; x += step) {
      const s = at(y, x) + at(y + step, x) + at(y, x + step) + at(y + step, x + step);
      a[(y + half) * n + (x + half)] = s / 4 + wibble * rng.uniform(-wibble, wibble);
    }
    // filldiamonds: (y, x + half) from left/right corners and the centres above/below
    const top: number[] = [];
    for (let y = 0; y < n; y += step) for (let x = 0; x < n; x += step) {
      const s = at(y + half, x + half) + at(y - half, x + half) + at(y, x) + at(y, x + step);
      top.push(s / 4 + wibble * rng.uniform(-wibble, wibble));
    }
    const left: number[] = [];
    for (let y = 0; y < n; y += step) for (let x = 0; x < n; x += step) {
      const s = at(y + half, x + half) + at(y + half, x - half) + at(y, x) + at(y + step, x);
      left.push(s / 4 + wibble * rng.uniform(-wibble, wibble));
    }
    let k = 0;
    for (let y = 0; y < n; y += step) for (let x = 0; x < n; x += step) a[y * n + x + half] = top[k++];
    k = 0;
    for (let y = 0; y < n; y += step) for (let x = 0; x < n; x += step) a[(y + half) * n + x] = left[k++];
    step >>= 1;
    wibble /= wibbledecay;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of a) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  for (let i = 0; i < a.length; i++) a[i] = (a[i] - lo) / (hi - lo || 1);
  return a;
}

/** Procedural frost texture [3, H, W] in [0, 1] (stands in for the reference's frost photographs). */
export function frostTexture(h: number, w: number, rng: Rng): Float32Array {
  const size = Math.max(h, w);
  let map = 1;
  while (map < size) map <<= 1;
  const cloud = plasmaFractal(map, 1.8, rng);
  const ice = new Float32Array(h * w);
  const scale = size / 224;
  // branching ice streaks
  const nSeeds = Math.max(6, Math.round((h * w) / 700));
  const draw = (x0: number, y0: number, ang: number, len: number, v: number, depth: number) => {
    const steps = Math.max(1, Math.ceil(len));
    const dx = Math.cos(ang);
    const dy = Math.sin(ang);
    for (let s = 0; s < steps; s++) {
      const x = x0 + dx * s;
      const y = y0 + dy * s;
      const xi = Math.floor(x);
      const yi = Math.floor(y);
      if (xi < 0 || yi < 0 || xi >= w || yi >= h) break;
      const fade = 1 - s / (steps + 1);
      ice[yi * w + xi] = Math.min(1, ice[yi * w + xi] + v * fade);
      if (depth < 3 && rng.bool(0.08)) {
        const turn = (rng.bool() ? 1 : -1) * rng.uniform(0.5, 1.1);
        draw(x, y, ang + turn, len * rng.uniform(0.25, 0.55), v * 0.8, depth + 1);
      }
    }
  };
  for (let k = 0; k < nSeeds; k++) {
    draw(rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0, 2 * Math.PI), rng.uniform(8, 45) * scale, rng.uniform(0.35, 0.8), 0);
  }
  // soften the streaks (3-tap blur, twice) and combine with the cloudy base
  const blur = (src: Float32Array) => {
    const out = new Float32Array(src.length);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      let s = 0;
      let c = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
        const yy = y + dy;
        const xx = x + dx;
        if (yy < 0 || xx < 0 || yy >= h || xx >= w) continue;
        const wt = dx === 0 && dy === 0 ? 4 : dx === 0 || dy === 0 ? 2 : 1;
        s += src[yy * w + xx] * wt;
        c += wt;
      }
      out[y * w + x] = s / c;
    }
    return out;
  };
  const soft = blur(blur(ice));
  // fine ice grain
  const grain = new Float32Array(h * w);
  for (let i = 0; i < grain.length; i++) grain[i] = rng.uniform(-0.15, 0.15);
  const g = blur(grain);
  const tex = new Float32Array(3 * h * w);
  const tint = [0.86, 0.94, 1.0];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const p = y * w + x;
    const v = Math.min(1, Math.max(0, 0.3 + 0.4 * cloud[y * map + x] + 0.9 * soft[p] + 0.35 * ice[p] + g[p]));
    for (let c = 0; c < 3; c++) tex[c * h * w + p] = v * tint[c];
  }
  return tex;
}

/** PIL's resampling coefficients for the BOX filter (Resample.c precompute_coeffs), as an out x in matrix. */
export function pilBoxMatrix(inSize: number, outSize: number): Float32Array {
  const m = new Float32Array(outSize * inSize);
  const scale = inSize / outSize;
  const filterscale = Math.max(scale, 1);
  const support = 0.5 * filterscale;
  const ss = 1 / filterscale;
  const box = (x: number) => (x > -0.5 && x <= 0.5 ? 1 : 0);
  for (let o = 0; o < outSize; o++) {
    const center = (o + 0.5) * scale;
    const xmin = Math.max(0, Math.trunc(center - support + 0.5));
    const xmax = Math.min(inSize, Math.trunc(center + support + 0.5));
    let ww = 0;
    const k: number[] = [];
    for (let x = xmin; x < xmax; x++) {
      const v = box((x - center + 0.5) * ss);
      k.push(v);
      ww += v;
    }
    for (let x = xmin; x < xmax; x++) m[o * inSize + x] = ww ? k[x - xmin] / ww : 0;
  }
  return m;
}

/**
 * PIL Image.resize with BOX on [..., H, W]: the horizontal pass, then the vertical one, each
 * rounded half up to 8-bit levels as PIL's 8-bit resampler (a pass is skipped when its size is
 * unchanged).
 */
export function pilBoxResize(x: T, oh: number, ow: number): T {
  return torch.tidy(() => {
    const sh = x.shape;
    const h = sh[sh.length - 2];
    const w = sh[sh.length - 1];
    const q = (t: T) => t.mul(255).add_(0.5).floor_().clamp_({ min: 0, max: 255 }).div_(255);
    let out = x;
    if (ow !== w) out = q(torch.matmul(out, torch.tensor(pilBoxMatrix(w, ow), { shape: [ow, w], device: x.device }).t()));
    if (oh !== h) out = q(torch.matmul(torch.tensor(pilBoxMatrix(h, oh), { shape: [oh, h], device: x.device }), out));
    return out === x ? x.clone() : out;
  });
}

/** The reference's disk kernel (aliased disk, then cv2.GaussianBlur with a 3x3 or 5x5 kernel). */
export function diskKernel(radius: number, aliasBlur: number): { data: Float32Array; size: number } {
  const r = radius <= 8 ? 8 : Math.ceil(radius);
  const L = radius <= 8 ? 8 : radius;
  const ks = radius <= 8 ? 3 : 5;
  const size = 2 * r + 1;
  const disk = new Float32Array(size * size);
  let sum = 0;
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    const X = x - L;
    const Y = y - L;
    const v = X * X + Y * Y <= radius * radius ? 1 : 0;
    disk[y * size + x] = v;
    sum += v;
  }
  for (let i = 0; i < disk.length; i++) disk[i] /= sum;
  // cv2.GaussianBlur(ksize, sigma) with BORDER_REFLECT_101, separable
  const g = gaussianKernel1d(aliasBlur, (ks - 1) >> 1);
  const refl = (i: number) => (i < 0 ? -i : i >= size ? 2 * size - 2 - i : i);
  const tmp = new Float32Array(size * size);
  const out = new Float32Array(size * size);
  const rr = (ks - 1) >> 1;
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    let s = 0;
    for (let k = -rr; k <= rr; k++) s += g[k + rr] * disk[y * size + refl(x + k)];
    tmp[y * size + x] = s;
  }
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    let s = 0;
    for (let k = -rr; k <= rr; k++) s += g[k + rr] * tmp[refl(y + k) * size + x];
    out[y * size + x] = s;
  }
  return { data: out, size };
}

// ---- JPEG model (synchronous path) ----

const JPEG_LUMA = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
  14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
  49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
const JPEG_CHROMA = [
  17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99,
  47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
  99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
];

/** IJG quality scaling of a base table (baseline: entries clamped to 1..255). */
export function jpegQuantTable(base: readonly number[], quality: number): Float32Array {
  const q = Math.min(100, Math.max(1, Math.round(quality)));
  const scale = q < 50 ? 5000 / q : 200 - 2 * q;
  return Float32Array.from(base, (v) => Math.min(255, Math.max(1, Math.floor((v * scale + 50) / 100))));
}

function dctMatrix(): Float32Array {
  const m = new Float32Array(64);
  for (let u = 0; u < 8; u++) for (let x = 0; x < 8; x++) {
    const a = u === 0 ? Math.sqrt(1 / 8) : Math.sqrt(2 / 8);
    m[u * 8 + x] = a * Math.cos(((2 * x + 1) * u * Math.PI) / 16);
  }
  return m;
}

/** Quantizes one plane [h, w] (h, w multiples of 8, level-shifted) through the DCT. */
function jpegPlane(p: T, table: Float32Array): T {
  return torch.tidy(() => {
    const [h, w] = p.shape;
    const D = torch.tensor(dctMatrix(), { shape: [8, 8], device: p.device });
    const Q = torch.tensor(table, { shape: [8, 8], device: p.device });
    const blocks = p.reshape([h / 8, 8, w / 8, 8]).permute([0, 2, 1, 3]); // [bh, bw, 8, 8]
    const coef = torch.matmul(torch.matmul(D, blocks), D.t());
    const deq = coef.div(Q).round_().mul_(Q);
    const back = torch.matmul(torch.matmul(D.t(), deq), D);
    return back.permute([0, 2, 1, 3]).reshape([h, w]);
  });
}

/** A JPEG round trip at a quality as tensor ops (4:2:0): see the file comment. */
export function jpegApprox(x: T, quality: number): T {
  return torch.tidy(() => {
    const [, h, w] = x.shape;
    const v = x.mul(255).round_().clamp_({ min: 0, max: 255 });
    const [r, g, b] = v.unbind({ dim: 0 });
    const Y = r.mul(0.299).add_(g.mul(0.587)).add_(b.mul(0.114));
    const Cb = r.mul(-0.168736).add_(g.mul(-0.331264)).add_(b.mul(0.5)).add_(128);
    const Cr = r.mul(0.5).add_(g.mul(-0.418688)).add_(b.mul(-0.081312)).add_(128);
    const pad8 = (n: number, m: number) => Math.ceil(n / m) * m;
    // luma: pad to multiples of 8 by edge replication
    const H8 = pad8(h, 16);
    const W8 = pad8(w, 16);
    const rep = (p: T, hh: number, ww: number) => {
      const [ph, pw] = p.shape;
      return padIndex(p.view([1, 1, ph, pw]), 0, hh - ph, 0, ww - pw, 'nearest').view([hh, ww]);
    };
    const qy = jpegPlane(rep(Y, H8, W8).sub(128), jpegQuantTable(JPEG_LUMA, quality)).add_(128).round_().clamp_({ min: 0, max: 255 });
    const sub = (p: T) => {
      const full = rep(p, H8, W8).view([1, 1, H8, W8]);
      return torch.avgPool2d(full, 2).view([H8 / 2, W8 / 2]);
    };
    const cq = jpegQuantTable(JPEG_CHROMA, quality);
    const qc = (p: T) => jpegPlane(sub(p).sub(128), cq).add_(128).round_().clamp_({ min: 0, max: 255 });
    const up = (p: T) => torch.upsampleBilinear2d(p.view([1, 1, H8 / 2, W8 / 2]), [H8, W8], false).view([H8, W8]);
    const cb = up(qc(Cb)).sub(128);
    const cr = up(qc(Cr)).sub(128);
    const R = qy.add(cr.mul(1.402));
    const G = qy.sub(cb.mul(0.344136)).sub_(cr.mul(0.714136));
    const B = qy.add(cb.mul(1.772));
    const rgb = torch.stack([R, G, B]).narrow(1, 0, h).narrow(2, 0, w);
    return rgb.round_().clamp_({ min: 0, max: 255 }).div_(255);
  });
}

/** A JPEG round trip through sharp (libjpeg; quality, 4:2:0 as PIL's default). */
export async function jpegSharp(x: T, quality: number): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sharp = require('sharp') as typeof import('sharp');
  const [, h, w] = x.shape;
  const dev = x.device;
  const hwc = torch.tidy(() => x.mul(255).round_().clamp_({ min: 0, max: 255 }).to('uint8').permute([1, 2, 0]).contiguous().cpu());
  const raw = Buffer.from((hwc.dataSync() as Uint8Array).buffer.slice(0));
  hwc.dispose();
  const jpg = await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality: Math.round(quality), chromaSubsampling: '4:2:0' }).toBuffer();
  const { data } = await sharp(jpg).raw().toBuffer({ resolveWithObject: true });
  const u8 = new Uint8Array(data.buffer, data.byteOffset, data.length);
  return torch.tidy(() => {
    const t = torch.tensor(Uint8Array.from(u8), { shape: [h, w, 3] }).permute([2, 0, 1]).to('float32').div_(255);
    return dev === 'cpu' ? t.contiguous() : t.to({ device: dev });
  });
}

// ---- the corruptions ----

function table(preset: CorruptionPreset) {
  return CORRUPTION_PARAMS[preset];
}

function gaussianNoise(x: T, s: number, p: CorruptionPreset, rng: Rng): T {
  const c = table(p).gaussian_noise[s - 1];
  return torch.tidy(() => clamp01(x.add(rng.randn(x.shape, { std: c, device: x.device }))));
}

function shotNoise(x: T, s: number, p: CorruptionPreset, rng: Rng): T {
  const c = table(p).shot_noise[s - 1];
  const v = cpuData(x);
  for (let i = 0; i < v.length; i++) v[i] = rng.poisson(Math.max(0, v[i]) * c) / c;
  return torch.tidy(() => clamp01(fromArray(v, x.shape, x.device)));
}

function impulseNoise(x: T, s: number, p: CorruptionPreset, rng: Rng): T {
  const c = table(p).impulse_noise[s - 1];
  const v = cpuData(x);
  for (let i = 0; i < v.length; i++) {
    const flip = rng.random() < c;
    const salt = rng.random() < 0.5;
    if (flip) v[i] = salt ? 1 : 0;
  }
  return torch.tidy(() => clamp01(fromArray(v, x.shape, x.device)));
}

function defocusBlur(x: T, s: number, p: CorruptionPreset): T {
  const [r, ab] = table(p).defocus_blur[s - 1];
  const k = diskKernel(r, ab);
  return torch.tidy(() => clamp01(filter2d(x, torch.tensor(k.data, { shape: [k.size, k.size] }), 'mirror')));
}

function glassBlur(x: T, s: number, p: CorruptionPreset, rng: Rng): T {
  const [sigma, delta, iters] = table(p).glass_blur[s - 1];
  const [, h, w] = x.shape;
  const blurred = torch.tidy(() => gaussianBlur(x, sigma, { mode: 'nearest', truncate: 4 }).mul(255).clamp_({ min: 0, max: 255 }).floor_());
  const v = cpuData(blurred);
  blurred.dispose();
  const hw = h * w;
  for (let it = 0; it < iters; it++) {
    for (let y = h - delta; y > delta; y--) {
      for (let xx = w - delta; xx > delta; xx--) {
        const dx = rng.randint(-delta, delta);
        const dy = rng.randint(-delta, delta);
        const y2 = y + dy;
        const x2 = xx + dx;
        if (y2 < 0 || y2 >= h || x2 < 0 || x2 >= w || y >= h || xx >= w) continue;
        // The reference writes `x[h, w], x[h', w'] = x[h', w'], x[h, w]` on NumPy views: the
        // second assignment copies back the already-overwritten pixel, so the "swap" is a copy.
        const a = y * w + xx;
        const b = y2 * w + x2;
        for (let c = 0; c < 3; c++) v[c * hw + a] = v[c * hw + b];
      }
    }
  }
  return torch.tidy(() => clamp01(gaussianBlur(fromArray(v, x.shape, x.device).div_(255), sigma, { mode: 'nearest', truncate: 4 })));
}

function motionBlurC(x: T, s: number, p: CorruptionPreset, rng: Rng): T {
  const [radius, sigma] = table(p).motion_blur[s - 1];
  const angle = rng.uniform(-45, 45);
  return torch.tidy(() => clamp01(motionBlur(x.mul(255).round_(), radius, sigma, angle).round_().div_(255)));
}

function zoomBlur(x: T, s: number, p: CorruptionPreset): T {
  const zs = table(p).zoom_blur[s - 1];
  return torch.tidy(() => {
    const out = x.clone();
    for (const z of zs) out.add_(clippedZoom(x, z));
    return clamp01(out.div_(zs.length + 1));
  });
}

function snow(x: T, s: number, p: CorruptionPreset, rng: Rng): T {
  const [loc, scale, zoom, thr, rad, sig, mix] = table(p).snow[s - 1];
  const [, h, w] = x.shape;
  return torch.tidy(() => {
    const dev = x.device;
    let layer = rng.randn([h, w], { mean: loc, std: scale, device: dev });
    layer = clippedZoom(layer, zoom);
    layer = layer.maskedFill(layer.lt(thr), 0);
    // to 8 bits (the PNG handed to ImageMagick), motion blur, back
    const u8 = layer.clamp({ min: 0, max: 1 }).mul(255).floor_();
    const angle = rng.uniform(-135, -45);
    const blurred = motionBlur(u8.unsqueeze(0), rad, sig, angle).round_().clamp_({ min: 0, max: 255 }).div_(255).squeeze(0);
    const gray = cvGray(x).mul(1.5).add_(0.5).unsqueeze(0);
    const base = x.mul(mix).add_(torch.maximum(x, gray).mul(1 - mix));
    const rot = blurred.flip([0, 1]);
    return clamp01(base.add(blurred.add(rot).unsqueeze(0)));
  });
}

function frost(x: T, s: number, p: CorruptionPreset, rng: Rng): T {
  const [a, b] = table(p).frost[s - 1];
  const [, h, w] = x.shape;
  const tex = frostTexture(h, w, rng);
  return torch.tidy(() => clamp01(x.mul(a).add_(fromArray(tex, [3, h, w], x.device).mul_(b))));
}

function fog(x: T, s: number, p: CorruptionPreset, rng: Rng): T {
  const [c0, decay] = table(p).fog[s - 1];
  const [, h, w] = x.shape;
  let map = 1;
  while (map < Math.max(h, w)) map <<= 1;
  const pf = plasmaFractal(map, decay, rng);
  const crop = new Float32Array(h * w);
  for (let y = 0; y < h; y++) for (let xx = 0; xx < w; xx++) crop[y * w + xx] = pf[y * map + xx];
  return torch.tidy(() => {
    const maxVal = x.max().item() as number;
    const out = x.add(fromArray(crop, [1, h, w], x.device).mul_(c0));
    return clamp01(out.mul_(maxVal / (maxVal + c0)));
  });
}

function brightness(x: T, s: number, p: CorruptionPreset): T {
  const c = table(p).brightness[s - 1];
  return torch.tidy(() => {
    const hsv = rgbToHsv(x);
    const [hh, ss, vv] = hsv.unbind({ dim: 0 });
    return clamp01(hsvToRgb(torch.stack([hh, ss, vv.add(c).clamp_({ min: 0, max: 1 })])));
  });
}

function contrast(x: T, s: number, p: CorruptionPreset): T {
  const c = table(p).contrast[s - 1];
  return torch.tidy(() => {
    const m = x.mean([1, 2], { keepdim: true });
    return clamp01(x.sub(m).mul_(c).add_(m));
  });
}

/** cv2.getAffineTransform: the affine (index coordinates) mapping three points to three points. */
function affineFrom3(src: number[][], dst: number[][]): number[] {
  // solve [x y 1] M^T = [x' y'] for the 2x3 M
  const [[x0, y0], [x1, y1], [x2, y2]] = src;
  const det = x0 * (y1 - y2) - y0 * (x1 - x2) + (x1 * y2 - x2 * y1);
  const inv = [
    [(y1 - y2) / det, (y2 - y0) / det, (y0 - y1) / det],
    [(x2 - x1) / det, (x0 - x2) / det, (x1 - x0) / det],
    [(x1 * y2 - x2 * y1) / det, (x2 * y0 - x0 * y2) / det, (x0 * y1 - x1 * y0) / det],
  ];
  const row = (k: number) => [0, 1, 2].map((r) => inv[r][0] * dst[0][k] + inv[r][1] * dst[1][k] + inv[r][2] * dst[2][k]);
  return [...row(0), ...row(1)];
}

function elastic(x: T, s: number, p: CorruptionPreset, rng: Rng): T {
  const t = table(p);
  const k = Math.min(x.shape[1], x.shape[2]) / t.size;
  const [alpha, sigma, jit] = t.elastic_transform[s - 1].map((v) => v * k);
  const [, h, w] = x.shape;
  return torch.tidy(() => {
    const dev = x.device;
    // random affine from three perturbed points (cv2.getAffineTransform + warpAffine, reflect-101)
    const cs = [Math.floor(h / 2), Math.floor(w / 2)];
    const sq = Math.floor(Math.min(h, w) / 3);
    const pts1 = [[cs[0] + sq, cs[1] + sq], [cs[0] + sq, cs[1] - sq], [cs[0] - sq, cs[1] - sq]];
    const pts2 = pts1.map((pt) => pt.map((v) => v + rng.uniform(-jit, jit)));
    const M = affineFrom3(pts1, pts2); // forward, index coordinates
    // inverse map for sampling, index coords -> continuous (+0.5)
    const [a, b, c, d, e, f] = M;
    const det = a * e - b * d;
    const ia = e / det;
    const ib = -b / det;
    const id = -d / det;
    const ie = a / det;
    const ic = -(ia * c + ib * f);
    const iff = -(id * c + ie * f);
    // margin covering where the inverse map leaves the image (reflect-101 padding by index)
    let margin = 2;
    for (const [cx, cy] of [[0, 0], [w - 1, 0], [0, h - 1], [w - 1, h - 1]]) {
      const sx = ia * cx + ib * cy + ic;
      const sy = id * cx + ie * cy + iff;
      margin = Math.max(margin, Math.ceil(Math.max(-sx, sx - (w - 1), -sy, sy - (h - 1))) + 2);
    }
    const padded = padIndex(x.unsqueeze(0), margin, margin, margin, margin, 'mirror');
    const ph = h + 2 * margin;
    const pw = w + 2 * margin;
    const jj = torch.arange(w, { dtype: 'float32', device: dev }).view([1, w]);
    const ii = torch.arange(h, { dtype: 'float32', device: dev }).view([h, 1]);
    const sx = jj.mul(ia).add(ii.mul(ib)).add_(ic + margin);
    const sy = jj.mul(id).add(ii.mul(ie)).add_(iff + margin);
    const grid1 = torch.stack([sx.add(0.5).mul_(2 / pw).sub_(1), sy.add(0.5).mul_(2 / ph).sub_(1)], { dim: -1 }).unsqueeze(0);
    const warped = gridSample(padded, grid1, { mode: 'bilinear', padding: 'zeros' });
    // smooth displacement fields (scipy gaussian_filter, mode reflect, truncate 3) and map_coordinates
    const field = () => {
      const u = rng.rand([h, w], { low: -1, high: 1, device: dev });
      return sigma > 0 ? gaussianBlur(u, sigma, { mode: 'reflect', truncate: 3 }).mul_(alpha) : u.mul(alpha);
    };
    const dx = field();
    const dy = field();
    const gx = jj.add(dx).add_(0.5).mul_(2 / w).sub_(1);
    const gy = ii.add(dy).add_(0.5).mul_(2 / h).sub_(1);
    const grid2 = torch.stack([gx, gy], { dim: -1 }).unsqueeze(0);
    return clamp01(gridSample(warped, grid2, { mode: 'bilinear', padding: 'reflection' }).squeeze(0));
  });
}

function pixelate(x: T, s: number, p: CorruptionPreset): T {
  const c = table(p).pixelate[s - 1];
  const [, h, w] = x.shape;
  return torch.tidy(() => {
    const small = pilBoxResize(x, Math.trunc(h * c), Math.trunc(w * c));
    return pilBoxResize(small, h, w);
  });
}

function checkArgs(x: T, name: string, severity: number): void {
  if (!(CORRUPTIONS as readonly string[]).includes(name)) throw new RangeError(`unknown corruption '${name}' (one of ${CORRUPTIONS.join(', ')})`);
  if (!Number.isInteger(severity) || severity < 1 || severity > 5) throw new RangeError(`severity must be 1..5, got ${severity}`);
  if (x.ndim !== 3 || x.shape[0] !== 3) throw new RangeError(`corrupt expects one image [3, H, W], got [${x.shape}]`);
}

function finish(out: T, quantize: boolean): T {
  if (!quantize) return out;
  return torch.tidy(() => out.mul(255).floor_().clamp_({ min: 0, max: 255 }).div_(255));
}

/**
 * One corruption of one image [3, H, W] in [0, 1] at severity 1..5, synchronously (JPEG through the
 * tensor model; see corruptAsync for libjpeg). Deterministic in (image, name, severity, seed).
 */
export function corrupt(image: T, name: Corruption, severity: number, opts: CorruptOptions = {}): T {
  checkArgs(image, name, severity);
  const [, h, w] = image.shape;
  const p = presetOf(h, w, opts.preset);
  const rng = keyedRng(name, severity, opts.seed);
  const x = image.dtype === 'float32' ? image : image.to('float32');
  let out: T;
  switch (name) {
    case 'gaussian_noise': out = gaussianNoise(x, severity, p, rng); break;
    case 'shot_noise': out = shotNoise(x, severity, p, rng); break;
    case 'impulse_noise': out = impulseNoise(x, severity, p, rng); break;
    case 'defocus_blur': out = defocusBlur(x, severity, p); break;
    case 'glass_blur': out = glassBlur(x, severity, p, rng); break;
    case 'motion_blur': out = motionBlurC(x, severity, p, rng); break;
    case 'zoom_blur': out = zoomBlur(x, severity, p); break;
    case 'snow': out = snow(x, severity, p, rng); break;
    case 'frost': out = frost(x, severity, p, rng); break;
    case 'fog': out = fog(x, severity, p, rng); break;
    case 'brightness': out = brightness(x, severity, p); break;
    case 'contrast': out = contrast(x, severity, p); break;
    case 'elastic_transform': out = elastic(x, severity, p, rng); break;
    case 'pixelate': out = pixelate(x, severity, p); break;
    case 'jpeg_compression': out = jpegApprox(x, table(p).jpeg_compression[severity - 1]); break;
    default: throw new RangeError(`unknown corruption ${String(name)}`);
  }
  if (x !== image) x.dispose();
  const q = finish(out, opts.quantize ?? true);
  if (q !== out) out.dispose();
  return q;
}

/** As corrupt, but JPEG compression goes through sharp (libjpeg), like the reference's PIL. */
export async function corruptAsync(image: T, name: Corruption, severity: number, opts: CorruptOptions = {}): Promise<T> {
  if (name !== 'jpeg_compression') return corrupt(image, name, severity, opts);
  checkArgs(image, name, severity);
  const [, h, w] = image.shape;
  const p = presetOf(h, w, opts.preset);
  return jpegSharp(image, table(p).jpeg_compression[severity - 1]);
}

/** A sample with its image corrupted; labels unchanged (elastic moves pixels a little: see README). */
export function corruptSample(s: Sample, name: Corruption, severity: number, opts: CorruptOptions = {}): Sample {
  return withFields(s, { image: corrupt(s.image, name, severity, opts) });
}

/** The corrupted sample, asynchronously (libjpeg for jpeg_compression). */
export async function corruptSampleAsync(s: Sample, name: Corruption, severity: number, opts: CorruptOptions = {}): Promise<Sample> {
  return withFields(s, { image: await corruptAsync(s.image, name, severity, opts) });
}

/** What corruptedDataset wraps: anything with a length and get(i). */
export interface SampleSource {
  readonly length: number;
  get(index: number): Sample | Promise<Sample>;
}

/**
 * A "-C" view of a dataset for one corruption and severity: get(i) is sample i with its image
 * corrupted, seeded by (seed, i), so the set is the same on every run and machine.
 */
export function corruptedDataset(base: SampleSource, name: Corruption, severity: number, opts: CorruptOptions & { async?: boolean } = {}): SampleSource & { readonly corruption: Corruption; readonly severity: number } {
  const seedOf = (i: number) => `${String(opts.seed ?? 0)}#${i}`;
  return {
    corruption: name,
    severity,
    get length() { return base.length; },
    async get(i: number): Promise<Sample> {
      const s = await base.get(i);
      try {
        const o = { ...opts, seed: seedOf(i) };
        return opts.async === false ? corruptSample(s, name, severity, o) : await corruptSampleAsync(s, name, severity, o);
      } finally {
        disposeSample(s);
      }
    },
  };
}

/**
 * Every (corruption, severity, index) of a "-C" test set built from a dataset: yields the
 * corrupted samples one at a time (the caller owns and frees them), e.g. to write them with a
 * dataset writer or to evaluate a model (CIFAR-style mean error, ImageNet-style mCE).
 */
export async function* buildCorruptedSet(base: SampleSource, opts: CorruptOptions & {
  corruptions?: readonly Corruption[]; severities?: readonly number[]; async?: boolean;
} = {}): AsyncGenerator<{ corruption: Corruption; severity: number; index: number; sample: Sample }> {
  for (const c of opts.corruptions ?? CORRUPTIONS) {
    for (const sev of opts.severities ?? [1, 2, 3, 4, 5]) {
      const ds = corruptedDataset(base, c, sev, opts);
      for (let i = 0; i < base.length; i++) yield { corruption: c, severity: sev, index: i, sample: await ds.get(i) };
    }
  }
}
