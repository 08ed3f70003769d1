// Internal box and instance helpers of the augmentations.
//
// Box convention: xyxy in continuous pixel coordinates whose pixel (row i, column j) covers
// [j, j+1) x [i, i+1); the box of a mask is [min col, min row, max col + 1, max row + 1]. With it a
// horizontal flip maps x to W - x exactly, and the box of a transformed mask equals the transformed
// box for flips, crops and integer scalings.
import * as torch from '@must/torch';
import type { Instances } from '../data/sample';

/** An affine map of the plane: x' = a x + b y + c, y' = d x + e y + f. */
export type Affine = [number, number, number, number, number, number];

export const IDENTITY: Affine = [1, 0, 0, 0, 1, 0];

/** m1 after m2 (apply m2 first). */
export function composeAffine(m1: Affine, m2: Affine): Affine {
  const [a, b, c, d, e, f] = m1;
  const [A, B, C, D, E, F] = m2;
  return [a * A + b * D, a * B + b * E, a * C + b * F + c, d * A + e * D, d * B + e * E, d * C + e * F + f];
}

export function invertAffine(m: Affine): Affine {
  const [a, b, c, d, e, f] = m;
  const det = a * e - b * d;
  if (Math.abs(det) < 1e-12) throw new RangeError('invertAffine: singular matrix');
  const ia = e / det;
  const ib = -b / det;
  const id = -d / det;
  const ie = a / det;
  return [ia, ib, -(ia * c + ib * f), id, ie, -(id * c + ie * f)];
}

export function applyAffine(m: Affine, x: number, y: number): [number, number] {
  return [m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]];
}

/**
 * Bounding boxes of masks [N, H, W] (any dtype, nonzero = inside) as [N, 4] float32 in the pixel-edge
 * convention. Empty masks give [0, 0, 0, 0].
 */
export function masksToBoxes(masks: torch.Tensor): torch.Tensor {
  return torch.tidy(() => {
    const [n, h, w] = masks.shape;
    const dev = masks.device;
    if (n === 0) return torch.zeros([0, 4], { device: dev });
    const m = masks.dtype === 'bool' ? masks : masks.ne(0);
    const rows = m.any(2); // [N, H]
    const cols = m.any(1); // [N, W]
    const ry = torch.arange(h, { dtype: 'float32', device: dev });
    const rx = torch.arange(w, { dtype: 'float32', device: dev });
    const y1 = torch.where(rows, ry, h).amin({ dim: 1 });
    const y2 = torch.where(rows, ry.add(1), 0).amax({ dim: 1 });
    const x1 = torch.where(cols, rx, w).amin({ dim: 1 });
    const x2 = torch.where(cols, rx.add(1), 0).amax({ dim: 1 });
    const boxes = torch.stack([x1, y1, x2, y2], { dim: 1 });
    const empty = rows.any(1).logicalNot().unsqueeze(1);
    return boxes.maskedFill(empty, 0);
  });
}

/** Pixel count of each mask [N, H, W] as float32 [N]. */
export function maskAreas(masks: torch.Tensor): torch.Tensor {
  return torch.tidy(() => masks.ne(0).sum([1, 2], { dtype: 'float32' }));
}

/** Boxes [N, 4] mapped by an affine: the bounding box of the four mapped corners. */
export function transformBoxes(boxes: torch.Tensor, m: Affine): torch.Tensor {
  return torch.tidy(() => {
    if (boxes.shape[0] === 0) return boxes.clone();
    const [x1, y1, x2, y2] = boxes.unbind({ dim: 1 });
    const xs = torch.stack([x1, x2, x1, x2], { dim: 1 });
    const ys = torch.stack([y1, y1, y2, y2], { dim: 1 });
    const nx = xs.mul(m[0]).add(ys.mul(m[1])).add(m[2]);
    const ny = xs.mul(m[3]).add(ys.mul(m[4])).add(m[5]);
    return torch.stack([nx.amin({ dim: 1 }), ny.amin({ dim: 1 }), nx.amax({ dim: 1 }), ny.amax({ dim: 1 })], { dim: 1 });
  });
}

/** Boxes clipped to [0, w] x [0, h]. */
export function clipBoxes(boxes: torch.Tensor, h: number, w: number): torch.Tensor {
  return torch.tidy(() => {
    if (boxes.shape[0] === 0) return boxes.clone();
    const [x1, y1, x2, y2] = boxes.unbind({ dim: 1 });
    return torch.stack([
      x1.clamp({ min: 0, max: w }), y1.clamp({ min: 0, max: h }),
      x2.clamp({ min: 0, max: w }), y2.clamp({ min: 0, max: h }),
    ], { dim: 1 });
  });
}

/** Box areas [N]. */
export function boxAreas(boxes: torch.Tensor): torch.Tensor {
  return torch.tidy(() => {
    const [x1, y1, x2, y2] = boxes.unbind({ dim: 1 });
    return x2.sub(x1).clamp({ min: 0 }).mul(y2.sub(y1).clamp({ min: 0 }));
  });
}

/** Rasterizes boxes [N, 4] as uint8 masks [N, H, W] (pixels whose centre lies inside). */
export function boxesToMasks(boxes: torch.Tensor, h: number, w: number): torch.Tensor {
  return torch.tidy(() => {
    const dev = boxes.device;
    const n = boxes.shape[0];
    if (n === 0) return torch.zeros([0, h, w], { dtype: 'uint8', device: dev });
    const cx = torch.arange(w, { dtype: 'float32', device: dev }).add(0.5).view([1, 1, w]);
    const cy = torch.arange(h, { dtype: 'float32', device: dev }).add(0.5).view([1, h, 1]);
    const b = boxes.view([n, 4, 1, 1]);
    const [x1, y1, x2, y2] = b.unbind({ dim: 1 });
    const inX = cx.ge(x1).logicalAnd(cx.lt(x2));
    const inY = cy.ge(y1).logicalAnd(cy.lt(y2));
    return inX.logicalAnd(inY).to('uint8');
  });
}

/** Instances indexed by a bool keep mask [N] or an int64 index tensor. */
export function selectInstances(inst: Instances, keep: torch.Tensor): Instances {
  const pick = (t: torch.Tensor) => t.index(keep);
  const out: Instances = { ...inst, boxes: pick(inst.boxes), classes: pick(inst.classes) };
  if (inst.iscrowd) out.iscrowd = pick(inst.iscrowd);
  if (inst.masks) out.masks = pick(inst.masks);
  return out;
}

/** Concatenates two instance sets (fields present in both are kept; masks need both). */
export function concatInstances(a: Instances, b: Instances): Instances {
  const out: Instances = {
    boxes: torch.cat([a.boxes, b.boxes]),
    classes: torch.cat([a.classes, b.classes]),
  };
  if (a.iscrowd || b.iscrowd) {
    const ca = a.iscrowd ?? torch.zeros([a.boxes.shape[0]], { dtype: 'bool', device: a.boxes.device });
    const cb = b.iscrowd ?? torch.zeros([b.boxes.shape[0]], { dtype: 'bool', device: b.boxes.device });
    out.iscrowd = torch.cat([ca, cb]);
    if (ca !== a.iscrowd) ca.dispose();
    if (cb !== b.iscrowd) cb.dispose();
  }
  if (a.masks && b.masks) out.masks = torch.cat([a.masks, b.masks]);
  return out;
}

export interface FinishOptions {
  /** Recompute boxes from masks when the instances have masks (default true). */
  boxesFromMasks?: boolean;
  /** Drop instances whose mask has fewer pixels (default 1), when masks are present. */
  minMaskArea?: number;
  /** Drop box-only instances whose clipped width or height is at most this (default 0). */
  minBoxSize?: number;
}

/**
 * After a geometric op: boxes clipped to the image, recomputed from the masks when there are masks,
 * and instances left empty dropped. `inst` itself is left alone (the caller frees it).
 */
export function finishInstances(inst: Instances, h: number, w: number, opts: FinishOptions = {}): Instances {
  return torch.tidy(() => {
    let boxes: torch.Tensor;
    let keep: torch.Tensor;
    if (inst.masks && (opts.boxesFromMasks ?? true)) {
      boxes = masksToBoxes(inst.masks);
      keep = maskAreas(inst.masks).ge(Math.max(opts.minMaskArea ?? 1, 1e-9));
    } else {
      boxes = clipBoxes(inst.boxes, h, w);
      const min = opts.minBoxSize ?? 0;
      const [x1, y1, x2, y2] = boxes.unbind({ dim: 1 });
      keep = x2.sub(x1).gt(min).logicalAnd(y2.sub(y1).gt(min));
    }
    const withBoxes: Instances = { ...inst, boxes };
    return selectInstances(withBoxes, keep);
  });
}

/** Frees the tensors of an Instances. */
export function disposeInstances(i: Instances): void {
  i.boxes.dispose();
  i.classes.dispose();
  i.iscrowd?.dispose();
  i.masks?.dispose();
}
