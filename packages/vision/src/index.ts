// @must/vision: data, augmentation, models, detection, metrics, self-training.
export * from './data';
export * as augment from './augment';
export * from './models';
export * as ops from './ops';
export * as metrics from './metrics';
export * as masks from './masks';
export * as detection from './detection';
export * as selftrain from './selftrain';
export * as viz from './viz';
export * as report from './report';
export * as train from './train';
export * as config from './config';
export * as pipeline from './pipeline';
