// RetinaNet head as torchvision's RetinaNetHead (torchvision 0.14, models/detection/retinanet.py):
// a classification and a box-regression subnet shared across pyramid levels, each a tower of
// 3x3 Conv2dNormActivation blocks (conv [, norm], activation) and a 3x3 output conv. Keys:
// 'classification_head.conv.0.0.weight', 'classification_head.cls_logits.bias',
// 'regression_head.bbox_reg.weight' (with a norm: 'classification_head.conv.0.1.weight').
// Init: conv weights N(0, 0.01^2), biases 0, the class bias -log((1 - p) / p) with prior p = 0.01,
// so that every anchor starts with score ~p (focal loss stability).
import * as torch from '@must/torch';
import { nn, type Tensor } from '@must/torch';
import { conv2dNormActivation, convLayers, type ActivationOption, type NormOption } from './layers';

export interface RetinaNetHeadOptions {
  /** Norm in the towers: none (torchvision v1), 'gn' (v2: GroupNorm(32)), 'bn'. Default none. */
  norm?: NormOption;
  /** Activation in the towers (RetinaNet-RS uses SiLU). Default 'relu'. */
  activation?: ActivationOption;
  /** Convs per tower (default 4). */
  numConvs?: number;
  /** Prior probability of the class bias (default 0.01). */
  priorProbability?: number;
}

function tower(channels: number, opts: RetinaNetHeadOptions): nn.Sequential {
  const blocks: nn.Module[] = [];
  for (let i = 0; i < (opts.numConvs ?? 4); i++) {
    blocks.push(conv2dNormActivation(channels, channels, { kernelSize: 3, norm: opts.norm, activation: opts.activation ?? 'relu' }));
  }
  const seq = new nn.Sequential(...blocks);
  for (const conv of convLayers(seq)) {
    nn.init.normal_(conv.weight, { std: 0.01 });
    if (conv.bias) nn.init.constant_(conv.bias, 0);
  }
  return seq;
}

/** [N, A*D, H, W] -> [N, H*W*A, D] (torchvision's permute of head outputs). */
function flattenLevel(x: Tensor, d: number): Tensor {
  const [n, , h, w] = x.shape;
  return x.view([n, -1, d, h, w]).permute([0, 3, 4, 1, 2]).reshape([n, -1, d]);
}

export class RetinaNetClassificationHead extends nn.Module {
  conv: nn.Sequential;
  clsLogits: nn.Conv2d;

  constructor(inChannels: number, readonly numAnchors: number, readonly numClasses: number, opts: RetinaNetHeadOptions = {}) {
    super();
    this.conv = tower(inChannels, opts);
    this.clsLogits = new nn.Conv2d(inChannels, numAnchors * numClasses, 3, { stride: 1, padding: 1 });
    const prior = opts.priorProbability ?? 0.01;
    nn.init.normal_(this.clsLogits.weight, { std: 0.01 });
    nn.init.constant_(this.clsLogits.bias!, -Math.log((1 - prior) / prior));
  }

  /** Logits [N, sum_l H_l W_l A, K] over the levels. */
  override forward(x: Tensor[]): Tensor {
    return torch.tidy(() => torch.cat(x.map((f) => flattenLevel(this.clsLogits.forward(this.conv.forward(f) as Tensor), this.numClasses)), { dim: 1 }));
  }
}

export class RetinaNetRegressionHead extends nn.Module {
  conv: nn.Sequential;
  bboxReg: nn.Conv2d;

  constructor(inChannels: number, readonly numAnchors: number, opts: RetinaNetHeadOptions = {}) {
    super();
    this.conv = tower(inChannels, opts);
    this.bboxReg = new nn.Conv2d(inChannels, numAnchors * 4, 3, { stride: 1, padding: 1 });
    nn.init.normal_(this.bboxReg.weight, { std: 0.01 });
    nn.init.zeros_(this.bboxReg.bias!);
  }

  /** Box deltas [N, sum_l H_l W_l A, 4] over the levels. */
  override forward(x: Tensor[]): Tensor {
    return torch.tidy(() => torch.cat(x.map((f) => flattenLevel(this.bboxReg.forward(this.conv.forward(f) as Tensor), 4)), { dim: 1 }));
  }
}

export interface RetinaNetHeadOutputs {
  /** [N, anchors, numClasses] */
  clsLogits: Tensor;
  /** [N, anchors, 4] */
  bboxRegression: Tensor;
}

export class RetinaNetHead extends nn.Module {
  classificationHead: RetinaNetClassificationHead;
  regressionHead: RetinaNetRegressionHead;

  constructor(inChannels: number, numAnchors: number, numClasses: number, opts: RetinaNetHeadOptions = {}) {
    super();
    this.classificationHead = new RetinaNetClassificationHead(inChannels, numAnchors, numClasses, opts);
    this.regressionHead = new RetinaNetRegressionHead(inChannels, numAnchors, opts);
  }

  override forward(x: Tensor[]): RetinaNetHeadOutputs {
    return torch.tidy(() => ({ clsLogits: this.classificationHead.forward(x), bboxRegression: this.regressionHead.forward(x) }));
  }
}
