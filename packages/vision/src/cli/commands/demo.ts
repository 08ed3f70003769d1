// `must demo [--out DIR] [--config FILE] [key.path=value ...]`: the MuST pipeline end to end
// (src/pipeline/must.ts): teachers, pseudo labels, student, supervised multi-task baseline,
// evaluation on the held-out split, Fashion-MNIST transfer, results.json and report.html.
// Rerunning the same command skips the finished stages and resumes the others.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { ConfigError, loadConfig } from '../../config/load';
import { TrainError } from '../../train/trainer';
import { TASKS } from '../../data/sample';
import { runMust, MustError, teacherName, type MustResults, type RunMustResult, type StageEvent } from '../../pipeline/must';
import { MissingModelError, RESULT_METRICS, type TaskMetrics } from '../../pipeline/evaluate';
import { lowerIsBetter, stagesWallClock } from '../../report';

/** configs/<name> of the repository: searched upwards from this file (dist/ or src/) and from the working folder. */
export function findRepoConfig(name: string): string | null {
  const starts = [__dirname, process.cwd()];
  for (const s of starts) {
    let d = path.resolve(s);
    for (;;) {
      const f = path.join(d, 'configs', name);
      if (fs.existsSync(f)) return f;
      const up = path.dirname(d);
      if (up === d) break;
      d = up;
    }
  }
  return null;
}

function timestamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

const fmt = (v: number | undefined): string => (v === undefined ? '-' : !Number.isFinite(v) ? String(v) : Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(4));

/** The table "student vs teachers vs supervised multi-task baseline": rows task/metric, columns teacher, student, baseline. */
export function resultsTable(models: Record<string, TaskMetrics>): string {
  const rows: string[][] = [['task', 'metric', 'teacher', 'student', 'baseline']];
  for (const t of TASKS) {
    for (const [metric] of RESULT_METRICS[t]) {
      const get = (m: string) => models[m]?.[t]?.[metric];
      if ([teacherName(t), 'student', 'baseline'].every((m) => get(m) === undefined)) continue;
      rows.push([t, `${metric}${lowerIsBetter(metric) ? ' (lower better)' : ''}`, fmt(get(teacherName(t))), fmt(get('student')), fmt(get('baseline'))]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function transferTable(transfer: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [ds, v] of Object.entries(transfer)) {
    if (!v || typeof v !== 'object') continue;
    const r = v as Record<string, { top1?: number } | string>;
    if (typeof r.skipped === 'string') { lines.push(`${ds}: skipped (${r.skipped})`); continue; }
    lines.push(`${ds} top1: ${Object.entries(r).map(([k, x]) => `${k} ${fmt((x as { top1?: number }).top1)}`).join(', ')}`);
  }
  return lines.join('\n');
}

export interface DemoArgs {
  out?: string;
  config?: string;
  overrides?: string[];
  progress?: boolean;
  log?: (line: string) => void;
}

/** What `must demo` does (also callable in-process). */
export async function runDemo(a: DemoArgs): Promise<RunMustResult> {
  const log = a.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  const overrides = a.overrides ?? [];
  for (const o of overrides) if (!o.includes('=')) throw new CliError(`expected key.path=value after the options, got '${o}'`);
  const file = a.config ?? findRepoConfig('demo.yaml');
  if (!file) throw new CliError('cannot find configs/demo.yaml (run from the repository, or pass --config FILE)');
  const out = path.resolve(a.out ?? path.join('runs', `demo-${timestamp()}`));
  try {
    const { config } = loadConfig(file, overrides);
    const t0 = performance.now();
    const el = () => `[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s]`;
    log(`MuST demo: ${config.name} (${path.relative(process.cwd(), file) || file}) -> ${out}`);
    const r = await runMust({
      config, out, progress: a.progress ?? false,
      onStage: (e: StageEvent) => {
        if (e.status === 'start') log(`${el()} ${e.stage}: started`);
        else if (e.status === 'skip') log(`${el()} ${e.stage}: done before (${e.seconds?.toFixed(1)} s), skipped`);
        else if (e.status === 'done') log(`${el()} ${e.stage}: done in ${e.seconds?.toFixed(1)} s`);
        else log(`${el()}   ${e.stage}: ${e.message}`);
      },
    });
    log('');
    log('student vs teachers vs supervised multi-task baseline (held-out split):');
    log(resultsTable(r.results.models));
    const tr = transferTable(r.results.transfer);
    if (tr) log(`\ntransfer (fine-tuned backbones):\n${tr}`);
    const total = totalSeconds(r.results);
    const wall = stagesWallClock(out);
    log(`\nstage times: ${Object.entries(r.results.timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}; total ${total.toFixed(1)} s${
      wall !== undefined && wall < total - 0.5 ? `, wall clock ${wall.toFixed(1)} s (stages side by side)` : ''}`);
    log(`results: ${path.join(out, 'results.json')}`);
    log(`report: ${r.report}`);
    return r;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof TrainError || e instanceof MustError || e instanceof MissingModelError) throw new CliError(e.message);
    throw e;
  }
}

export function totalSeconds(r: MustResults): number {
  return Object.values(r.timings).reduce((a, b) => a + (b ?? 0), 0);
}

export function register(program: Command): void {
  program
    .command('demo')
    .description('MuST end to end: teachers, pseudo labels, student, baseline, evaluation, transfer, report (rerun to resume)')
    .option('--out <dir>', 'run folder (default runs/demo-<timestamp>/)')
    .option('--config <file>', 'run config (default configs/demo.yaml of the repository)')
    .option('--progress', 'progress bars of the trainings')
    .argument('[overrides...]', 'config overrides key.path=value, e.g. teachers.train.steps=100')
    .exitOverride()
    .action(async (overrides: string[], o: { out?: string; config?: string; progress?: boolean }) => {
      await runDemo({ out: o.out, config: o.config, overrides, progress: o.progress ?? false });
    });
}
