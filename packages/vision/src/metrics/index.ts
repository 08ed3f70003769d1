// Evaluators. Every one streams (update per batch, compute at the end), takes tensors or plain
// arrays, and rejects inconsistent inputs with errors naming the argument.
//
//   CocoEvaluator / evaluateCoco   COCO bbox and segm AP, identical to pycocotools   (coco.ts)
//   SegmentationMetric             mIoU, pixel accuracy, per-class IoU              (segmentation.ts)
//   DepthMetric                    AbsRel, SqRel, RMSE, RMSElog, log10, delta<1.25^k (depth.ts)
//   NormalsMetric                  mean, median, RMSE angle, % < 11.25/22.5/30 deg  (normals.ts)
//   ClassificationMetric           top-1/top-5, per-class accuracy, confusion        (classification.ts)
//   CorruptionEvaluator            CIFAR-C mean error, ImageNet-C mCE                (robustness.ts)
//   CalibrationMetric              RMS calibration error (adaptive bins), ECE        (robustness.ts)
export * from './coco';
export * from './segmentation';
export * from './depth';
export * from './normals';
export * from './classification';
export * from './robustness';
export { numpySum, numpyMean, linspace, pyFixed } from './numeric';
export type { ArrayInput, ShapedArray } from './input';
