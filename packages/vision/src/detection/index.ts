// Detection: FPN, RetinaNet head and RetinaNet, with torchvision's parameter names and semantics.
// Exported from @must/vision as `detection`.
export { FeaturePyramidNetwork, LastLevelP6P7, LastLevelMaxPool } from './fpn';
export type { ExtraFpnBlock, FpnOptions, LastLevelP6P7Options } from './fpn';
export { conv2dNormActivation, makeNorm, makeActivation } from './layers';
export type { NormOption, ActivationOption, ConvNormActOptions } from './layers';
export {
  RetinaNetHead, RetinaNetClassificationHead, RetinaNetRegressionHead,
} from './retinanet-head';
export type { RetinaNetHeadOptions, RetinaNetHeadOutputs } from './retinanet-head';
export { RetinaNet, batchImages, normalizeFeatureInfo } from './retinanet';
export type {
  RetinaNetOptions, RetinaNetLosses, Detections, ImageList, FeatureBackbone, FeatureInfo,
} from './retinanet';
