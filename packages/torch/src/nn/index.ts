// torch.nn: Module and containers, layers with PyTorch's parameter names and default init,
// torch.nn.init, interpolate, and torch.nn.functional.
//
// Memory: parameters and buffers are kept (exempt from tidy) and owned by their module.
// Layers whose forward is a single op return that op's result; layers with intermediate tensors
// (Sequential, MultiheadAttention, DropPath, padded Conv2d) free them before returning. Training
// loops wrap each step in torch.tidy so outputs, losses and gradients read from .grad are freed.
export { Module, toStateKey } from './module';
export type { StateDict, StateDictOptions, LoadStateDictOptions, LoadStateDictResult, ModuleToOptions } from './module';
export { Parameter, parameter, isParameter } from './parameter';
export type { ParameterConstructor } from './parameter';
export { Sequential, ModuleList, ModuleDict } from './containers';
export { Identity, Linear } from './linear';
export type { FactoryKwargs } from './linear';
export { Conv2d, ConvTranspose2d } from './conv';
export type { Conv2dOptions, ConvTranspose2dOptions, PaddingMode, Pair } from './conv';
export { BatchNorm1d, BatchNorm2d } from './batchnorm';
export type { BatchNormOptions } from './batchnorm';
export { GroupNorm, LayerNorm } from './normalization';
export { Dropout, DropPath, dropPath } from './dropout';
export { Embedding } from './embedding';
export type { EmbeddingOptions } from './embedding';
export { MultiheadAttention } from './attention';
export type { MultiheadAttentionOptions, MultiheadAttentionForwardOptions } from './attention';
export { ReLU, ReLU6, LeakyReLU, SiLU, GELU, Hardswish, Hardsigmoid, Sigmoid, Tanh, Softmax } from './activation';
export { MaxPool2d, AvgPool2d, AdaptiveAvgPool2d } from './pooling';
export type { MaxPool2dOptions, AvgPool2dOptions } from './pooling';
export { Upsample } from './upsampling';
export { interpolate } from './interpolate';
export type { InterpolateOptions, InterpolateMode } from './interpolate';
export { Flatten } from './flatten';
export * as init from './init';
export * as functional from './functional';
