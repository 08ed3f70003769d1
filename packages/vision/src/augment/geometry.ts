// Geometric primitives on whole samples: every label present moves with the image.
//
//   image     bilinear (or nearest), `fill` outside the input
//   masks     nearest; boxes are then recomputed from the masks and empty instances dropped
//   boxes     without masks: the four corners mapped, clipped, boxes left empty dropped
//   semantic  nearest, IGNORE_INDEX (255) outside the input
//   depth     nearest (default) or invalid-aware bilinear; 0 (invalid) outside the input
//   normals   invalid-aware bilinear (or nearest), x/y rotated by the warp, re-normalized; 0 outside
//
// Invalid-aware bilinear: value = sum(w_i v_i d_i) / sum(w_i v_i) over the four neighbours with
// bilinear weights w_i and validity v_i (depth > 0, normal != 0); the output is valid where the
// valid weight sum(w_i v_i) is at least `minValidWeight` (default 0.5), invalid (0) elsewhere. So
// invalid pixels never leak into valid ones, and a valid value is never made from mostly-invalid
// neighbours.
//
// Normals are in the camera frame with x to the right and y down the image (OpenCV); a warp with
// linear part A maps (nx, ny) by A^-T (exact for flips and rotations, the gradient rule for shear
// and anisotropic scale), then the vector is re-normalized. Set `normalsYUp` for a y-up frame.
import * as torch from '@must/torch';
import type { Instances, Sample } from '../data/sample';
import { IGNORE_INDEX } from '../data/sample';
import { type Affine, type FinishOptions, finishInstances, invertAffine, transformBoxes } from './boxes';
import { affineGrid, gridSample } from './functional';
import { getTaps, sampleTaps, type Taps } from './sampling';
import { sampleSize, withFields } from './transform';

type T = torch.Tensor;

export interface GeometryOptions extends FinishOptions {
  /** Image resampling (default bilinear). */
  imageMode?: 'bilinear' | 'nearest';
  /** Image value outside the input: one number or one per channel (default 0). */
  fill?: number | readonly number[];
  /** Depth resampling (default nearest). */
  depthMode?: 'nearest' | 'bilinear';
  /** Normals resampling (default bilinear, invalid-aware). */
  normalsMode?: 'nearest' | 'bilinear';
  /** Invalid-aware bilinear: minimum valid weight for a valid output (default 0.5). */
  minValidWeight?: number;
  /** Normals use a y-up frame (default false: y down, as image rows). */
  normalsYUp?: boolean;
  /** Antialias the image when a resize shrinks it (default true). */
  antialias?: boolean;
}

// ---- shared label resampling ----

/** Invalid-aware bilinear via a sampler fn(x) applied to value*valid and valid. */
function validAware(values: T, valid: T, sampler: (x: T) => T, minWeight: number): { out: T; ok: T } {
  const num = sampler(values.mul(valid));
  const den = sampler(valid);
  const ok = den.ge(Math.max(minWeight, 1e-6));
  const out = torch.where(ok, num.div(den.clamp({ min: 1e-12 })), 0);
  return { out, ok };
}

/** (nx, ny) multiplied by the 2x2 matrix g (row-major), nz kept, then re-normalized; invalid stays 0. */
function transformNormals(n: T, g: [number, number, number, number] | null, yUp: boolean): T {
  return torch.tidy(() => {
    let [nx, ny, nz] = n.unbind({ dim: -3 });
    if (g) {
      let [g00, g01, g10, g11] = g;
      if (yUp) { g01 = -g01; g10 = -g10; }
      const x2 = nx.mul(g00).add_(ny.mul(g01));
      const y2 = nx.mul(g10).add_(ny.mul(g11));
      nx = x2;
      ny = y2;
    }
    const v = torch.stack([nx, ny, nz], { dim: -3 });
    const norm = v.linalgVectorNorm({ ord: 2, dim: [-3], keepdim: true });
    const ok = norm.gt(1e-6);
    return torch.where(ok, v.div(norm.clamp({ min: 1e-6 })), 0);
  });
}

/** A^-T of the linear part of an affine (row-major 2x2). */
function normalMatrix(m: Affine): [number, number, number, number] {
  const [a, b, , d, e] = m;
  const det = a * e - b * d;
  return [e / det, -d / det, -b / det, a / det];
}

function isIdentityLinear(g: [number, number, number, number]): boolean {
  return Math.abs(g[0] - 1) < 1e-12 && Math.abs(g[1]) < 1e-12 && Math.abs(g[2]) < 1e-12 && Math.abs(g[3] - 1) < 1e-12;
}

// ---- flips ----

/** Horizontal flip: boxes x -> W - x, normals' x negated. */
export function hflip(s: Sample): Sample {
  return torch.tidy(() => {
    const [, w] = sampleSize(s);
    const fields: Partial<Sample> = { image: s.image.flip([-1]) };
    if (s.instances) {
      const inst = s.instances;
      const [x1, y1, x2, y2] = inst.boxes.unbind({ dim: 1 });
      const boxes = inst.boxes.shape[0] ? torch.stack([torch.rsub(x2, w), y1, torch.rsub(x1, w), y2], { dim: 1 }) : inst.boxes.clone();
      fields.instances = { ...inst, boxes, classes: torch.alias(inst.classes) };
      if (inst.iscrowd) fields.instances.iscrowd = torch.alias(inst.iscrowd);
      if (inst.masks) fields.instances.masks = inst.masks.flip([-1]);
    }
    if (s.semantic) fields.semantic = s.semantic.flip([-1]);
    if (s.depth) fields.depth = s.depth.flip([-1]);
    if (s.normals) {
      const n = s.normals.flip([-1]);
      n.narrow(-3, 0, 1).neg_();
      fields.normals = n;
    }
    return withFields(s, fields);
  });
}

/** Vertical flip: boxes y -> H - y, normals' y negated. */
export function vflip(s: Sample): Sample {
  return torch.tidy(() => {
    const [h] = sampleSize(s);
    const fields: Partial<Sample> = { image: s.image.flip([-2]) };
    if (s.instances) {
      const inst = s.instances;
      const [x1, y1, x2, y2] = inst.boxes.unbind({ dim: 1 });
      const boxes = inst.boxes.shape[0] ? torch.stack([x1, torch.rsub(y2, h), x2, torch.rsub(y1, h)], { dim: 1 }) : inst.boxes.clone();
      fields.instances = { ...inst, boxes, classes: torch.alias(inst.classes) };
      if (inst.iscrowd) fields.instances.iscrowd = torch.alias(inst.iscrowd);
      if (inst.masks) fields.instances.masks = inst.masks.flip([-2]);
    }
    if (s.semantic) fields.semantic = s.semantic.flip([-2]);
    if (s.depth) fields.depth = s.depth.flip([-2]);
    if (s.normals) {
      const n = s.normals.flip([-2]);
      n.narrow(-3, 1, 1).neg_();
      fields.normals = n;
    }
    return withFields(s, fields);
  });
}

// ---- resize ----

function nearestResize(x: T, oh: number, ow: number): T {
  // centre-aligned nearest (PyTorch's 'nearest-exact'): input index floor((j + 0.5) * in / out)
  return torch.callOp1('_upsample_nearest_exact2d', x, [oh, ow]);
}

/** Resizes an image batch [N, C, H, W] bilinearly (antialiased when shrinking, as PIL). */
export function resizeImage(x: T, oh: number, ow: number, antialias = true): T {
  const [, , h, w] = x.shape;
  if (antialias && (oh < h || ow < w)) return torch.callOp1('_upsample_bilinear2d_aa', x, [oh, ow], false);
  return torch.upsampleBilinear2d(x, [oh, ow], false);
}

/** Resizes a sample to [oh, ow]. */
export function resize(s: Sample, size: [number, number], opts: GeometryOptions = {}): Sample {
  return torch.tidy(() => {
    const [h, w] = sampleSize(s);
    const [oh, ow] = size;
    if (oh === h && ow === w) return withFields(s, {});
    const img4 = s.image.unsqueeze(0);
    const image = opts.imageMode === 'nearest' ? nearestResize(img4, oh, ow).squeeze(0)
      : resizeImage(img4, oh, ow, opts.antialias ?? true).clamp_({ min: 0, max: 1 }).squeeze(0);
    const fields: Partial<Sample> = { image };
    if (s.instances) {
      const inst = s.instances;
      const fwd: Affine = [ow / w, 0, 0, 0, oh / h, 0];
      const moved: Instances = { ...inst, boxes: transformBoxes(inst.boxes, fwd) };
      if (inst.masks) {
        moved.masks = inst.masks.shape[0]
          ? nearestResize(inst.masks.unsqueeze(0), oh, ow).squeeze(0)
          : torch.zeros([0, oh, ow], { dtype: 'uint8', device: inst.masks.device });
      }
      fields.instances = finishInstances(moved, oh, ow, opts);
    }
    if (s.semantic) fields.semantic = nearestResize(s.semantic.view([1, 1, h, w]), oh, ow).view([oh, ow]);
    const lin = (x: T) => torch.upsampleBilinear2d(x, [oh, ow], false);
    if (s.depth) {
      const d = s.depth.view([1, 1, h, w]);
      fields.depth = (opts.depthMode === 'bilinear'
        ? validAware(d, d.gt(0).to('float32'), lin, opts.minValidWeight ?? 0.5).out
        : nearestResize(d, oh, ow)).view([oh, ow]);
    }
    if (s.normals) {
      const n = s.normals.unsqueeze(0);
      const res = opts.normalsMode === 'nearest' ? nearestResize(n, oh, ow)
        : validAware(n, n.abs().sum([1], { keepdim: true }).gt(0).to('float32'), lin, opts.minValidWeight ?? 0.5).out;
      const g = normalMatrix([ow / w, 0, 0, 0, oh / h, 0]);
      fields.normals = transformNormals(res.squeeze(0), isIdentityLinear(g) ? null : g, opts.normalsYUp ?? false);
    }
    return withFields(s, fields);
  });
}

// ---- crop / pad ----

function padValue(x: T, pads: number[], value: number): T {
  return torch.constantPadNd(x, pads, { value });
}

/**
 * Crops the window [top, top+oh) x [left, left+ow) of the sample; parts of the window outside the
 * image are padded (image `fill`, semantic 255, depth 0, normals 0, masks 0).
 */
export function cropOrPad(s: Sample, top: number, left: number, size: [number, number], opts: GeometryOptions = {}): Sample {
  return torch.tidy(() => {
    const [h, w] = sampleSize(s);
    const [oh, ow] = size;
    if (top === 0 && left === 0 && oh === h && ow === w) return withFields(s, {});
    const pads = [-left, left + ow - w, -top, top + oh - h];
    const fill = opts.fill ?? 0;
    let image: T;
    if (typeof fill === 'number') {
      image = padValue(s.image, pads, fill);
    } else {
      const zero = padValue(s.image, pads, 0);
      const inside = padValue(torch.onesLike(s.image.narrow(0, 0, 1)), pads, 0);
      const f = torch.tensor(Float32Array.from(fill), { shape: [fill.length, 1, 1], device: s.image.device });
      image = zero.add(torch.rsub(inside, 1).mul(f));
    }
    const fields: Partial<Sample> = { image };
    if (s.instances) {
      const inst = s.instances;
      const moved: Instances = { ...inst, boxes: transformBoxes(inst.boxes, [1, 0, -left, 0, 1, -top]) };
      if (inst.masks) moved.masks = padValue(inst.masks, pads, 0);
      fields.instances = finishInstances(moved, oh, ow, opts);
    }
    if (s.semantic) fields.semantic = padValue(s.semantic, pads, IGNORE_INDEX);
    if (s.depth) fields.depth = padValue(s.depth, pads, 0);
    if (s.normals) fields.normals = padValue(s.normals, pads, 0);
    return withFields(s, fields);
  });
}

// ---- general affine ----

/**
 * Warps a sample by a forward affine map (input continuous coordinates -> output coordinates,
 * pixel centres at i + 0.5) into an output of `size` (default the input size).
 */
export function warpSample(s: Sample, fwd: Affine, size?: [number, number], opts: GeometryOptions = {}): Sample {
  return torch.tidy(() => {
    const [h, w] = sampleSize(s);
    const [oh, ow] = size ?? [h, w];
    const inv = invertAffine(fwd);
    const dev = s.image.device;
    // nearest sampling by taps (any dtype, one rounding rule with the batched ops); bilinear by grid
    let near: Taps | null = null;
    const nearest = () => (near ??= getTaps(inv, h, w, oh, ow, 'nearest', dev));
    let gridT: T | null = null;
    const grid = () => (gridT ??= affineGrid([inv], h, w, oh, ow, dev));
    const bilinear = (x: T) => gridSample(x, grid(), { mode: 'bilinear' });
    const image = (opts.imageMode === 'nearest'
      ? sampleTaps(s.image, nearest(), opts.fill ?? 0)
      : gridSample(s.image.unsqueeze(0), grid(), { mode: 'bilinear', fill: opts.fill }).squeeze(0)).clamp_({ min: 0, max: 1 });
    const fields: Partial<Sample> = { image };
    if (s.instances) {
      const inst = s.instances;
      const moved: Instances = { ...inst, boxes: transformBoxes(inst.boxes, fwd) };
      if (inst.masks) {
        moved.masks = inst.masks.shape[0]
          ? sampleTaps(inst.masks, nearest(), 0)
          : torch.zeros([0, oh, ow], { dtype: 'uint8', device: dev });
      }
      fields.instances = finishInstances(moved, oh, ow, opts);
    }
    if (s.semantic) fields.semantic = sampleTaps(s.semantic, nearest(), IGNORE_INDEX);
    if (s.depth) {
      const d = s.depth.view([1, 1, h, w]);
      fields.depth = opts.depthMode === 'bilinear'
        ? validAware(d, d.gt(0).to('float32'), bilinear, opts.minValidWeight ?? 0.5).out.view([oh, ow])
        : sampleTaps(s.depth, nearest(), 0);
    }
    if (s.normals) {
      const n = s.normals.unsqueeze(0);
      const res = opts.normalsMode === 'nearest' ? sampleTaps(n, nearest(), 0)
        : validAware(n, n.abs().sum([1], { keepdim: true }).gt(0).to('float32'), bilinear, opts.minValidWeight ?? 0.5).out;
      const g = normalMatrix(fwd);
      fields.normals = transformNormals(res.squeeze(0), isIdentityLinear(g) ? null : g, opts.normalsYUp ?? false);
    }
    return withFields(s, fields);
  });
}
