// runMust: the MuST pipeline end to end in one run folder (OUT):
//
//   OUT/config.yaml               the resolved config
//   OUT/teachers/<task>/          stage 'teachers': one single-task teacher per teachers.tasks, each
//                                 on its own labeled split (datasets.ts: disjoint scenes per task)
//   OUT/pseudo/                   stage 'pseudo': the pseudo-label store of the student's images
//   OUT/pseudo/examples/*.png     a few of those images with their pseudo labels
//   OUT/student/                  stage 'student': the multi-task student on pseudo + human labels
//   OUT/baseline/                 stage 'baseline': the same model on the teachers' human labels only
//   OUT/eval.json                 stage 'eval': every model on the held-out split (data.val)
//   OUT/transfer/<init>/          stage 'transfer': Fashion-MNIST fine-tuning from each backbone
//   OUT/results.json, report.html
//   OUT/stages/<stage>.json       done-markers (written last, with the stage's time and result)
//
// Rerunning the same call skips the stages with a marker and resumes the others (runTraining and
// pseudoLabel resume from what is on disk). A folder holding a run of another config is refused.
// With config.processes > 1 the teachers and the baseline train side by side in child processes
// (process-pool.ts); their results are the same as one after another (each stage sets its threads).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Task } from '../data/sample';
import type { MustConfig } from '../config/schema';
import { diffConfig, readResolvedConfig, saveResolvedConfig, stageConfig, writeFileAtomic } from '../config/load';
import { buildDataset, resolveDevice, runTraining, RESUME_FREE_KEYS } from '../train/run';
import { pseudoLabel } from '../selftrain/label';
import { PseudoLabeledDataset } from '../selftrain/store';
import { loadTeachers } from '../selftrain/teachers-dir';
import type { Teacher } from '../selftrain/teacher';
import { visualize, vizInputFromSample } from '../viz/compose';
import { savePng } from '../viz/image';
import { writeReport } from '../report';
import { studentImages } from './datasets';
import { jobName, runJob, teacherName, type TrainJob } from './jobs';
import { JobError, runJobsInProcesses } from './process-pool';
import { evaluateModel, loadRunModel, type TaskMetrics } from './evaluate';
import { fashionMnistSplits, fineTune } from './transfer';
import { DatasetNotFoundError } from '../data/errors';

export { teacherName };

export const MUST_STAGES = ['teachers', 'pseudo', 'student', 'baseline', 'eval', 'transfer'] as const;
export type MustStage = (typeof MUST_STAGES)[number];

/** A problem with the run folder or the config of a MuST run (one line). */
export class MustError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MustError';
  }
}

export interface StageEvent {
  stage: MustStage | string;
  /** 'start', 'done', 'skip' (found done), or 'info' (a line of progress). */
  status: 'start' | 'done' | 'skip' | 'info';
  seconds?: number;
  message?: string;
}

export interface RunMustOptions {
  config: MustConfig;
  out: string;
  onStage?: (e: StageEvent) => void;
  /** Progress bars of the trainings (default config.train.progress). */
  progress?: boolean;
  /** Number of pseudo-label example pictures (default 6). */
  examples?: number;
  /** Fashion-MNIST folder (default Debian's). */
  fashionMnistRoot?: string;
}

export interface MustResults {
  models: Record<string, TaskMetrics>;
  timings: Record<string, number>;
  transfer: Record<string, unknown>;
}

export interface RunMustResult {
  out: string;
  results: MustResults;
  report: string;
  /** Stages skipped because they were done already. */
  skipped: MustStage[];
}

interface Marker { seconds: number; start?: number; end?: number; result?: unknown }

/** A promise with its resolve and reject (rejections are handled: they surface where it is awaited). */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((a, b) => { resolve = a; reject = b; });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

function markerFile(out: string, stage: string): string {
  return path.join(out, 'stages', `${stage}.json`);
}

function readMarker(out: string, stage: string): Marker | null {
  const f = markerFile(out, stage);
  if (!fs.existsSync(f)) return null;
  try {
    return JSON.parse(fs.readFileSync(f, 'utf8')) as Marker;
  } catch {
    return null; // a damaged marker: the stage is redone (it resumes)
  }
}

/** Checks that OUT can hold this run (creates it; refuses a run of another config). */
export function prepareMustDir(out: string, config: MustConfig): void {
  try {
    fs.mkdirSync(out, { recursive: true });
    fs.accessSync(out, fs.constants.W_OK);
  } catch (e) {
    throw new MustError(`cannot write to the output folder ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const saved = path.join(out, 'config.yaml');
  if (fs.existsSync(saved)) {
    let old: MustConfig;
    try {
      old = readResolvedConfig(saved);
    } catch (e) {
      throw new MustError(`${out} holds a config.yaml that cannot be read (${(e as Error).message.split('\n')[0]}); use another --out`);
    }
    const diff = diffConfig(old, config).filter((k) => !RESUME_FREE_KEYS.includes(k));
    if (diff.length > 0) throw new MustError(`${out} holds a MuST run of another config ('${diff[0]}' differs${diff.length > 1 ? `, and ${diff.length - 1} more` : ''}); use another --out`);
  }
  saveResolvedConfig(out, config, `resolved config of the MuST run ${config.name}; written by must demo`);
}

function pseudoThresholds(config: MustConfig) {
  const p = config.pseudo;
  return {
    temperature: p.classification.soft ? p.classification.temperature : 1e-3,
    detectionScore: p.detection.scoreThreshold,
    detectionNmsIou: p.detection.nmsThreshold,
    maxDetections: p.detection.maxDetections,
    segmentationConfidence: p.segmentation.confidence,
    segmentationClassConfidence: p.segmentation.classConfidence,
  };
}

/** Runs (or resumes) the MuST pipeline in `out`; see the top of this file. */
export async function runMust(opts: RunMustOptions): Promise<RunMustResult> {
  const config = opts.config;
  const out = path.resolve(opts.out);
  const emit = (e: StageEvent) => opts.onStage?.(e);
  const progress = opts.progress ?? config.train.progress;
  const device = resolveDevice(config.device);
  prepareMustDir(out, config);
  const teacherTasks = [...config.teachers.tasks];
  if (teacherTasks.length === 0) throw new MustError('config: teachers.tasks is empty (MuST needs at least one teacher)');
  const skipped: MustStage[] = [];
  const timings: Record<string, number> = {};
  const results: Record<string, unknown> = {};

  const stage = async (name: MustStage, body: () => Promise<unknown>): Promise<void> => {
    const m = readMarker(out, name);
    if (m) {
      skipped.push(name);
      timings[name] = m.seconds;
      results[name] = m.result;
      emit({ stage: name, status: 'skip', seconds: m.seconds });
      return;
    }
    emit({ stage: name, status: 'start' });
    const t0 = performance.now();
    const start = Date.now() / 1000;
    const r = await body();
    const seconds = (performance.now() - t0) / 1000;
    fs.mkdirSync(path.join(out, 'stages'), { recursive: true });
    const marker: Marker = { seconds, start, end: start + seconds, result: r ?? null };
    writeFileAtomic(markerFile(out, name), `${JSON.stringify(marker, null, 1)}\n`);
    timings[name] = seconds;
    results[name] = r;
    emit({ stage: name, status: 'done', seconds });
  };
  const info = (s: string, message: string) => emit({ stage: s, status: 'info', message });

  // 1. teachers; with processes > 1 the baseline trains beside them (it needs no teacher), each
  // training in its own child process, the longest (the baseline) first
  const teacherJobs: TrainJob[] = teacherTasks.map((task) => ({ kind: 'teacher', task }));
  const baselineJob: TrainJob = { kind: 'baseline' };
  const stageOf = (j: TrainJob): MustStage => (j.kind === 'teacher' ? 'teachers' : 'baseline');
  if (config.processes > 1) {
    const jobs = [baselineJob, ...teacherJobs].filter((j) => !readMarker(out, stageOf(j)));
    const finished = new Map(jobs.map((j) => [jobName(j), deferred()]));
    runJobsInProcesses(jobs, {
      config, out, processes: config.processes,
      onDone: (j, message) => { info(stageOf(j), message); finished.get(jobName(j))!.resolve(); },
    }).catch((e: Error) => {
      const err = e instanceof JobError && e.user ? new MustError(e.message) : e;
      for (const d of finished.values()) d.reject(err);
    });
    const waitFor = (js: TrainJob[]) => async () => { await Promise.all(js.map((j) => finished.get(jobName(j))!.promise)); };
    await Promise.all([stage('teachers', waitFor(teacherJobs)), stage('baseline', waitFor([baselineJob]))]);
  } else {
    await stage('teachers', async () => {
      for (const j of teacherJobs) info('teachers', await runJob(config, out, j, progress));
    });
  }

  // 2. pseudo labels
  const pseudoDir = path.join(out, 'pseudo');
  await stage('pseudo', async () => {
    const all = loadTeachers(path.join(out, 'teachers'), { device });
    const teachers: Partial<Record<Task, Teacher>> = {};
    for (const t of teacherTasks) {
      if ((t === 'depth' && !config.pseudo.depth.enabled) || (t === 'normals' && !config.pseudo.normals.enabled)) continue;
      if (!all[t]) throw new MustError(`no teacher for ${t} in ${path.join(out, 'teachers')}`);
      teachers[t] = all[t];
    }
    const images = studentImages(config);
    const r = await pseudoLabel({
      teachers, dataset: images, out: pseudoDir, batchSize: config.pseudo.batchSize, shardSize: 256,
      thresholds: pseudoThresholds(config), tta: config.pseudo.tta, device, overwrite: true,
    });
    info('pseudo', `${r.size.images} images labeled for ${Object.keys(teachers).join(', ')} (${r.written.length} shards written, ${r.kept.length} kept)`);
    // example pictures: the first unlabeled images with their pseudo labels
    const ds = new PseudoLabeledDataset({ dataset: images, store: pseudoDir });
    try {
      const dir = path.join(pseudoDir, 'examples');
      fs.mkdirSync(dir, { recursive: true });
      const n = Math.min(opts.examples ?? 6, config.data.unlabeled.length);
      for (let i = 0; i < n; i++) {
        const raw = await ds.getRaw(i);
        const pic = visualize(vizInputFromSample(raw), { classNames: images.classes });
        await savePng(pic, path.join(dir, `${String(i).padStart(4, '0')}.png`));
      }
    } finally {
      ds.store.close();
    }
    return { images: r.size.images, tasks: Object.keys(teachers) };
  });

  // 3. student
  await stage('student', async () => {
    const ds = new PseudoLabeledDataset({ dataset: studentImages(config), store: pseudoDir });
    try {
      const r = await runTraining({ config: stageConfig(config, 'student'), runDir: path.join(out, 'student'), progress, trainDataset: ds, info: { stage: 'student' } });
      info('student', `trained to step ${r.step} in ${r.time.toFixed(1)} s, loss ${r.loss?.toFixed(4) ?? '-'}`);
      r.model.dispose();
    } finally {
      ds.store.close();
    }
  });

  // 4. baseline: human labels of the teachers' splits only (done already with processes > 1)
  if (config.processes === 1) await stage('baseline', async () => { info('baseline', await runJob(config, out, baselineJob, progress)); });

  // 5. evaluation on the held-out split
  await stage('eval', async () => evaluateRun(out, config, { device, onModel: (name) => info('eval', name) }));

  // 6. transfer
  await stage('transfer', async () => runTransfer(out, config, { progress, root: opts.fashionMnistRoot, onInfo: (m) => info('transfer', m) }));

  skipped.sort((a, b) => MUST_STAGES.indexOf(a) - MUST_STAGES.indexOf(b));
  const res: MustResults = {
    models: results.eval as Record<string, TaskMetrics>,
    timings: Object.fromEntries(MUST_STAGES.map((s) => [s, timings[s]])),
    transfer: (results.transfer as Record<string, unknown>) ?? {},
  };
  writeFileAtomic(path.join(out, 'results.json'), `${JSON.stringify(res, null, 1)}\n`);
  const rep = await writeReport(out, { title: `MuST: ${config.name}` });
  return { out, results: res, report: rep.file, skipped };
}

/** Evaluates the teachers (each on its task), the student and the baseline of a run folder on data.val. */
export async function evaluateRun(out: string, config: MustConfig, o: { device?: string; onModel?: (name: string) => void } = {}): Promise<Record<string, TaskMetrics>> {
  const device = o.device ?? resolveDevice(config.device);
  const val = buildDataset(config, 'val');
  const models: Record<string, TaskMetrics> = {};
  const entries: [string, string, Task[] | undefined][] = [
    ...config.teachers.tasks.map((t): [string, string, Task[]] => [teacherName(t), path.join(out, 'teachers', t), [t]]),
    ['student', path.join(out, 'student'), undefined],
    ['baseline', path.join(out, 'baseline'), undefined],
  ];
  for (const [name, dir, tasks] of entries) {
    const { model, config: mc } = loadRunModel(dir, device);
    try {
      const t0 = performance.now();
      models[name] = await evaluateModel(model, mc, val, { tasks, device });
      o.onModel?.(`${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } finally {
      model.dispose();
    }
  }
  return models;
}

/** Fashion-MNIST fine-tuning from the student, the baseline, the classification teacher and from scratch. */
export async function runTransfer(out: string, config: MustConfig, o: { progress?: boolean; root?: string; onInfo?: (m: string) => void } = {}): Promise<Record<string, unknown>> {
  let splits;
  try {
    splits = fashionMnistSplits(config, o.root);
  } catch (e) {
    if (e instanceof DatasetNotFoundError) {
      o.onInfo?.(`skipped: ${e.message.split('\n')[0]}`);
      return { 'fashion-mnist': { skipped: e.message.split('\n')[0] } };
    }
    throw e;
  }
  const inits: [string, string | null][] = [
    ['student', path.join(out, 'student', 'model.safetensors')],
    ['baseline', path.join(out, 'baseline', 'model.safetensors')],
    ...(config.teachers.tasks.includes('classification')
      ? [['teacher:classification', path.join(out, 'teachers', 'classification', 'model.safetensors')] as [string, string]] : []),
    ['scratch', null],
  ];
  const r: Record<string, { top1: number }> = {};
  for (const [name, init] of inits) {
    const t0 = performance.now();
    r[name] = await fineTune({ config, init, runDir: path.join(out, 'transfer', name.replace(':', '-')), splits, progress: o.progress });
    o.onInfo?.(`${name}: top1 ${r[name].top1.toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  return { 'fashion-mnist': r };
}
