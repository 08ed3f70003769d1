// Self-training (MuST): pseudo-label encoders, test-time augmentation, teachers, the sharded
// pseudo-label store and the labeling run. Exported from @must/vision as `selftrain`.
// See the Self-training section of packages/vision/README.md.
export {
  DEFAULT_THRESHOLDS, resolveThresholds, encodeClassification, encodeDetection, encodeSegmentation, encodeDepth, encodeNormals,
  normalizeNormals, mergeBoxes,
} from './encode';
export type { PseudoLabelThresholds, DetectionPrediction, BoxMerge } from './encode';
export {
  MultiTaskTeacher, RetinaNetTeacher, toTeacher, decodeDetections, fingerprintModule, isDetectionPrediction,
} from './teacher';
export type { Teacher, Prediction, PredictHints, MultiTaskTeacherOptions, DetectionDecodeOptions } from './teacher';
export { predictWithTta, resolveTta, isIdentityTta } from './tta';
export type { TtaOptions, ResolvedTta } from './tta';
export {
  PseudoLabelStore, PseudoLabeledDataset, mergeStoreIndexes, readIndexFiles, shardFileName, indexFileName, configFingerprint,
  STORE_FORMAT, SHARD_FORMAT, STORE_VERSION, INDEX_FILE,
} from './store';
export type {
  StoreConfig, StoreIndex, ShardEntry, StoreSize, OpenStoreOptions, RawPseudoLabels, PseudoLabeledDatasetOptions, LabelSources, MergeOptions,
} from './store';
export { pseudoLabel } from './label';
export type { PseudoLabelOptions, PseudoLabelProgress, PseudoLabelResult } from './label';
export { UnlabeledImages } from './images';
export type { UnlabeledImagesOptions } from './images';
export { loadTeachers, loadTeacherDir, saveTeacherDir, buildTeacherModel, teacherDescriptionSchema, MODEL_JSON } from './teachers-dir';
export type { TeacherDescription } from './teachers-dir';
