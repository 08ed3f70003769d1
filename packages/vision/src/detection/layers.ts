// Building blocks shared by the detection necks and heads: torchvision's Conv2dNormActivation
// (a Sequential conv [, norm] [, activation], so parameter keys are '0.weight', '1.weight', ...)
// and the choice of normalization and activation.
import { nn } from '@must/torch';

/**
 * Normalization after a conv: 'bn' (BatchNorm2d), 'gn' (GroupNorm, 32 groups), 'none' / null, or
 * an object with the settings (e.g. { type: 'bn', eps: 1e-3, momentum: 0.01 } for the TF
 * reference's BN, { type: 'gn', groups: 16 }).
 */
export type NormOption =
  | 'bn' | 'gn' | 'none' | null
  | { type: 'bn'; eps?: number; momentum?: number }
  | { type: 'gn'; groups?: number; eps?: number }
  | { type: 'none' };

export type ActivationOption = 'relu' | 'silu';

/** The norm layer for `channels`, or null for none. */
export function makeNorm(norm: NormOption | undefined, channels: number): nn.Module | null {
  if (norm === null || norm === undefined || norm === 'none') return null;
  const spec = typeof norm === 'string' ? { type: norm } : norm;
  switch (spec.type) {
    case 'none':
      return null;
    case 'bn': {
      const s = spec as { eps?: number; momentum?: number };
      return new nn.BatchNorm2d(channels, { eps: s.eps ?? 1e-5, momentum: s.momentum ?? 0.1 });
    }
    case 'gn': {
      const s = spec as { groups?: number; eps?: number };
      const groups = s.groups ?? 32;
      if (channels % groups !== 0) throw new RangeError(`GroupNorm: ${channels} channels are not divisible into ${groups} groups`);
      return new nn.GroupNorm(groups, channels, { eps: s.eps ?? 1e-5 });
    }
    default:
      throw new RangeError(`unknown norm '${String((spec as { type: unknown }).type)}' (use 'bn', 'gn' or 'none')`);
  }
}

export function makeActivation(act: ActivationOption | null | undefined): nn.Module | null {
  if (act === null || act === undefined) return null;
  if (act === 'relu') return new nn.ReLU();
  if (act === 'silu') return new nn.SiLU();
  throw new RangeError(`unknown activation '${String(act)}' (use 'relu' or 'silu')`);
}

export interface ConvNormActOptions {
  kernelSize?: number;
  stride?: number;
  /** Default (kernelSize - 1) / 2. */
  padding?: number;
  norm?: NormOption;
  activation?: ActivationOption | null;
  /** Default: a bias only without a norm layer (torchvision). */
  bias?: boolean;
}

/** torchvision.ops.misc.Conv2dNormActivation: Sequential(conv, norm?, activation?). */
export function conv2dNormActivation(inChannels: number, outChannels: number, opts: ConvNormActOptions = {}): nn.Sequential {
  const k = opts.kernelSize ?? 3;
  const norm = makeNorm(opts.norm, outChannels);
  const conv = new nn.Conv2d(inChannels, outChannels, k, {
    stride: opts.stride ?? 1, padding: opts.padding ?? Math.floor((k - 1) / 2), bias: opts.bias ?? norm === null,
  });
  const layers: nn.Module[] = [conv];
  if (norm) layers.push(norm);
  const act = makeActivation(opts.activation === undefined ? 'relu' : opts.activation);
  if (act) layers.push(act);
  return new nn.Sequential(...layers);
}

/** The Conv2d layers of a module tree. */
export function convLayers(m: nn.Module): nn.Conv2d[] {
  return m.modules().filter((x): x is nn.Conv2d => x instanceof nn.Conv2d);
}

/** Kaiming-uniform (a = 1) weights and zero biases, torchvision's FPN init. */
export function initFpnConv(conv: nn.Conv2d): void {
  nn.init.kaimingUniform_(conv.weight, { a: 1 });
  if (conv.bias) nn.init.constant_(conv.bias, 0);
}

