// Runs MuST training jobs (jobs.ts) `processes` at a time, each in its own child process. On a
// CPU, single-threaded trainings side by side use the cores better than one after another: a
// teacher's small ops gain little from a second libtorch thread, and each training's data loading
// overlaps the other's compute (demo teachers: 2 in parallel took 0.7x the time of 2 in sequence).
// The first failure stops the other jobs (their checkpoints stay: a rerun resumes them).
import { fork, type ChildProcess } from 'node:child_process';
import type { MustConfig } from '../config/schema';
import { jobName, type TrainJob } from './jobs';
import type { JobReply, JobRequest } from './job-process';

/** A job that failed in its process; `user` errors (config, run folder) are one line for the CLI. */
export class JobError extends Error {
  constructor(message: string, readonly job: string, readonly user: boolean, readonly childStack?: string) {
    super(message);
    this.name = 'JobError';
  }
}

export interface PoolOptions {
  config: MustConfig;
  out: string;
  processes: number;
  /** Called when a job starts (with its process id) and when it ends (with its line and wall seconds). */
  onStart?: (job: TrainJob, pid: number) => void;
  onDone?: (job: TrainJob, message: string, seconds: number) => void;
}

const ENTRY = require.resolve('./job-process');

/** Runs `jobs` in order, at most `processes` at once; resolves when all are done. */
export function runJobsInProcesses(jobs: readonly TrainJob[], o: PoolOptions): Promise<void> {
  if (!(Number.isInteger(o.processes) && o.processes >= 1)) throw new RangeError(`processes must be an integer >= 1, got ${o.processes}`);
  const queue = [...jobs];
  const running = new Set<ChildProcess>();
  let failed = false;
  return new Promise<void>((resolve, reject) => {
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      for (const c of running) c.kill('SIGTERM');
      reject(e);
    };
    const next = () => {
      if (failed) return;
      if (queue.length === 0 && running.size === 0) { resolve(); return; }
      while (!failed && queue.length > 0 && running.size < o.processes) start(queue.shift()!);
    };
    const start = (job: TrainJob) => {
      const name = jobName(job);
      const t0 = performance.now();
      let answer: JobReply | null = null;
      const child = fork(ENTRY, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'json' });
      running.add(child);
      o.onStart?.(job, child.pid ?? -1);
      child.on('message', (m: JobReply) => { answer = m; });
      child.on('error', (e) => fail(new JobError(`${name}: cannot run its process (${e.message})`, name, false)));
      child.on('exit', (code, signal) => {
        running.delete(child);
        if (failed) return;
        const a = answer as JobReply | null;
        if (a?.type === 'done' && code === 0) {
          o.onDone?.(job, a.message, (performance.now() - t0) / 1000);
          next();
        } else if (a?.type === 'error') {
          fail(new JobError(`${name}: ${a.message}`, name, a.user, a.stack));
        } else {
          fail(new JobError(`${name}: its process ended without a result (${signal ? `signal ${signal}` : `exit code ${code}`})`, name, false));
        }
      });
      const req: JobRequest = { config: o.config, out: o.out, job, progress: false };
      child.send(req);
    };
    next();
  });
}
