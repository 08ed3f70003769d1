// Data: samples, batches, datasets (synthetic scenes, Fashion-MNIST, ImageFolder, COCO), loader.
// See the Data section of packages/vision/README.md.
export * from './sample';
export * from './raw';
export * from './batch';
export * from './errors';
export { Rng as DataRng, hashKeys, permutation } from './rng';
export { type Dataset, type DatasetSpec, datasetFromSpec, Subset, type SubsetOptions, getSample } from './dataset';
export * from './synthetic';
export * from './fashion-mnist';
export * from './image-folder';
export * from './coco';
export {
  decodeImage, readGrayPng, readRgbPng, encodePng, planesToInterleaved, interleavedToPlanes,
  depthToMillimeters, millimetersToDepth, normalsToRgb, rgbToNormals, type DecodedImage,
} from './image-io';
export * from './loader';
