// Semantic segmentation head: Panoptic FPN's semantic branch (see dense.ts) -> per-pixel class
// logits [N, numClasses, H, W] at the input size.
import type { Tensor } from '@must/torch';
import { DenseFPNDecoder, type DenseDecoderOptions } from './dense';

export type SegmentationHeadOptions = DenseDecoderOptions;

export class SegmentationHead extends DenseFPNDecoder {
  constructor(inChannels: number, readonly numClasses: number, opts: SegmentationHeadOptions = {}) {
    if (!Number.isInteger(numClasses) || numClasses < 1) throw new RangeError(`SegmentationHead: numClasses must be a positive integer, got ${numClasses}`);
    super(inChannels, numClasses, opts);
  }

  /** Logits [N, numClasses, H, W]; outputSize is the input image's [H, W]. */
  override forward(features: Tensor[], outputSize?: [number, number]): Tensor {
    return super.forward(features, outputSize);
  }
}
