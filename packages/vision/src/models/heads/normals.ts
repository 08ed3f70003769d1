// Surface-normal head: the dense FPN decoder (dense.ts) with three output channels normalized to
// unit length per pixel (x / max(|x|, eps)).
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { DenseFPNDecoder, type DenseDecoderOptions } from './dense';

export interface NormalsHeadOptions extends DenseDecoderOptions {
  /** Smallest norm divided by (default 1e-6). */
  eps?: number;
}

export class NormalsHead extends DenseFPNDecoder {
  readonly eps: number;

  constructor(inChannels: number, opts: NormalsHeadOptions = {}) {
    super(inChannels, 3, opts);
    this.eps = opts.eps ?? 1e-6;
  }

  /** Unit normals [N, 3, H, W]. */
  override forward(features: Tensor[], outputSize?: [number, number]): Tensor {
    return torch.tidy(() => {
      const raw = super.forward(features, outputSize);
      const n = torch.linalgVectorNorm(raw, { dim: [1], keepdim: true }).clampMin(this.eps);
      return raw.div(n);
    });
  }
}
