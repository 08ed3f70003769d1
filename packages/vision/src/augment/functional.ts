// Image operations as tensor ops (the analogue of torchvision.transforms.functional), on float
// images in [0, 1] shaped [3, H, W] or [B, 3, H, W]. Every per-image parameter may be a number (the
// same for all) or an array with one value per image of the batch, so one call transforms a whole
// batch with different magnitudes.
//
// Semantics follow torchvision's tensor implementation (0.14): blends clamp to [0, 1]; the 8-bit
// ops (posterize, solarize, equalize) work on the 0..255 levels round(255 x).
import * as torch from '@must/torch';
import type { Affine } from './boxes';
import { invertAffine } from './boxes';

type T = torch.Tensor;
/** A per-image parameter: one number for every image, or one per image of the batch. */
export type Param = number | readonly number[];

/** A parameter as a scalar, or as a [B, 1, 1, 1] tensor for a batch (on the image's device). */
function param(p: Param, img: T): number | T {
  if (typeof p === 'number') return p;
  if (img.ndim < 4) {
    if (p.length !== 1) throw new RangeError(`expected 1 parameter for a single image, got ${p.length}`);
    return p[0];
  }
  if (p.length !== img.shape[0]) throw new RangeError(`expected ${img.shape[0]} parameters (one per image), got ${p.length}`);
  if (p.every((v) => v === p[0])) return p[0];
  return torch.tensor(Float32Array.from(p), { shape: [p.length, 1, 1, 1], device: img.device });
}

function isScalar(x: number | T): x is number {
  return typeof x === 'number';
}

/** a * b for a scalar or tensor b (TypeScript cannot pick an overload for the union). */
export function mulAny(a: T, b: number | T): T {
  return typeof b === 'number' ? a.mul(b) : a.mul(b);
}

export function addAny(a: T, b: number | T): T {
  return typeof b === 'number' ? a.add(b) : a.add(b);
}

/** ITU-R 601 luma, as torchvision's rgb_to_grayscale: [..., 1, H, W]. */
export function rgbToGrayscale(img: T): T {
  return torch.tidy(() => {
    const [r, g, b] = img.unbind({ dim: -3 });
    return r.mul(0.2989).add_(g.mul(0.587)).add_(b.mul(0.114)).unsqueeze(-3);
  });
}

/** (ratio * a + (1 - ratio) * b) clamped to [0, 1]. */
export function blend(a: T, b: T | number, ratio: Param): T {
  return torch.tidy(() => {
    const r = param(ratio, a);
    const one = isScalar(r) ? 1 - r : torch.rsub(r, 1);
    const left = mulAny(a, r);
    const right = typeof b === 'number' ? (isScalar(one) ? b * one : one.mul(b)) : mulAny(b, one);
    return (typeof right === 'number' ? left.add_(right) : left.add_(right)).clamp_({ min: 0, max: 1 });
  });
}

export function adjustBrightness(img: T, factor: Param): T {
  return torch.tidy(() => {
    const f = param(factor, img);
    return mulAny(img, f).clamp_({ min: 0, max: 1 });
  });
}

export function adjustContrast(img: T, factor: Param): T {
  return torch.tidy(() => {
    const mean = rgbToGrayscale(img).mean([-3, -2, -1], { keepdim: true });
    return blend(img, mean, factor);
  });
}

export function adjustSaturation(img: T, factor: Param): T {
  return torch.tidy(() => blend(img, rgbToGrayscale(img), factor));
}

/** RGB -> HSV (h in [0, 1)), torchvision's formula. */
export function rgbToHsv(img: T): T {
  return torch.tidy(() => {
    const [r, g, b] = img.unbind({ dim: -3 });
    const maxc = img.amax({ dim: -3 });
    const minc = img.amin({ dim: -3 });
    const eqc = maxc.eq(minc);
    const cr = maxc.sub(minc);
    const s = cr.div(torch.where(eqc, 1, maxc));
    const crd = torch.where(eqc, 1, cr);
    const rc = maxc.sub(r).div_(crd);
    const gc = maxc.sub(g).div_(crd);
    const bc = maxc.sub(b).div_(crd);
    const isR = maxc.eq(r);
    const isG = maxc.eq(g).logicalAnd(isR.logicalNot());
    const isB = isR.logicalOr(maxc.eq(g)).logicalNot();
    const hr = bc.sub(gc).mul_(isR);
    const hg = rc.sub(bc).add_(2).mul_(isG);
    const hb = gc.sub(rc).add_(4).mul_(isB);
    const h = torch.fmod(hr.add_(hg).add_(hb).div_(6).add_(1), 1);
    return torch.stack([h, s, maxc], { dim: -3 });
  });
}

/** HSV -> RGB: channel n in (5, 3, 1) is v - v s max(0, min(k, 4 - k, 1)), k = (n + 6h) mod 6. */
export function hsvToRgb(img: T): T {
  return torch.tidy(() => {
    const [h, s, v] = img.unbind({ dim: -3 });
    const h6 = h.mul(6);
    const vs = v.mul(s);
    const chan = (n: number) => {
      const k = torch.remainder(h6.add(n), 6);
      const w = torch.minimum(k, torch.rsub(k, 4)).clamp_({ min: 0, max: 1 });
      return v.sub(vs.mul(w));
    };
    return torch.stack([chan(5), chan(3), chan(1)], { dim: -3 });
  });
}

/** Hue shift by factor in [-0.5, 0.5] (fraction of the hue circle), as torchvision. */
export function adjustHue(img: T, factor: Param): T {
  return torch.tidy(() => {
    const f = param(factor, img);
    const hsv = rgbToHsv(img);
    const [h, s, v] = hsv.unbind({ dim: -3 });
    const fh = isScalar(f) ? f : f.squeeze(-1); // [B,1,1] against [B,H,W]
    const nh = torch.remainder(addAny(h, fh), 1);
    return hsvToRgb(torch.stack([nh, s, v], { dim: -3 }));
  });
}

/** torchvision's sharpness: blend with the image smoothed by [[1,1,1],[1,5,1],[1,1,1]]/13 (borders kept). */
export function adjustSharpness(img: T, factor: Param): T {
  return torch.tidy(() => {
    const sh = img.shape;
    const h = sh[sh.length - 2];
    const w = sh[sh.length - 1];
    if (h <= 2 || w <= 2) return img.clone();
    const x4 = img.ndim === 4 ? img : img.unsqueeze(0);
    const degenerate = x4.clone();
    degenerate.narrow(2, 1, h - 2).narrow(3, 1, w - 2).copy_(sharpnessBlur(x4).blurred);
    const out = blend(x4, degenerate, factor);
    return img.ndim === 4 ? out : out.squeeze(0);
  });
}

/**
 * The blurred image of Sharpness on the interior of x [n, C, H, W] (H, W > 2): the 13-weight kernel
 * (3x3 ones, centre 5) as a box sum from shifted slices (separable) plus 4x the centre. Returns the
 * interior view of x (`inner`) and its blur (`blurred`, a new tensor of the same shape).
 */
export function sharpnessBlur(x: T): { inner: T; blurred: T } {
  const [, , h, w] = x.shape;
  const hs = x.narrow(3, 0, w - 2).add(x.narrow(3, 1, w - 2)).add_(x.narrow(3, 2, w - 2));
  const box = hs.narrow(2, 0, h - 2).add(hs.narrow(2, 1, h - 2)).add_(hs.narrow(2, 2, h - 2));
  const inner = x.narrow(2, 1, h - 2).narrow(3, 1, w - 2);
  return { inner, blurred: box.add_(inner, { alpha: 4 }).div_(13) };
}

/** 0..255 levels of a [0, 1] image: round(255 x), as float. */
export function toLevels(img: T): T {
  return img.mul(255).round_();
}

/** Keeps the `bits` high bits of each 8-bit level (bits 1..8). */
export function posterize(img: T, bits: Param): T {
  return torch.tidy(() => {
    const step = typeof bits === 'number' ? 2 ** (8 - bits) : bits.map((b) => 2 ** (8 - b));
    const st = param(step, img);
    const q = toLevels(img);
    const out = isScalar(st) ? q.div_(st).floor_().mul_(st / 255) : q.div_(st).floor_().mul_(st).div_(255);
    return out;
  });
}

/**
 * Inverts the levels at or above a threshold on the 0..255 scale (threshold 256: nothing), as
 * torchvision on uint8 images: a level q is inverted when q >= threshold (so 178.5 inverts 179..255).
 */
export function solarize(img: T, threshold: Param): T {
  return torch.tidy(() => {
    const cut = (v: number) => (Math.ceil(v) - 0.5) / 255;
    const t = param(typeof threshold === 'number' ? cut(threshold) : threshold.map(cut), img);
    const cond = isScalar(t) ? img.ge(t) : img.ge(t as T);
    return torch.where(cond, torch.rsub(img, 1), img);
  });
}

export function invert(img: T): T {
  return torch.rsub(img, 1);
}

/** Per channel, stretches [min, max] to [0, 1] (channels with max == min unchanged). */
export function autocontrast(img: T): T {
  return torch.tidy(() => {
    const lo = img.amin({ dim: [-2, -1], keepdim: true });
    const hi = img.amax({ dim: [-2, -1], keepdim: true });
    const flat = hi.le(lo);
    const scale = torch.where(flat, 1, torch.reciprocal(hi.sub(lo)));
    const min = lo.maskedFill(flat, 0);
    return img.sub(min).mul_(scale).clamp_({ min: 0, max: 1 });
  });
}

/**
 * Histogram equalization per channel on the 8-bit levels, torchvision's algorithm (the LUT from the
 * cumulative histogram, step = (pixels - count of the top level) // 255; channels with step 0 kept).
 */
export function equalize(img: T): T {
  return torch.tidy(() => {
    const sh = img.shape;
    const hw = sh[sh.length - 1] * sh[sh.length - 2];
    const rows = img.numel / hw;
    const q = toLevels(img).clamp_({ min: 0, max: 255 }).reshape([rows, hw]);
    const { keys, lut } = equalizeTables(q, hw);
    return lut.div_(255).reshape([-1]).indexSelect(0, keys).reshape(sh);
  });
}

/**
 * The equalization tables of `levels` [rows, hw] (any real or integer dtype holding 0..255): keys
 * (int32 [rows * hw], level + 256 * row: one index_add_ builds every histogram and one index_select
 * applies every table; histc, bincount, scatter_add and gather are slower on the CPU) and the tables
 * (float32 levels [rows, 256]).
 */
export function equalizeTables(levels: T, hw: number): { keys: T; lut: T } {
  const rows = levels.shape[0];
  const dev = levels.device;
  const keys = levels.to('int32').add_(torch.arange(rows, { dtype: 'int32', device: dev }).mul_(256).unsqueeze(1)).reshape([-1]);
  const hist = torch.zeros([rows * 256], { device: dev }).indexAdd_(0, keys, torch.ones([1], { device: dev }).expand([rows * hw])).view([rows, 256]);
  const top = levels.amax({ dim: 1, keepdim: true }).to('int64');
  const topCount = hist.gather(1, top);
  const step = torch.div(topCount.neg().add_(hw), 255, { roundingMode: 'floor' }); // [rows, 1]
  const keep = step.eq(0);
  const safe = torch.where(keep, 1, step);
  const cum = hist.cumsum(1);
  let lut = torch.div(cum.add(torch.div(safe, 2, { roundingMode: 'floor' })), safe, { roundingMode: 'floor' });
  // lut shifted right by one (lut[0] = 0), clamped to 0..255; rows with step 0 map to themselves
  lut = torch.cat([torch.zeros([rows, 1], { device: dev }), lut.narrow(1, 0, 255)], { dim: 1 }).clamp_({ min: 0, max: 255 });
  const ident = torch.arange(256, { dtype: 'float32', device: dev }).unsqueeze(0);
  return { keys, lut: torch.where(keep, ident, lut) };
}

// ---- affine warps ----

/**
 * torchvision's _get_inverse_affine_matrix in the image-centred frame (origin at the centre, pixel
 * units), converted to our top-left continuous frame: returns the map output -> input (inverse).
 * angle: degrees, positive = clockwise as torchvision.affine; shear: degrees [sx, sy]; center:
 * [cx, cy] in top-left pixel coordinates (default the image centre).
 */
export function tvInverseAffine(h: number, w: number, o: {
  angle?: number; translate?: [number, number]; scale?: number; shear?: [number, number]; center?: [number, number];
}): Affine {
  const rot = ((o.angle ?? 0) * Math.PI) / 180;
  const sx = (((o.shear ?? [0, 0])[0]) * Math.PI) / 180;
  const sy = (((o.shear ?? [0, 0])[1]) * Math.PI) / 180;
  const [cx, cy] = o.center ? [o.center[0] - w * 0.5, o.center[1] - h * 0.5] : [0, 0];
  const [tx, ty] = o.translate ?? [0, 0];
  const scale = o.scale ?? 1;
  const a = Math.cos(rot - sy) / Math.cos(sy);
  const b = -Math.cos(rot - sy) * Math.tan(sx) / Math.cos(sy) - Math.sin(rot);
  const c = Math.sin(rot - sy) / Math.cos(sy);
  const d = -Math.sin(rot - sy) * Math.tan(sx) / Math.cos(sy) + Math.cos(rot);
  const m = [d, -b, 0, -c, a, 0].map((v) => v / scale);
  m[2] += m[0] * (-cx - tx) + m[1] * (-cy - ty);
  m[5] += m[3] * (-cx - tx) + m[4] * (-cy - ty);
  m[2] += cx;
  m[5] += cy;
  // centred frame -> top-left frame: x_tl = x_c + w/2
  const [p, q, r, s, t, u] = m;
  return [p, q, r + w / 2 - p * (w / 2) - q * (h / 2), s, t, u + h / 2 - s * (w / 2) - t * (h / 2)];
}

/** Forward map of a rotation by `degrees` counter-clockwise about a centre (default the image centre). */
export function rotationAffine(h: number, w: number, degrees: number, center?: [number, number]): Affine {
  return invertAffine(tvInverseAffine(h, w, { angle: -degrees, center }));
}

/**
 * Sampling grids [B, outH, outW, 2] for grid_sampler (align_corners false) from per-image inverse maps
 * (output continuous coordinates -> input continuous coordinates; pixel centres at i + 0.5).
 */
export function affineGrid(inverses: readonly Affine[], inH: number, inW: number, outH: number, outW: number, device = 'cpu'): T {
  return torch.tidy(() => {
    const n = inverses.length;
    // normalized gx = (2/inW) * (a (j+.5) + b (i+.5) + c) - 1 = A j + B i + C
    const coef = new Float32Array(n * 6);
    inverses.forEach(([a, b, c, d, e, f], k) => {
      const sx = 2 / inW;
      const sy = 2 / inH;
      coef.set([
        sx * a, sy * d, // per column j
        sx * b, sy * e, // per row i
        sx * (0.5 * a + 0.5 * b + c) - 1, sy * (0.5 * d + 0.5 * e + f) - 1, // constant
      ], k * 6);
    });
    const cf = torch.tensor(coef, { shape: [n, 3, 1, 1, 2], device });
    const [cj, ci, c0] = cf.unbind({ dim: 1 }); // each [n,1,1,2]
    const jj = torch.arange(outW, { dtype: 'float32', device }).view([1, 1, outW, 1]);
    const ii = torch.arange(outH, { dtype: 'float32', device }).view([1, outH, 1, 1]);
    return torch.addcmul(torch.addcmul(c0, ii, ci), jj, cj);
  });
}

export type SampleMode = 'nearest' | 'bilinear' | 'bicubic';
export type PaddingMode = 'zeros' | 'border' | 'reflection';
const MODE = { bilinear: 0, nearest: 1, bicubic: 2 } as const;
const PAD = { zeros: 0, border: 1, reflection: 2 } as const;

export interface WarpOptions {
  mode?: SampleMode;
  padding?: PaddingMode;
  /** Value(s) outside the input (zeros padding only): one number or one per channel. Default 0. */
  fill?: number | readonly number[];
}

/** grid_sampler_2d on a prepared grid, with torchvision's trick for a non-zero fill. */
export function gridSample(input: T, grid: T, opts: WarpOptions = {}): T {
  return torch.tidy(() => {
    const mode = MODE[opts.mode ?? 'bilinear'];
    const pad = PAD[opts.padding ?? 'zeros'];
    const fill = opts.fill ?? 0;
    const zeroFill = typeof fill === 'number' ? fill === 0 : fill.every((v) => v === 0);
    if (zeroFill || pad !== 0) return torch.gridSampler2d(input, grid, mode, pad, false);
    const [n, c, h, w] = input.shape;
    const withMask = torch.cat([input, torch.ones([n, 1, h, w], { device: input.device, dtype: input.dtype })], { dim: 1 });
    const out = torch.gridSampler2d(withMask, grid, mode, 0, false);
    const img = out.narrow(1, 0, c);
    const mask = out.narrow(1, c, 1);
    const fv = typeof fill === 'number' ? [fill] : [...fill];
    const fillT = torch.tensor(Float32Array.from(fv), { shape: [1, fv.length, 1, 1], device: input.device });
    if (opts.mode === 'nearest') return torch.where(mask.lt(0.5), fillT, img);
    return img.mul(mask).add_(torch.rsub(mask, 1).mul(fillT));
  });
}

/** Warps a batch [B, C, H, W] (or one image [C, H, W]) by per-image inverse maps (output -> input). */
export function warpAffine(images: T, inverses: readonly Affine[], outSize?: [number, number], opts: WarpOptions = {}): T {
  return torch.tidy(() => {
    const single = images.ndim === 3;
    const x = single ? images.unsqueeze(0) : images;
    const [, , h, w] = x.shape;
    const [oh, ow] = outSize ?? [h, w];
    const grid = affineGrid(inverses, h, w, oh, ow, x.device);
    const dtype = x.dtype;
    const xf = dtype === 'float32' || dtype === 'float64' ? x : x.to('float32');
    let out = gridSample(xf, grid, opts);
    if (xf !== x) out = out.round_().to(dtype);
    return single ? out.squeeze(0) : out;
  });
}

// ---- filters ----

/** Normalized 1-D Gaussian taps of a radius (sum 1). */
export function gaussianKernel1d(sigma: number, radius: number): Float32Array {
  const k = new Float32Array(2 * radius + 1);
  let s = 0;
  for (let i = -radius; i <= radius; i++) {
    const v = Math.exp(-(i * i) / (2 * sigma * sigma));
    k[i + radius] = v;
    s += v;
  }
  for (let i = 0; i < k.length; i++) k[i] /= s;
  return k;
}

export type BoundaryMode = 'reflect' | 'mirror' | 'nearest' | 'wrap' | 'constant';

/** Maps an out-of-range index into [0, n) under a boundary mode (scipy.ndimage's names). */
export function boundaryIndex(i: number, n: number, mode: BoundaryMode): number {
  if (i >= 0 && i < n) return i;
  if (n === 1) return 0;
  switch (mode) {
    case 'nearest': return i < 0 ? 0 : n - 1;
    case 'wrap': return ((i % n) + n) % n;
    case 'reflect': { // d c b a | a b c d | d c b a (edge repeated)
      const p = 2 * n;
      let j = ((i % p) + p) % p;
      if (j >= n) j = p - 1 - j;
      return j;
    }
    case 'mirror': { // d c b | a b c d | c b a (edge not repeated; OpenCV REFLECT_101)
      const p = 2 * n - 2;
      let j = ((i % p) + p) % p;
      if (j >= n) j = p - j;
      return j;
    }
    default: return -1;
  }
}

/**
 * The n x n matrix of a 1-D correlation with `taps` (centred) under a boundary mode: out = K @ x.
 * Folding the boundary into the matrix makes any kernel radius work (even larger than the image).
 */
export function filterMatrix(taps: Float32Array, n: number, mode: BoundaryMode): Float32Array {
  const r = (taps.length - 1) >> 1;
  const m = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = -r; k <= r; k++) {
      const j = boundaryIndex(i + k, n, mode);
      if (j >= 0) m[i * n + j] += taps[k + r];
    }
  }
  return m;
}

/** Separable filter of [..., H, W] by per-axis matrices: Kh @ x @ Kw^T. */
export function separableMatrixFilter(x: T, kh: Float32Array, kw: Float32Array): T {
  return torch.tidy(() => {
    const sh = x.shape;
    const h = sh[sh.length - 2];
    const w = sh[sh.length - 1];
    const mh = torch.tensor(kh, { shape: [h, h], device: x.device });
    const mw = torch.tensor(kw, { shape: [w, w], device: x.device });
    return torch.matmul(torch.matmul(mh, x), mw.t());
  });
}

/** Gaussian blur of [..., H, W] with a boundary mode; truncate = radius in sigmas (scipy's, 4.0). */
export function gaussianBlur(x: T, sigma: number | [number, number], opts: { mode?: BoundaryMode; truncate?: number } = {}): T {
  const [sy, sx] = typeof sigma === 'number' ? [sigma, sigma] : sigma;
  const mode = opts.mode ?? 'reflect';
  const tr = opts.truncate ?? 4;
  const sh = x.shape;
  const h = sh[sh.length - 2];
  const w = sh[sh.length - 1];
  const kh = sy > 0 ? filterMatrix(gaussianKernel1d(sy, Math.floor(tr * sy + 0.5)), h, mode) : identityMatrix(h);
  const kw = sx > 0 ? filterMatrix(gaussianKernel1d(sx, Math.floor(tr * sx + 0.5)), w, mode) : identityMatrix(w);
  return separableMatrixFilter(x, kh, kw);
}

function identityMatrix(n: number): Float32Array {
  const m = new Float32Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  return m;
}

/** 2-D correlation of every channel of [..., H, W] with one kernel [kh, kw], boundary by index padding. */
export function filter2d(x: T, kernel: T, mode: BoundaryMode = 'mirror'): T {
  return torch.tidy(() => {
    const sh = x.shape;
    const h = sh[sh.length - 2];
    const w = sh[sh.length - 1];
    const [kh, kw] = kernel.shape;
    const rh = (kh - 1) >> 1;
    const rw = (kw - 1) >> 1;
    const x4 = x.reshape([-1, 1, h, w]);
    const padded = padIndex(x4, rh, rh, rw, rw, mode);
    const out = torch.conv2d(padded, kernel.view([1, 1, kh, kw]).to({ device: x.device, dtype: x.dtype }));
    return out.reshape(sh);
  });
}

/** Pads the last two dims of [N, C, H, W] by gathering boundary indices (any pad size, any mode). */
export function padIndex(x: T, top: number, bottom: number, left: number, right: number, mode: BoundaryMode): T {
  return torch.tidy(() => {
    const [, , h, w] = x.shape;
    if (mode === 'constant') return torch.constantPadNd(x, [left, right, top, bottom], { value: 0 });
    const iy = Array.from({ length: h + top + bottom }, (_, i) => boundaryIndex(i - top, h, mode));
    const ix = Array.from({ length: w + left + right }, (_, i) => boundaryIndex(i - left, w, mode));
    const ty = torch.tensor(BigInt64Array.from(iy.map(BigInt)), { device: x.device });
    const tx = torch.tensor(BigInt64Array.from(ix.map(BigInt)), { device: x.device });
    return x.indexSelect(2, ty).indexSelect(3, tx);
  });
}
