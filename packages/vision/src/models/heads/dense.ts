// The dense-prediction decoder of Panoptic FPN's semantic branch (Kirillov et al. 2019; as
// detectron2's SemSegFPNHead): every pyramid level P2..P5 (strides 4..32) goes through
// max(1, log2(stride / 4)) blocks of conv3x3 -> GroupNorm -> ReLU, each followed by a 2x bilinear
// upsampling except at stride 4, so that all levels reach stride 4; the levels are summed (or
// concatenated), a 1x1 'predictor' conv gives the outputs, which are upsampled (bilinear) to the
// input size. Module names follow detectron2's: p2, p3, p4, p5 (Sequential of conv blocks and
// Upsample), each conv holding its norm ('p3.0.weight', 'p3.0.norm.weight'), then 'predictor'.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';

const { nn } = torch;

export type Fusion = 'sum' | 'concat';

/** conv3x3 (no bias) with its GroupNorm as the 'norm' child, then ReLU (detectron2's Conv2d with norm). */
export class ConvGNReLU extends nn.Conv2d {
  norm: torch.nn.GroupNorm;

  constructor(inChannels: number, outChannels: number, groups: number, device?: string) {
    super(inChannels, outChannels, 3, { padding: 1, bias: false, device });
    this.norm = new nn.GroupNorm(groups, outChannels, { device });
    nn.init.kaimingNormal_(this.weight, { mode: 'fan_out', nonlinearity: 'relu' });
  }

  override forward(x: Tensor): Tensor {
    using c = super.forward(x);
    return this.norm.forward(c).relu_();
  }
}

export interface DenseDecoderOptions {
  /** Channels of the fused stride-4 map (detectron2: 128). */
  convDims?: number;
  /** GroupNorm groups (default 32; must divide convDims). */
  normGroups?: number;
  /** 'sum' (Panoptic FPN) or 'concat' of the four upsampled levels. */
  fusion?: Fusion;
  /** Strides of the input levels (default [4, 8, 16, 32], i.e. P2..P5). */
  strides?: number[];
  device?: string;
}

/**
 * Base of the dense heads: decodes P2..P5 (all with `inChannels` channels) into `outChannels`
 * maps at the input resolution. forward(features, outputSize) returns the raw predictor output
 * upsampled to outputSize [H, W]; the heads add their output activation.
 */
export class DenseFPNDecoder extends nn.Module {
  /** The 1x1 output conv (registered after the levels, so the keys come in detectron2's order). */
  declare predictor: torch.nn.Conv2d;
  readonly strides: number[];
  readonly fusion: Fusion;
  readonly convDims: number;
  readonly #levels: torch.nn.Sequential[] = [];

  constructor(readonly inChannels: number, readonly outChannels: number, opts: DenseDecoderOptions = {}) {
    super();
    this.strides = opts.strides ?? [4, 8, 16, 32];
    this.fusion = opts.fusion ?? 'sum';
    this.convDims = opts.convDims ?? 128;
    const groups = opts.normGroups ?? 32;
    if (this.fusion !== 'sum' && this.fusion !== 'concat') throw new RangeError(`dense head: fusion must be 'sum' or 'concat', got '${this.fusion as string}'`);
    if (this.convDims % groups !== 0) throw new RangeError(`dense head: convDims ${this.convDims} is not divisible by normGroups ${groups}`);
    const base = this.strides[0];
    for (const stride of this.strides) {
      const ups = Math.round(Math.log2(stride / base));
      if (2 ** ups * base !== stride) throw new RangeError(`dense head: strides must be the first stride times powers of 2, got [${this.strides}]`);
      const ops: torch.nn.Module[] = [];
      for (let k = 0; k < Math.max(1, ups); k++) {
        ops.push(new ConvGNReLU(k === 0 ? inChannels : this.convDims, this.convDims, groups, opts.device));
        if (ups > 0) ops.push(new nn.Upsample({ scaleFactor: 2, mode: 'bilinear', alignCorners: false }));
      }
      const seq = new nn.Sequential(...ops);
      this.registerModule(`p${Math.round(Math.log2(stride))}`, seq);
      this.#levels.push(seq);
    }
    const predIn = this.fusion === 'sum' ? this.convDims : this.convDims * this.strides.length;
    const predictor = new nn.Conv2d(predIn, outChannels, 1, { device: opts.device });
    // small outputs at init (RetinaNet's heads do the same): kaiming fan_out on a predictor with 1-9
    // outputs gave depth 22 +- 6 and segmentation logits +- 20, whose first gradients could kill
    // the depth head (softplus saturated at 0) once the gradient clip was raised
    nn.init.normal_(predictor.weight, { std: 0.01 });
    nn.init.zeros_(predictor.bias!);
    this.registerModule('predictor', predictor);
  }

  /** The fused stride-`strides[0]` map [N, convDims (x levels for concat), H/4, W/4]. */
  fuse(features: Tensor[]): Tensor {
    if (features.length !== this.#levels.length) {
      throw new RangeError(`dense head: expected ${this.#levels.length} feature maps (strides ${this.strides.join(', ')}), got ${features.length}`);
    }
    return torch.tidy(() => {
      const maps = this.#levels.map((seq, i) => {
        const f = features[i];
        if (f.shape[1] !== this.inChannels) throw new RangeError(`dense head: level ${i} has ${f.shape[1]} channels, expected ${this.inChannels}`);
        return seq.forward(f) as Tensor;
      });
      const [h, w] = maps[0].shape.slice(2);
      maps.forEach((m, i) => {
        if (m.shape[2] !== h || m.shape[3] !== w) {
          throw new RangeError(`dense head: level ${i} (stride ${this.strides[i]}) upsamples to ${m.shape[2]}x${m.shape[3]}, ` +
            `level 0 is ${h}x${w}: the input size must be divisible by ${this.strides[this.strides.length - 1]}`);
        }
      });
      if (this.fusion === 'concat') return torch.cat(maps, { dim: 1 });
      let acc = maps[0];
      for (let i = 1; i < maps.length; i++) acc = acc.add(maps[i]);
      return acc;
    });
  }

  /** Raw outputs [N, outChannels, H, W] at outputSize (default: strides[0] times the first level's size). */
  override forward(features: Tensor[], outputSize?: [number, number]): Tensor {
    return torch.tidy(() => {
      const fused = this.fuse(features);
      const pred = this.predictor.forward(fused);
      const size = outputSize ?? [pred.shape[2] * this.strides[0], pred.shape[3] * this.strides[0]];
      if (size[0] === pred.shape[2] && size[1] === pred.shape[3]) return pred;
      return nn.interpolate(pred, { size, mode: 'bilinear', alignCorners: false });
    });
  }
}
