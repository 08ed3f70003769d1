export { SyntheticScenes } from './dataset';
export type { SyntheticScenesOptions, RenderedScene } from './dataset';
export { SHAPE_CLASSES } from './scene';
export type { ShapeClass } from './scene';
