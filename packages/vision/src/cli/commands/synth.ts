// `must synth`: writes a split of the synthetic multi-task scenes as a COCO dataset (see
// writeCoco in src/data/coco.ts): images/*.png, annotations.json (boxes xywh, compressed-RLE
// masks, iscrowd, area, categories) and, on each image entry, semantic_file, depth_file,
// normals_file and label. The same arguments give byte-identical files.
import * as path from 'node:path';
import type { Command } from 'commander';
import * as cliProgress from 'cli-progress';
import { CliError } from '../errors';
import { SyntheticScenes, SHAPE_CLASSES } from '../../data/synthetic';
import { writeCoco } from '../../data/coco';
import type { RawSample } from '../../data/raw';

function int(name: string, lo: number, hi = Number.MAX_SAFE_INTEGER) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^-?\d+$/.test(v.trim()) || n < lo || n > hi) throw new CliError(`--${name} must be an integer in [${lo}, ${hi}], got '${v}'`);
    return n;
  };
}

function size(v: string): [number, number] {
  const m = /^(\d+)(?:x(\d+))?$/.exec(v.trim());
  if (!m) throw new CliError(`--size must be S or HxW, got '${v}'`);
  const h = Number(m[1]), w = Number(m[2] ?? m[1]);
  if (h < 8 || w < 8 || h > 4096 || w > 4096) throw new CliError(`--size must be between 8 and 4096, got '${v}'`);
  return [h, w];
}

function range(v: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(v.trim());
  if (!m) throw new CliError(`--objects must be N or MIN-MAX, got '${v}'`);
  const a = Number(m[1]), b = Number(m[2] ?? m[1]);
  if (a < 1 || b < a || b > 48) throw new CliError(`--objects must satisfy 1 <= MIN <= MAX <= 48, got '${v}'`);
  return [a, b];
}

export interface SynthArgs {
  out: string;
  count: number;
  size: [number, number];
  seed: number;
  split: string;
  classes: number;
  objects?: [number, number];
  progress?: boolean;
}

/** Renders and writes the split; returns the number of images and annotations written. */
export async function runSynth(a: SynthArgs): Promise<{ images: number; annotations: number }> {
  const ds = new SyntheticScenes({
    length: a.count, size: a.size, seed: a.seed, split: a.split, numClasses: a.classes, objects: a.objects,
  });
  const bar = a.progress === false ? undefined
    : new cliProgress.SingleBar({ stream: process.stderr, format: 'synth [{bar}] {value}/{total} images | {eta_formatted} left', hideCursor: true },
      cliProgress.Presets.shades_classic);
  bar?.start(a.count, 0);
  function* samples(): Generator<RawSample> {
    for (let i = 0; i < a.count; i++) yield ds.getRaw(i);
  }
  let done = 0;
  try {
    const coco = await writeCoco(a.out, samples(), {
      categories: ds.classes.map((name, k) => ({ id: k + 1, name, supercategory: 'shape' })),
      info: {
        description: 'MuST synthetic multi-task scenes',
        generator: 'must synth',
        seed: a.seed,
        split: a.split,
        size: [ds.options.height, ds.options.width],
        objects: ds.options.objects,
        semantic_classes: ds.semanticClasses,
        semantic_ignore: 255,
        label_rule: 'category of the annotated object with the most visible pixels',
        normals_frame: 'camera (x right, y down, z forward); RGB = (n + 1) / 2 * 255, black = invalid',
      },
      onSample: () => bar?.update(++done),
    });
    return { images: coco.images.length, annotations: coco.annotations?.length ?? 0 };
  } finally {
    bar?.stop();
  }
}

export function register(program: Command): void {
  program
    .command('synth')
    .description('write a split of the synthetic multi-task scenes as a COCO dataset')
    .requiredOption('--out <dir>', 'output folder (created)')
    .option('--count <n>', 'number of images', int('count', 1), 1000)
    .option('--size <S|HxW>', 'image size', size, [64, 64] as [number, number])
    .option('--seed <k>', 'seed (different seeds give disjoint splits)', int('seed', 0), 0)
    .option('--split <name>', 'split name, hashed with the seed', 'train')
    .option('--classes <k>', `object classes: the first K of ${SHAPE_CLASSES.join(', ')}`, int('classes', 1, SHAPE_CLASSES.length), SHAPE_CLASSES.length)
    .option('--objects <min-max>', 'objects per scene', range)
    .option('--no-progress', 'no progress bar')
    .action(async (o: { out: string; count: number; size: [number, number]; seed: number; split: string; classes: number; objects?: [number, number]; progress: boolean }) => {
      const out = path.resolve(o.out);
      const t0 = Date.now();
      const r = await runSynth({ ...o, out });
      process.stderr.write(`wrote ${r.images} images, ${r.annotations} annotations to ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    });
}
