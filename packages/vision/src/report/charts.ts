// Charts as inline SVG strings, drawn here (no chart library): line charts (training curves,
// optional log scale and smoothing) and horizontal bar charts (results per task, timings).
import { classColor, hex } from '../viz/colors';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Colour of series i (the class palette). */
export function seriesColor(i: number): string {
  return hex(classColor(i));
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** About `n` round tick values covering [lo, hi] (steps 1, 2, 5 x 10^k). */
export function niceTicks(lo: number, hi: number, n = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, n);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

/** Short text of a tick or value. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return '-';
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a >= 1e5 || a < 1e-3) return v.toExponential(1).replace('e+', 'e');
  if (a >= 100) return String(Math.round(v));
  return String(Number(v.toPrecision(3)));
}

export interface Series {
  name: string;
  points: ReadonlyArray<readonly [number, number]>;
  color?: string;
}

export interface LineChartOptions {
  title: string;
  series: readonly Series[];
  xLabel?: string;
  yLabel?: string;
  width?: number;
  height?: number;
  /** Logarithmic y axis: true, false, or 'auto' (default: when all values are > 0 and span 30x). */
  logY?: boolean | 'auto';
  /**
   * Smoothing of noisy curves (TensorBoard's debiased exponential moving average with this
   * weight, e.g. 0.8): the raw curve is drawn faintly under the smoothed one. Default 0 (off); only
   * applied to series with more than 20 points.
   */
  smooth?: number;
  /** At most this many points per series are drawn (default 800; evenly thinned, last kept). */
  maxPoints?: number;
}

function thin(points: ReadonlyArray<readonly [number, number]>, max: number): Array<readonly [number, number]> {
  if (points.length <= max) return points.slice();
  const out: Array<readonly [number, number]> = [];
  const k = points.length / max;
  for (let i = 0; i < max - 1; i++) out.push(points[Math.floor(i * k)]);
  out.push(points[points.length - 1]);
  return out;
}

function emaSmooth(points: ReadonlyArray<readonly [number, number]>, w: number): Array<[number, number]> {
  let acc = 0, n = 0;
  const out: Array<[number, number]> = [];
  for (const [x, y] of points) {
    acc = acc * w + (1 - w) * y; n++;
    out.push([x, acc / (1 - w ** n)]);
  }
  return out;
}

/** A line chart as an <svg> element (no data: a framed 'no data' box). */
export function lineChart(o: LineChartOptions): string {
  const W = o.width ?? 420, plotH = o.height ?? 220;
  const padL = 54, padR = 14, padT = 26, padB = 34;
  const series = o.series
    .map((s, i) => ({ ...s, color: s.color ?? seriesColor(i), points: s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)) }))
    .filter((s) => s.points.length > 0);
  // legend rows under the plot
  const legendItems = series.map((s) => ({ s, w: 22 + s.name.length * 6.6 }));
  const legendRows: Array<typeof legendItems> = [];
  let cur: typeof legendItems = [], curW = 0;
  for (const it of legendItems) {
    if (cur.length && curW + it.w > W - padL - padR) { legendRows.push(cur); cur = []; curW = 0; }
    cur.push(it); curW += it.w + 10;
  }
  if (cur.length) legendRows.push(cur);
  const H = plotH + legendRows.length * 16 + (legendRows.length ? 8 : 0);
  const title = `<text x="${W / 2}" y="16" text-anchor="middle" class="ct">${escapeHtml(o.title)}</text>`;
  const open = `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(o.title)}">`;
  const x0 = padL, x1 = W - padR, y0 = padT, y1 = plotH - padB;
  if (series.length === 0) {
    return `${open}${title}<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" class="frame"/>`
      + `<text x="${(x0 + x1) / 2}" y="${(y0 + y1) / 2 + 4}" text-anchor="middle" class="nodata">no data</text></svg>`;
  }
  let xmin = Infinity, xmax = -Infinity, ymin = Infinity, ymax = -Infinity;
  for (const s of series) for (const [x, y] of s.points) {
    if (x < xmin) xmin = x; if (x > xmax) xmax = x; if (y < ymin) ymin = y; if (y > ymax) ymax = y;
  }
  const log = o.logY === true ? ymin > 0 : o.logY === false ? false : ymin > 0 && ymax / ymin >= 30;
  if (xmax === xmin) { xmin -= 1; xmax += 1; }
  let lo: number, hi: number;
  if (log) {
    lo = Math.log10(ymin); hi = Math.log10(ymax);
    if (hi - lo < 1e-9) { lo -= 0.5; hi += 0.5; }
  } else {
    if (ymax === ymin) { const d = Math.abs(ymax) * 0.1 || 1; ymin -= d; ymax += d; }
    const pad = (ymax - ymin) * 0.05;
    lo = ymin - pad; hi = ymax + pad;
    if (ymin >= 0 && lo < 0) lo = 0;
  }
  const sx = (x: number) => r2(x0 + ((x - xmin) / (xmax - xmin)) * (x1 - x0));
  const sy = (y: number) => r2(y1 - (((log ? Math.log10(y) : y) - lo) / (hi - lo)) * (y1 - y0));
  const parts: string[] = [open, title];
  // grid and ticks
  const yt = log
    ? (() => {
      const t: number[] = [];
      for (let e = Math.floor(lo); e <= Math.ceil(hi); e++) for (const m of hi - lo < 2.5 ? [1, 2, 5] : [1]) {
        const v = m * 10 ** e;
        if (Math.log10(v) >= lo - 1e-9 && Math.log10(v) <= hi + 1e-9) t.push(v);
      }
      return t.length ? t : [10 ** lo];
    })()
    : niceTicks(lo, hi, 5);
  for (const v of yt) {
    const y = sy(v);
    parts.push(`<line x1="${x0}" x2="${x1}" y1="${y}" y2="${y}" class="grid"/><text x="${x0 - 5}" y="${r2(y + 3.5)}" text-anchor="end" class="tick">${formatNumber(v)}</text>`);
  }
  for (const v of niceTicks(xmin, xmax, 5)) {
    const x = sx(v);
    parts.push(`<line x1="${x}" x2="${x}" y1="${y0}" y2="${y1}" class="grid"/><text x="${x}" y="${y1 + 14}" text-anchor="middle" class="tick">${formatNumber(v)}</text>`);
  }
  parts.push(`<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" class="frame"/>`);
  if (o.xLabel) parts.push(`<text x="${(x0 + x1) / 2}" y="${y1 + 28}" text-anchor="middle" class="axis">${escapeHtml(o.xLabel)}</text>`);
  if (o.yLabel || log) {
    const yl = `${o.yLabel ?? ''}${log ? ' (log scale)' : ''}`.trim();
    parts.push(`<text transform="translate(12 ${(y0 + y1) / 2}) rotate(-90)" text-anchor="middle" class="axis">${escapeHtml(yl)}</text>`);
  }
  const path = (pts: ReadonlyArray<readonly [number, number]>) => pts.map(([x, y], i) => `${i ? 'L' : 'M'}${sx(x)} ${sy(y)}`).join('');
  const maxPts = o.maxPoints ?? 800;
  for (const s of series) {
    const pts = thin(s.points, maxPts);
    const last = s.points[s.points.length - 1];
    parts.push(`<g><title>${escapeHtml(`${s.name}: ${s.points.length} points, last ${formatNumber(last[1])} at ${formatNumber(last[0])}`)}</title>`);
    if (pts.length === 1) {
      parts.push(`<circle cx="${sx(pts[0][0])}" cy="${sy(pts[0][1])}" r="3" fill="${s.color}"/>`);
    } else if (o.smooth && o.smooth > 0 && s.points.length > 20) {
      parts.push(`<path d="${path(pts)}" fill="none" stroke="${s.color}" stroke-width="1" stroke-opacity="0.25"/>`);
      parts.push(`<path d="${path(thin(emaSmooth(s.points, o.smooth), maxPts))}" fill="none" stroke="${s.color}" stroke-width="1.8"/>`);
    } else {
      parts.push(`<path d="${path(pts)}" fill="none" stroke="${s.color}" stroke-width="1.8"/>`);
      if (pts.length <= 30) for (const [x, y] of pts) parts.push(`<circle cx="${sx(x)}" cy="${sy(y)}" r="2.2" fill="${s.color}"/>`);
    }
    parts.push('</g>');
  }
  legendRows.forEach((row, ri) => {
    let x = x0;
    const y = plotH + ri * 16 + 12;
    for (const it of row) {
      parts.push(`<rect x="${r2(x)}" y="${y - 8}" width="14" height="4" fill="${it.s.color}"/><text x="${r2(x + 18)}" y="${y - 3}" class="legend">${escapeHtml(it.s.name)}</text>`);
      x += it.w + 10;
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

export interface Bar {
  label: string;
  value: number | undefined;
  /** Drawn in the strong colour (e.g. the best value). */
  highlight?: boolean;
  /** Text after the bar (default: the value). */
  text?: string;
}

export interface BarChartOptions {
  title: string;
  bars: readonly Bar[];
  width?: number;
  color?: string;
  /** Width of the label column (default: fits the longest label). */
  labelWidth?: number;
}

/** Horizontal bars from 0 (values of both signs are drawn from 0 in their direction). */
export function barChart(o: BarChartOptions): string {
  const W = o.width ?? 360;
  const rowH = 20, padT = 26, padB = 8;
  const labelW = o.labelWidth ?? Math.min(180, 10 + Math.max(0, ...o.bars.map((b) => b.label.length)) * 6.6);
  const valueW = 12 + Math.max(4, ...o.bars.map((b) => (b.text ?? (b.value === undefined ? '-' : formatNumber(b.value))).length)) * 6.2;
  const H = padT + padB + Math.max(1, o.bars.length) * rowH;
  const color = o.color ?? seriesColor(0);
  const parts = [`<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(o.title)}">`,
    `<text x="${W / 2}" y="16" text-anchor="middle" class="ct">${escapeHtml(o.title)}</text>`];
  const vals = o.bars.map((b) => b.value).filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (vals.length === 0) {
    parts.push(`<text x="${W / 2}" y="${padT + 14}" text-anchor="middle" class="nodata">no data</text></svg>`);
    return parts.join('');
  }
  const lo = Math.min(0, ...vals), hi = Math.max(0, ...vals);
  const span = hi - lo || 1;
  const bx0 = labelW, bx1 = W - valueW;
  const sx = (v: number) => r2(bx0 + ((v - lo) / span) * (bx1 - bx0));
  o.bars.forEach((b, i) => {
    const y = padT + i * rowH;
    parts.push(`<text x="${labelW - 6}" y="${y + 14}" text-anchor="end" class="tick">${escapeHtml(b.label)}</text>`);
    if (b.value === undefined || !Number.isFinite(b.value)) {
      parts.push(`<text x="${bx0 + 4}" y="${y + 14}" class="tick">-</text>`);
      return;
    }
    const a = sx(Math.min(0, b.value)), z = sx(Math.max(0, b.value));
    parts.push(`<g><title>${escapeHtml(`${b.label}: ${b.value}`)}</title><rect x="${a}" y="${y + 3}" width="${r2(Math.max(1, z - a))}" height="${rowH - 6}" fill="${color}" fill-opacity="${b.highlight ? 1 : 0.4}"/></g>`);
    parts.push(`<text x="${r2(z + 4)}" y="${y + 14}" class="${b.highlight ? 'val best' : 'val'}">${escapeHtml(b.text ?? formatNumber(b.value))}</text>`);
  });
  if (lo < 0) parts.push(`<line x1="${sx(0)}" x2="${sx(0)}" y1="${padT}" y2="${H - padB}" class="zero"/>`);
  parts.push('</svg>');
  return parts.join('');
}
