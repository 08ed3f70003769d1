// Augmentations as tensor operations (CPU or CUDA), seeded by an explicit Rng, each updating every
// label of the Sample. See the Augmentation section of packages/vision/README.md.
export { Rng, toRng } from './random';
export type { Seed } from './random';
export * from './transform';
export * as functional from './functional';
export * as boxes from './boxes';
export { hflip, vflip, resize, cropOrPad, warpSample } from './geometry';
export type { GeometryOptions } from './geometry';
export {
  RandomFlip, randomFlip, Resize, resizeTo, RandomResizedCrop, randomResizedCrop, LargeScaleJitter, lsj,
  ColorJitter, colorJitter, Normalize,
} from './transforms';
export type { RngLike, RandomResizedCropOptions, LsjOptions, ColorJitterOptions, JitterRange } from './transforms';
export { OP_NAMES, GEOMETRIC_OPS, opAffine, pixelOp, pixelOpInPlace, runLayers, runLayersChunked, applyOpToSample } from './ops';
export { opUint8InPlace } from './uint8-ops';
export { clearSamplingCache, getTaps, sampleTaps } from './sampling';
export type { Taps } from './sampling';
export type { OpName, OpCall, ExecOptions } from './ops';
export { RandAugment, randAugment, RANDAUGMENT_OPS, randAugmentValue } from './randaugment';
export type { RandAugmentOptions } from './randaugment';
export { AugMix, augMix, jsdLoss, AUGMIX_OPS, AUGMIX_ALL_OPS, augmixCall } from './augmix';
export type { AugMixOptions, AugMixOp, AugMixPlan } from './augmix';
export { Mixup, CutMix, MixupCutmix, mixup, cutmix, mixupCutmix, mixupImages, cutmixImages, cutmixBox, softLabels } from './mix';
export type { MixOptions, MixedBatch } from './mix';
export { CopyPaste, copyPaste, copyPasteTransform, pasteAligned } from './copypaste';
export type { CopyPasteOptions } from './copypaste';
export {
  CORRUPTIONS, CORRUPTION_PARAMS, corrupt, corruptAsync, corruptSample, corruptSampleAsync, corruptedDataset,
  buildCorruptedSet, jpegApprox, jpegSharp, jpegQuantTable, plasmaFractal, frostTexture, diskKernel, pilBoxMatrix, pilBoxResize,
} from './corruptions';
export type { Corruption, CorruptionPreset, CorruptOptions, SampleSource } from './corruptions';
export { pipeline, transformFromSpec, PIPELINE_OPS } from './pipeline';
export type { OpSpec } from './pipeline';
