// The backbone interface shared by every image model here, and input checks with clear errors.
import { Tensor, type nn } from '@must/torch';
import { ModelError } from './registry';

/** One feature map of forwardFeatures(): its channels, stride (reduction) and source module. */
export interface FeatureInfo {
  /** 'C2' .. 'C5' (the level is log2 of the stride). */
  name: string;
  /** Channels of the map. */
  channels: number;
  /** Input pixels per feature pixel: 4, 8, 16, 32. */
  stride: number;
  /** The module whose output it is ('layer1' ...), as timm's feature_info. */
  module: string;
}

/**
 * A classification backbone: forward(x) gives logits [N, numClasses] (or pooled features when
 * numClasses is 0), forwardFeatures(x) the C2..C5 maps at strides 4, 8, 16, 32 described by
 * featureInfo, in that order. Both take float [N, inChans, H, W] input.
 */
export interface Backbone extends nn.Module {
  readonly featureInfo: FeatureInfo[];
  /** Channels of the last feature map (the classifier's input), as timm's num_features. */
  readonly numFeatures: number;
  readonly inChans: number;
  /** The registry name the model was created under ('' when built directly). */
  modelName: string;
  forward(x: Tensor): Tensor;
  forwardFeatures(x: Tensor): Tensor[];
}

export interface InputCheck {
  /** Who checks, for the message: "resnet50.forward". */
  who: string;
  channels: number;
  /** H and W must be multiples of this (FPN-style models); omitted: any size >= minSize. */
  divisor?: number;
  /** Smallest H and W accepted (default 1). */
  minSize?: number;
}

/** Throws a ModelError saying what was expected unless x is float [N, C, H, W] as required. */
export function checkImageInput(x: unknown, c: InputCheck): asserts x is Tensor {
  const expected = `[N, ${c.channels}, H, W]` + (c.divisor ? ` with H and W multiples of ${c.divisor}` : '');
  if (!(x instanceof Tensor)) {
    throw new ModelError(`${c.who}: expected an image batch Tensor ${expected}, got ${x === null ? 'null' : typeof x}`);
  }
  if (x.isDisposed) throw new ModelError(`${c.who}: the input tensor has been disposed`);
  const s = x.shape;
  if (s.length !== 4) {
    const hint = s.length === 3 ? ` (a single image [C, H, W]: add the batch dimension with x.unsqueeze(0))` : '';
    throw new ModelError(`${c.who}: expected a 4-d input ${expected}, got shape [${s.join(', ')}]${hint}`);
  }
  if (s[1] !== c.channels) {
    const hint = s[3] === c.channels ? ' (channels-last data? permute with x.permute([0, 3, 1, 2]))' : '';
    throw new ModelError(`${c.who}: expected ${c.channels} input channel(s), input ${expected}, got shape [${s.join(', ')}] ` +
      `with ${s[1]} channel(s)${hint}`);
  }
  const dt = x.dtype;
  if (dt !== 'float32' && dt !== 'float64' && dt !== 'float16' && dt !== 'bfloat16') {
    throw new ModelError(`${c.who}: expected a floating-point input, got ${dt} ` +
      `(for uint8 images use x.to('float32').div(255) and normalize)`);
  }
  const min = c.minSize ?? 1;
  if (s[2] < min || s[3] < min) {
    throw new ModelError(`${c.who}: input ${s[2]}x${s[3]} is too small, H and W must be at least ${min}`);
  }
  if (c.divisor && (s[2] % c.divisor !== 0 || s[3] % c.divisor !== 0)) {
    const up = (v: number) => Math.ceil(v / c.divisor!) * c.divisor!;
    throw new ModelError(`${c.who}: input size ${s[2]}x${s[3]} is not divisible by the model's stride ${c.divisor}; ` +
      `expected ${expected} (e.g. pad to ${up(s[2])}x${up(s[3])})`);
  }
}
