// Monocular depth head: the dense FPN decoder (dense.ts) with one output channel.
//   output 'depth'     : non-negative depth = softplus(raw) (default) or exp(raw)
//   output 'log-depth' : raw log-depth (unbounded); depth = exp(log-depth), e.g. for a
//                        scale-invariant log loss
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { DenseFPNDecoder, type DenseDecoderOptions } from './dense';

export interface DepthHeadOptions extends DenseDecoderOptions {
  /** What forward returns (default 'depth'). */
  output?: 'depth' | 'log-depth';
  /** With output 'depth': softplus(raw) (default) or exp(raw) (the raw output is then a log-depth). */
  activation?: 'softplus' | 'exp';
}

export class DepthHead extends DenseFPNDecoder {
  readonly output: 'depth' | 'log-depth';
  readonly activation: 'softplus' | 'exp';

  constructor(inChannels: number, opts: DepthHeadOptions = {}) {
    super(inChannels, 1, opts);
    this.output = opts.output ?? 'depth';
    this.activation = opts.activation ?? 'softplus';
    if (this.output !== 'depth' && this.output !== 'log-depth') throw new RangeError(`DepthHead: output must be 'depth' or 'log-depth', got '${this.output as string}'`);
    if (this.activation !== 'softplus' && this.activation !== 'exp') throw new RangeError(`DepthHead: activation must be 'softplus' or 'exp', got '${this.activation as string}'`);
  }

  /** [N, 1, H, W]: depth (>= 0) or log-depth, per `output`. */
  override forward(features: Tensor[], outputSize?: [number, number]): Tensor {
    const raw = super.forward(features, outputSize);
    if (this.output === 'log-depth') return raw;
    try {
      return this.activation === 'exp' ? raw.exp() : torch.softplus(raw);
    } finally {
      raw.dispose();
    }
  }

  /** Depth from what forward returned (identity for 'depth', exp for 'log-depth'). */
  toDepth(out: Tensor): Tensor {
    return this.output === 'log-depth' ? out.exp() : out.clone();
  }
}
