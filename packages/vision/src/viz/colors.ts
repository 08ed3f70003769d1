// Fixed colours: one per class (boxes, instance masks, semantic classes) and the colour maps used
// for depth (viridis, turbo). All deterministic.
import type { Rgb } from './image';

/** Tableau 10, then further hues from a golden-ratio walk (for classes >= 10). */
const TABLEAU: Rgb[] = [
  [31, 119, 180], [255, 127, 14], [44, 160, 44], [214, 39, 40], [148, 103, 189],
  [140, 86, 75], [227, 119, 194], [127, 127, 127], [188, 189, 34], [23, 190, 207],
];

function hsv(h: number, s: number, v: number): Rgb {
  const i = Math.floor(h * 6), f = h * 6 - i;
  const p = v * (1 - s), q = v * (1 - f * s), t = v * (1 - (1 - f) * s);
  const [r, g, b] = [[v, t, p], [q, v, p], [p, v, t], [p, q, v], [t, p, v], [v, p, q]][i % 6];
  return [Math.round(r * 255), Math.round(g * 255), Math.round(b * 255)];
}

/** The colour of class `k` (0-based object classes). */
export function classColor(k: number): Rgb {
  if (k >= 0 && k < TABLEAU.length) return TABLEAU[k];
  const i = Math.abs(Math.floor(k)) - TABLEAU.length;
  return hsv((0.13 + i * 0.618033988749895) % 1, 0.55 + 0.3 * ((i * 7) % 3) / 2, 0.95 - 0.2 * ((i * 5) % 3) / 2);
}

/** Colour of semantic background classes and of ignored pixels. */
export const BACKGROUND_COLOR: Rgb = [40, 40, 48];
export const IGNORE_COLOR: Rgb = [255, 255, 255];

/**
 * The colour of semantic class `k`. The first `backgroundClasses` classes (default 1: MuST's
 * semantic class 0 is background and class c + 1 is object class c) are dark gray; the others
 * take the object class colours, so a class has the same colour in boxes, instance masks and the
 * semantic map. 255 (ignore) is white.
 */
export function semanticColor(k: number, backgroundClasses = 1): Rgb {
  if (k === 255) return IGNORE_COLOR;
  if (k < backgroundClasses) return BACKGROUND_COLOR;
  return classColor(k - backgroundClasses);
}

/** Relative luminance (ITU-R BT.709 weights on the 8-bit values). */
export function luminance(c: Rgb): number {
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/** Black or white, whichever reads better on `c`. */
export function textColorOn(c: Rgb): Rgb {
  return luminance(c) > 140 ? [0, 0, 0] : [255, 255, 255];
}

// matplotlib's viridis at 0, 0.1, ..., 1 (its luminance grows monotonically).
const VIRIDIS: Rgb[] = [
  [68, 1, 84], [72, 36, 117], [65, 68, 135], [53, 95, 141], [42, 120, 142], [33, 145, 140],
  [34, 168, 132], [68, 191, 112], [122, 209, 81], [189, 223, 38], [253, 231, 37],
];

/** Viridis at t in [0, 1] (linear between 11 stops). */
export function viridis(t: number): Rgb {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x)), f = x - i;
  const a = VIRIDIS[i], b = VIRIDIS[i + 1];
  return [Math.round(a[0] + (b[0] - a[0]) * f), Math.round(a[1] + (b[1] - a[1]) * f), Math.round(a[2] + (b[2] - a[2]) * f)];
}

/** Turbo at t in [0, 1] (Google's polynomial approximation). */
export function turbo(t: number): Rgb {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const r = 0.13572138 + x * (4.6153926 + x * (-42.66032258 + x * (132.13108234 + x * (-152.94239396 + x * 59.28637943))));
  const g = 0.09140261 + x * (2.19418839 + x * (4.84296658 + x * (-14.18503333 + x * (4.27729857 + x * 2.82956604))));
  const b = 0.1066733 + x * (12.64194608 + x * (-60.58204836 + x * (110.36276771 + x * (-89.90310912 + x * 27.34824973))));
  const c = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255);
  return [c(r), c(g), c(b)];
}

export type Colormap = 'viridis' | 'turbo';

export function colormap(name: Colormap): (t: number) => Rgb {
  if (name === 'viridis') return viridis;
  if (name === 'turbo') return turbo;
  throw new RangeError(`unknown colour map '${String(name)}' (viridis or turbo)`);
}

/** '#rrggbb' of a colour (for SVG and CSS). */
export function hex(c: Rgb): string {
  return '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
}
