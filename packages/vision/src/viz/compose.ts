// Panels side by side with a caption above each, and `visualize`: one picture of an image with
// any of its labels or predictions (classification, boxes and instance masks, semantic map,
// depth, normals), as used by `must predict`, the pseudo-label examples and the report.
import { drawBoxes, drawInstanceMasks, colorizeDepth, colorizeNormals, colorizeSemantic, depthRange, flat, type BoxList } from './draw';
import type { Colormap } from './colors';
import { drawText, fitText, LINE_HEIGHT } from './font';
import { blit, createImage, isTensor, readArray, toRgbImage, upscale, type ArrayOrTensor, type Rgb, type RgbImage } from './image';

export interface Panel {
  image: RgbImage;
  label?: string;
}

export interface ComposeOptions {
  /** Pixels between panels (default 6) and around them (default 6). */
  gap?: number;
  margin?: number;
  /** Panels per row (default: all in one row). */
  columns?: number;
  background?: Rgb;
  textColor?: Rgb;
  /** Integer scale of the caption font (default 1). */
  fontScale?: number;
}

/**
 * Lays panels out left to right (wrapping after `columns`), each with its caption above it
 * (cut to the panel's width); panels of different sizes are top-aligned.
 */
export function composePanels(panels: readonly Panel[], opts: ComposeOptions = {}): RgbImage {
  const gap = opts.gap ?? 6, margin = opts.margin ?? 6, fs = Math.max(1, Math.floor(opts.fontScale ?? 1));
  const cols = Math.max(1, Math.min(opts.columns ?? panels.length, panels.length || 1));
  const bg = opts.background ?? [255, 255, 255], fg = opts.textColor ?? [33, 37, 41];
  const hasLabels = panels.some((p) => p.label);
  const capH = hasLabels ? LINE_HEIGHT * fs + 4 : 0;
  const rows: Panel[][] = [];
  for (let i = 0; i < panels.length; i += cols) rows.push(panels.slice(i, i + cols));
  const colW = Array.from({ length: cols }, (_, c) => Math.max(0, ...rows.map((r) => r[c]?.image.width ?? 0)));
  const rowH = rows.map((r) => Math.max(0, ...r.map((p) => p.image.height)) + capH);
  const width = 2 * margin + colW.reduce((a, b) => a + b, 0) + gap * (cols - 1);
  const height = 2 * margin + rowH.reduce((a, b) => a + b, 0) + gap * Math.max(0, rows.length - 1);
  const out = createImage(Math.max(1, width), Math.max(1, height), bg);
  let y = margin;
  rows.forEach((r, ri) => {
    let x = margin;
    r.forEach((p, c) => {
      if (p.label) drawText(out, fitText(p.label, colW[c], fs), x, y + 1, fg, fs);
      blit(out, p.image, x, y + capH);
      x += colW[c] + gap;
    });
    y += rowH[ri] + gap;
  });
  return out;
}

/** An image with any of its labels or predictions (tensors or typed arrays). */
export interface VizInput {
  /** [3, H, W] / [1, H, W] float in [0, 1], CHW planes (with height/width), or an RgbImage. */
  image: ArrayOrTensor | RgbImage;
  height?: number;
  width?: number;
  /** Class index, or K class probabilities (the best is shown with its probability). */
  label?: number | ArrayOrTensor;
  /** Detections: [N, 4] xyxy pixels, [N] classes, [N] scores (optional). */
  boxes?: BoxList;
  classes?: ArrayOrTensor | readonly number[];
  scores?: ArrayOrTensor | readonly number[];
  /** [N, H, W] instance masks (0/1, or probabilities thresholded at 0.5). */
  masks?: ArrayOrTensor;
  /** [H, W] class indices (255 ignore) or [K, H, W] scores. */
  semantic?: ArrayOrTensor;
  /** [H, W] meters, 0 = invalid. */
  depth?: ArrayOrTensor;
  /** [3, H, W] unit vectors, 0 = invalid. */
  normals?: ArrayOrTensor;
}

export interface VisualizeOptions {
  /** Object class names (boxes, classification). */
  classNames?: readonly string[];
  /** Boxes with a lower score are not drawn (default 0.3 when there are scores). */
  minScore?: number;
  /**
   * Integer upscaling of every panel (nearest neighbour), so that small images get readable
   * tags. Default: the smallest factor making the short side >= 160 pixels (at most 8).
   */
  scale?: number;
  /** Depth range for the colour map (default: the valid depths' min and max). */
  depthRange?: [number, number];
  colormap?: Colormap;
  /** Leading background classes of the semantic map (default 1). */
  backgroundClasses?: number;
  /** Caption of the first panel (default 'image'). */
  title?: string;
  /** Panels per row (default: one row). */
  columns?: number;
}

function bestClass(label: number | ArrayOrTensor): { index: number; prob?: number } {
  if (typeof label === 'number') return { index: label };
  const { data } = readArray(label);
  if (data.length === 1 && !(isTensor(label) && label.shape.length === 1 && label.shape[0] === 1)) return { index: Number(data[0]) };
  let best = 0;
  for (let i = 1; i < data.length; i++) if (data[i] > data[best]) best = i;
  return { index: best, prob: Number(data[best]) };
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

/**
 * One picture of an image and whatever labels or predictions it has, side by side: the image
 * (caption: the classification label), the image with instance masks and boxes, the semantic
 * map, the depth map (caption: its range in meters) and the normals. Deterministic.
 */
export function visualize(input: VizInput, opts: VisualizeOptions = {}): RgbImage {
  const base = toRgbImage(input.image, { height: input.height, width: input.width });
  const H = base.height, W = base.width;
  const f = Math.max(1, Math.floor(opts.scale ?? Math.min(8, Math.ceil(160 / Math.max(1, Math.min(H, W))))));
  const big = upscale(base, f);
  const panels: Panel[] = [];
  let title = opts.title ?? 'image';
  if (input.label !== undefined) {
    const { index, prob } = bestClass(input.label);
    title += `: ${opts.classNames?.[index] ?? index}${prob !== undefined ? ` ${prob.toFixed(2)}` : ''}`;
  }
  panels.push({ image: big, label: title });
  if (input.boxes !== undefined || input.masks !== undefined) {
    const det = upscale(base, f);
    const scores = input.scores !== undefined ? flat(input.scores) : undefined;
    const classes = input.classes !== undefined ? flat(input.classes) : undefined;
    const minScore = opts.minScore ?? (scores ? 0.3 : 0);
    const boxes = input.boxes !== undefined ? flat(input.boxes) : undefined;
    let masks: { data: ArrayLike<number>; h: number; w: number } | undefined;
    if (input.masks !== undefined) {
      const m = readArray(input.masks);
      masks = { data: m.data, h: m.shape ? m.shape[m.shape.length - 2] : H, w: m.shape ? m.shape[m.shape.length - 1] : W };
    }
    const n = boxes ? boxes.length / 4 : masks ? masks.data.length / Math.max(1, masks.h * masks.w) : 0;
    const keep: number[] = [];
    for (let i = 0; i < n; i++) if (!scores || scores[i] >= minScore) keep.push(i);
    if (masks && masks.h * masks.w > 0) {
      const plane = masks.h * masks.w;
      const sel = new Float32Array(keep.length * plane);
      keep.forEach((i, j) => { sel.set(Float32Array.from({ length: plane }, (_, p) => masks!.data[i * plane + p]), j * plane); });
      drawInstanceMasks(det, sel, { classes: classes ? keep.map((i) => Number(classes[i])) : undefined, height: masks.h, width: masks.w });
    }
    if (boxes) {
      drawBoxes(det, { boxes, classes, scores }, {
        classNames: opts.classNames, minScore, coordScale: f, thickness: Math.max(1, Math.round(f / 2)),
      });
    }
    const what = boxes ? (masks ? 'boxes+masks' : 'boxes') : 'masks';
    panels.push({ image: det, label: `${what} (${keep.length})` });
  }
  if (input.semantic !== undefined) {
    panels.push({ image: upscale(colorizeSemantic(input.semantic, { height: H, width: W, backgroundClasses: opts.backgroundClasses }), f), label: 'semantic' });
  }
  if (input.depth !== undefined) {
    const range = opts.depthRange ?? depthRange(input.depth) ?? undefined;
    const img = colorizeDepth(input.depth, { height: H, width: W, range, colormap: opts.colormap });
    panels.push({ image: upscale(img, f), label: range ? `depth ${fmt(range[0])}-${fmt(range[1])} m` : 'depth (none valid)' });
  }
  if (input.normals !== undefined) {
    panels.push({ image: upscale(colorizeNormals(input.normals, { height: H, width: W }), f), label: 'normals' });
  }
  return composePanels(panels, { columns: opts.columns });
}

/** A Sample (tensors) or RawSample (typed arrays), as far as visualize needs it. */
export interface SampleLike {
  image: ArrayOrTensor;
  height?: number;
  width?: number;
  label?: number | ArrayOrTensor;
  instances?: { boxes: ArrayOrTensor; classes: ArrayOrTensor; masks?: ArrayOrTensor; scores?: ArrayOrTensor };
  semantic?: ArrayOrTensor;
  depth?: ArrayOrTensor;
  normals?: ArrayOrTensor;
}

/** The VizInput of a Sample or RawSample (ground truth or pseudo labels). */
export function vizInputFromSample(s: SampleLike): VizInput {
  let height = s.height, width = s.width;
  if (isTensor(s.image)) { const sh = s.image.shape; height = sh[sh.length - 2]; width = sh[sh.length - 1]; }
  const out: VizInput = { image: s.image, height, width };
  if (s.label !== undefined) out.label = s.label;
  if (s.instances) {
    out.boxes = s.instances.boxes;
    out.classes = s.instances.classes;
    if (s.instances.scores !== undefined) out.scores = s.instances.scores;
    if (s.instances.masks !== undefined) out.masks = s.instances.masks;
  }
  if (s.semantic !== undefined) out.semantic = s.semantic;
  if (s.depth !== undefined) out.depth = s.depth;
  if (s.normals !== undefined) out.normals = s.normals;
  return out;
}
