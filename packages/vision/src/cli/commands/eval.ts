// `must eval --run DIR [--out FILE] [--device D]`: re-evaluates the models of a MuST run folder
// (teachers, each on its task; student; baseline) on the run's held-out split (data.val of
// DIR/config.yaml), prints the results table and writes the metrics into DIR/results.json
// ("models"; its "timings" and "transfer" are kept) or into --out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { readResolvedConfig, writeFileAtomic, ConfigError } from '../../config/load';
import { evaluateRun } from '../../pipeline/must';
import { MissingModelError, type TaskMetrics } from '../../pipeline/evaluate';
import { resultsTable } from './demo';

export interface EvalArgs { run: string; out?: string; device?: string; log?: (l: string) => void }

export async function runEval(a: EvalArgs): Promise<{ models: Record<string, TaskMetrics>; file: string }> {
  const log = a.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  const run = path.resolve(a.run);
  if (!fs.existsSync(run) || !fs.statSync(run).isDirectory()) throw new CliError(`--run ${a.run}: no such folder`);
  const cfgFile = path.join(run, 'config.yaml');
  if (!fs.existsSync(cfgFile)) throw new CliError(`--run ${a.run}: not a MuST run folder (config.yaml is missing)`);
  let models: Record<string, TaskMetrics>;
  try {
    const config = readResolvedConfig(cfgFile);
    if (a.device) config.device = a.device;
    models = await evaluateRun(run, config, { onModel: (m) => log(`evaluated ${m}`) });
  } catch (e) {
    if (e instanceof MissingModelError || e instanceof ConfigError) throw new CliError(e.message);
    throw e;
  }
  const file = path.resolve(a.out ?? path.join(run, 'results.json'));
  let prev: Record<string, unknown> = {};
  if (fs.existsSync(file)) {
    try { prev = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>; } catch { prev = {}; }
  }
  try {
    writeFileAtomic(file, `${JSON.stringify({ ...prev, models, timings: prev.timings ?? {} }, null, 1)}\n`);
  } catch (e) {
    throw new CliError(`cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  log(resultsTable(models));
  log(`results: ${file}`);
  return { models, file };
}

export function register(program: Command): void {
  program
    .command('eval')
    .description("re-evaluate a MuST run's teachers, student and baseline on its held-out split")
    .requiredOption('--run <dir>', 'MuST run folder (made by must demo)')
    .option('--out <file>', 'results file (default RUN/results.json, models replaced, timings and transfer kept)')
    .option('--device <d>', 'device (default the run config\'s)')
    .exitOverride()
    .action(async (o: { run: string; out?: string; device?: string }) => {
      await runEval({ run: o.run, out: o.out, device: o.device });
    });
}
