// Visualization: drawing the five MuST tasks on RGB images and composing captioned panels, encoded
// as PNG with sharp. Used by `must predict`, the pseudo-label examples and the HTML report.
// Everything is deterministic (same inputs, same bytes). See the Report section of the README.
export {
  type RgbImage, type Rgb, type ArrayOrTensor, type NumericArray, type ToRgbOptions,
  createImage, cloneImage, toRgbImage, isRgbImage, setPixel, getPixel, fillRect, blit, upscale, encodeRgbPng, savePng,
} from './image';
export { drawText, textWidth, textHeight, fitText, GLYPH_WIDTH, GLYPH_HEIGHT, CHAR_ADVANCE, LINE_HEIGHT } from './font';
export {
  classColor, semanticColor, luminance, textColorOn, viridis, turbo, colormap, hex, BACKGROUND_COLOR, IGNORE_COLOR, type Colormap,
} from './colors';
export {
  drawBoxes, drawTag, drawInstanceMasks, colorizeSemantic, colorizeDepth, colorizeNormals, depthRange,
  type Detections, type DrawBoxesOptions, type DrawMasksOptions, type SemanticOptions, type DepthOptions, type MapOptions, type BoxList,
} from './draw';
export {
  composePanels, visualize, vizInputFromSample,
  type Panel, type ComposeOptions, type VizInput, type VisualizeOptions, type SampleLike,
} from './compose';
