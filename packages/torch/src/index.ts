// @must/torch: a TypeScript binding of libtorch.
import './ops.generated';
import './indexing';

export { Tensor } from './tensor';
export type { ToOptions, BackwardOptions } from './tensor';
export * from './ops.generated';
export {
  tensor, zeros, ones, empty, full, rand, randn, randint, arange, linspace, eye,
  zerosLike, onesLike, emptyLike, fullLike, randLike, randnLike, randintLike,
} from './factories';
export type { FactoryOptions, TensorOptions, TensorData, NestedArray } from './factories';
export { tidy, memory } from './scope';
export { noGrad, enableGrad, inferenceMode, isGradEnabled, setGradEnabled, isInferenceModeEnabled } from './autograd';
export * as autograd from './autograd';
export { manualSeed, getRngState, setRngState, setNumThreads, getNumThreads, version, cuda } from './runtime';
export { callOp, callOp1, schemasOf } from './dispatch';
export { slice } from './indexing';
export type { Slice, IndexItem } from './indexing';
export type { DType, TypedArray } from './dtype';
export { DTYPES, isFloatingDType, elementSize } from './dtype';
export type { Scalar, Layout, MemoryFormat } from './types';
export * as nn from './nn';
export * as optim from './optim';
export * as io from './io';
export * as amp from './amp';
export { autocast } from './amp';
export * as checkpoint from './checkpoint';
export { saveCheckpoint, loadCheckpoint } from './checkpoint';
