// Every `must` subcommand (each module exports register(program)).
export * as synth from './synth';
export * as cocoEval from './coco-eval';
