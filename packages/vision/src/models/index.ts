// Models: the registry, ResNet / ResNet-D / ResNet-RS backbones, task heads and the multi-task model.
import './builtins';

export {
  createModel, listModels, registerModel, unregisterModel, isModel, modelEntry, describeOptions, describeFields, ModelError,
} from './registry';
export type { ModelFactory, ModelEntry, RegisterModelInfo } from './registry';
export { checkImageInput } from './features';
export type { Backbone, FeatureInfo, InputCheck } from './features';
export { SqueezeExcite, createAct, makeDivisible, ACT_NAMES } from './layers';
export type { ActName, SqueezeExciteOptions } from './layers';
export {
  ResNet, BasicBlock, Bottleneck, resolveResNetConfig, countResNetParams, dropPathRates, resnetConfig, resnetOptionsSchema, withOptions,
} from './resnet';
export type { ResNetConfig, ResolvedResNetConfig, BlockType, StemType, DropPathRule } from './resnet';
export {
  scaleResNetRS, resnetRSFamily, resnetRSFamilyTable, layersForDepth, RESNET_RS_DEPTHS, RESNET_RS_FAMILY, RESNET_RS_SMALL,
} from './resnet-rs';
export type { ResNetRSScale, ResNetRSScaleInput } from './resnet-rs';
export { loadWeights, describeCheckpoint } from './weights';
export type { LoadWeightsOptions, CheckpointArchitecture } from './weights';
export * from './heads';
export { MultiTaskModel, multiTaskConfigSchema } from './multitask';
export type { MultiTaskConfig, MultiTaskOutputs, DetectionOutputs } from './multitask';
