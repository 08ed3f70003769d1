// Child-process entry of process-pool.ts: receives one {config, out, job, progress} message, runs
// the job (jobs.ts) and answers {type: 'done', message} or {type: 'error', ...}. If the parent goes
// away (killed), the IPC channel closes and this process stops too: the job's checkpoints stay, and
// rerunning the parent's command resumes it; no orphan keeps writing into the run folder.
import { validateConfig, ConfigError } from '../config/load';
import { TrainError } from '../train/trainer';
import { runJob, type TrainJob } from './jobs';

export interface JobRequest { config: unknown; out: string; job: TrainJob; progress: boolean }
export type JobReply =
  | { type: 'done'; message: string }
  | { type: 'error'; name: string; message: string; stack?: string; user: boolean };

function reply(m: JobReply, exitCode: number): void {
  process.send!(m, undefined, {}, () => process.exit(exitCode));
}

if (!process.send) {
  process.stderr.write('job-process: run by process-pool.ts (needs an IPC channel)\n');
  process.exit(2);
}
process.on('disconnect', () => process.exit(1));
process.once('message', (req: JobRequest) => {
  (async () => {
    try {
      const message = await runJob(validateConfig(req.config), req.out, req.job, req.progress);
      reply({ type: 'done', message }, 0);
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      const user = err instanceof ConfigError || err instanceof TrainError || err.name === 'MustError';
      reply({ type: 'error', name: err.name, message: err.message, stack: err.stack, user }, 1);
    }
  })();
});
