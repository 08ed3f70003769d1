// Task heads: classification, semantic segmentation, depth, surface normals (and the dense
// decoder they share). Detection uses the RetinaNet head of src/detection.
export { ClassificationHead } from './classification';
export type { ClassificationHeadOptions } from './classification';
export { DenseFPNDecoder, ConvGNReLU } from './dense';
export type { DenseDecoderOptions, Fusion } from './dense';
export { SegmentationHead } from './segmentation';
export type { SegmentationHeadOptions } from './segmentation';
export { DepthHead } from './depth';
export type { DepthHeadOptions } from './depth';
export { NormalsHead } from './normals';
export type { NormalsHeadOptions } from './normals';
