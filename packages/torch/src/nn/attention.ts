// MultiheadAttention (torch/nn/modules/activation.py with F.multi_head_attention_forward of
// PyTorch 1.13): packed in-projection, optional masks, averaged attention weights.
import type { Tensor } from '../tensor';
import { empty, zerosLike } from '../factories';
import { tidy } from '../scope';
import * as ops from '../ops.generated';
import { Module } from './module';
import { Parameter } from './parameter';
import * as init from './init';
import { type FactoryKwargs, Linear } from './linear';

export interface MultiheadAttentionOptions extends FactoryKwargs {
  /** Dropout on the attention weights in training (default 0). */
  dropout?: number;
  /** Biases of the in- and out-projections (default true). */
  bias?: boolean;
  /**
   * Inputs and output are [batch, seq, embed] (default true here, the layout of vision
   * transformers; PyTorch's default is false, [seq, batch, embed]).
   */
  batchFirst?: boolean;
}

export interface MultiheadAttentionForwardOptions {
  /** [batch, srcLen]: true (bool) marks keys to ignore; a float mask is added to the scores. */
  keyPaddingMask?: Tensor | null;
  /** Return the attention weights (default true). */
  needWeights?: boolean;
  /** [tgtLen, srcLen] or [batch * numHeads, tgtLen, srcLen]: true (bool) forbids; float is added. */
  attnMask?: Tensor | null;
  /** Average the weights over heads ([batch, tgtLen, srcLen]) or not ([batch, heads, tgt, src]). */
  averageAttnWeights?: boolean;
}

export class MultiheadAttention extends Module {
  readonly headDim: number;
  readonly dropout: number;
  readonly batchFirst: boolean;
  inProjWeight: Tensor;
  inProjBias: Tensor | null;
  outProj: Linear;

  constructor(readonly embedDim: number, readonly numHeads: number, opts: MultiheadAttentionOptions = {}) {
    super();
    this.headDim = Math.floor(embedDim / numHeads);
    if (this.headDim * numHeads !== embedDim) throw new RangeError('embed_dim must be divisible by num_heads');
    this.dropout = opts.dropout ?? 0;
    this.batchFirst = opts.batchFirst ?? true;
    const f = { dtype: opts.dtype, device: opts.device };
    const bias = opts.bias ?? true;
    // Registration (and RNG) order as PyTorch: in_proj_weight, in_proj_bias, out_proj, then init.
    this.inProjWeight = new Parameter(empty([3 * embedDim, embedDim], f));
    this.inProjBias = bias ? new Parameter(empty([3 * embedDim], f)) : null;
    this.outProj = new Linear(embedDim, embedDim, { bias, ...f });
    this.resetParameters();
  }

  resetParameters(): void {
    init.xavierUniform_(this.inProjWeight);
    if (this.inProjBias) {
      init.constant_(this.inProjBias, 0);
      init.constant_(this.outProj.bias!, 0);
    }
  }

  /** Returns [output, attention weights or null]; query [B, L, E], key/value [B, S, E] (batchFirst). */
  override forward(query: Tensor, key: Tensor, value: Tensor, opts: MultiheadAttentionForwardOptions = {}): [Tensor, Tensor | null] {
    return tidy(() => this.#attend(query, key, value, opts));
  }

  #attend(query: Tensor, key: Tensor, value: Tensor, opts: MultiheadAttentionForwardOptions): [Tensor, Tensor | null] {
    const needWeights = opts.needWeights ?? true;
    const average = opts.averageAttnWeights ?? true;
    const batched = query.ndim === 3;
    const H = this.numHeads;
    const E = this.embedDim;
    const hd = this.headDim;
    let keyPaddingMask = opts.keyPaddingMask ?? null;
    let attnMask = opts.attnMask ?? null;

    // To [seq, batch, embed]; `is` relations between q, k and v are kept (they pick the packed path).
    let q = query;
    let k = key;
    let v = value;
    if (this.batchFirst && batched) {
      if (key === value) {
        if (query === key) {
          q = k = v = query.transpose(1, 0);
        } else {
          q = query.transpose(1, 0);
          k = v = key.transpose(1, 0);
        }
      } else {
        [q, k, v] = [query, key, value].map((x) => x.transpose(1, 0));
      }
    }
    if (!batched) {
      // Unbatched [L, E]: a batch of one at dim 1.
      const same = [q === k, k === v];
      q = q.unsqueeze(1);
      k = same[0] ? q : k.unsqueeze(1);
      v = same[1] ? k : v.unsqueeze(1);
      if (keyPaddingMask) keyPaddingMask = keyPaddingMask.unsqueeze(0);
    }
    const [tgtLen, bsz, embed] = q.shape;
    const srcLen = k.shape[0];
    if (embed !== E) throw new RangeError(`was expecting embedding dimension of ${E}, but got ${embed}`);

    // In-projection with the packed [3E, E] weight.
    const w = this.inProjWeight;
    const b = this.inProjBias;
    let qp: Tensor;
    let kp: Tensor;
    let vp: Tensor;
    if (k === v) {
      if (q === k) {
        [qp, kp, vp] = ops.linear(q, w, { bias: b }).chunk(3, { dim: -1 });
      } else {
        const [wq, wkv] = w.split([E, 2 * E]);
        const [bq, bkv] = b ? b.split([E, 2 * E]) : [null, null];
        qp = ops.linear(q, wq, { bias: bq });
        [kp, vp] = ops.linear(k, wkv, { bias: bkv }).chunk(2, { dim: -1 });
      }
    } else {
      const [wq, wk, wv] = w.chunk(3);
      const [bq, bk, bv] = b ? b.chunk(3) : [null, null, null];
      qp = ops.linear(q, wq, { bias: bq });
      kp = ops.linear(k, wk, { bias: bk });
      vp = ops.linear(v, wv, { bias: bv });
    }

    // Masks to one additive float mask of [1 | B*H, L, S].
    if (attnMask) {
      if (attnMask.dtype === 'uint8') attnMask = attnMask.to('bool');
      else if (attnMask.dtype !== 'bool' && !attnMask.dtype.startsWith('float') && attnMask.dtype !== 'bfloat16') {
        throw new TypeError(`Only float, byte, and bool types are supported for attn_mask, not ${attnMask.dtype}`);
      }
      const s = attnMask.shape;
      if (s.length === 2) {
        if (s[0] !== tgtLen || s[1] !== srcLen) throw new RangeError(`The shape of the 2D attn_mask is [${s}], but should be [${tgtLen}, ${srcLen}].`);
        attnMask = attnMask.unsqueeze(0);
      } else if (s.length === 3) {
        if (s[0] !== bsz * H || s[1] !== tgtLen || s[2] !== srcLen) {
          throw new RangeError(`The shape of the 3D attn_mask is [${s}], but should be [${bsz * H}, ${tgtLen}, ${srcLen}].`);
        }
      } else {
        throw new RangeError(`attn_mask's dimension ${s.length} is not supported`);
      }
    }
    const qh = qp.contiguous().view([tgtLen, bsz * H, hd]).transpose(0, 1);
    const kh = kp.contiguous().view([srcLen, bsz * H, hd]).transpose(0, 1);
    const vh = vp.contiguous().view([srcLen, bsz * H, hd]).transpose(0, 1);
    if (keyPaddingMask) {
      const s = keyPaddingMask.shape;
      if (s.length !== 2 || s[0] !== bsz || s[1] !== srcLen) {
        throw new RangeError(`expecting key_padding_mask shape of [${bsz}, ${srcLen}], but got [${s}]`);
      }
      if (keyPaddingMask.dtype !== 'bool' && !keyPaddingMask.dtype.startsWith('float')) {
        throw new TypeError('only bool and floating types of key_padding_mask are supported');
      }
      const kpm = keyPaddingMask.view([bsz, 1, 1, srcLen]).expand([-1, H, -1, -1]).reshape([bsz * H, 1, srcLen]);
      if (!attnMask) attnMask = kpm;
      else if (attnMask.dtype === 'bool') attnMask = attnMask.logicalOr(kpm);
      else attnMask = attnMask.maskedFill(kpm, -Infinity);
    }
    if (attnMask && attnMask.dtype === 'bool') {
      attnMask = zerosLike(attnMask, { dtype: qh.dtype }).maskedFill_(attnMask, -Infinity);
    }
    const dropoutP = this.training ? this.dropout : 0;

    const qScaled = qh.div(Math.sqrt(hd));
    const kT = kh.transpose(-2, -1);
    let weights = attnMask ? ops.baddbmm(attnMask, qScaled, kT) : ops.bmm(qScaled, kT);
    weights = ops.softmax(weights, -1);
    if (dropoutP > 0) weights = ops.dropout(weights, dropoutP, true);
    let out = ops.bmm(weights, vh);
    out = out.transpose(0, 1).contiguous().view([tgtLen * bsz, E]);
    out = this.outProj.forward(out).view([tgtLen, bsz, E]);

    let attn: Tensor | null = null;
    if (needWeights) {
      attn = weights.view([bsz, H, tgtLen, srcLen]);
      if (average) attn = attn.sum(1).div(H);
      if (!batched) attn = attn.squeeze(0);
    }
    if (!batched) out = out.squeeze(1);
    else if (this.batchFirst) out = out.transpose(1, 0);
    return [out, attn];
  }

}
