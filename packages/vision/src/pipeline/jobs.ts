// The trainings of a MuST run that depend on nothing but the config: the teachers and the
// supervised baseline. runJob trains one of them in this process; process-pool.ts runs several at
// once, each in a child process (job-process.ts) calling the same runJob, so a job's result does not
// depend on where it ran (libtorch's results depend on its thread count: each stage sets its own).
import * as path from 'node:path';
import type { Task } from '../data/sample';
import type { MustConfig } from '../config/schema';
import { stageConfig } from '../config/load';
import { runTraining } from '../train/run';
import { labeledUnion, teacherDataset } from './datasets';

export type TrainJob = { kind: 'teacher'; task: Task } | { kind: 'baseline' };

/** The model names of results.json for the teachers. */
export const teacherName = (t: Task): string => `teacher:${t}`;

export function jobName(job: TrainJob): string {
  return job.kind === 'teacher' ? teacherName(job.task) : 'baseline';
}

/** The run folder of a job inside the MuST folder `out`. */
export function jobDir(out: string, job: TrainJob): string {
  return job.kind === 'teacher' ? path.join(out, 'teachers', job.task) : path.join(out, 'baseline');
}

/** Trains (or resumes, or finds finished) one job; returns a line saying what happened. */
export async function runJob(config: MustConfig, out: string, job: TrainJob, progress: boolean): Promise<string> {
  const r = await runTraining(job.kind === 'teacher'
    ? { config: stageConfig(config, 'teacher', job.task), runDir: jobDir(out, job), progress, trainDataset: teacherDataset(config, job.task), info: { stage: jobName(job) } }
    : { config: stageConfig(config, 'baseline'), runDir: jobDir(out, job), progress, trainDataset: labeledUnion(config), info: { stage: 'baseline' } });
  r.model.dispose();
  const what = r.alreadyComplete ? 'already trained' : `trained to step ${r.step}`;
  return `${jobName(job)}: ${what} in ${r.time.toFixed(1)} s, loss ${r.loss?.toFixed(4) ?? '-'}`;
}
