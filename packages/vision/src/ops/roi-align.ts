// RoIAlign (Mask R-CNN) with the semantics of torchvision.ops.roi_align (torchvision 0.14,
// csrc/ops/cpu/roi_align_kernel.cpp), built from ATen's grid sampler.
//
// torchvision, per RoI (x1, y1, x2, y2) and output bin (ph, pw):
//   start = x1 * spatialScale - offset (offset 0.5 when aligned, else 0), size = (x2 - x1) * scale
//   (the difference of the scaled ends), clamped to >= 1 when not aligned; bin = size / pooled;
//   grid = samplingRatio > 0 ? samplingRatio : ceil(size / pooled) sample points per bin and axis,
//   at y = start + ph * bin + (iy + 0.5) * bin / grid; a sample with y < -1 or y > H (or x < -1
//   or x > W) contributes 0; otherwise y is clamped into [0, H - 1] and sampled bilinearly; the
//   bin's value is the sum over its samples divided by max(gridH * gridW, 1).
//
// Here the sample coordinates, their validity and the per-RoI grids are computed in JavaScript
// with float32 rounding (Math.fround) exactly as the kernel does (they are small: K x pooled x
// grid numbers), and the sampling itself is one aten::grid_sampler_2d call per group of RoIs
// (bilinear, 'border' padding = the clamp into [0, H - 1], align_corners so a grid value maps
// back to the pixel coordinate), followed by a masked sum over the sample points. Everything on
// the features is differentiable (grid_sampler_2d's backward scatters the gradient with the same
// bilinear weights as torchvision's roi_align backward). RoIs are grouped by image and, for the
// adaptive grid, by the grid size rounded up to a power of two (padding samples are masked out),
// so the number of ATen calls does not grow with the number of RoIs.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { boxesToRois } from './boxes';

const fr = Math.fround;

/** Upper bound on the elements sampled by one grid_sampler call (64 MB of float32). */
const MAX_SAMPLES = 1 << 24;

export interface RoiAlignOptions {
  /** Output size (height, width) in bins; one number for a square output. */
  outputSize: number | [number, number] | readonly number[];
  /** Maps box coordinates to feature coordinates (e.g. 1/16 for a stride-16 map). Default 1. */
  spatialScale?: number;
  /** Sample points per bin and axis; <= 0 is adaptive: ceil(roi size / output size). Default -1. */
  samplingRatio?: number;
  /** Shift the box by -0.5 pixel (Detectron2's ROIAlignV2 convention). Default false, as torchvision. */
  aligned?: boolean;
  /**
   * Memory bound: RoIs are split across grid-sampler calls so that one call samples at most this
   * many values (C x RoIs x sample points). Default 2^24 (64 MB in float32).
   */
  maxSamplesPerCall?: number;
}

function nextPow2(v: number): number {
  let p = 1;
  while (p < v) p *= 2;
  return p;
}

interface Group {
  batch: number;
  gh: number; // padded grid size per bin (rows)
  gw: number;
  rois: number[]; // RoI indices (rows of the [K, 5] rois)
}

/**
 * RoIAlign: features [N, C, H, W]; rois [K, 5] rows (batch index, x1, y1, x2, y2), or one [L, 4]
 * tensor of xyxy boxes per image. Returns [K, C, outH, outW], differentiable w.r.t. the features.
 */
export function roiAlign(input: Tensor, rois: Tensor | Tensor[], opts: RoiAlignOptions): Tensor {
  if (!(input instanceof torch.Tensor) || input.ndim !== 4) {
    throw new RangeError(`roiAlign: input must be a [N, C, H, W] tensor${input instanceof torch.Tensor ? `, got [${input.shape.join(', ')}]` : ''}`);
  }
  if (!torch.isFloatingDType(input.dtype)) throw new TypeError(`roiAlign: input must be floating point, got ${input.dtype}`);
  const os = opts.outputSize;
  const [ph, pw] = typeof os === 'number' ? [os, os] : [os[0], os[1]];
  if (!Number.isInteger(ph) || !Number.isInteger(pw) || ph <= 0 || pw <= 0) {
    throw new RangeError(`roiAlign: outputSize must be positive integers, got ${String(os)}`);
  }
  const spatialScale = opts.spatialScale ?? 1;
  const samplingRatio = Math.trunc(opts.samplingRatio ?? -1);
  const aligned = opts.aligned ?? false;
  const [n, c, height, width] = input.shape;

  return torch.tidy(() => {
    const r = Array.isArray(rois) ? boxesToRois(rois) : rois;
    if (!(r instanceof torch.Tensor) || r.ndim !== 2 || r.shape[1] !== 5) {
      throw new RangeError('roiAlign: rois must be a [K, 5] tensor (batch index, x1, y1, x2, y2) or a list of [L, 4] tensors');
    }
    const k = r.shape[0];
    if (k === 0) return torch.zeros([0, c, ph, pw], { dtype: input.dtype, device: input.device });

    const f32 = input.dtype !== 'float64';
    const R = f32 ? fr : (v: number) => v;
    const roiData = r.detach().to({ device: 'cpu', dtype: 'float64' }).contiguous().dataSync() as Float64Array;
    const scale = R(spatialScale);
    const offset = aligned ? 0.5 : 0;

    // Per RoI: start, bin size and grid, as the kernel computes them in the input's dtype.
    const startH = new Float64Array(k), startW = new Float64Array(k);
    const binH = new Float64Array(k), binW = new Float64Array(k);
    const gridH = new Int32Array(k), gridW = new Int32Array(k);
    const groups = new Map<string, Group[]>();
    for (let i = 0; i < k; i++) {
      const b = Math.trunc(roiData[i * 5]);
      if (!(b >= 0 && b < n)) throw new RangeError(`roiAlign: RoI ${i} has batch index ${roiData[i * 5]}, outside [0, ${n - 1}]`);
      const sw = R(R(R(roiData[i * 5 + 1]) * scale) - offset);
      const sh = R(R(R(roiData[i * 5 + 2]) * scale) - offset);
      const ew = R(R(R(roiData[i * 5 + 3]) * scale) - offset);
      const eh = R(R(R(roiData[i * 5 + 4]) * scale) - offset);
      let rw = R(ew - sw);
      let rh = R(eh - sh);
      if (!aligned) {
        rw = rw < 1 ? 1 : rw; // std::max(roi_width, 1.)
        rh = rh < 1 ? 1 : rh;
      }
      startH[i] = sh;
      startW[i] = sw;
      binH[i] = R(rh / ph);
      binW[i] = R(rw / pw);
      gridH[i] = samplingRatio > 0 ? samplingRatio : Math.ceil(R(rh / ph));
      gridW[i] = samplingRatio > 0 ? samplingRatio : Math.ceil(R(rw / pw));
      const gh = samplingRatio > 0 ? samplingRatio : nextPow2(Math.max(gridH[i], 1));
      const gw = samplingRatio > 0 ? samplingRatio : nextPow2(Math.max(gridW[i], 1));
      // Bound the sampled tensor ([C, K_group, outH, gh, outW, gw]) by splitting large groups.
      const maxRois = Math.max(1, Math.floor((opts.maxSamplesPerCall ?? MAX_SAMPLES) / (c * ph * gh * pw * gw)));
      const key = `${b}:${gh}:${gw}`;
      let chunks = groups.get(key);
      if (!chunks) groups.set(key, (chunks = []));
      let g = chunks[chunks.length - 1];
      if (!g || g.rois.length >= maxRois) chunks.push((g = { batch: b, gh, gw, rois: [] }));
      g.rois.push(i);
    }

    // Pixel coordinate -> grid coordinate for align_corners=True: g = y / ((size - 1) / 2) - 1.
    const toGrid = (v: number, size: number): number => (size > 1 ? v / ((size - 1) / 2) - 1 : 0);

    const outs: Tensor[] = [];
    const order: number[] = [];
    for (const g of [...groups.values()].flat()) {
      const kg = g.rois.length;
      const sy = ph * g.gh;
      const sx = pw * g.gw;
      const gy = new Float64Array(kg * sy);
      const gx = new Float64Array(kg * sx);
      const wy = new Float64Array(kg * sy); // validity / count, along y
      const wx = new Float64Array(kg * sx); // validity, along x
      for (let q = 0; q < kg; q++) {
        const i = g.rois[q];
        const count = Math.max(gridH[i] * gridW[i], 1);
        for (let p = 0; p < ph; p++) {
          for (let iy = 0; iy < g.gh; iy++) {
            const o = q * sy + p * g.gh + iy;
            if (iy >= gridH[i]) continue; // padding sample (weight 0)
            // yy = roi_start_h + ph * bin_size_h + (T)(iy + .5f) * bin_size_h / (T)roi_bin_grid_h
            const y = R(R(startH[i] + R(p * binH[i])) + R(R((iy + 0.5) * binH[i]) / gridH[i]));
            if (y < -1 || y > height) continue;
            gy[o] = toGrid(y <= 0 ? 0 : y, height);
            wy[o] = 1 / count;
          }
        }
        for (let p = 0; p < pw; p++) {
          for (let ix = 0; ix < g.gw; ix++) {
            const o = q * sx + p * g.gw + ix;
            if (ix >= gridW[i]) continue;
            const x = R(R(startW[i] + R(p * binW[i])) + R(R((ix + 0.5) * binW[i]) / gridW[i]));
            if (x < -1 || x > width) continue;
            gx[o] = toGrid(x <= 0 ? 0 : x, width);
            wx[o] = 1;
          }
        }
      }
      const opt = { dtype: input.dtype, device: input.device } as const;
      const gyT = torch.tensor(gy, opt).view([kg, sy, 1]).expand([kg, sy, sx]);
      const gxT = torch.tensor(gx, opt).view([kg, 1, sx]).expand([kg, sy, sx]);
      const grid = torch.stack([gxT, gyT], { dim: -1 }).view([1, kg * sy, sx, 2]);
      const feat = n === 1 ? input : input.narrow(0, g.batch, 1);
      // interpolation 0 = bilinear, padding 1 = border, align_corners = true
      const v = torch.gridSampler2d(feat, grid, 0, 1, true).view([c, kg, ph, g.gh, pw, g.gw]);
      const w = torch.tensor(wy, opt).view([kg, ph, g.gh, 1, 1]).mul(torch.tensor(wx, opt).view([kg, 1, 1, pw, g.gw]));
      outs.push(v.mul(w).sum([3, 5]).permute([1, 0, 2, 3]));
      order.push(...g.rois);
    }
    const out = outs.length === 1 ? outs[0] : torch.cat(outs, { dim: 0 });
    let sorted = true;
    for (let q = 0; q < order.length; q++) if (order[q] !== q) { sorted = false; break; }
    if (sorted) return out.contiguous();
    const inverse = new Int32Array(k);
    order.forEach((roi, pos) => { inverse[roi] = pos; });
    return out.index(torch.tensor(inverse, { dtype: 'int64', device: input.device }));
  });
}

/** RoIAlign as a module-like object holding its options (torchvision.ops.RoIAlign). */
export class RoIAlign {
  constructor(readonly opts: RoiAlignOptions) {}
  forward(input: Tensor, rois: Tensor | Tensor[]): Tensor {
    return roiAlign(input, rois, this.opts);
  }
}
