// The training augmentation of a run config (data.augment), as a loader TransformSpec: large
// scale jitter to the output size, horizontal flip, RandAugment — in that order, each updating
// every label of the sample (src/augment). Random choices come from the loader's per-sample Rng,
// seeded by (loader seed, epoch, index), so a resumed run sees the same augmented batches.
import type { TransformSpec } from '../data/loader';
import type { DataConfig } from '../config/schema';
import { Compose, type Transform } from '../augment/transform';
import { RandomFlip, LargeScaleJitter } from '../augment/transforms';
import { RandAugment } from '../augment/randaugment';

export interface TrainAugmentOptions {
  /** Output [h, w] of large scale jitter. */
  size: [number, number];
  flip: number;
  lsj: { enabled: boolean; scaleRange: [number, number] };
  randAugment: { enabled: boolean; numOps: number; magnitude: number };
}

/** The transform (the TransformSpec's export: built once per loader thread). */
export function trainAugment(o: TrainAugmentOptions): Transform {
  const ts: Transform[] = [];
  if (o.lsj.enabled) ts.push(new LargeScaleJitter({ size: o.size, scaleRange: o.lsj.scaleRange }));
  if (o.flip > 0) ts.push(new RandomFlip({ horizontal: o.flip }));
  if (o.randAugment.enabled) ts.push(new RandAugment({ numOps: o.randAugment.numOps, magnitude: o.randAugment.magnitude }));
  return new Compose(ts);
}

/** The loader transforms for data.augment (none when everything is off). */
export function trainAugmentSpecs(data: DataConfig): TransformSpec[] {
  const a = data.augment;
  if (a.flip === 0 && !a.lsj.enabled && !a.randAugment.enabled) return [];
  const options: TrainAugmentOptions = {
    size: [data.size, data.size], flip: a.flip, lsj: { ...a.lsj }, randAugment: { ...a.randAugment },
  };
  return [{ module: __filename, export: 'trainAugment', options }];
}
