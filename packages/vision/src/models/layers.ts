// Small building blocks shared by the models: activation by name, squeeze-excitation (timm's
// SEModule), make_divisible, and `run`, which chains modules and frees the intermediate results.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';

const { nn } = torch;

export type ActName = 'relu' | 'silu';
export const ACT_NAMES: readonly ActName[] = ['relu', 'silu'];

/** An activation module by name, in place (it runs on fresh conv/BN/add outputs only). */
export function createAct(name: ActName): torch.nn.Module {
  switch (name) {
    case 'relu':
      return new nn.ReLU({ inplace: true });
    case 'silu':
      return new nn.SiLU({ inplace: true });
    default:
      throw new RangeError(`unknown activation '${name as string}' (valid: ${ACT_NAMES.join(', ')})`);
  }
}

/** timm's make_divisible: v rounded to a multiple of divisor, not below minValue (default divisor). */
export function makeDivisible(v: number, divisor = 8, minValue?: number, roundLimit = 0.9): number {
  const min = minValue ?? divisor;
  let out = Math.max(min, Math.floor((v + divisor / 2) / divisor) * divisor);
  if (out < roundLimit * v) out += divisor;
  return out;
}

/**
 * Applies each module (null entries are skipped) to the previous result, and frees every
 * intermediate result as soon as the next one exists (autograd keeps what backward needs). The
 * input x is never freed; a module that returns its input (in-place ops, Identity, inactive
 * Dropout) passes the same tensor on.
 */
export function run(x: Tensor, modules: (torch.nn.Module | null | undefined)[]): Tensor {
  let cur = x;
  for (const m of modules) {
    if (!m) continue;
    const next = m.forward(cur) as Tensor;
    if (cur !== x && next !== cur) cur.dispose();
    cur = next;
  }
  return cur;
}

/** Replaces `old` by `next` and frees `old` unless it is the same tensor. */
export function replaceWith(old: Tensor, next: Tensor): Tensor {
  if (next !== old) old.dispose();
  return next;
}

export interface SqueezeExciteOptions {
  /** Reduced channels = makeDivisible(channels * rdRatio, rdDivisor, roundLimit 0) (timm). */
  rdRatio?: number;
  rdDivisor?: number;
  /** Activation between fc1 and fc2 (timm: ReLU whatever the block's activation). */
  act?: ActName;
  device?: string;
}

/**
 * Squeeze-and-excitation, timm's SEModule with its parameter names: fc1 and fc2 are 1x1 convs
 * with bias, bn an Identity (no norm), gate a sigmoid. x * sigmoid(fc2(act(fc1(mean_hw(x))))).
 */
export class SqueezeExcite extends nn.Module {
  fc1: torch.nn.Conv2d;
  bn: torch.nn.Module;
  act: torch.nn.Module;
  fc2: torch.nn.Conv2d;
  readonly rdChannels: number;

  constructor(readonly channels: number, opts: SqueezeExciteOptions = {}) {
    super();
    this.rdChannels = makeDivisible(channels * (opts.rdRatio ?? 1 / 16), opts.rdDivisor ?? 8, undefined, 0);
    this.fc1 = new nn.Conv2d(channels, this.rdChannels, 1, { bias: true, device: opts.device });
    this.bn = new nn.Identity();
    this.act = createAct(opts.act ?? 'relu');
    this.fc2 = new nn.Conv2d(this.rdChannels, channels, 1, { bias: true, device: opts.device });
  }

  override forward(x: Tensor): Tensor {
    using s = x.mean([2, 3], { keepdim: true });
    using g = run(s, [this.fc1, this.bn, this.act, this.fc2]);
    g.sigmoid_();
    return x.mul(g);
  }

  override extraRepr(): string {
    return `channels=${this.channels}, rd_channels=${this.rdChannels}`;
  }
}
