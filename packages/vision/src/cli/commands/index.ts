// Every `must` subcommand (each module exports register(program)).
export * as synth from './synth';
export * as cocoEval from './coco-eval';
export * as pseudoLabel from './pseudo-label';
export * as report from './report';
export * as train from './train';
export * as augment from './augment';
export * as demo from './demo';
export * as evalCmd from './eval';
export * as predict from './predict';
