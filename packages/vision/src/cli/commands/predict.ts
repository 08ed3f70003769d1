// `must predict (--run DIR | --model DIR) IMAGES... --out DIR`: runs a trained multi-task model
// (a MuST run's student with --run, or any run folder with config.yaml, model.json and a
// checkpoint with --model) on image files and writes, per image, OUT/<name>.json (predictions of
// every task of the model) and OUT/<name>.png (image, boxes, segmentation, depth, normals via viz).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { CliError } from '../errors';
import { decodeImage } from '../../data/image-io';
import { TASKS, type Task } from '../../data/sample';
import { readResolvedConfig } from '../../config/load';
import { enabledTasks } from '../../train/run';
import { loadTeacherDir } from '../../selftrain/teachers-dir';
import type { Teacher, Prediction } from '../../selftrain/teacher';
import { SHAPE_CLASSES } from '../../data/synthetic';
import { visualize, type VizInput } from '../../viz/compose';
import { savePng } from '../../viz/image';

export interface PredictArgs { run?: string; model?: string; images: string[]; out: string; device?: string; minScore?: number; log?: (l: string) => void }

function modelDir(a: PredictArgs): string {
  if (a.run && a.model) throw new CliError('give --run or --model, not both');
  if (!a.run && !a.model) throw new CliError('--run DIR (a MuST run: its student) or --model DIR (a run folder) is required');
  const dir = a.model ? path.resolve(a.model) : path.resolve(a.run!, 'student');
  for (const f of ['config.yaml', 'model.json']) {
    if (!fs.existsSync(path.join(dir, f))) throw new CliError(`${a.model ? '--model' : '--run'}: no trained model in ${dir} (${f} is missing)`);
  }
  return dir;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function toJson(task: Task, p: Prediction, classNames: readonly string[]): unknown {
  if (task === 'classification') {
    const probs = Array.from((p as Tensor).dataSync() as Float32Array);
    const best = probs.indexOf(Math.max(...probs));
    return { class: best, name: classNames[best] ?? String(best), score: round(probs[best]), probabilities: probs.map(round) };
  }
  if (task === 'detection') {
    const d = p as { boxes: Tensor; scores: Tensor; classes: Tensor };
    const b = d.boxes.dataSync() as Float32Array, s = d.scores.dataSync() as Float32Array, c = d.classes.dataSync() as BigInt64Array | Int32Array;
    return Array.from(s, (score, i) => ({ box: Array.from(b.subarray(4 * i, 4 * i + 4), round), score: round(score), class: Number(c[i]), name: classNames[Number(c[i])] ?? '' }));
  }
  const t = p as Tensor;
  if (task === 'segmentation') {
    const idx = torch.noGrad(() => t.argmax({ dim: 0 })) as Tensor;
    const a = idx.dataSync() as BigInt64Array;
    const counts: Record<string, number> = {};
    for (const v of a) { const k = Number(v) === 0 ? 'background' : (classNames[Number(v) - 1] ?? String(v)); counts[k] = (counts[k] ?? 0) + 1; }
    idx.dispose();
    return { pixels: counts };
  }
  const a = t.dataSync() as Float32Array;
  if (task === 'depth') {
    let mn = Infinity, mx = -Infinity, sum = 0;
    for (const v of a) { mn = Math.min(mn, v); mx = Math.max(mx, v); sum += v; }
    return { min: round(mn), max: round(mx), mean: round(sum / a.length) };
  }
  const n = a.length / 3;
  const mean = [0, 1, 2].map((k) => { let s = 0; for (let i = 0; i < n; i++) s += a[k * n + i]; return round(s / n); });
  return { meanNormal: mean };
}

export async function runPredict(a: PredictArgs): Promise<string[]> {
  const log = a.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  const dir = modelDir(a);
  if (a.images.length === 0) throw new CliError('no images given');
  for (const f of a.images) if (!fs.existsSync(f) || !fs.statSync(f).isFile()) throw new CliError(`no such image file: ${f}`);
  const out = path.resolve(a.out);
  try {
    fs.mkdirSync(out, { recursive: true });
    fs.accessSync(out, fs.constants.W_OK);
  } catch (e) {
    throw new CliError(`cannot write to the output folder ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const config = readResolvedConfig(path.join(dir, 'config.yaml'));
  const classNames = SHAPE_CLASSES.slice(0, config.data.numClasses);
  const tasks = enabledTasks(config);
  const teachers: [Task, Teacher][] = [];
  try {
    for (const t of tasks) teachers.push([t, loadTeacherDir(dir, t, { device: a.device ?? 'cpu' })]);
  } catch (e) {
    throw new CliError(`cannot load the model in ${dir}: ${(e as Error).message.split('\n')[0]}`);
  }
  const written: string[] = [];
  for (const file of a.images) {
    let img;
    try {
      img = await decodeImage(file, 3);
    } catch (e) {
      throw new CliError(`cannot read image ${file}: ${(e as Error).message.split('\n')[0]}`);
    }
    const x = torch.tensor(img.data).reshape([1, 3, img.height, img.width]);
    const preds: Partial<Record<Task, Prediction>> = {};
    for (const [t, teacher] of teachers) preds[t] = teacher.predict(x, [[img.height, img.width]])[0];
    const json: Record<string, unknown> = { image: path.resolve(file), height: img.height, width: img.width, model: dir };
    for (const t of TASKS) if (preds[t]) json[t] = toJson(t, preds[t]!, classNames);
    const base = path.join(out, path.basename(file).replace(/\.[^.]*$/, ''));
    fs.writeFileSync(`${base}.json`, `${JSON.stringify(json, null, 1)}\n`);
    const v: VizInput = { image: img.data, height: img.height, width: img.width };
    if (preds.classification) v.label = preds.classification as Tensor;
    if (preds.detection) { const d = preds.detection as { boxes: Tensor; scores: Tensor; classes: Tensor }; v.boxes = d.boxes; v.scores = d.scores; v.classes = d.classes; }
    if (preds.segmentation) v.semantic = preds.segmentation as Tensor;
    if (preds.depth) v.depth = preds.depth as Tensor;
    if (preds.normals) v.normals = preds.normals as Tensor;
    await savePng(visualize(v, { classNames, minScore: a.minScore ?? 0.3 }), `${base}.png`);
    x.dispose();
    for (const p of Object.values(preds)) {
      if (!p) continue;
      if ('boxes' in (p as object)) { const d = p as { boxes: Tensor; scores: Tensor; classes: Tensor }; d.boxes.dispose(); d.scores.dispose(); d.classes.dispose(); }
      else (p as Tensor).dispose();
    }
    written.push(`${base}.json`, `${base}.png`);
    log(`${file} -> ${base}.json, ${base}.png`);
  }
  return written;
}

export function register(program: Command): void {
  program
    .command('predict')
    .description('predict every task of a trained model on image files: JSON and pictures (boxes, segmentation, depth, normals)')
    .option('--run <dir>', 'a MuST run folder: uses its student')
    .option('--model <dir>', 'a run folder (config.yaml, model.json, checkpoints/)')
    .requiredOption('--out <dir>', 'output folder')
    .option('--device <d>', 'device (cpu, cuda:0)')
    .option('--min-score <s>', 'boxes drawn from this score (default 0.3)', Number)
    .argument('<images...>', 'image files (PNG, JPEG, ...)')
    .exitOverride()
    .action(async (images: string[], o: { run?: string; model?: string; out: string; device?: string; minScore?: number }) => {
      await runPredict({ run: o.run, model: o.model, images, out: o.out, device: o.device, minScore: o.minScore });
    });
}
