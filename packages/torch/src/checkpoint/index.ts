// Checkpoints with exact resume.
export { saveCheckpoint, loadCheckpoint, readCheckpointInfo } from './checkpoint';
export type { Stateful, CheckpointMeta, SaveCheckpointOptions, LoadCheckpointOptions } from './checkpoint';
