// Stochastic gradient descent with momentum, exactly as torch.optim.SGD of PyTorch 1.13
// (the single-tensor path). Per parameter, with g the gradient:
//   d = maximize ? -g : g
//   d = d + weightDecay · p                        (if weightDecay != 0)
//   b = clone(d) on the first step, else b = momentum · b + (1 - dampening) · d   (if momentum != 0)
//   d = nesterov ? d + momentum · b : b
//   p = p - lr · d
import type { Tensor } from '../tensor';
import { Optimizer, checkNumber, type BaseOptions, type ParamGroup, type ParamsInput, type ParamState } from './optimizer';

export interface SGDOptions extends BaseOptions {
  lr: number;
  momentum: number;
  dampening: number;
  weightDecay: number;
  nesterov: boolean;
  maximize: boolean;
}

export type SGDGroup = ParamGroup<SGDOptions>;

export class SGD extends Optimizer<SGDOptions> {
  /** `lr` is required; momentum, dampening and weightDecay default to 0, nesterov and maximize to false. */
  constructor(params: ParamsInput<SGDOptions>, opts: Partial<SGDOptions> & { lr: number }) {
    if (!opts || typeof opts !== 'object' || opts.lr === undefined) {
      throw new TypeError('SGD: lr is required, e.g. new SGD(params, { lr: 0.1 })');
    }
    super(params, {
      lr: opts.lr,
      momentum: opts.momentum ?? 0,
      dampening: opts.dampening ?? 0,
      weightDecay: opts.weightDecay ?? 0,
      nesterov: opts.nesterov ?? false,
      maximize: opts.maximize ?? false,
    });
  }

  protected override get name(): string {
    return 'SGD';
  }

  protected override pytorchGroupExtras(): Record<string, unknown> {
    return { foreach: null, differentiable: false };
  }

  protected validateGroup(g: SGDGroup): void {
    checkNumber('SGD', 'learning rate (lr)', g.lr, 0);
    checkNumber('SGD', 'momentum', g.momentum, 0);
    checkNumber('SGD', 'dampening', g.dampening, -Infinity);
    checkNumber('SGD', 'weightDecay', g.weightDecay, 0);
    if (typeof g.nesterov !== 'boolean') throw new TypeError(`SGD: nesterov must be a boolean, got ${typeof g.nesterov}`);
    if (typeof g.maximize !== 'boolean') throw new TypeError(`SGD: maximize must be a boolean, got ${typeof g.maximize}`);
    if (g.nesterov && (g.momentum <= 0 || g.dampening !== 0)) {
      throw new RangeError(`SGD: Nesterov momentum requires a momentum and zero dampening (momentum ${g.momentum}, ` +
        `dampening ${g.dampening})`);
    }
  }

  protected updateParam(p: Tensor, grad: Tensor, g: SGDGroup, state: ParamState): void {
    let d = g.maximize ? grad.neg() : grad;
    if (g.weightDecay !== 0) d = d.add(p, { alpha: g.weightDecay });
    if (g.momentum !== 0) {
      let buf = state.momentum_buffer as Tensor | null | undefined;
      if (!buf) {
        buf = d.clone().keep();
        state.momentum_buffer = buf;
      } else {
        buf.mul_(g.momentum).add_(d, { alpha: 1 - g.dampening });
      }
      d = g.nesterov ? d.add(buf, { alpha: g.momentum }) : buf;
    } else {
      state.momentum_buffer = null;
    }
    p.add_(d, { alpha: -g.lr });
  }
}
