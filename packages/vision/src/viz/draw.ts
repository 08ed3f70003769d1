// Drawing the five MuST tasks: boxes with class names and scores, instance masks as translucent
// colours with outlines, semantic maps with the fixed class palette, depth through a colour map
// (invalid = black) and normals as RGB = (n + 1) / 2.
import { normalsToRgb } from '../data/image-io';
import { classColor, colormap, semanticColor, textColorOn, type Colormap } from './colors';
import { drawText, fitText, GLYPH_HEIGHT, textWidth } from './font';
import { createImage, fillRect, readArray, type ArrayOrTensor, type RgbImage, type Rgb } from './image';

export type BoxList = ArrayOrTensor | ReadonlyArray<readonly number[]>;

export interface Detections {
  /** [N, 4] xyxy in pixels of the image the detections belong to (pixel-edge convention). */
  boxes: BoxList;
  /** [N] class indices (0-based). */
  classes?: ArrayOrTensor | readonly number[];
  /** [N] scores in [0, 1]. */
  scores?: ArrayOrTensor | readonly number[];
}

export interface DrawBoxesOptions {
  /** Class names for the labels (default: the index). */
  classNames?: readonly string[];
  /** Outline width in pixels (default: 1 up to 127 pixels on the short side, then 2, 3...). */
  thickness?: number;
  /** Draw "name score" tags (default true). */
  labels?: boolean;
  /** Integer scale of the 5x7 font (default 1). */
  fontScale?: number;
  /** Boxes with a score below this are not drawn (default 0). */
  minScore?: number;
  /** Multiplies box coordinates (e.g. the factor an image was upscaled by; default 1). */
  coordScale?: number;
  /** One colour for every box (default: the class colour). */
  color?: Rgb;
}

/** Plain numbers of a tensor, typed array, number[] or number[][] (flattened). */
export function flat(x: BoxList | readonly number[]): ArrayLike<number> {
  if (Array.isArray(x) && x.length > 0 && Array.isArray(x[0])) return (x as number[][]).flat();
  if (Array.isArray(x)) return x as number[];
  return readArray(x as ArrayOrTensor).data;
}

/** Pixel columns/rows a pixel-edge box [x1, x2) covers, clipped: first and last index. */
function span(a: number, b: number, size: number): [number, number] {
  return [Math.max(0, Math.round(a)), Math.min(size - 1, Math.round(b) - 1)];
}

/**
 * Draws boxes (in place) with their outlines inside the box: a box [x1, y1, x2, y2] in pixel-edge
 * coordinates (x2 = last column + 1, COCO's convention) colours columns round(x1) ..
 * round(x2) - 1 and rows round(y1) .. round(y2) - 1 of its border. Tags ("name 0.87") sit above
 * the box, or inside it at the top when there is no room. Highest scores are drawn last.
 */
export function drawBoxes(img: RgbImage, det: Detections, opts: DrawBoxesOptions = {}): RgbImage {
  const b = flat(det.boxes);
  if (b.length % 4 !== 0) throw new RangeError(`drawBoxes: ${b.length} box values (expected N x 4)`);
  const n = b.length / 4;
  const cls = det.classes !== undefined ? flat(det.classes) : undefined;
  const scores = det.scores !== undefined ? flat(det.scores) : undefined;
  if (cls && cls.length !== n) throw new RangeError(`drawBoxes: ${cls.length} classes for ${n} boxes`);
  if (scores && scores.length !== n) throw new RangeError(`drawBoxes: ${scores.length} scores for ${n} boxes`);
  const t = Math.max(1, Math.round(opts.thickness ?? Math.floor(Math.min(img.width, img.height) / 128) + 1));
  const fs = Math.max(1, Math.floor(opts.fontScale ?? 1));
  const k = opts.coordScale ?? 1;
  const minScore = opts.minScore ?? 0;
  const order = Array.from({ length: n }, (_, i) => i)
    .filter((i) => !scores || scores[i] >= minScore)
    .sort((i, j) => (scores ? scores[i] - scores[j] : 0) || i - j);
  const tags: Array<{ x: number; y: number; text: string; color: Rgb }> = [];
  for (const i of order) {
    const x1 = b[4 * i] * k, y1 = b[4 * i + 1] * k, x2 = b[4 * i + 2] * k, y2 = b[4 * i + 3] * k;
    if (!(Number.isFinite(x1) && Number.isFinite(y1) && Number.isFinite(x2) && Number.isFinite(y2))) continue;
    const [c0, c1] = span(x1, x2, img.width), [r0, r1] = span(y1, y2, img.height);
    if (c1 < c0 || r1 < r0) continue;
    const c = cls ? Number(cls[i]) : -1;
    const color = opts.color ?? (c >= 0 ? classColor(c) : [255, 255, 0] as Rgb);
    const w = c1 - c0 + 1, h = r1 - r0 + 1;
    const tt = Math.min(t, Math.ceil(w / 2), Math.ceil(h / 2));
    fillRect(img, c0, r0, w, tt, color);
    fillRect(img, c0, r1 - tt + 1, w, tt, color);
    fillRect(img, c0, r0, tt, h, color);
    fillRect(img, c1 - tt + 1, r0, tt, h, color);
    if (opts.labels !== false) {
      const name = c >= 0 ? opts.classNames?.[c] ?? String(c) : '';
      const text = [name, scores ? scores[i].toFixed(2) : ''].filter(Boolean).join(' ');
      if (text) tags.push({ x: c0, y: r0, text, color });
    }
  }
  for (const tag of tags) drawTag(img, tag.text, tag.x, tag.y, tag.color, fs);
  return img;
}

/** A filled label tag whose bottom-left is at (x, y) (moved inside the image when needed). */
export function drawTag(img: RgbImage, text: string, x: number, y: number, color: Rgb, fontScale = 1): void {
  const s = fontScale;
  const txt = fitText(text, img.width - 2 * s, s);
  const tw = textWidth(txt, s) + 2 * s, th = GLYPH_HEIGHT * s + 2 * s;
  let ty = y - th;
  if (ty < 0) ty = y; // no room above: inside the box
  if (ty + th > img.height) ty = Math.max(0, img.height - th);
  const tx = Math.max(0, Math.min(x, img.width - tw));
  fillRect(img, tx, ty, tw, th, color);
  drawText(img, txt, tx + s, ty + s, textColorOn(color), s);
}

export interface DrawMasksOptions {
  /** [N] classes: colour by class (default: colour by instance index). */
  classes?: ArrayOrTensor | readonly number[];
  /** Opacity of the fill (default 0.45); outlines are opaque. */
  alpha?: number;
  /** Draw each mask's outline (default true). */
  outline?: boolean;
  /** Threshold for float masks (default 0.5; uint8 masks are 0/1). */
  threshold?: number;
  /** Mask height and width, for flat arrays (default: the image's). */
  height?: number;
  width?: number;
}

/**
 * Overlays instance masks [N, h, w] (in place) as translucent colours with opaque outlines. The
 * masks may be smaller than the image by an integer factor or any ratio (nearest sampling), e.g.
 * when the image was upscaled for display.
 */
export function drawInstanceMasks(img: RgbImage, masks: ArrayOrTensor, opts: DrawMasksOptions = {}): RgbImage {
  const { data, shape } = readArray(masks);
  let mh = opts.height ?? img.height, mw = opts.width ?? img.width;
  if (shape) {
    if (shape.length !== 3) throw new RangeError(`drawInstanceMasks: expected [N, H, W] masks, got [${shape.join(', ')}]`);
    [, mh, mw] = shape;
  }
  const plane = mh * mw;
  if (plane === 0) return img;
  if (data.length % plane !== 0) throw new RangeError(`drawInstanceMasks: ${data.length} values is not N x ${mh} x ${mw}`);
  const n = data.length / plane;
  const cls = opts.classes !== undefined ? flat(opts.classes) : undefined;
  if (cls && cls.length !== n) throw new RangeError(`drawInstanceMasks: ${cls.length} classes for ${n} masks`);
  const alpha = opts.alpha ?? 0.45;
  const thr = opts.threshold ?? 0.5;
  const W = img.width, H = img.height;
  const mx = new Int32Array(W), my = new Int32Array(H);
  for (let x = 0; x < W; x++) mx[x] = Math.min(mw - 1, Math.floor(((x + 0.5) * mw) / W));
  for (let y = 0; y < H; y++) my[y] = Math.min(mh - 1, Math.floor(((y + 0.5) * mh) / H));
  const inside = new Uint8Array(W * H);
  const d = img.data;
  for (let i = 0; i < n; i++) {
    const color = cls ? classColor(Number(cls[i])) : classColor(i);
    const off = i * plane;
    for (let y = 0; y < H; y++) {
      const row = off + my[y] * mw;
      for (let x = 0; x < W; x++) inside[y * W + x] = data[row + mx[x]] >= thr && data[row + mx[x]] > 0 ? 1 : 0;
    }
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const p = y * W + x;
        if (!inside[p]) continue;
        const edge = opts.outline !== false && (
          (x > 0 && !inside[p - 1]) || (x < W - 1 && !inside[p + 1]) || (y > 0 && !inside[p - W]) || (y < H - 1 && !inside[p + W]));
        const a = edge ? 1 : alpha;
        const q = 3 * p;
        d[q] = Math.round(d[q] + (color[0] - d[q]) * a);
        d[q + 1] = Math.round(d[q + 1] + (color[1] - d[q + 1]) * a);
        d[q + 2] = Math.round(d[q + 2] + (color[2] - d[q + 2]) * a);
      }
    }
  }
  return img;
}

export interface MapOptions {
  /** Needed for flat arrays. */
  height?: number;
  width?: number;
}

function mapShape(name: string, data: ArrayLike<number>, shape: number[] | undefined, opts: MapOptions, channels: number): [number, number] {
  if (shape) {
    let s = shape;
    while (s.length > (channels === 1 ? 2 : 3) && s[0] === 1) s = s.slice(1); // [1, H, W], [1, 3, H, W]
    if (channels === 1 && s.length === 2) return [s[0], s[1]];
    if (channels === 3 && s.length === 3 && s[0] === 3) return [s[1], s[2]];
    throw new RangeError(`${name}: unexpected shape [${shape.join(', ')}]`);
  }
  if (opts.height === undefined || opts.width === undefined) throw new RangeError(`${name}: a flat array needs height and width`);
  if (data.length !== channels * opts.height * opts.width) throw new RangeError(`${name}: ${data.length} values for ${channels}x${opts.height}x${opts.width}`);
  return [opts.height, opts.width];
}

export interface SemanticOptions extends MapOptions {
  /** Leading background classes drawn dark gray (default 1; see semanticColor). */
  backgroundClasses?: number;
}

/**
 * Class indices [H, W] (255 = ignore, white) as colours; scores or logits [K, H, W] are reduced by
 * argmax first.
 */
export function colorizeSemantic(semantic: ArrayOrTensor, opts: SemanticOptions = {}): RgbImage {
  const { data, shape } = readArray(semantic);
  let idx: ArrayLike<number> = data;
  let h: number, w: number;
  if (shape && shape.length === 3 && shape[0] > 1) {
    const [k, hh, ww] = shape;
    h = hh; w = ww;
    const hw = h * w;
    const am = new Uint8Array(hw);
    for (let p = 0; p < hw; p++) {
      let best = 0, bv = data[p];
      for (let c = 1; c < k; c++) if (data[c * hw + p] > bv) { bv = data[c * hw + p]; best = c; }
      am[p] = best;
    }
    idx = am;
  } else {
    [h, w] = mapShape('colorizeSemantic', data, shape, opts, 1);
  }
  const out = createImage(w, h);
  const bg = opts.backgroundClasses ?? 1;
  const cache = new Map<number, Rgb>();
  for (let p = 0; p < h * w; p++) {
    const k = Number(idx[p]);
    let c = cache.get(k);
    if (!c) { c = semanticColor(k, bg); cache.set(k, c); }
    out.data[3 * p] = c[0]; out.data[3 * p + 1] = c[1]; out.data[3 * p + 2] = c[2];
  }
  return out;
}

/** [min, max] of the valid (finite, > 0) depths, or null when none is valid. */
export function depthRange(depth: ArrayOrTensor): [number, number] | null {
  const { data } = readArray(depth);
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const d = data[i];
    if (d > 0 && d < Infinity) { if (d < lo) lo = d; if (d > hi) hi = d; }
  }
  return lo <= hi ? [lo, hi] : null;
}

export interface DepthOptions extends MapOptions {
  /** Depths mapped to the ends of the colour map (default: min and max of the valid depths). */
  range?: [number, number];
  /** 'viridis' (default; its brightness is monotone) or 'turbo'. */
  colormap?: Colormap;
  /**
   * false (default): near is the bright end (viridis yellow, turbo red), far the dark end;
   * true: the reverse.
   */
  reverse?: boolean;
}

/**
 * Depth [H, W] (or [1, H, W]) as colours: t = (d - min) / (max - min) clamped to [0, 1], colour =
 * map(1 - t) (near bright) or map(t) with `reverse`. Invalid depths (0, negative, NaN, inf) are
 * black.
 */
export function colorizeDepth(depth: ArrayOrTensor, opts: DepthOptions = {}): RgbImage {
  const { data, shape } = readArray(depth);
  const [h, w] = mapShape('colorizeDepth', data, shape, opts, 1);
  const out = createImage(w, h);
  const range = opts.range ?? depthRange(data) ?? [0, 1];
  const [lo, hi] = range;
  const span = hi > lo ? hi - lo : 1;
  const cmap = colormap(opts.colormap ?? 'viridis');
  // 1024-entry table: the same colour for the same depth everywhere
  const lut: Rgb[] = [];
  for (let i = 0; i < 1024; i++) lut.push(cmap(opts.reverse ? i / 1023 : 1 - i / 1023));
  for (let p = 0; p < h * w; p++) {
    const d = data[p];
    if (!(d > 0 && d < Infinity)) continue;
    const t = Math.min(1, Math.max(0, (d - lo) / span));
    const c = lut[Math.round(t * 1023)];
    out.data[3 * p] = c[0]; out.data[3 * p + 1] = c[1]; out.data[3 * p + 2] = c[2];
  }
  return out;
}

/**
 * Normals [3, H, W] as colours: RGB = round((n + 1) / 2 * 255) (x red, y green, z blue; the
 * encoding of the normals PNGs); all-zero (invalid) is black, and a valid normal is never black.
 */
export function colorizeNormals(normals: ArrayOrTensor, opts: MapOptions = {}): RgbImage {
  const { data, shape } = readArray(normals);
  const [h, w] = mapShape('colorizeNormals', data, shape, opts, 3);
  const f = data instanceof Float32Array ? data : Float32Array.from(data);
  return { width: w, height: h, data: normalsToRgb(f, h, w) };
}
