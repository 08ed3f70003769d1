// Detection ops: boxes, box coding, anchors, matching, NMS, RoIAlign and losses, with
// torchvision.ops semantics. Exported from @must/vision as `ops`.
export {
  boxConvert, boxArea, boxInterUnion, boxIou, generalizedBoxIou, clipBoxesToImage, removeSmallBoxes,
  boxesToRois, upcast,
} from './boxes';
export type { BoxFormat } from './boxes';
export { BoxCoder, BBOX_XFORM_CLIP } from './coder';
export type { BoxCoderOptions } from './coder';
export {
  AnchorGenerator, generateCellAnchors, retinaNetAnchorSizes, retinaNetAnchorGenerator,
} from './anchors';
export type { AnchorGeneratorOptions, RetinaNetAnchorOptions } from './anchors';
export { Matcher } from './matcher';
export type { MatcherOptions } from './matcher';
export { nms, batchedNms } from './nms';
export { roiAlign, RoIAlign } from './roi-align';
export type { RoiAlignOptions } from './roi-align';
export {
  sigmoidFocalLoss, smoothL1Loss, generalizedBoxIouLoss, boxRegressionLoss,
} from './losses';
export type { BoxLossType } from './losses';
