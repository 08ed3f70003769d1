// Training: the generic Trainer (steps/epochs, LR schedule, EMA, clipping, amp, evaluation,
// checkpoints with exact resume, metrics.jsonl, progress bar), batch sources, multi-task losses
// and evaluation, and runTraining (one run from a config).
export * from './trainer';
export * from './data';
export * from './metrics-log';
export * from './optim';
export * from './losses';
export * from './evaluate';
export * from './augment';
export * from './run';
