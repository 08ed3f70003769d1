// Box encoding for anchor-based regression, as torchvision's BoxCoder
// (torchvision/models/detection/_utils.py): deltas (dx, dy, dw, dh) of a target box relative to a
// reference (anchor or proposal) box, scaled by weights (wx, wy, ww, wh):
//   dx = wx (gx - ax) / aw, dy = wy (gy - ay) / ah, dw = ww log(gw / aw), dh = wh log(gh / ah)
// with centers and sizes of xyxy boxes; decoding clamps dw, dh at bboxXformClip = log(1000 / 16)
// before exp so that huge predictions cannot overflow. Same operation order as torchvision.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';

/** log(1000 / 16): the largest dw/dh decoded (a box at most 62.5x its anchor). */
export const BBOX_XFORM_CLIP = Math.log(1000 / 16);

export interface BoxCoderOptions {
  /** (wx, wy, ww, wh); torchvision uses (1, 1, 1, 1) in RetinaNet and (10, 10, 5, 5) in Faster R-CNN heads. */
  weights?: [number, number, number, number] | readonly number[];
  bboxXformClip?: number;
}

export class BoxCoder {
  readonly weights: readonly [number, number, number, number];
  readonly bboxXformClip: number;

  constructor(opts: BoxCoderOptions = {}) {
    const w = opts.weights ?? [1, 1, 1, 1];
    if (w.length !== 4) throw new RangeError(`BoxCoder: weights must have 4 values, got ${w.length}`);
    this.weights = [w[0], w[1], w[2], w[3]];
    this.bboxXformClip = opts.bboxXformClip ?? BBOX_XFORM_CLIP;
  }

  /**
   * Deltas [N, 4] that take `proposals` [N, 4] (anchors) to `referenceBoxes` [N, 4] (ground
   * truth), both xyxy (torchvision's encode_single(reference_boxes, proposals)).
   */
  encodeSingle(referenceBoxes: Tensor, proposals: Tensor): Tensor {
    const [wx, wy, ww, wh] = this.weights;
    return torch.tidy(() => {
      const col = (t: Tensor, i: number) => t.select(1, i).unsqueeze(1);
      const px1 = col(proposals, 0), py1 = col(proposals, 1), px2 = col(proposals, 2), py2 = col(proposals, 3);
      const rx1 = col(referenceBoxes, 0), ry1 = col(referenceBoxes, 1), rx2 = col(referenceBoxes, 2), ry2 = col(referenceBoxes, 3);
      const exW = px2.sub(px1);
      const exH = py2.sub(py1);
      const exX = px1.add(exW.mul(0.5));
      const exY = py1.add(exH.mul(0.5));
      const gtW = rx2.sub(rx1);
      const gtH = ry2.sub(ry1);
      const gtX = rx1.add(gtW.mul(0.5));
      const gtY = ry1.add(gtH.mul(0.5));
      const dx = gtX.sub(exX).mul(wx).div(exW);
      const dy = gtY.sub(exY).mul(wy).div(exH);
      const dw = gtW.div(exW).log().mul(ww);
      const dh = gtH.div(exH).log().mul(wh);
      return torch.cat([dx, dy, dw, dh], { dim: 1 });
    });
  }

  /** encodeSingle over per-image lists, returned split per image (torchvision's encode). */
  encode(referenceBoxes: Tensor[], proposals: Tensor[]): Tensor[] {
    return torch.tidy(() => {
      const sizes = referenceBoxes.map((b) => b.shape[0]);
      const t = this.encodeSingle(torch.cat(referenceBoxes, { dim: 0 }), torch.cat(proposals, { dim: 0 }));
      return t.splitWithSizes(sizes, { dim: 0 }).map((s) => s.contiguous());
    });
  }

  /**
   * Boxes [N, 4k] (xyxy) from deltas `relCodes` [N, 4k] relative to `boxes` [N, 4]
   * (torchvision's decode_single; k > 1 decodes k boxes per reference, e.g. one per class).
   */
  decodeSingle(relCodes: Tensor, boxes: Tensor): Tensor {
    const [wx, wy, ww, wh] = this.weights;
    return torch.tidy(() => {
      const b = boxes.dtype === relCodes.dtype ? boxes : boxes.to(relCodes.dtype);
      const widths = b.select(1, 2).sub(b.select(1, 0));
      const heights = b.select(1, 3).sub(b.select(1, 1));
      const ctrX = b.select(1, 0).add(widths.mul(0.5));
      const ctrY = b.select(1, 1).add(heights.mul(0.5));
      const every4 = (i: number) => relCodes.index(torch.slice(), torch.slice(i, null, 4));
      const dx = every4(0).div(wx);
      const dy = every4(1).div(wy);
      const dw = every4(2).div(ww).clamp({ max: this.bboxXformClip });
      const dh = every4(3).div(wh).clamp({ max: this.bboxXformClip });
      const w1 = widths.unsqueeze(1);
      const h1 = heights.unsqueeze(1);
      const predX = dx.mul(w1).add(ctrX.unsqueeze(1));
      const predY = dy.mul(h1).add(ctrY.unsqueeze(1));
      const predW = dw.exp().mul(w1);
      const predH = dh.exp().mul(h1);
      const cw = predW.mul(0.5);
      const ch = predH.mul(0.5);
      return torch.stack([predX.sub(cw), predY.sub(ch), predX.add(cw), predY.add(ch)], { dim: 2 }).flatten({ startDim: 1 });
    });
  }

  /** decodeSingle over per-image reference boxes: [sum N, k, 4] (torchvision's decode). */
  decode(relCodes: Tensor, boxes: Tensor[]): Tensor {
    return torch.tidy(() => {
      const total = boxes.reduce((s, b) => s + b.shape[0], 0);
      const codes = total > 0 ? relCodes.reshape([total, -1]) : relCodes;
      const pred = this.decodeSingle(codes, torch.cat(boxes, { dim: 0 }));
      return total > 0 ? pred.reshape([total, -1, 4]) : pred;
    });
  }
}
