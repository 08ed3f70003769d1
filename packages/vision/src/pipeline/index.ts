// The MuST pipeline end to end (teachers, pseudo labels, student, baseline, evaluation, transfer).
export { runMust, evaluateRun, runTransfer, prepareMustDir, MustError, MUST_STAGES, teacherName } from './must';
export type { MustStage, StageEvent, RunMustOptions, RunMustResult, MustResults } from './must';
export { ConcatDataset, ImagesOnly, teacherDataset, labeledUnion, studentImages } from './datasets';
export { loadRunModel, evaluateModel, MissingModelError, RESULT_METRICS } from './evaluate';
export type { TaskMetrics } from './evaluate';
export { fineTune, fashionMnistSplits, transferConfig } from './transfer';
