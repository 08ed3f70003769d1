// Reading a run folder for the report, tolerantly: results.json (strict: a report of a run must
// be able to trust it, so invalid JSON or a wrong shape is a ReportError), per-stage
// metrics.jsonl files (any line that does not parse or has no numbers is skipped and counted; a
// missing file is 'no data'), pseudo-label example pictures, the resolved config.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pngHeader } from '../data/image-io';

/** A user-facing problem with the run folder (missing folder, unreadable results.json). */
export class ReportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReportError';
  }
}

/** results.json: {"models": {model: {task: {metric: number}}}, "timings": {stage: seconds}, "transfer": {...}}. */
export interface RunResults {
  models: Record<string, Record<string, Record<string, number | null>>>;
  timings?: Record<string, number>;
  transfer?: unknown;
  [key: string]: unknown;
}

export interface TrainPoint {
  step: number;
  loss?: number;
  losses: Record<string, number>;
  lr?: number;
  time?: number;
}

export interface EvalPoint {
  step: number;
  /** Flattened numbers of the eval object: {"detection": {"AP": x}} -> {"detection.AP": x}. */
  values: Record<string, number>;
}

export interface StageLog {
  /** Stage name: the metrics file's folder relative to the run folder ('run' for the root). */
  stage: string;
  /** The file, relative to the run folder (absent when the stage has none). */
  file?: string;
  train: TrainPoint[];
  evals: EvalPoint[];
  /** Lines that could not be read (partial last line, bad JSON, no numbers). */
  skipped: number;
  /** Why there is no data, when there is none. */
  note?: string;
}

export interface ExamplePicture {
  title: string;
  png: Buffer;
  width: number;
  height: number;
  /** The file it came from, relative to the run folder when inside it. */
  file?: string;
}

export interface RunData {
  runDir: string;
  name: string;
  results?: RunResults;
  stages: StageLog[];
  examples: ExamplePicture[];
  /** Pictures found beyond `maxExamples`. */
  examplesLeftOut: number;
  config?: { file: string; text: string };
  /** Wall-clock seconds of a MuST run's stages (overlapping stages counted once); see stagesWallClock. */
  wallSeconds?: number;
  warnings: string[];
}

export interface ReadRunOptions {
  /**
   * Example pictures in addition to RUN/pseudo/examples/*.png: PNG files, or PNG bytes with a
   * title.
   */
  examples?: ReadonlyArray<string | { title: string; png: Uint8Array }>;
  /** At most this many pictures are shown (default 24). */
  maxExamples?: number;
  /** Explicit metrics files {stage: file}; default: every metrics.jsonl found in the run folder. */
  stages?: Record<string, string>;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/**
 * Reads and checks results.json; undefined when the file does not exist. Invalid JSON or a wrong
 * structure throws a ReportError; single values that are not numbers are left out with a note
 * in `warnings`.
 */
export function readResults(file: string, warnings: string[] = []): RunResults | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return undefined;
    throw new ReportError(`cannot read ${file}: ${err.message}`, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ReportError(`${file} is not valid JSON (${(e as Error).message})`, { cause: e });
  }
  if (!isObj(json)) throw new ReportError(`${file} must hold a JSON object {"models": {...}, "timings": {...}}`);
  const models = json.models ?? {};
  if (!isObj(models)) throw new ReportError(`${file}: "models" must be an object {model: {task: {metric: number}}}`);
  const outModels: RunResults['models'] = {};
  for (const [m, tasks] of Object.entries(models)) {
    if (!isObj(tasks)) throw new ReportError(`${file}: models["${m}"] must be an object {task: {metric: number}}`);
    outModels[m] = {};
    for (const [t, metrics] of Object.entries(tasks)) {
      if (!isObj(metrics)) throw new ReportError(`${file}: models["${m}"]["${t}"] must be an object {metric: number}`);
      outModels[m][t] = {};
      for (const [k, v] of Object.entries(metrics)) {
        if (v !== null && typeof v !== 'number') {
          warnings.push(`results.json: models["${m}"]["${t}"]["${k}"] is not a number (${JSON.stringify(v)}); left out`);
          continue;
        }
        outModels[m][t][k] = v;
      }
    }
  }
  let timings: Record<string, number> | undefined;
  if (json.timings !== undefined) {
    if (!isObj(json.timings)) throw new ReportError(`${file}: "timings" must be an object {stage: seconds}`);
    timings = {};
    for (const [k, v] of Object.entries(json.timings)) {
      if (typeof v !== 'number') {
        warnings.push(`results.json: timings["${k}"] is not a number of seconds (${JSON.stringify(v)}); left out`);
        continue;
      }
      timings[k] = v;
    }
  }
  return { ...json, models: outModels, ...(timings ? { timings } : {}) };
}

function flatten(o: Record<string, unknown>, prefix: string, out: Record<string, number>, depth = 0): void {
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (num(v) !== undefined) out[key] = v as number;
    else if (isObj(v) && depth < 4) flatten(v, key, out, depth + 1);
  }
}

/** Parses a metrics.jsonl text: train lines {step, loss, losses, lr, time} and eval lines {step, eval}. */
export function parseMetricsJsonl(text: string): { train: TrainPoint[]; evals: EvalPoint[]; skipped: number } {
  const train: TrainPoint[] = [];
  const evals: EvalPoint[] = [];
  let skipped = 0;
  const lines = text.split('\n');
  lines.forEach((raw) => {
    const line = raw.trim();
    if (!line) return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      skipped++;
      return;
    }
    if (!isObj(o)) { skipped++; return; }
    const step = num(o.step) ?? num(o.iteration) ?? num(o.iter) ?? (train.length + evals.length);
    if (isObj(o.eval)) {
      const values: Record<string, number> = {};
      flatten(o.eval, '', values);
      if (Object.keys(values).length) evals.push({ step, values });
      else skipped++;
      return;
    }
    const losses: Record<string, number> = {};
    if (isObj(o.losses)) for (const [k, v] of Object.entries(o.losses)) if (num(v) !== undefined) losses[k] = v as number;
    const p: TrainPoint = { step, losses };
    if (num(o.loss) !== undefined) p.loss = o.loss as number;
    if (num(o.lr) !== undefined) p.lr = o.lr as number;
    if (num(o.time) !== undefined) p.time = o.time as number;
    if (p.loss === undefined && p.lr === undefined && Object.keys(losses).length === 0) return; // nothing to plot (e.g. an event line)
    train.push(p);
  });
  return { train, evals, skipped };
}

const STAGE_RANK = (s: string): number => {
  const l = s.toLowerCase();
  return l.startsWith('teacher') ? 0 : l.startsWith('pseudo') ? 1 : l.startsWith('student') ? 2 : l.startsWith('baseline') ? 3 : 4;
};

export function compareStages(a: string, b: string): number {
  return STAGE_RANK(a) - STAGE_RANK(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const TRAINING_DIR = /^(teacher|student|baseline)/i;

/** Every metrics.jsonl under the run folder (3 levels deep), plus training folders without one. */
function findStages(runDir: string): Array<{ stage: string; file?: string }> {
  const found: Array<{ stage: string; file?: string }> = [];
  const walk = (dir: string, rel: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === 'metrics.jsonl')) {
      found.push({ stage: rel || 'run', file: path.posix.join(rel, 'metrics.jsonl') });
    }
    if (depth >= 3) return;
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.') || e.name === 'node_modules') continue;
      walk(path.join(dir, e.name), rel ? `${rel}/${e.name}` : e.name, depth + 1);
    }
  };
  walk(runDir, '', 0);
  // training folders at the top without any metrics file: 'no data'
  for (const e of safeReaddir(runDir)) {
    if (!e.isDirectory() || !TRAINING_DIR.test(e.name)) continue;
    if (found.some((f) => f.stage === e.name || f.stage.startsWith(e.name + '/'))) continue;
    found.push({ stage: e.name });
  }
  return found.sort((a, b) => compareStages(a.stage, b.stage));
}

function safeReaddir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Reads one stage's metrics file tolerantly. */
export function readStage(runDir: string, stage: string, file?: string): StageLog {
  if (!file) return { stage, train: [], evals: [], skipped: 0, note: 'no metrics.jsonl' };
  const abs = path.resolve(runDir, file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { stage, file, train: [], evals: [], skipped: 0, note: code === 'ENOENT' ? 'file not found' : `unreadable (${code ?? (e as Error).message})` };
  }
  const r = parseMetricsJsonl(text);
  const log: StageLog = { stage, file, ...r };
  if (r.train.length === 0 && r.evals.length === 0) log.note = text.trim() ? 'no readable lines' : 'empty file';
  return log;
}

function readPicture(file: string, title: string, runDir: string, warnings: string[]): ExamplePicture | undefined {
  let png: Buffer;
  try {
    png = fs.readFileSync(file);
  } catch (e) {
    warnings.push(`cannot read picture ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return undefined;
  }
  const hdr = pngHeader(png);
  if (!hdr || hdr.width === 0 || hdr.height === 0) {
    warnings.push(`${file} is not a PNG picture; left out`);
    return undefined;
  }
  const rel = path.relative(runDir, file);
  return { title, png, width: hdr.width, height: hdr.height, file: rel.startsWith('..') ? file : rel.split(path.sep).join('/') };
}

const EXAMPLE_DIRS = ['pseudo/examples'];

/**
 * The wall-clock seconds of a MuST run from its stage markers (RUN/stages/<stage>.json with start
 * and end, seconds since the epoch): the length of the union of the stages' intervals, so stages run
 * side by side (processes > 1) count once and time between resumed sessions not at all. Undefined
 * when there is no marker or one lacks its interval (written before markers had one).
 */
export function stagesWallClock(runDir: string): number | undefined {
  const dir = path.join(runDir, 'stages');
  const spans: [number, number][] = [];
  for (const e of safeReaddir(dir)) {
    if (!e.isFile() || !e.name.endsWith('.json')) continue;
    try {
      const m = JSON.parse(fs.readFileSync(path.join(dir, e.name), 'utf8')) as { start?: unknown; end?: unknown };
      if (typeof m.start !== 'number' || typeof m.end !== 'number' || !(m.end >= m.start)) return undefined;
      spans.push([m.start, m.end]);
    } catch {
      return undefined;
    }
  }
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [lo, hi] = spans[0];
  for (const [a, b] of spans.slice(1)) {
    if (a > hi) { total += hi - lo; lo = a; hi = b; } else hi = Math.max(hi, b);
  }
  return total + (hi - lo);
}

/** Everything the report shows, read from a run folder. */
export function readRun(runDir: string, opts: ReadRunOptions = {}): RunData {
  const dir = path.resolve(runDir);
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new ReportError(`run folder ${runDir} does not exist`);
  }
  if (!st.isDirectory()) throw new ReportError(`${runDir} is not a folder (expected a run folder with results.json)`);
  const warnings: string[] = [];
  const results = readResults(path.join(dir, 'results.json'), warnings);
  if (!results) warnings.push('results.json not found: no results table');

  const stageFiles = opts.stages
    ? Object.entries(opts.stages).map(([stage, file]) => ({ stage, file }))
    : findStages(dir);
  const stages = stageFiles.map((s) => readStage(dir, s.stage, s.file));
  for (const s of stages) {
    if (s.skipped) warnings.push(`${s.file}: ${s.skipped} unreadable line${s.skipped > 1 ? 's' : ''} skipped`);
  }

  const max = opts.maxExamples ?? 24;
  const pictures: Array<{ file?: string; title: string; png?: Uint8Array }> = [];
  for (const sub of EXAMPLE_DIRS) {
    const d = path.join(dir, sub);
    const names = safeReaddir(d).filter((e) => e.isFile() && /\.png$/i.test(e.name)).map((e) => e.name).sort();
    for (const n of names) pictures.push({ file: path.join(d, n), title: n.replace(/\.png$/i, '') });
  }
  for (const e of opts.examples ?? []) {
    if (typeof e === 'string') pictures.push({ file: path.resolve(e), title: path.basename(e).replace(/\.png$/i, '') });
    else pictures.push({ title: e.title, png: e.png });
  }
  const examples: ExamplePicture[] = [];
  for (const p of pictures.slice(0, max)) {
    if (p.file) {
      const pic = readPicture(p.file, p.title, dir, warnings);
      if (pic) examples.push(pic);
    } else {
      const buf = Buffer.from(p.png!);
      const hdr = pngHeader(buf);
      if (hdr) examples.push({ title: p.title, png: buf, width: hdr.width, height: hdr.height });
      else warnings.push(`example '${p.title}' is not a PNG picture; left out`);
    }
  }

  let config: RunData['config'];
  for (const name of ['config.yaml', 'config.yml', 'config.json']) {
    const f = path.join(dir, name);
    try {
      const text = fs.readFileSync(f, 'utf8');
      config = { file: name, text: text.length > 200_000 ? text.slice(0, 200_000) + '\n... (cut at 200000 characters)' : text };
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') warnings.push(`cannot read ${name}: ${code ?? (e as Error).message}`);
    }
  }
  const wallSeconds = stagesWallClock(dir);
  return {
    runDir: dir, name: path.basename(dir), results, stages, examples, ...(wallSeconds !== undefined ? { wallSeconds } : {}),
    examplesLeftOut: Math.max(0, pictures.length - max), config, warnings,
  };
}
