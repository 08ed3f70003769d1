// Non-maximum suppression with the results of torchvision.ops.nms / batched_nms on the CPU
// (torchvision 0.14, csrc/ops/cpu/nms_kernel.cpp and ops/boxes.py).
//
// torchvision's kernel: sort the scores with a stable descending sort, then for each box in that
// order that is not yet suppressed, keep it and suppress every later box whose IoU with it is
// > iouThreshold, where IoU = inter / (area_i + area_j - inter) is computed in the boxes' dtype
// (float32: every operation rounded to float32) and compared with the threshold in double.
//
// Here the sort is ATen's (the same kernel), and the greedy pass runs in JavaScript over the
// coordinates copied to the CPU, with Math.fround after each operation: fround(a op b) of two
// float32 values is exactly float32's a op b for + - * / (double has more than 2 x 24 + 2 bits),
// so the kept set is bit-for-bit torchvision's. Speed comes from (a) a compacted list of the boxes
// still alive, so suppressed boxes are never visited again, and (b) rejecting pairs that do not
// overlap in x (or y) before any float32 rounding (exact for thresholds >= 0, where a zero
// intersection can never exceed the threshold). Boxes on another device are copied to the CPU and
// the kept indices are returned on the boxes' device.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';

const fr = Math.fround;

interface Prepared {
  n: number;
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
  /** Original indices sorted by score, descending, ties by index (torchvision's stable sort). */
  order: Int32Array;
  f32: boolean;
}

function check(fn: string, boxes: Tensor, scores: Tensor, iouThreshold: number): void {
  if (!(boxes instanceof torch.Tensor) || !(scores instanceof torch.Tensor)) throw new TypeError(`${fn}: boxes and scores must be Tensors`);
  const bs = boxes.shape;
  if (bs.length !== 2 || bs[1] !== 4) throw new RangeError(`${fn}: boxes must have shape [N, 4], got [${bs.join(', ')}]`);
  if (scores.ndim !== 1 || scores.shape[0] !== bs[0]) {
    throw new RangeError(`${fn}: scores must have shape [${bs[0]}] (one per box), got [${scores.shape.join(', ')}]`);
  }
  if (!torch.isFloatingDType(boxes.dtype) || !torch.isFloatingDType(scores.dtype)) {
    throw new TypeError(`${fn}: boxes and scores must be floating point, got ${boxes.dtype} and ${scores.dtype}`);
  }
  if (typeof iouThreshold !== 'number') throw new TypeError(`${fn}: iouThreshold must be a number`);
}

/** Copies the boxes to JavaScript (float32 or float64 values) and sorts the scores with ATen. */
function prepare(boxes: Tensor, scores: Tensor): Prepared {
  return torch.tidy(() => {
    const n = boxes.shape[0];
    const f32 = boxes.dtype !== 'float64';
    let b = boxes.detach();
    if (b.device !== 'cpu') b = b.cpu();
    if (b.dtype !== 'float32' && b.dtype !== 'float64') b = b.to('float32');
    const cols = b.t().contiguous().dataSync() as Float32Array | Float64Array;
    let s = scores.detach();
    if (s.device !== 'cpu') s = s.cpu();
    const order = s.sort({ stable: true, dim: 0, descending: true })[1].to('int32').dataSync() as Int32Array;
    return {
      n, f32, order,
      x1: Float64Array.from(cols.subarray(0, n)),
      y1: Float64Array.from(cols.subarray(n, 2 * n)),
      x2: Float64Array.from(cols.subarray(2 * n, 3 * n)),
      y2: Float64Array.from(cols.subarray(3 * n, 4 * n)),
    };
  });
}

/**
 * Greedy suppression over `order` (original indices, best first); writes the kept original
 * indices to keep[nk...] and returns the new count. Dispatches to the exact loop for the dtype.
 */
function greedy(p: Prepared, order: Int32Array, thr: number, keep: Int32Array, nk: number): number {
  const m = order.length;
  const sx1 = new Float64Array(m);
  const sy1 = new Float64Array(m);
  const sx2 = new Float64Array(m);
  const sy2 = new Float64Array(m);
  const area = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const i = order[k];
    sx1[k] = p.x1[i];
    sy1[k] = p.y1[i];
    sx2[k] = p.x2[i];
    sy2[k] = p.y2[i];
    // torchvision: areas = (x2 - x1) * (y2 - y1), computed as an ATen tensor in the boxes' dtype.
    area[k] = p.f32 ? fr(fr(sx2[k] - sx1[k]) * fr(sy2[k] - sy1[k])) : (sx2[k] - sx1[k]) * (sy2[k] - sy1[k]);
  }
  const alive = new Int32Array(m);
  for (let k = 0; k < m; k++) alive[k] = k;
  const loop = thr >= 0 ? (p.f32 ? sweepF32 : sweepF64) : sweepGeneric;
  let na = m;
  while (na > 0) {
    const i = alive[0];
    keep[nk++] = order[i];
    na = loop(alive, na, i, sx1, sy1, sx2, sy2, area, thr, p.f32);
  }
  return nk;
}

type Sweep = (alive: Int32Array, na: number, i: number, x1: Float64Array, y1: Float64Array, x2: Float64Array,
  y2: Float64Array, area: Float64Array, thr: number, f32: boolean) => number;

// Removes alive[0] (kept box i) and every later alive box with IoU(i, j) > thr; keeps the order of
// the rest, compacted to the front; returns their count. std::max(a, b) is (a < b ? b : a) and
// std::min(a, b) is (b < a ? b : a), written out so NaN behaves as in C++.
const sweepF32: Sweep = (alive, na, i, x1, y1, x2, y2, area, thr) => {
  const ix1 = x1[i], iy1 = y1[i], ix2 = x2[i], iy2 = y2[i], ia = area[i];
  let w = 0;
  for (let q = 1; q < na; q++) {
    const j = alive[q];
    const jx1 = x1[j], jx2 = x2[j];
    const xx1 = ix1 < jx1 ? jx1 : ix1;
    const xx2 = jx2 < ix2 ? jx2 : ix2;
    const dw = fr(xx2 - xx1);
    if (!(dw > 0)) { alive[w++] = j; continue; }
    const jy1 = y1[j], jy2 = y2[j];
    const yy1 = iy1 < jy1 ? jy1 : iy1;
    const yy2 = jy2 < iy2 ? jy2 : iy2;
    const dh = fr(yy2 - yy1);
    if (!(dh > 0)) { alive[w++] = j; continue; }
    const inter = fr(dw * dh);
    const ovr = fr(inter / fr(fr(ia + area[j]) - inter));
    if (!(ovr > thr)) alive[w++] = j;
  }
  return w;
};

const sweepF64: Sweep = (alive, na, i, x1, y1, x2, y2, area, thr) => {
  const ix1 = x1[i], iy1 = y1[i], ix2 = x2[i], iy2 = y2[i], ia = area[i];
  let w = 0;
  for (let q = 1; q < na; q++) {
    const j = alive[q];
    const jx1 = x1[j], jx2 = x2[j];
    const xx1 = ix1 < jx1 ? jx1 : ix1;
    const xx2 = jx2 < ix2 ? jx2 : ix2;
    const dw = xx2 - xx1;
    if (!(dw > 0)) { alive[w++] = j; continue; }
    const jy1 = y1[j], jy2 = y2[j];
    const yy1 = iy1 < jy1 ? jy1 : iy1;
    const yy2 = jy2 < iy2 ? jy2 : iy2;
    const dh = yy2 - yy1;
    if (!(dh > 0)) { alive[w++] = j; continue; }
    const inter = dw * dh;
    const ovr = inter / (ia + area[j] - inter);
    if (!(ovr > thr)) alive[w++] = j;
  }
  return w;
};

// Negative (or NaN) thresholds: no shortcut, torchvision's loop verbatim.
const sweepGeneric: Sweep = (alive, na, i, x1, y1, x2, y2, area, thr, f32) => {
  const r = f32 ? fr : (v: number) => v;
  const ix1 = x1[i], iy1 = y1[i], ix2 = x2[i], iy2 = y2[i], ia = area[i];
  let w = 0;
  for (let q = 1; q < na; q++) {
    const j = alive[q];
    const xx1 = ix1 < x1[j] ? x1[j] : ix1;
    const yy1 = iy1 < y1[j] ? y1[j] : iy1;
    const xx2 = x2[j] < ix2 ? x2[j] : ix2;
    const yy2 = y2[j] < iy2 ? y2[j] : iy2;
    const dx = r(xx2 - xx1);
    const dy = r(yy2 - yy1);
    const ww = 0 < dx ? dx : 0;
    const hh = 0 < dy ? dy : 0;
    const inter = r(ww * hh);
    const ovr = r(inter / r(r(ia + area[j]) - inter));
    if (!(ovr > thr)) alive[w++] = j;
  }
  return w;
};

function emptyIndices(device: string): Tensor {
  return torch.empty([0], { dtype: 'int64', device });
}

function indicesTensor(idx: Int32Array, device: string): Tensor {
  return torch.tidy(() => torch.tensor(idx, { dtype: 'int64' }).to({ device }));
}

/**
 * Non-maximum suppression (torchvision.ops.nms): indices (int64) of the kept boxes, sorted by
 * decreasing score (ties by index). Boxes [N, 4] xyxy; a box is dropped when its IoU with a kept
 * higher-scoring box is > iouThreshold.
 */
export function nms(boxes: Tensor, scores: Tensor, iouThreshold: number): Tensor {
  check('nms', boxes, scores, iouThreshold);
  const device = boxes.device;
  if (boxes.shape[0] === 0) return emptyIndices(device);
  const p = prepare(boxes, scores);
  const keep = new Int32Array(p.n);
  const nk = greedy(p, p.order, iouThreshold, keep, 0);
  return indicesTensor(keep.subarray(0, nk), device);
}

/**
 * Class-aware NMS (torchvision.ops.batched_nms): boxes of different `idxs` (class ids, [N]) never
 * suppress each other. Returns the kept indices (int64) sorted by decreasing score.
 *
 * Like torchvision on the CPU, up to 1000 boxes go through the coordinate-offset trick (boxes
 * shifted by idx * (max coordinate + 1) in the boxes' dtype, then one NMS), and more through one
 * NMS per class followed by a sort of the kept scores; the two can differ in the last float32 bit of
 * an IoU, so following the same rule gives exactly torchvision's output (its CPU output on any device).
 */
export function batchedNms(boxes: Tensor, scores: Tensor, idxs: Tensor, iouThreshold: number): Tensor {
  check('batchedNms', boxes, scores, iouThreshold);
  if (!(idxs instanceof torch.Tensor) || idxs.ndim !== 1 || idxs.shape[0] !== boxes.shape[0]) {
    throw new RangeError(`batchedNms: idxs must have shape [${boxes.shape[0]}] (one class id per box)`);
  }
  const device = boxes.device;
  const n = boxes.shape[0];
  if (n === 0) return emptyIndices(device);
  if (n * 4 <= 4000) {
    // _batched_nms_coordinate_trick
    return torch.tidy(() => {
      const b = boxes.detach();
      const maxCoordinate = b.max();
      const offsets = idxs.to({ dtype: b.dtype, device: b.device }).mul(maxCoordinate.add(1));
      return nms(b.add(offsets.unsqueeze(1)), scores, iouThreshold);
    });
  }
  // _batched_nms_vanilla: one NMS per class on the original coordinates.
  const p = prepare(boxes, scores);
  const cls = torch.tidy(() => idxs.detach().cpu().to('float64').dataSync() as Float64Array);
  const groups = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    const i = p.order[k];
    const c = cls[i];
    let g = groups.get(c);
    if (!g) groups.set(c, (g = []));
    g.push(i);
  }
  const keep = new Int32Array(n);
  let nk = 0;
  for (const g of groups.values()) nk = greedy(p, Int32Array.from(g), iouThreshold, keep, nk);
  const kept = keep.subarray(0, nk).sort(); // torch.where(keep_mask): ascending
  return torch.tidy(() => {
    const keepIndices = torch.tensor(kept, { dtype: 'int64' });
    let s = scores.detach();
    if (s.device !== 'cpu') s = s.cpu();
    // keep_indices[scores[keep_indices].sort(descending=True)[1]], with ATen's (unstable) sort.
    const byScore = s.index(keepIndices).sort({ descending: true })[1];
    return keepIndices.index(byScore).to({ device });
  });
}
