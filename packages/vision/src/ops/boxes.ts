// Box utilities with torchvision.ops semantics (torchvision 0.14, ops/boxes.py and
// ops/_box_convert.py): the same formulas in the same operation order, so float32 results are the
// ones torchvision computes. Boxes are [..., 4] tensors; 'xyxy' is (x1, y1, x2, y2) with
// 0 <= x1 < x2 and 0 <= y1 < y2 expected (not checked, as torchvision).
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';

/** 'xyxy' corners; 'xywh' top-left corner and size; 'cxcywh' center and size. */
export type BoxFormat = 'xyxy' | 'xywh' | 'cxcywh';

const FORMATS: readonly BoxFormat[] = ['xyxy', 'xywh', 'cxcywh'];

function checkBoxes(fn: string, name: string, boxes: Tensor, ndim2 = true): void {
  if (!(boxes instanceof torch.Tensor)) throw new TypeError(`${fn}: '${name}' must be a Tensor`);
  const s = boxes.shape;
  if ((ndim2 && s.length !== 2) || s.length < 1 || s[s.length - 1] !== 4) {
    throw new RangeError(`${fn}: '${name}' must have shape ${ndim2 ? '[N, 4]' : '[..., 4]'}, got [${s.join(', ')}]`);
  }
}

/** float16/bfloat16 -> float32, small ints -> int32, as torchvision's _upcast (overflow-safe products). */
export function upcast(t: Tensor): Tensor {
  if (torch.isFloatingDType(t.dtype)) return t.dtype === 'float32' || t.dtype === 'float64' ? t : t.to('float32');
  return t.dtype === 'int32' || t.dtype === 'int64' ? t : t.to('int32');
}

function unbind4(boxes: Tensor): [Tensor, Tensor, Tensor, Tensor] {
  const u = boxes.unbind({ dim: -1 });
  return [u[0], u[1], u[2], u[3]];
}

/** Converts boxes between 'xyxy', 'xywh' and 'cxcywh' (torchvision.ops.box_convert); always a new tensor. */
export function boxConvert(boxes: Tensor, inFmt: BoxFormat, outFmt: BoxFormat): Tensor {
  checkBoxes('boxConvert', 'boxes', boxes, false);
  if (!FORMATS.includes(inFmt) || !FORMATS.includes(outFmt)) {
    throw new RangeError(`boxConvert: unsupported box format '${!FORMATS.includes(inFmt) ? inFmt : outFmt}' (use ${FORMATS.join(', ')})`);
  }
  if (inFmt === outFmt) return boxes.clone();
  return torch.tidy(() => {
    let b = boxes;
    if (inFmt !== 'xyxy') b = inFmt === 'xywh' ? xywhToXyxy(b) : cxcywhToXyxy(b);
    if (outFmt === 'xyxy') return b;
    return outFmt === 'xywh' ? xyxyToXywh(b) : xyxyToCxcywh(b);
  });
}

function cxcywhToXyxy(boxes: Tensor): Tensor {
  const [cx, cy, w, h] = unbind4(boxes);
  const hw = w.mul(0.5);
  const hh = h.mul(0.5);
  return torch.stack([cx.sub(hw), cy.sub(hh), cx.add(hw), cy.add(hh)], { dim: -1 });
}

function xyxyToCxcywh(boxes: Tensor): Tensor {
  const [x1, y1, x2, y2] = unbind4(boxes);
  return torch.stack([x1.add(x2).div(2), y1.add(y2).div(2), x2.sub(x1), y2.sub(y1)], { dim: -1 });
}

function xywhToXyxy(boxes: Tensor): Tensor {
  const [x, y, w, h] = unbind4(boxes);
  return torch.stack([x, y, x.add(w), y.add(h)], { dim: -1 });
}

function xyxyToXywh(boxes: Tensor): Tensor {
  const [x1, y1, x2, y2] = unbind4(boxes);
  return torch.stack([x1, y1, x2.sub(x1), y2.sub(y1)], { dim: -1 });
}

/** Areas of [N, 4] xyxy boxes: (x2 - x1) * (y2 - y1), upcast like torchvision. */
export function boxArea(boxes: Tensor): Tensor {
  checkBoxes('boxArea', 'boxes', boxes);
  return torch.tidy(() => {
    const b = upcast(boxes);
    const [x1, y1, x2, y2] = unbind4(b);
    return x2.sub(x1).mul(y2.sub(y1));
  });
}

/** Pairwise intersection and union areas of [N, 4] and [M, 4] boxes: two [N, M] tensors. */
export function boxInterUnion(boxes1: Tensor, boxes2: Tensor): [Tensor, Tensor] {
  checkBoxes('boxInterUnion', 'boxes1', boxes1);
  checkBoxes('boxInterUnion', 'boxes2', boxes2);
  return torch.tidy(() => {
    const area1 = boxArea(boxes1);
    const area2 = boxArea(boxes2);
    const a = boxes1.unsqueeze(1);
    const lt = torch.max(a.index('...', torch.slice(null, 2)), boxes2.index('...', torch.slice(null, 2)));
    const rb = torch.min(a.index('...', torch.slice(2)), boxes2.index('...', torch.slice(2)));
    const wh = upcast(rb.sub(lt)).clamp({ min: 0 });
    const inter = wh.select(2, 0).mul(wh.select(2, 1));
    const union = area1.unsqueeze(1).add(area2).sub(inter);
    return [inter, union];
  });
}

/** Pairwise IoU of [N, 4] and [M, 4] xyxy boxes: [N, M] (torchvision.ops.box_iou). */
export function boxIou(boxes1: Tensor, boxes2: Tensor): Tensor {
  return torch.tidy(() => {
    const [inter, union] = boxInterUnion(boxes1, boxes2);
    return inter.div(union);
  });
}

/** Pairwise generalized IoU of [N, 4] and [M, 4] xyxy boxes: [N, M], in [-1, 1] (torchvision.ops.generalized_box_iou). */
export function generalizedBoxIou(boxes1: Tensor, boxes2: Tensor): Tensor {
  return torch.tidy(() => {
    const [inter, union] = boxInterUnion(boxes1, boxes2);
    const iou = inter.div(union);
    const a = boxes1.unsqueeze(1);
    const lti = torch.min(a.index('...', torch.slice(null, 2)), boxes2.index('...', torch.slice(null, 2)));
    const rbi = torch.max(a.index('...', torch.slice(2)), boxes2.index('...', torch.slice(2)));
    const whi = upcast(rbi.sub(lti)).clamp({ min: 0 });
    const areai = whi.select(2, 0).mul(whi.select(2, 1));
    return iou.sub(areai.sub(union).div(areai));
  });
}

/**
 * Clips xyxy boxes [..., 4] to an image of size [height, width]: x to [0, width], y to [0, height]
 * (torchvision.ops.clip_boxes_to_image).
 */
export function clipBoxesToImage(boxes: Tensor, size: [number, number] | readonly number[]): Tensor {
  checkBoxes('clipBoxesToImage', 'boxes', boxes, false);
  const [height, width] = size;
  return torch.tidy(() => {
    const dim = boxes.ndim;
    const x = boxes.index('...', torch.slice(0, null, 2)).clamp({ min: 0, max: width });
    const y = boxes.index('...', torch.slice(1, null, 2)).clamp({ min: 0, max: height });
    return torch.stack([x, y], { dim }).reshape(boxes.shape);
  });
}

/** Indices (int64, ascending) of boxes whose width and height are both >= minSize (torchvision.ops.remove_small_boxes). */
export function removeSmallBoxes(boxes: Tensor, minSize: number): Tensor {
  checkBoxes('removeSmallBoxes', 'boxes', boxes);
  return torch.tidy(() => {
    const [x1, y1, x2, y2] = unbind4(boxes);
    const keep = torch.logicalAnd(x2.sub(x1).ge(minSize), y2.sub(y1).ge(minSize));
    return torch.where(keep)[0];
  });
}

/** Boxes as [K, 5] rows (batch index, x1, y1, x2, y2) from one [L, 4] tensor per image (torchvision's convert_boxes_to_roi_format). */
export function boxesToRois(boxes: Tensor[]): Tensor {
  if (boxes.length === 0) throw new RangeError('boxesToRois: at least one tensor of boxes is required');
  return torch.tidy(() => {
    const ids = boxes.map((b, i) => {
      checkBoxes('boxesToRois', `boxes[${i}]`, b);
      return torch.fullLike(b.index(torch.slice(), torch.slice(null, 1)), i);
    });
    const cat = (ts: Tensor[]) => (ts.length === 1 ? ts[0] : torch.cat(ts, { dim: 0 }));
    return torch.cat([cat(ids), cat(boxes)], { dim: 1 });
  });
}
