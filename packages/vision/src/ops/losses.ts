// Detection losses with torchvision.ops semantics.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import type { BoxCoder } from './coder';

type Reduction = 'none' | 'mean' | 'sum';

/** Focal loss on logits (torchvision.ops.sigmoid_focal_loss): alpha 0.25, gamma 2, reduction 'none' by default. */
export const sigmoidFocalLoss = torch.nn.functional.sigmoidFocalLoss;

/** Smooth L1 (beta default 1; beta 0 is L1), reduction 'mean' by default, as torch.nn.functional.smooth_l1_loss. */
export const smoothL1Loss = torch.nn.functional.smoothL1Loss;

function reduce(loss: Tensor, reduction: Reduction): Tensor {
  if (reduction === 'sum') return loss.sum();
  if (reduction === 'mean') return loss.numel > 0 ? loss.mean() : loss.sum().mul(0);
  if (reduction === 'none') return loss;
  throw new RangeError(`unknown reduction '${String(reduction)}' (use 'none', 'mean' or 'sum')`);
}

/** Intersection and union of matching boxes [..., 4] x [..., 4] (torchvision's _loss_inter_union). */
function lossInterUnion(boxes1: Tensor, boxes2: Tensor): [Tensor, Tensor] {
  const [x1, y1, x2, y2] = boxes1.unbind({ dim: -1 });
  const [x1g, y1g, x2g, y2g] = boxes2.unbind({ dim: -1 });
  const xkis1 = torch.max(x1, x1g);
  const ykis1 = torch.max(y1, y1g);
  const xkis2 = torch.min(x2, x2g);
  const ykis2 = torch.min(y2, y2g);
  const mask = torch.logicalAnd(ykis2.gt(ykis1), xkis2.gt(xkis1));
  const intsctk = torch.where(mask, xkis2.sub(xkis1).mul(ykis2.sub(ykis1)), 0);
  const unionk = x2.sub(x1).mul(y2.sub(y1)).add(x2g.sub(x1g).mul(y2g.sub(y1g))).sub(intsctk);
  return [intsctk, unionk];
}

/**
 * 1 - GIoU of matching xyxy boxes [N, 4] and [N, 4] (torchvision.ops.generalized_box_iou_loss):
 * symmetric, defined for non-overlapping boxes; reduction 'none' by default, eps 1e-7.
 */
export function generalizedBoxIouLoss(boxes1: Tensor, boxes2: Tensor, opts: { reduction?: Reduction; eps?: number } = {}): Tensor {
  const eps = opts.eps ?? 1e-7;
  return torch.tidy(() => {
    const b1 = torch.isFloatingDType(boxes1.dtype) ? boxes1 : boxes1.to('float32');
    const b2 = torch.isFloatingDType(boxes2.dtype) ? boxes2 : boxes2.to('float32');
    const [intsctk, unionk] = lossInterUnion(b1, b2);
    const iouk = intsctk.div(unionk.add(eps));
    const [x1, y1, x2, y2] = b1.unbind({ dim: -1 });
    const [x1g, y1g, x2g, y2g] = b2.unbind({ dim: -1 });
    const xc1 = torch.min(x1, x1g);
    const yc1 = torch.min(y1, y1g);
    const xc2 = torch.max(x2, x2g);
    const yc2 = torch.max(y2, y2g);
    const areaC = xc2.sub(xc1).mul(yc2.sub(yc1));
    const miouk = iouk.sub(areaC.sub(unionk).div(areaC.add(eps)));
    return reduce(torch.rsub(miouk, 1), opts.reduction ?? 'none');
  });
}

/** Box regression loss types of torchvision's detection models. */
export type BoxLossType = 'l1' | 'smoothL1' | 'giou';

/**
 * Regression loss summed over foreground anchors (torchvision's _box_loss): 'l1' and 'smoothL1'
 * on the encoded targets, 'giou' on the decoded boxes.
 */
export function boxRegressionLoss(type: BoxLossType, coder: BoxCoder, anchors: Tensor, matchedGtBoxes: Tensor,
  regression: Tensor, opts: { beta?: number; eps?: number } = {}): Tensor {
  return torch.tidy(() => {
    if (type === 'l1' || type === 'smoothL1') {
      const target = coder.encodeSingle(matchedGtBoxes, anchors);
      if (type === 'l1') return torch.nn.functional.l1Loss(regression, target, { reduction: 'sum' });
      return torch.nn.functional.smoothL1Loss(regression, target, { reduction: 'sum', beta: opts.beta ?? 1 });
    }
    if (type === 'giou') {
      const boxes = coder.decodeSingle(regression, anchors);
      return generalizedBoxIouLoss(boxes, matchedGtBoxes, { reduction: 'sum', eps: opts.eps ?? 1e-7 });
    }
    throw new RangeError(`boxRegressionLoss: unknown type '${String(type)}' (use 'l1', 'smoothL1' or 'giou')`);
  });
}
