// `must train --config FILE [--out DIR] [--stage S] [key.path=value ...]`: trains the model a run
// config describes (the supervised multi-task model, a single-task teacher, the student or
// baseline settings, ...) in a run folder. Running the same command again after an interruption
// (even kill -9) goes on from the last checkpoint and ends with the same weights.
import * as path from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { ConfigError, loadConfig, stageConfig, STAGES, type Stage } from '../../config/load';
import { TASKS, type Task } from '../../data/sample';
import { TrainError, type TrainerHooks } from '../../train/trainer';
import { runTraining, type RunTrainingResult } from '../../train/run';

export interface TrainArgs {
  config: string;
  out?: string;
  /** 'supervised' (default), 'teacher:<task>', 'student', 'baseline', 'transfer'. */
  stage?: string;
  overrides?: string[];
  restart?: boolean;
  progress?: boolean;
  hooks?: TrainerHooks;
}

/** Parses --stage: 'teacher:detection' -> ['teacher', 'detection']. */
export function parseStage(s: string): { stage: Stage; task?: Task } {
  const [name, task, more] = s.split(':');
  if (!STAGES.includes(name as Stage) || more !== undefined) {
    throw new CliError(`--stage must be one of ${STAGES.map((x) => (x === 'teacher' ? 'teacher:<task>' : x)).join(', ')}, got '${s}'`);
  }
  if (name === 'teacher') {
    if (!task || !TASKS.includes(task as Task)) throw new CliError(`--stage teacher needs a task: ${TASKS.map((t) => `teacher:${t}`).join(', ')}`);
    return { stage: 'teacher', task: task as Task };
  }
  if (task !== undefined) throw new CliError(`--stage ${name} takes no task`);
  return { stage: name as Stage };
}

/** What `must train` does (also callable in-process, e.g. by tests). */
export async function runTrain(a: TrainArgs): Promise<RunTrainingResult> {
  const overrides = a.overrides ?? [];
  for (const o of overrides) {
    if (!o.includes('=')) throw new CliError(`expected key.path=value after the options, got '${o}'`);
  }
  const { stage, task } = parseStage(a.stage ?? 'supervised');
  try {
    const loaded = loadConfig(a.config, overrides);
    const config = stageConfig(loaded.config, stage, task);
    const label = stage === 'teacher' ? `teacher:${task}` : stage;
    // teachers go to runs/<name>/teachers/<task>/: a folder `must pseudo-label --teachers` reads
    const out = path.resolve(a.out ?? path.join('runs', config.name, ...(stage === 'teacher' ? ['teachers', task!] : [stage])));
    return await runTraining({
      config, runDir: out, resume: !a.restart, progress: a.progress, hooks: a.hooks,
      info: { stage: label, configFile: loaded.file, overrides },
    });
  } catch (e) {
    if (e instanceof ConfigError || e instanceof TrainError) throw new CliError(e.message);
    throw e;
  }
}

function summary(r: RunTrainingResult): string {
  const metrics = Object.entries(r.metrics).map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(4)}`).join(', ');
  const what = r.alreadyComplete ? `already complete (${r.step} steps)`
    : `${r.resumedFrom !== null ? `resumed at step ${r.resumedFrom}, ` : ''}trained to step ${r.step}/${r.totalSteps} in ${r.time.toFixed(1)} s`;
  return `${what}; loss ${r.loss === null ? '-' : r.loss.toFixed(4)}${metrics ? `; ${metrics}` : ''}\nrun folder: ${r.runDir} ` +
    `(model.safetensors holds the ${r.weights === 'ema' ? 'EMA' : 'final'} weights)`;
}

export function register(program: Command): void {
  program
    .command('train')
    .description('train the model a run config describes; the same command resumes an interrupted run')
    .requiredOption('--config <file>', 'run config (YAML), e.g. configs/tiny.yaml')
    .option('--out <dir>', 'run folder (default runs/<name>/<stage>; teachers: runs/<name>/teachers/<task>)')
    .option('--stage <stage>', `what to train: supervised (default), ${TASKS.map((t) => `teacher:${t}`).join(', ')}, student, baseline, transfer`)
    .option('--restart', 'start over even if the run folder holds a checkpoint')
    .option('--no-progress', 'no progress bar')
    .argument('[overrides...]', 'config overrides key.path=value, e.g. train.steps=100 optim.lr=0.05')
    .addHelpText('after', '\nThe run folder gets config.yaml (resolved config), metrics.jsonl, checkpoints/last/, model.safetensors,\n' +
      'model.json (how to rebuild the model: a teacher folder for must pseudo-label) and final.json.')
    // main() handles commander's errors and --help (program.exitOverride() there does not reach subcommands)
    .exitOverride()
    .action(async (overrides: string[], o: { config: string; out?: string; stage?: string; restart?: boolean; progress: boolean }) => {
      const r = await runTrain({ config: o.config, out: o.out, stage: o.stage, overrides, restart: o.restart, progress: o.progress });
      process.stdout.write(`${summary(r)}\n`);
      r.model.dispose();
    });
}
