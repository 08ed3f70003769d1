// A pipeline from plain data (names and options), for configs and for the DataLoader's worker
// threads, whose TransformSpecs carry structured-cloneable options only:
//   { module: require.resolve('@must/vision/dist/src/augment'), export: 'pipeline',
//     options: { ops: ['flip', { name: 'lsj', size: 512 }, { name: 'randaugment', magnitude: 10 }] } }
import type { Sample } from '../data/sample';
import { AugMix, type AugMixOptions } from './augmix';
import { CopyPaste, type CopyPasteOptions } from './copypaste';
import { type Corruption, CORRUPTIONS, corruptSample, type CorruptOptions } from './corruptions';
import { CutMix, Mixup, MixupCutmix } from './mix';
import { RandAugment, type RandAugmentOptions } from './randaugment';
import type { Rng } from './random';
import { Compose, type Transform, withFields } from './transform';
import {
  ColorJitter, type ColorJitterOptions, LargeScaleJitter, type LsjOptions, Normalize, RandomFlip, RandomResizedCrop,
  type RandomResizedCropOptions, Resize,
} from './transforms';

/** An op: its name, or an object with `name` and the op's options. */
export type OpSpec = string | ({ name: string } & Record<string, unknown>);

export const PIPELINE_OPS = [
  'flip', 'vflip', 'lsj', 'random-resized-crop', 'resize', 'color-jitter', 'normalize', 'randaugment', 'augmix',
  'corrupt', 'copy-paste', 'mixup', 'cutmix', 'mixup-cutmix',
] as const;

function need<T>(o: Record<string, unknown>, key: string, what: string): T {
  if (o[key] === undefined) throw new TypeError(`pipeline: '${what}' needs '${key}'`);
  return o[key] as T;
}

/** One transform from its spec. */
export function transformFromSpec(spec: OpSpec): Transform {
  const o: Record<string, unknown> = typeof spec === 'string' ? { name: spec } : { ...spec };
  const name = String(o.name);
  switch (name) {
    case 'flip': return new RandomFlip({ horizontal: (o.p as number) ?? 0.5, vertical: (o.vertical as number) ?? 0 });
    case 'vflip': return new RandomFlip({ horizontal: 0, vertical: (o.p as number) ?? 0.5 });
    case 'lsj': return new LargeScaleJitter({ ...(o as unknown as LsjOptions), size: need(o, 'size', name) });
    case 'random-resized-crop': case 'rrc': return new RandomResizedCrop(need(o, 'size', name), o as RandomResizedCropOptions);
    case 'resize': return new Resize(need(o, 'size', name), o);
    case 'color-jitter': return new ColorJitter(o as ColorJitterOptions);
    case 'normalize': return new Normalize(o.mean as number[] | undefined, o.std as number[] | undefined);
    case 'randaugment': return new RandAugment(o as RandAugmentOptions);
    case 'augmix': return new AugMix(o as AugMixOptions);
    case 'corrupt': {
      const c = need<Corruption>(o, 'corruption', name);
      if (!(CORRUPTIONS as readonly string[]).includes(c)) throw new RangeError(`pipeline: unknown corruption '${c}'`);
      const severity = (o.severity as number) ?? 3;
      return {
        name: `corrupt(${c})`,
        apply: (s: Sample, rng: Rng) => corruptSample(s, c, severity, { ...(o as CorruptOptions), seed: rng.seed() }),
      };
    }
    case 'copy-paste': return new CopyPaste(o as CopyPasteOptions);
    case 'mixup': return new Mixup({ ...o, numClasses: need(o, 'numClasses', name) });
    case 'cutmix': return new CutMix({ ...o, numClasses: need(o, 'numClasses', name) });
    case 'mixup-cutmix': return new MixupCutmix({ ...o, numClasses: need(o, 'numClasses', name) });
    case 'identity': return { name: 'identity', apply: (s: Sample) => withFields(s, {}) };
    default: throw new RangeError(`pipeline: unknown op '${name}' (one of ${PIPELINE_OPS.join(', ')})`);
  }
}

/** compose() of the ops' transforms, from plain data. */
export function pipeline(options: { ops: readonly OpSpec[] }): Compose {
  return new Compose(options.ops.map(transformFromSpec));
}
