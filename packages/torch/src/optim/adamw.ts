// Adam with decoupled weight decay, exactly as torch.optim.AdamW of PyTorch 1.13 (the
// single-tensor, non-capturable path). Per parameter, with g the gradient and t the step count
// after incrementing:
//   g = maximize ? -g : g
//   p = p · (1 - lr · weightDecay)
//   m = β1 · m + (1 - β1) · g
//   v = β2 · v + (1 - β2) · g²
//   v̂ = amsgrad ? (vmax = max(vmax, v)) : v
//   p = p - lr / (1 - β1^t) · m / (sqrt(v̂) / sqrt(1 - β2^t) + eps)
import { Tensor } from '../tensor';
import * as ops from '../ops.generated';
import {
  Optimizer, checkNumber, scalarFloat,
  type BaseOptions, type ParamGroup, type ParamsInput, type ParamState, type StateValue,
} from './optimizer';

export interface AdamWOptions extends BaseOptions {
  lr: number;
  betas: [number, number];
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
  maximize: boolean;
}

export type AdamWGroup = ParamGroup<AdamWOptions>;

export class AdamW extends Optimizer<AdamWOptions> {
  /** Defaults as PyTorch: lr 1e-3, betas [0.9, 0.999], eps 1e-8, weightDecay 0.01, amsgrad false. */
  constructor(params: ParamsInput<AdamWOptions>, opts: Partial<AdamWOptions> = {}) {
    super(params, {
      lr: opts.lr ?? 1e-3,
      betas: opts.betas ? [opts.betas[0], opts.betas[1]] : [0.9, 0.999],
      eps: opts.eps ?? 1e-8,
      weightDecay: opts.weightDecay ?? 1e-2,
      amsgrad: opts.amsgrad ?? false,
      maximize: opts.maximize ?? false,
    });
  }

  protected override get name(): string {
    return 'AdamW';
  }

  protected override pytorchGroupExtras(): Record<string, unknown> {
    return { foreach: null, capturable: false };
  }

  protected validateGroup(g: AdamWGroup): void {
    checkNumber('AdamW', 'learning rate (lr)', g.lr, 0);
    checkNumber('AdamW', 'epsilon (eps)', g.eps, 0);
    if (!Array.isArray(g.betas) || g.betas.length !== 2) {
      throw new TypeError(`AdamW: betas must be a pair [beta1, beta2], got ${JSON.stringify(g.betas)}`);
    }
    checkNumber('AdamW', 'beta parameter at index 0', g.betas[0], 0, 1);
    checkNumber('AdamW', 'beta parameter at index 1', g.betas[1], 0, 1);
    checkNumber('AdamW', 'weightDecay', g.weightDecay, 0);
    if (typeof g.amsgrad !== 'boolean') throw new TypeError(`AdamW: amsgrad must be a boolean, got ${typeof g.amsgrad}`);
    if (typeof g.maximize !== 'boolean') throw new TypeError(`AdamW: maximize must be a boolean, got ${typeof g.maximize}`);
  }

  protected override packState(key: string, value: StateValue): StateValue {
    if (key === 'step' && typeof value === 'number') return scalarFloat(value);
    return super.packState(key, value);
  }

  protected override unpackState(key: string, value: StateValue): StateValue {
    if (key === 'step' && value instanceof Tensor) return Number(value.item());
    return value;
  }

  protected updateParam(p: Tensor, grad: Tensor, g: AdamWGroup, state: ParamState): void {
    const [beta1, beta2] = g.betas;
    if (state.step === undefined) {
      state.step = 0;
      state.exp_avg = ops.zerosLike(p).keep();
      state.exp_avg_sq = ops.zerosLike(p).keep();
      if (g.amsgrad) state.max_exp_avg_sq = ops.zerosLike(p).keep();
    }
    if (g.amsgrad && !state.max_exp_avg_sq) state.max_exp_avg_sq = ops.zerosLike(p).keep();
    const gr = g.maximize ? grad.neg() : grad;
    const expAvg = state.exp_avg as Tensor;
    const expAvgSq = state.exp_avg_sq as Tensor;
    const step = (state.step as number) + 1;
    state.step = step;

    p.mul_(1 - g.lr * g.weightDecay);
    expAvg.mul_(beta1).add_(gr, { alpha: 1 - beta1 });
    expAvgSq.mul_(beta2).addcmul_(gr, gr, { value: 1 - beta2 });

    const biasCorrection1 = 1 - beta1 ** step;
    const biasCorrection2 = 1 - beta2 ** step;
    const stepSize = g.lr / biasCorrection1;
    const biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
    let denom: Tensor;
    if (g.amsgrad) {
      const maxSq = state.max_exp_avg_sq as Tensor;
      maxSq.copy_(ops.maximum(maxSq, expAvgSq));
      denom = maxSq.sqrt().div(biasCorrection2Sqrt).add_(g.eps);
    } else {
      denom = expAvgSq.sqrt().div(biasCorrection2Sqrt).add_(g.eps);
    }
    p.addcdiv_(expAvg, denom, { value: -stepSize });
  }
}
