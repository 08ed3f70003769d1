// `must augment --in DIR --out DIR2 --ops lsj,copy-paste,randaugment --seed K`: applies an
// augmentation pipeline to a dataset in the COCO-with-dense-labels format of `must synth` (read
// and written by src/data/coco.ts) and writes the augmented dataset. Every label the dataset has
// (boxes, masks, semantic, depth, normals, image labels) is transformed with the images. Image i,
// copy c is augmented with the stream Rng(`K/i/c`), so the output depends only on the arguments.
//
// Ops (comma-separated, applied in order):
//   flip, vflip, lsj, rrc (random resized crop), resize, color-jitter, randaugment, augmix,
//   copy-paste (objects of another random image of the dataset), mixup, cutmix (with another random
//   image: labels become soft vectors), corrupt:NAME:SEVERITY (one of the 15 corruptions).
import * as path from 'node:path';
import type { Command } from 'commander';
import * as cliProgress from 'cli-progress';
import { CliError } from '../errors';
import { CocoDataset, writeCoco } from '../../data/coco';
import { fromSample } from '../../data/raw';
import type { RawSample } from '../../data/raw';
import { disposeSample, type Sample } from '../../data/sample';
import * as A from '../../augment';

export const AUGMENT_OPS = ['flip', 'vflip', 'lsj', 'rrc', 'resize', 'color-jitter', 'randaugment', 'augmix', 'copy-paste', 'mixup', 'cutmix', 'corrupt:NAME:SEVERITY'];

export interface AugmentArgs {
  in: string;
  out: string;
  ops: string[];
  seed: number;
  /** Output [h, w] of lsj / rrc / resize (default: each image's size). */
  size?: [number, number];
  copies?: number;
  /** RandAugment ops per image and magnitude. */
  raOps?: number;
  raMagnitude?: number;
  /** LSJ scale range. */
  scaleRange?: [number, number];
  /** Limit the number of input images (first N). */
  limit?: number;
  progress?: boolean;
}

type Step = (s: Sample, rng: A.Rng, ctx: { other: () => Promise<Sample>; numClasses: number }) => Promise<Sample>;

function parseOps(ops: string[], a: AugmentArgs): Step[] {
  const sizeOf = (s: Sample): [number, number] => a.size ?? [s.image.shape[1], s.image.shape[2]];
  return ops.map((raw): Step => {
    const op = raw.trim();
    if (op.startsWith('corrupt:')) {
      const [, name, sev] = op.split(':');
      if (!(A.CORRUPTIONS as readonly string[]).includes(name)) throw new CliError(`unknown corruption '${name}' (one of ${A.CORRUPTIONS.join(', ')})`);
      const severity = Number(sev ?? 3);
      if (!Number.isInteger(severity) || severity < 1 || severity > 5) throw new CliError(`corruption severity must be 1..5, got '${sev}'`);
      return async (s, rng) => A.corruptSampleAsync(s, name as A.Corruption, severity, { seed: rng.seed() });
    }
    switch (op) {
      case 'flip': return async (s, rng) => A.randomFlip().apply(s, rng);
      case 'vflip': return async (s, rng) => A.randomFlip({ horizontal: 0, vertical: 0.5 }).apply(s, rng);
      case 'lsj': return async (s, rng) => A.lsj({ size: sizeOf(s), scaleRange: a.scaleRange }).apply(s, rng);
      case 'rrc': return async (s, rng) => A.randomResizedCrop(sizeOf(s)).apply(s, rng);
      case 'resize': return async (s) => A.resizeTo(sizeOf(s)).apply(s);
      case 'color-jitter': return async (s, rng) => A.colorJitter({ brightness: 0.4, contrast: 0.4, saturation: 0.4, hue: 0.1 }).apply(s, rng);
      case 'randaugment': return async (s, rng) => A.randAugment({ numOps: a.raOps, magnitude: a.raMagnitude }).apply(s, rng);
      case 'augmix': return async (s, rng) => A.augMix().apply(s, rng);
      case 'copy-paste': return async (s, rng, ctx) => {
        const src = await ctx.other();
        try {
          return A.copyPaste(s, src, rng, { size: sizeOf(s), scaleRange: a.scaleRange });
        } finally {
          disposeSample(src);
        }
      };
      case 'mixup': case 'cutmix': return async (s, rng, ctx) => {
        const other = await ctx.other();
        const [h, w] = [s.image.shape[1], s.image.shape[2]];
        const partner = other.image.shape[1] === h && other.image.shape[2] === w ? other : A.resize(other, [h, w]);
        try {
          const t = op === 'mixup' ? A.mixup({ numClasses: ctx.numClasses, alpha: 0.2 }) : A.cutmix({ numClasses: ctx.numClasses });
          const withLabel = (x: Sample): Sample => (x.label === undefined ? { ...x, label: 0 } : x);
          const out = t.applyBatch([withLabel(s), withLabel(partner)], rng);
          disposeSample(out[1]);
          if (s.label === undefined) {
            const { label: _l, ...rest } = out[0];
            (_l as unknown as { dispose?: () => void })?.dispose?.();
            return rest as Sample;
          }
          return out[0];
        } finally {
          if (partner !== other) disposeSample(partner);
          disposeSample(other);
        }
      };
      default: throw new CliError(`unknown op '${op}' (ops: ${AUGMENT_OPS.join(', ')})`);
    }
  });
}

/** Reads DIR, augments every image `copies` times, writes DIR2; returns what it wrote. */
export async function runAugment(a: AugmentArgs): Promise<{ images: number; annotations: number }> {
  const ann = path.join(a.in, 'annotations.json');
  let ds: CocoDataset;
  try {
    ds = new CocoDataset({ annotations: ann });
  } catch (e) {
    throw new CliError(`cannot read the dataset in ${a.in}: ${(e as Error).message}`);
  }
  const steps = parseOps(a.ops, a);
  const n = Math.min(ds.length, a.limit ?? ds.length);
  const copies = a.copies ?? 1;
  const numClasses = ds.categories.length;
  const bar = a.progress === false ? undefined
    : new cliProgress.SingleBar({ stream: process.stderr, format: 'augment [{bar}] {value}/{total} images | {eta_formatted} left', hideCursor: true },
      cliProgress.Presets.shades_classic);
  bar?.start(n * copies, 0);
  let done = 0;
  async function* samples(): AsyncGenerator<RawSample> {
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < copies; c++) {
        const rng = new A.Rng(`${a.seed}/${i}/${c}`);
        const other = async () => {
          let j = n > 1 ? rng.randint(0, n - 1) : 0;
          if (n > 1 && j >= i) j++;
          return ds.get(j);
        };
        let cur = await ds.get(i);
        for (const step of steps) {
          const next = await step(cur, rng, { other, numClasses });
          disposeSample(cur);
          cur = next;
        }
        const raw = fromSample(cur);
        disposeSample(cur);
        raw.id = copies === 1 ? ds.image(i).id : ds.image(i).id * copies + c;
        yield raw;
        bar?.update(++done);
      }
    }
  }
  try {
    const coco = await writeCoco(a.out, samples(), {
      categories: ds.categories,
      info: { ...(ds.file.info ?? {}), augmented_from: path.resolve(a.in), augment_ops: a.ops, augment_seed: a.seed, augment_copies: copies },
      depthScale: ds.depthScale,
      concurrency: 4,
    });
    return { images: coco.images.length, annotations: coco.annotations?.length ?? 0 };
  } finally {
    bar?.stop();
    A.clearSamplingCache();
  }
}

function int(name: string, lo: number, hi = Number.MAX_SAFE_INTEGER) {
  return (v: string): number => {
    const x = Number(v);
    if (!/^-?\d+$/.test(v.trim()) || x < lo || x > hi) throw new CliError(`--${name} must be an integer in [${lo}, ${hi}], got '${v}'`);
    return x;
  };
}

function size(v: string): [number, number] {
  const m = /^(\d+)(?:x(\d+))?$/.exec(v.trim());
  if (!m) throw new CliError(`--size must be S or HxW, got '${v}'`);
  const h = Number(m[1]);
  const w = Number(m[2] ?? m[1]);
  if (h < 8 || w < 8 || h > 8192 || w > 8192) throw new CliError(`--size must be between 8 and 8192, got '${v}'`);
  return [h, w];
}

function scaleRange(v: string): [number, number] {
  const m = /^([\d.]+)-([\d.]+)$/.exec(v.trim());
  const lo = m ? Number(m[1]) : NaN;
  const hi = m ? Number(m[2]) : NaN;
  if (!(lo > 0 && hi >= lo)) throw new CliError(`--scale-range must be LO-HI with 0 < LO <= HI, got '${v}'`);
  return [lo, hi];
}

export function register(program: Command): void {
  program
    .command('augment')
    .description('apply an augmentation pipeline to a COCO dataset with dense labels (as written by must synth)')
    .requiredOption('--in <dir>', 'input dataset folder (annotations.json, images/, semantic/, depth/, normals/)')
    .requiredOption('--out <dir>', 'output folder (created)')
    .requiredOption('--ops <list>', `comma-separated ops, in order: ${AUGMENT_OPS.join(', ')}`, (v: string) => v.split(',').map((x) => x.trim()).filter(Boolean))
    .option('--seed <k>', 'seed', int('seed', 0), 0)
    .option('--size <S|HxW>', 'output size of lsj / rrc / resize (default: the input size)', size)
    .option('--copies <n>', 'augmented copies of each image', int('copies', 1, 1000), 1)
    .option('--ra-ops <n>', 'RandAugment ops per image', int('ra-ops', 1, 14), 2)
    .option('--ra-magnitude <m>', 'RandAugment magnitude (0..30)', int('ra-magnitude', 0, 30), 9)
    .option('--scale-range <lo-hi>', 'large scale jitter range', scaleRange, [0.1, 2.0] as [number, number])
    .option('--limit <n>', 'only the first N images', int('limit', 1))
    .option('--no-progress', 'no progress bar')
    .action(async (o: { in: string; out: string; ops: string[]; seed: number; size?: [number, number]; copies: number; raOps: number; raMagnitude: number; scaleRange: [number, number]; limit?: number; progress: boolean }) => {
      if (o.ops.length === 0) throw new CliError('--ops is empty');
      parseOps(o.ops, { ...o }); // validate before reading anything
      const t0 = Date.now();
      const out = path.resolve(o.out);
      const r = await runAugment({ ...o, in: path.resolve(o.in), out });
      process.stderr.write(`wrote ${r.images} images, ${r.annotations} annotations to ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    });
}
