// torch.optim: optimizers, gradient clipping, learning-rate schedules and weight EMA.
export {
  Optimizer, camelToSnake, snakeToCamel,
} from './optimizer';
export type {
  BaseOptions, ParamGroup, ParamGroupInput, ParamsInput, ParamState, StateValue, OptimizerStateDict,
} from './optimizer';
export { SGD } from './sgd';
export type { SGDOptions, SGDGroup } from './sgd';
export { AdamW } from './adamw';
export type { AdamWOptions, AdamWGroup } from './adamw';
export { clipGradNorm_, clipGradValue_ } from './clip';
export type { ClipGradNormOptions } from './clip';
export { paramGroupsWeightDecay } from './param-groups';
export type { WeightDecayGroups } from './param-groups';
export {
  LRScheduler, linearSchedule, cosineSchedule, stepSchedule, multiStepSchedule, polynomialSchedule,
  constantSchedule, sequentialSchedule, warmupCosineSchedule,
} from './schedules';
export type { Schedule, HasParamGroups, LRSchedulerStateDict } from './schedules';
export { ModelEma, withEmaWeights } from './ema';
export type { EmaModule, ModelEmaOptions, ModelEmaStateDict } from './ema';
