// torch.amp: autocast and gradient scaling.
export { autocast, autocastState } from './autocast';
export type { AutocastDevice, AutocastDType, AutocastOptions } from './autocast';
export { GradScaler } from './grad-scaler';
export type { GradScalerOptions, GradScalerState, ScalableOptimizer } from './grad-scaler';
