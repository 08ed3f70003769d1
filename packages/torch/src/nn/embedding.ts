// Embedding (torch/nn/modules/sparse.py): a lookup table of numEmbeddings vectors.
import type { Tensor } from '../tensor';
import { empty } from '../factories';
import { noGrad } from '../autograd';
import * as ops from '../ops.generated';
import { Module } from './module';
import { Parameter } from './parameter';
import * as init from './init';
import type { FactoryKwargs } from './linear';

export interface EmbeddingOptions extends FactoryKwargs {
  /** This row is initialized to zeros and gets no gradient (negative counts from the end). */
  paddingIdx?: number | null;
  /** Rows looked up are renormalized in place to this maximum norm. */
  maxNorm?: number | null;
  normType?: number;
  scaleGradByFreq?: boolean;
  sparse?: boolean;
}

export class Embedding extends Module {
  weight: Tensor;
  readonly paddingIdx: number | null;
  readonly maxNorm: number | null;
  readonly normType: number;
  readonly scaleGradByFreq: boolean;
  readonly sparse: boolean;

  constructor(readonly numEmbeddings: number, readonly embeddingDim: number, opts: EmbeddingOptions = {}) {
    super();
    let idx = opts.paddingIdx ?? null;
    if (idx !== null) {
      if (idx >= numEmbeddings || idx < -numEmbeddings) throw new RangeError('Padding_idx must be within num_embeddings');
      if (idx < 0) idx += numEmbeddings;
    }
    this.paddingIdx = idx;
    this.maxNorm = opts.maxNorm ?? null;
    this.normType = opts.normType ?? 2;
    this.scaleGradByFreq = opts.scaleGradByFreq ?? false;
    this.sparse = opts.sparse ?? false;
    this.weight = new Parameter(empty([numEmbeddings, embeddingDim], { dtype: opts.dtype, device: opts.device }));
    this.resetParameters();
  }

  resetParameters(): void {
    init.normal_(this.weight);
    if (this.paddingIdx !== null) {
      noGrad(() => {
        const row = this.weight.select(0, this.paddingIdx!);
        row.fill_(0);
        row.dispose();
      });
    }
  }

  override forward(indices: Tensor): Tensor {
    if (this.maxNorm !== null) {
      noGrad(() => ops.embeddingRenorm_(this.weight, indices, this.maxNorm!, this.normType));
    }
    return ops.embedding(this.weight, indices, {
      paddingIdx: this.paddingIdx ?? -1, scaleGradByFreq: this.scaleGradByFreq, sparse: this.sparse,
    });
  }

  override extraRepr(): string {
    let s = `${this.numEmbeddings}, ${this.embeddingDim}`;
    if (this.paddingIdx !== null) s += `, padding_idx=${this.paddingIdx}`;
    if (this.maxNorm !== null) s += `, max_norm=${this.maxNorm}`;
    return s;
  }
}
