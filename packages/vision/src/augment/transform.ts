// The transform protocol: every augmentation maps a Sample (or a list of samples) to a new one,
// with an explicit Rng for its random choices.
//
// Ownership: a transform never disposes or mutates its input; the output owns its tensors (fields
// an op leaves unchanged are new handles on the same storage, `alias`), so input and output can be
// disposed independently. Fields the augmentations do not know are copied by reference.
import * as torch from '@must/torch';
import type { Instances, Sample } from '../data/sample';
import { disposeSample } from '../data/sample';
import { Rng, type Seed, toRng } from './random';

export interface Transform {
  readonly name: string;
  /** One sample in, one sample out. Batch-only transforms (mixup, cutmix) throw. */
  apply(sample: Sample, rng: Rng): Sample;
  /** A list of samples in, a list out. Defaults to `apply` on each sample in order. */
  applyBatch?(samples: Sample[], rng: Rng): Sample[];
}

/** Applies a transform to a batch: its applyBatch, or apply on each sample in order. */
export function applyBatch(t: Transform, samples: Sample[], rng: Rng): Sample[] {
  if (t.applyBatch) return t.applyBatch(samples, rng);
  return samples.map((s) => t.apply(s, rng));
}

/** Runs transforms in order. Intermediate samples are freed; the input is left alone. */
export class Compose implements Transform {
  readonly name = 'compose';
  constructor(readonly transforms: Transform[]) {}

  apply(sample: Sample, rng: Rng | Seed = 0): Sample {
    const r = toRng(rng);
    let cur = sample;
    for (const t of this.transforms) {
      const next = t.apply(cur, r);
      if (cur !== sample && next !== cur) disposeSample(cur);
      cur = next;
    }
    return cur === sample ? aliasSample(sample) : cur;
  }

  applyBatch(samples: Sample[], rng: Rng | Seed = 0): Sample[] {
    const r = toRng(rng);
    let cur = samples;
    for (const t of this.transforms) {
      const next = applyBatch(t, cur, r);
      if (cur !== samples) for (const s of cur) if (!next.includes(s)) disposeSample(s);
      cur = next;
    }
    return cur === samples ? samples.map(aliasSample) : cur;
  }
}

/** A pipeline: `compose([hflip(), lsj({ size: 512 }), randAugment()]).apply(sample, rng)`. */
export function compose(transforms: Transform[]): Compose {
  return new Compose(transforms);
}

/** Applies `t` with probability p (else returns an alias of the input). */
export class RandomApply implements Transform {
  readonly name: string;
  constructor(readonly t: Transform, readonly p = 0.5) {
    this.name = `random(${t.name})`;
  }
  apply(sample: Sample, rng: Rng): Sample {
    return rng.bool(this.p) ? this.t.apply(sample, rng) : aliasSample(sample);
  }
}

export function randomApply(t: Transform, p = 0.5): RandomApply {
  return new RandomApply(t, p);
}

/** Applies one transform chosen uniformly (or by weights). */
export class OneOf implements Transform {
  readonly name = 'one-of';
  constructor(readonly transforms: Transform[], readonly weights?: number[]) {}
  apply(sample: Sample, rng: Rng): Sample {
    const w = this.weights ?? this.transforms.map(() => 1);
    const total = w.reduce((a, b) => a + b, 0);
    let u = rng.uniform(0, total);
    for (let i = 0; i < w.length; i++) {
      u -= w[i];
      if (u < 0) return this.transforms[i].apply(sample, rng);
    }
    return this.transforms[this.transforms.length - 1].apply(sample, rng);
  }
}

export function oneOf(transforms: Transform[], weights?: number[]): OneOf {
  return new OneOf(transforms, weights);
}

/** A transform from a function. */
export function lambda(name: string, fn: (s: Sample, rng: Rng) => Sample): Transform {
  return { name, apply: fn };
}

// ---- sample helpers ----

function alias(t: torch.Tensor): torch.Tensor {
  return torch.alias(t);
}

/** New handles on every tensor of a sample (same storage). */
export function aliasSample(s: Sample): Sample {
  const out: Sample = { ...s, image: alias(s.image) };
  if (s.label !== undefined && typeof s.label !== 'number') out.label = alias(s.label);
  if (s.instances) out.instances = aliasInstances(s.instances);
  if (s.semantic) out.semantic = alias(s.semantic);
  if (s.depth) out.depth = alias(s.depth);
  if (s.normals) out.normals = alias(s.normals);
  return out;
}

export function aliasInstances(i: Instances): Instances {
  const out: Instances = { ...i, boxes: alias(i.boxes), classes: alias(i.classes) };
  if (i.iscrowd) out.iscrowd = alias(i.iscrowd);
  if (i.masks) out.masks = alias(i.masks);
  return out;
}

/** Copies a sample with some fields replaced; the others aliased. */
export function withFields(s: Sample, fields: Partial<Sample>): Sample {
  const out: Sample = { ...s };
  out.image = fields.image ?? alias(s.image);
  if ('label' in fields) out.label = fields.label;
  else if (s.label !== undefined && typeof s.label !== 'number') out.label = alias(s.label);
  if ('instances' in fields) out.instances = fields.instances;
  else if (s.instances) out.instances = aliasInstances(s.instances);
  for (const k of ['semantic', 'depth', 'normals'] as const) {
    if (k in fields) out[k] = fields[k];
    else if (s[k]) out[k] = alias(s[k]!);
  }
  return out;
}

/** [height, width] of a sample's image. */
export function sampleSize(s: Sample): [number, number] {
  const sh = s.image.shape;
  return [sh[sh.length - 2], sh[sh.length - 1]];
}
