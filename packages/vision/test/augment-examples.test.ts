// Writes example pictures of every augmentation to os.tmpdir()/must-augment-examples (the path is
// printed): one PNG per augmentation, one row per seed, columns image + boxes | instance masks |
// semantic | depth | normals, so label alignment can be checked by eye. Corruptions: one PNG
// with the 15 corruptions (rows) at severities 1..5 (columns).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import sharp from 'sharp';
import type { Sample } from '../src';
import * as vision from '../src';
import { augment } from '../src';
import { disposeAll, makeSample } from './augment-helpers';

torch.setNumThreads(1);
const A = augment;
const OUT = path.join(os.tmpdir(), 'must-augment-examples');

const PALETTE = [[230, 25, 75], [60, 180, 75], [255, 225, 25], [0, 130, 200], [245, 130, 48], [145, 30, 180], [70, 240, 240], [240, 50, 230], [210, 245, 60], [250, 190, 212]];

/** The scene samples of the data package when available, else the test helper's drawn shapes. */
function scene(i: number, size = 96): Sample {
  const Synthetic = (vision as unknown as Record<string, unknown>).SyntheticScenes as (new (o: object) => { get(i: number): Sample }) | undefined;
  if (Synthetic) {
    try {
      return new Synthetic({ size, length: 16, seed: 3 }).get(i);
    } catch {
      // fall through
    }
  }
  return makeSample(100 + i, { h: size, w: size, n: 5 });
}

/** One row of panels [3, H, 5W] as RGB bytes. */
function panels(s: Sample): { data: Uint8Array; h: number; w: number } {
  const [h, w] = s.image.shape.slice(-2);
  const W5 = 5 * w;
  const out = new Uint8Array(h * W5 * 3);
  const put = (panel: number, y: number, x: number, rgb: number[]) => {
    if (y < 0 || y >= h || x < 0 || x >= w) return;
    const o = (y * W5 + panel * w + x) * 3;
    out[o] = rgb[0]; out[o + 1] = rgb[1]; out[o + 2] = rgb[2];
  };
  const img = s.image.dataSync() as Float32Array;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const rgb = [0, 1, 2].map((c) => Math.round(Math.min(1, Math.max(0, img[c * h * w + y * w + x])) * 255));
    put(0, y, x, rgb);
    put(1, y, x, rgb.map((v) => v >> 2));
  }
  if (s.instances) {
    const n = s.instances.boxes.shape[0];
    const cls = s.instances.classes.toArray() as number[];
    if (s.instances.masks) {
      const m = s.instances.masks.dataSync() as Uint8Array;
      for (let k = 0; k < n; k++) for (let p = 0; p < h * w; p++) if (m[k * h * w + p]) put(1, Math.floor(p / w), p % w, PALETTE[k % PALETTE.length]);
    }
    const b = s.instances.boxes.dataSync() as Float32Array;
    for (let k = 0; k < n; k++) {
      const col = PALETTE[cls[k] % PALETTE.length];
      const [x1, y1, x2, y2] = [b[4 * k], b[4 * k + 1], b[4 * k + 2] - 1, b[4 * k + 3] - 1].map(Math.round);
      for (let x = x1; x <= x2; x++) { put(0, y1, x, col); put(0, y2, x, col); }
      for (let y = y1; y <= y2; y++) { put(0, y, x1, col); put(0, y, x2, col); }
    }
  }
  if (s.semantic) {
    const sem = s.semantic.dataSync() as Uint8Array;
    for (let p = 0; p < h * w; p++) {
      const v = sem[p];
      put(2, Math.floor(p / w), p % w, v === 255 ? [255, 255, 255] : v === 0 ? [0, 0, 0] : PALETTE[(v - 1) % PALETTE.length]);
    }
  }
  if (s.depth) {
    const d = s.depth.dataSync() as Float32Array;
    const valid = d.filter((v) => v > 0);
    const lo = valid.length ? Math.min(...valid) : 0;
    const hi = valid.length ? Math.max(...valid) : 1;
    for (let p = 0; p < h * w; p++) {
      const v = d[p] > 0 ? Math.round(40 + (215 * (d[p] - lo)) / (hi - lo || 1)) : 0;
      put(3, Math.floor(p / w), p % w, d[p] > 0 ? [v, v, v] : [120, 0, 0]);
    }
  }
  if (s.normals) {
    const nn = s.normals.dataSync() as Float32Array;
    for (let p = 0; p < h * w; p++) {
      const v = [0, 1, 2].map((c) => nn[c * h * w + p]);
      const z = v.every((q) => q === 0);
      put(4, Math.floor(p / w), p % w, z ? [0, 0, 0] : v.map((q) => Math.round((q * 0.5 + 0.5) * 255)));
    }
  }
  return { data: out, h, w: W5 };
}

async function writeRows(name: string, rows: { data: Uint8Array; h: number; w: number }[]): Promise<string> {
  const w = Math.max(...rows.map((r) => r.w));
  const gap = 2;
  const h = rows.reduce((a, r) => a + r.h + gap, 0);
  const buf = new Uint8Array(w * h * 3).fill(255);
  let y0 = 0;
  for (const r of rows) {
    for (let y = 0; y < r.h; y++) buf.set(r.data.subarray(y * r.w * 3, (y + 1) * r.w * 3), ((y0 + y) * w) * 3);
    y0 += r.h + gap;
  }
  const file = path.join(OUT, `${name}.png`);
  await sharp(Buffer.from(buf.buffer), { raw: { width: w, height: h, channels: 3 } }).png().toFile(file);
  return file;
}

test('example pictures of every augmentation', async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const size = 96;
  const base = [scene(0, size), scene(1, size), scene(2, size), scene(3, size)];
  const cases: [string, (s: Sample, r: augment.Rng, i: number) => Sample][] = [
    ['hflip', (s) => A.hflip(s)],
    ['vflip', (s) => A.vflip(s)],
    ['lsj', (s, r) => A.lsj({ size }).apply(s, r)],
    ['lsj-bilinear-depth', (s, r) => A.lsj({ size, depthMode: 'bilinear' }).apply(s, r)],
    ['random-resized-crop', (s, r) => A.randomResizedCrop(size).apply(s, r)],
    ['color-jitter', (s, r) => A.colorJitter({ brightness: 0.4, contrast: 0.4, saturation: 0.4, hue: 0.1 }).apply(s, r)],
    ['randaugment-m15', (s, r) => A.randAugment({ numOps: 2, magnitude: 15 }).apply(s, r)],
    ['augmix', (s, r) => A.augMix().apply({ image: s.image }, r)],
    ['copy-paste', (s, r, i) => A.copyPaste(s, base[(i + 1) % base.length], r, { minArea: 10 })],
    ['copy-paste-blend', (s, r, i) => A.copyPaste(s, base[(i + 1) % base.length], r, { minArea: 10, blendSigma: 1.5 })],
    ['copy-paste-box-only', (s, r, i) => {
      const strip = (x: Sample): Sample => ({ ...x, instances: x.instances && { boxes: x.instances.boxes, classes: x.instances.classes } });
      return A.copyPaste(strip(s), strip(base[(i + 1) % base.length]), r, { minArea: 10 });
    }],
  ];
  for (const op of A.RANDAUGMENT_OPS) {
    if (!A.GEOMETRIC_OPS.has(op)) continue;
    const value = op.startsWith('Translate') ? 20 : op === 'Rotate' ? 30 : 0.3;
    cases.push([`randaugment-${op}`, (s, r) => A.applyOpToSample(s, { op, value: r.bool() ? value : -value })]);
  }
  const written: string[] = [];
  for (const [name, f] of cases) {
    const rows = [];
    for (let i = 0; i < base.length; i++) {
      const out = f(base[i], new A.Rng(i), i);
      rows.push(i === 0 ? panels(base[i]) : null);
      rows.push(panels(out));
      disposeAll(out);
    }
    written.push(await writeRows(name, rows.filter((r): r is NonNullable<typeof r> => r !== null)));
  }
  // batch-level: mixup / cutmix rows
  for (const [name, t] of [['mixup', A.mixup({ numClasses: 10, alpha: 1 })], ['cutmix', A.cutmix({ numClasses: 10 })]] as const) {
    const withLabels = base.map((s, i) => ({ ...s, label: i }));
    const out = t.applyBatch(withLabels, new A.Rng(5));
    written.push(await writeRows(name, [...base.map(panels), ...out.map(panels)]));
    for (const o of out) disposeAll(o);
  }
  // corruptions: rows = corruption, columns = severity 1..5 (image only)
  const img = scene(4, 128).image;
  const rows = [];
  for (const c of A.CORRUPTIONS) {
    const tiles = [];
    for (let sev = 1; sev <= 5; sev++) tiles.push(c === 'jpeg_compression' ? await A.corruptAsync(img, c, sev, { preset: 'imagenet' }) : A.corrupt(img, c, sev, { seed: 1, preset: 'imagenet' }));
    const strip = torch.cat(tiles, { dim: 2 });
    const [h, w] = strip.shape.slice(1);
    const f = strip.dataSync() as Float32Array;
    const data = new Uint8Array(h * w * 3);
    for (let p = 0; p < h * w; p++) for (let ch = 0; ch < 3; ch++) data[p * 3 + ch] = Math.round(f[ch * h * w + p] * 255);
    rows.push({ data, h, w });
    for (const t of tiles) t.dispose();
    strip.dispose();
  }
  written.push(await writeRows('corruptions', rows));
  for (const s of base) disposeAll(s);
  console.log(`augment examples: ${written.length} pictures in ${OUT}`);
  for (const f of written) assert.ok(fs.statSync(f).size > 100);
});
