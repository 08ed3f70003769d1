// `must pseudo-label`: the teachers in --teachers label the images of --data into the sharded
// pseudo-label store --out (src/selftrain; see the Self-training section of the README). A thin
// layer over selftrain.pseudoLabel: argument parsing, the data spec, a progress bar.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import * as cliProgress from 'cli-progress';
import * as torch from '@must/torch';
import { CliError } from '../errors';
import type { Dataset, DatasetSpec } from '../../data/dataset';
import { datasetFromSpec } from '../../data/dataset';
import { CocoDataset } from '../../data/coco';
import { SyntheticScenes } from '../../data/synthetic';
import { UnlabeledImages } from '../../selftrain/images';
import { loadTeachers } from '../../selftrain/teachers-dir';
import { pseudoLabel } from '../../selftrain/label';
import { mergeStoreIndexes, PseudoLabelStore } from '../../selftrain/store';
import { DEFAULT_THRESHOLDS } from '../../selftrain/encode';

/**
 * The images to label, from --data:
 *   synth:length=N,size=S|HxW,seed=K,split=NAME,classes=K   synthetic scenes (SyntheticScenes options)
 *   FILE.json with "images"                                  a COCO file (CocoDataset)
 *   FILE.json with "module" and "export"                     a DatasetSpec ({ module, export, options })
 *   DIR with annotations.json                                a COCO folder (e.g. `must synth` output)
 *   DIR                                                      every image file below DIR (UnlabeledImages)
 */
export function datasetFromArg(arg: string): Dataset {
  if (arg.startsWith('synth:')) {
    const o: Record<string, unknown> = {};
    for (const kv of arg.slice(6).split(',').filter(Boolean)) {
      const [k, v] = kv.split('=');
      if (v === undefined) throw new CliError(`--data ${arg}: expected key=value, got '${kv}'`);
      if (k === 'size') {
        const m = /^(\d+)(?:x(\d+))?$/.exec(v);
        if (!m) throw new CliError(`--data ${arg}: size must be S or HxW`);
        o.size = [Number(m[1]), Number(m[2] ?? m[1])];
      } else if (k === 'split') o.split = v;
      else if (k === 'classes') o.numClasses = Number(v);
      else if (['length', 'seed'].includes(k)) o[k] = Number(v);
      else throw new CliError(`--data ${arg}: unknown key '${k}' (length, size, seed, split, classes)`);
    }
    return new SyntheticScenes(o);
  }
  const p = path.resolve(arg);
  if (!fs.existsSync(p)) throw new CliError(`--data ${arg}: no such file or folder`);
  if (fs.statSync(p).isDirectory()) {
    const ann = path.join(p, 'annotations.json');
    return fs.existsSync(ann) ? new CocoDataset({ annotations: ann }) : new UnlabeledImages({ root: p });
  }
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(fs.readFileSync(p, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new CliError(`--data ${arg}: not a JSON file (${(e as Error).message})`);
  }
  if (Array.isArray(json.images)) return new CocoDataset({ annotations: p });
  if (typeof json.module === 'string' && typeof json.export === 'string') {
    const spec = json as unknown as DatasetSpec;
    return datasetFromSpec({ ...spec, module: spec.module.startsWith('.') ? path.resolve(path.dirname(p), spec.module) : spec.module });
  }
  throw new CliError(`--data ${arg}: a JSON file must be a COCO file ("images") or a dataset spec ("module", "export", "options")`);
}

function num(name: string, lo: number, hi: number, integer = false) {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < lo || n > hi || (integer && !Number.isInteger(n))) {
      throw new CliError(`--${name} must be ${integer ? 'an integer' : 'a number'} in [${lo}, ${hi}], got '${v}'`);
    }
    return n;
  };
}

function scales(v: string): number[] {
  const s = v.split(',').map(Number);
  if (s.length === 0 || s.some((x) => !(x > 0 && Number.isFinite(x)))) throw new CliError(`--tta-scales must be positive numbers separated by commas, got '${v}'`);
  return s;
}

interface Opts {
  teachers?: string; data?: string; out: string; shardSize: number; batchSize: number; ttaFlip?: boolean; ttaScales?: number[];
  boxMerge: string; temperature: number; detScore: number; detNmsIou: number; maxDetections: number; segConfidence: number;
  rank: number; worldSize: number; merge?: boolean; device: string; overwrite?: boolean; verify: string; threads?: number; progress: boolean;
}

function fmtBytes(n: number): string {
  return n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(2)} GiB` : n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

export function register(program: Command): void {
  const T = DEFAULT_THRESHOLDS;
  program
    .command('pseudo-label')
    .description('label images with task teachers into a sharded pseudo-label store (resumable)')
    .option('--teachers <dir>', 'folder with one sub-folder per task (model.json + checkpoint/)')
    .option('--data <spec>', 'images: a folder, a COCO JSON or folder, a dataset-spec JSON, or synth:length=N,size=S,seed=K')
    .requiredOption('--out <dir>', 'store folder (created; an interrupted run resumes)')
    .option('--shard-size <n>', 'images per shard', num('shard-size', 1, 1e9, true), 256)
    .option('--batch-size <n>', 'images per teacher call', num('batch-size', 1, 1e6, true), 16)
    .option('--tta-flip', 'test-time augmentation: add horizontally flipped views')
    .option('--tta-scales <list>', 'test-time augmentation: scales, e.g. 0.75,1,1.25', scales)
    .option('--box-merge <how>', "merge boxes of TTA views: 'nms' or 'vote'", 'nms')
    .option('--temperature <t>', 'classification temperature (< 1 sharpens)', num('temperature', 1e-6, 1e6), T.temperature)
    .option('--det-score <s>', 'detection: keep boxes with score >= s', num('det-score', 0, 1), T.detectionScore)
    .option('--det-nms-iou <iou>', 'detection: NMS IoU threshold', num('det-nms-iou', 0, 1), T.detectionNmsIou)
    .option('--max-detections <n>', 'detection: boxes per image at most', num('max-detections', 0, 1e6, true), T.maxDetections)
    .option('--seg-confidence <p>', 'segmentation: pixels with max probability < p are ignored (255)', num('seg-confidence', 0, 1), T.segmentationConfidence)
    .option('--rank <r>', 'this process labels shards r, r + W, ...', num('rank', 0, 1e6, true), 0)
    .option('--world-size <W>', 'number of processes sharing the work', num('world-size', 1, 1e6, true), 1)
    .option('--merge', 'merge the rank indexes of --out into index.json (alone: merge only)')
    .option('--device <d>', 'device of the teachers (cpu, cuda:0)', 'cpu')
    .option('--overwrite', 'replace a store made with other teachers, images or settings')
    .option('--verify <how>', "check of completed shards on resume: 'hash' or 'size'", 'hash')
    .option('--threads <n>', 'libtorch threads', num('threads', 1, 1024, true))
    .option('--no-progress', 'no progress bar')
    .action(async (o: Opts) => {
      const out = path.resolve(o.out);
      if (o.verify !== 'hash' && o.verify !== 'size') throw new CliError(`--verify must be 'hash' or 'size', got '${o.verify}'`);
      if (o.boxMerge !== 'nms' && o.boxMerge !== 'vote') throw new CliError(`--box-merge must be 'nms' or 'vote', got '${o.boxMerge}'`);
      if (o.rank >= o.worldSize) throw new CliError(`--rank ${o.rank} must be < --world-size ${o.worldSize}`);
      if (o.threads) torch.setNumThreads(o.threads);
      if (!o.teachers && !o.data && o.merge) {
        const m = mergeStoreIndexes(out, { verify: o.verify });
        process.stderr.write(`merged ${m.shards.length} shards into ${path.join(out, 'index.json')}\n`);
        return;
      }
      if (!o.teachers || !o.data) throw new CliError('--teachers and --data are required (or --merge alone to merge rank indexes)');
      let teachers;
      try {
        teachers = loadTeachers(path.resolve(o.teachers), { device: o.device });
      } catch (e) {
        throw new CliError((e as Error).message);
      }
      const dataset = datasetFromArg(o.data);
      const bar = o.progress === false ? undefined
        : new cliProgress.SingleBar({ stream: process.stderr, format: 'pseudo-label [{bar}] {value}/{total} images | shard {shard} | {eta_formatted} left', hideCursor: true },
          cliProgress.Presets.shades_classic);
      const t0 = Date.now();
      let started = false;
      try {
        const r = await pseudoLabel({
          teachers, dataset, out, shardSize: o.shardSize, batchSize: o.batchSize,
          tta: { flip: o.ttaFlip ?? false, scales: o.ttaScales ?? [1], boxMerge: o.boxMerge as 'nms' | 'vote' },
          thresholds: {
            temperature: o.temperature, detectionScore: o.detScore, detectionNmsIou: o.detNmsIou, maxDetections: o.maxDetections,
            segmentationConfidence: o.segConfidence,
          },
          rank: o.rank, worldSize: o.worldSize, device: o.device, overwrite: o.overwrite, verify: o.verify,
          onProgress: (p) => {
            if (!started) { bar?.start(p.totalImages, 0, { shard: p.shard }); started = true; }
            bar?.update(p.images, { shard: p.shard });
          },
        });
        bar?.stop();
        if (o.merge && !r.complete) throw new CliError(`--merge: the store is not complete yet (other ranks still have shards to write)`);
        if (o.merge && o.worldSize > 1) mergeStoreIndexes(out, { verify: o.verify });
        const s = o.merge ? (() => { const st = new PseudoLabelStore(out); try { return st.size(); } finally { st.close(); } })() : r.size;
        const perTask = Object.entries(s.bytesPerTask).map(([k, v]) => `${k} ${fmtBytes(v)}`).join(', ');
        process.stderr.write(`${r.written.length} shards written, ${r.kept.length} kept; store: ${s.images} images, ${s.shards} shards, ` +
          `${fmtBytes(s.bytes)} (${perTask})${r.complete ? '' : ' [incomplete: other ranks pending]'} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
      } finally {
        bar?.stop();
      }
    });
}
