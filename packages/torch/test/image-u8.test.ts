// The 8-bit image operators of native/image_u8.cc (must::*), called through the dispatcher: small
// hand-computed cases, larger random ones against the float32 formulas (the SSE2 loops and their
// scalar tails), and bad calls that must become readable JavaScript errors.
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { type Tensor } from '../src';

torch.setNumThreads(1);

const u8 = (values: number[], shape: number[]): Tensor => torch.tensor(Uint8Array.from(values), { shape });
const bytes = (t: Tensor): number[] => Array.from(t.contiguous().dataSync() as Uint8Array);
const counts = (t: Tensor): number[] => Array.from(t.dataSync() as BigInt64Array, Number);

/** Levels 0..255 from a seeded generator (mulberry32). */
function randomLevels(n: number, seed: number): number[] {
  let a = seed >>> 0;
  return Array.from({ length: n }, () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % 256;
  });
}

/** Runs fn and checks that it left no live tensor behind. */
function flat(fn: () => void): void {
  const before = torch.memory().tensors;
  torch.tidy(fn);
  assert.equal(torch.memory().tensors, before);
}

test('the operators are registered in the must namespace', () => {
  assert.deepEqual(torch.schemasOf('must::lut_u8_'), ['must::lut_u8_(Tensor(a!) self, Tensor lut) -> Tensor(a!)']);
  assert.deepEqual(torch.schemasOf('must::remap_u8_'), ['must::remap_u8_(Tensor(a!) self, Tensor index, int fill) -> Tensor(a!)']);
  for (const op of ['histogram_u8', 'extrema_u8', 'grayscale_u8', 'smooth_u8']) {
    assert.deepEqual(torch.schemasOf(`must::${op}`), [`must::${op}(Tensor self) -> Tensor`]);
  }
  assert.deepEqual(torch.schemasOf('must::blend_u8_'), ['must::blend_u8_(Tensor(a!) self, Tensor other, float ratio) -> Tensor(a!)']);
  assert.deepEqual(torch.schemasOf('must::warp_bilinear_u8_'), ['must::warp_bilinear_u8_(Tensor(a!) self, float[] inverse, int fill) -> Tensor(a!)']);
  assert.deepEqual(torch.schemasOf('must::mix_u8_'), ['must::mix_u8_(Tensor(a!) out, Tensor terms, Tensor weights) -> Tensor(a!)']);
});

test('lut_u8_: one table, per channel, per image and channel; in place, also on a non-contiguous view', () => {
  flat(() => {
    const x = u8([0, 1, 2, 255, 10, 11, 12, 13], [1, 2, 2, 2]);
    const inv = u8(Array.from({ length: 256 }, (_, k) => 255 - k), [256]);
    assert.equal(torch.callOp1('must::lut_u8_', x, inv), x); // the same object back
    assert.deepEqual(bytes(x), [255, 254, 253, 0, 245, 244, 243, 242]);

    // per channel: channel 0 + 1, channel 1 doubled
    const perChannel = u8([...Array.from({ length: 256 }, (_, k) => Math.min(255, k + 1)), ...Array.from({ length: 256 }, (_, k) => Math.min(255, 2 * k))], [2, 256]);
    const y = u8([0, 1, 2, 255, 10, 11, 12, 13], [1, 2, 2, 2]);
    torch.callOp1('must::lut_u8_', y, perChannel);
    assert.deepEqual(bytes(y), [1, 2, 3, 255, 20, 22, 24, 26]);

    // per image and channel [n, c, 256], and per image [n, 1, 256]
    const z = u8([5, 5, 5, 5], [2, 2, 1, 1]);
    const tables = Array.from({ length: 4 }, (_, t) => Array.from({ length: 256 }, () => 10 * (t + 1))).flat();
    torch.callOp1('must::lut_u8_', z, u8(tables, [2, 2, 256]));
    assert.deepEqual(bytes(z), [10, 20, 30, 40]);
    torch.callOp1('must::lut_u8_', z, u8(Array.from({ length: 512 }, (_, i) => (i < 256 ? 1 : 2)), [2, 1, 256]));
    assert.deepEqual(bytes(z), [1, 1, 2, 2]);

    // larger planes (the vector loop and its tail) with random tables per channel
    const levels = randomLevels(2 * 3 * 7 * 29, 9);
    const tbl = randomLevels(3 * 256, 10);
    const r = u8(levels, [2, 3, 7, 29]);
    torch.callOp1('must::lut_u8_', r, u8(tbl, [3, 256]));
    assert.deepEqual(bytes(r), levels.map((v, i) => tbl[256 * (Math.floor(i / (7 * 29)) % 3) + v]));

    // a transposed view: the result is written back into the viewed storage
    const base = u8([1, 2, 3, 4, 5, 6], [1, 1, 2, 3]);
    const view = base.transpose(2, 3);
    torch.callOp1('must::lut_u8_', view, inv);
    assert.deepEqual(bytes(base), [254, 253, 252, 251, 250, 249]);
  });
});

test('histogram_u8 and extrema_u8: counts and least/greatest level per plane', () => {
  flat(() => {
    const x = u8([3, 3, 7, 255, 0, 0, 0, 9], [1, 2, 2, 2]);
    const h = torch.callOp1('must::histogram_u8', x);
    assert.equal(h.dtype, 'int64');
    assert.deepEqual(h.shape, [1, 2, 256]);
    const c = counts(h);
    assert.equal(c[3], 2);
    assert.equal(c[7], 1);
    assert.equal(c[255], 1);
    assert.equal(c[256 + 0], 3);
    assert.equal(c[256 + 9], 1);
    assert.equal(c.reduce((a, b) => a + b, 0), 8);
    const e = torch.callOp1('must::extrema_u8', x);
    assert.equal(e.dtype, 'uint8');
    assert.deepEqual(e.shape, [1, 2, 2]);
    assert.deepEqual(bytes(e), [3, 255, 0, 9]);

    // larger planes (the vector loops and their tails) against counting in JavaScript
    const levels = randomLevels(2 * 3 * 13 * 37, 1);
    const y = u8(levels, [2, 3, 13, 37]);
    const hy = counts(torch.callOp1('must::histogram_u8', y));
    const ey = bytes(torch.callOp1('must::extrema_u8', y));
    const hw = 13 * 37;
    for (let p = 0; p < 6; p++) {
      const plane = levels.slice(p * hw, (p + 1) * hw);
      const ref = new Array<number>(256).fill(0);
      for (const v of plane) ref[v]++;
      assert.deepEqual(hy.slice(p * 256, (p + 1) * 256), ref);
      assert.deepEqual(ey.slice(2 * p, 2 * p + 2), [Math.min(...plane), Math.max(...plane)]);
    }
  });
});

test('remap_u8_: each output pixel from its source pixel, H * W meaning the fill; int32 or int64 index', () => {
  flat(() => {
    // 2 x 3 image, 2 channels; reversed with the last output pixel the fill
    const x = u8([1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 50, 60], [1, 2, 2, 3]);
    const idx = torch.tensor(BigInt64Array.from([5n, 4n, 3n, 2n, 1n, 6n]));
    assert.equal(torch.callOp1('must::remap_u8_', x, idx, 99), x);
    assert.deepEqual(bytes(x), [6, 5, 4, 3, 2, 99, 60, 50, 40, 30, 20, 99]);
    const y = u8([1, 2, 3, 4, 5, 6], [1, 1, 2, 3]);
    torch.callOp1('must::remap_u8_', y, torch.tensor(Int32Array.from([0, 0, 1, 6, 6, 2])), 7);
    assert.deepEqual(bytes(y), [1, 1, 2, 7, 7, 3]);

    // RGB images of 2 x 40 (runs of 8 copied, the rest gathered): shift right by 3 with fill, one gathered row
    const w = 40;
    const levels = randomLevels(2 * 3 * 2 * w, 2);
    const z = u8(levels, [2, 3, 2, w]);
    const map = Array.from({ length: 2 * w }, (_, i) => {
      const r = Math.floor(i / w);
      const c = i % w;
      if (r === 0) return c >= 3 ? c - 3 : 2 * w;
      return (c * 7) % (2 * w); // scattered
    });
    torch.callOp1('must::remap_u8_', z, torch.tensor(BigInt64Array.from(map, BigInt)), 5);
    const got = bytes(z);
    for (let p = 0; p < 6; p++) {
      for (let i = 0; i < 2 * w; i++) {
        const want = map[i] === 2 * w ? 5 : levels[p * 2 * w + map[i]];
        assert.equal(got[p * 2 * w + i], want, `plane ${p} pixel ${i}`);
      }
    }
  });
});

test('grayscale_u8: float32 0.2989 r + 0.587 g + 0.114 b, truncated', () => {
  flat(() => {
    // 100, 50, 10 -> 29.89 + 29.35 + 1.14 = 60.38; white -> 254.97
    const x = u8([100, 255, 50, 255, 10, 255], [1, 3, 1, 2]);
    const g = torch.callOp1('must::grayscale_u8', x);
    assert.deepEqual(g.shape, [1, 1, 1, 2]);
    assert.deepEqual(bytes(g), [60, 254]);

    const f = Math.fround;
    const [kr, kg, kb] = [f(0.2989), f(0.587), f(0.114)];
    const hw = 5 * 7;
    const levels = randomLevels(2 * 3 * hw, 3);
    const y = bytes(torch.callOp1('must::grayscale_u8', u8(levels, [2, 3, 5, 7])));
    for (let n = 0; n < 2; n++) {
      for (let i = 0; i < hw; i++) {
        const [r, gg, b] = [0, 1, 2].map((c) => levels[(n * 3 + c) * hw + i]);
        assert.equal(y[n * hw + i], Math.trunc(f(f(f(r * kr) + f(gg * kg)) + f(b * kb))));
      }
    }
  });
});

test('blend_u8_: trunc(clamp(ratio self + (1 - ratio) other)) in float32; other per channel or broadcast', () => {
  flat(() => {
    const x = u8([0, 100, 200, 255], [1, 1, 1, 4]);
    torch.callOp1('must::blend_u8_', x, u8([255, 0, 100, 255], [1, 1, 1, 4]), 0.5);
    assert.deepEqual(bytes(x), [127, 50, 150, 255]);
    const y = u8([0, 100, 200, 255], [1, 1, 1, 4]);
    torch.callOp1('must::blend_u8_', y, u8([255, 0, 100, 0], [1, 1, 1, 4]), 2); // 2 s - o, clamped
    assert.deepEqual(bytes(y), [0, 200, 255, 255]);

    const f = Math.fround;
    for (const ratio of [0.37, 1.27, -0.4]) {
      const hw = 3 * 11;
      const s = randomLevels(2 * 3 * hw, 4);
      const o = randomLevels(2 * hw, 5);
      const z = u8(s, [2, 3, 3, 11]);
      torch.callOp1('must::blend_u8_', z, u8(o, [2, 1, 3, 11]), ratio);
      const got = bytes(z);
      const [a, b] = [f(ratio), f(1 - ratio)];
      for (let i = 0; i < s.length; i++) {
        const n = Math.floor(i / (3 * hw));
        const v = f(f(s[i] * a) + f(o[n * hw + (i % hw)] * b));
        assert.equal(got[i], Math.trunc(Math.min(255, Math.max(0, v))), `ratio ${ratio} element ${i}`);
      }
    }
  });
});

test('smooth_u8: the 13-weight 3x3 blur rounded inside, the border copied', () => {
  flat(() => {
    // centre 0 among 13s: (8 * 13) / 13 = 8; every other pixel is on the border
    const x = u8([13, 13, 13, 13, 0, 13, 13, 13, 13], [1, 1, 3, 3]);
    assert.deepEqual(bytes(torch.callOp1('must::smooth_u8', x)), [13, 13, 13, 13, 8, 13, 13, 13, 13]);
    // a centre of 1 among 0s: 5 / 13 = 0.38 -> 0; 7 among 0s: 35 / 13 = 2.69 -> 3
    assert.deepEqual(bytes(torch.callOp1('must::smooth_u8', u8([0, 0, 0, 0, 7, 0, 0, 0, 0], [1, 1, 3, 3])))[4], 3);
    // too small to have an interior: a copy
    assert.deepEqual(bytes(torch.callOp1('must::smooth_u8', u8([1, 2, 3, 4], [1, 1, 2, 2]))), [1, 2, 3, 4]);

    const [h, w] = [6, 40]; // rows of 38 interior pixels: two 16-pixel blocks and a tail
    const levels = randomLevels(2 * h * w, 6);
    const got = bytes(torch.callOp1('must::smooth_u8', u8(levels, [1, 2, h, w])));
    for (let p = 0; p < 2; p++) {
      const at = (y: number, x2: number) => levels[p * h * w + y * w + x2];
      for (let y = 0; y < h; y++) {
        for (let x2 = 0; x2 < w; x2++) {
          let want = at(y, x2);
          if (y > 0 && y < h - 1 && x2 > 0 && x2 < w - 1) {
            let s = 4 * at(y, x2);
            for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) s += at(y + dy, x2 + dx);
            want = Math.round(s / 13); // never half-way
          }
          assert.equal(got[p * h * w + y * w + x2], want, `plane ${p} (${y}, ${x2})`);
        }
      }
    }
  });
});

/** Round half to even (torch.round). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * warp_bilinear_u8_ written out: @must/vision's bilinear taps (float64 coordinates, float32
 * weights, 0 outside), the float32 sum in tap order, (1 - coverage) fill when some pixel's coverage
 * is below 1 - 1e-6, rounded half to even.
 */
function warpReference(levels: number[], [n, c, h, w]: number[], inv: number[], fill: number): number[] {
  const f = Math.fround;
  const [a, b, cc, d, e, ff] = inv;
  const taps: { idx: number[]; wt: number[]; cov: number }[] = [];
  let partial = false;
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const x = a * (j + 0.5) + b * (i + 0.5) + cc - 0.5;
      const y = d * (j + 0.5) + e * (i + 0.5) + ff - 0.5;
      const x0 = Math.floor(x);
      const y0 = Math.floor(y);
      const [fx, fy] = [x - x0, y - y0];
      const [gx, gy] = [1 - fx, 1 - fy];
      const cand: [number, number, number][] = [[x0, y0, gx * gy], [x0 + 1, y0, fx * gy], [x0, y0 + 1, gx * fy], [x0 + 1, y0 + 1, fx * fy]];
      const idx: number[] = [];
      const wt: number[] = [];
      let cov = 0;
      for (const [xs, ys, wd] of cand) {
        const ok = xs >= 0 && xs < w && ys >= 0 && ys < h;
        cov += ok ? wd : 0;
        idx.push(ok ? ys * w + xs : 0);
        wt.push(ok ? f(wd) : 0);
      }
      if (cov < 1 - 1e-6) partial = true;
      taps.push({ idx, wt, cov });
    }
  }
  const out = levels.slice();
  for (let p = 0; p < n * c; p++) {
    const plane = levels.slice(p * h * w, (p + 1) * h * w);
    taps.forEach((t, k) => {
      let acc = 0;
      for (let q = 0; q < 4; q++) acc = f(acc + f(plane[t.idx[q]] * t.wt[q]));
      if (partial && fill !== 0) acc = f(acc + f(f(1 - f(t.cov)) * fill));
      out[p * h * w + k] = roundHalfEven(Math.min(255, Math.max(0, acc)));
    });
  }
  return out;
}

test('warp_bilinear_u8_: bilinear taps weighted in float32, rounded half to even; fill; integer shifts', () => {
  flat(() => {
    const warp = (values: number[], shape: number[], inv: number[], fill = 0) => {
      const x = u8(values, shape);
      assert.equal(torch.callOp1('must::warp_bilinear_u8_', x, inv, fill), x);
      return bytes(x);
    };
    // half a pixel to the right: the mean of two neighbours (1.5 -> 2, 2.5 -> 2, 3.5 -> 4: to even);
    // the last pixel has one neighbour inside (4 * 0.5) and, with a fill, 0.5 fill
    assert.deepEqual(warp([1, 2, 3, 4], [1, 1, 1, 4], [1, 0, 0.5, 0, 1, 0]), [2, 2, 4, 2]);
    assert.deepEqual(warp([1, 2, 3, 4], [1, 1, 1, 4], [1, 0, 0.5, 0, 1, 0], 100), [2, 2, 4, 52]);
    // weights 0.75 / 0.25
    assert.deepEqual(warp([0, 100], [1, 1, 1, 2], [1, 0, 0.25, 0, 1, 0]), [25, 75]);
    // half a pixel in x and y on 2 x 2: the mean of four, then of the neighbours inside (coverage 1, .5, .5, .25)
    assert.deepEqual(warp([0, 4, 8, 12], [1, 1, 2, 2], [1, 0, 0.5, 0, 1, 0.5]), [6, 4, 5, 3]);
    assert.deepEqual(warp([0, 4, 8, 12], [1, 1, 2, 2], [1, 0, 0.5, 0, 1, 0.5], 200), [6, 104, 105, 153]);
    // identity, and integer shifts (rows copied) with the fill entering
    assert.deepEqual(warp([1, 2, 3, 4, 5, 6], [1, 1, 2, 3], [1, 0, 0, 0, 1, 0], 9), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(warp([1, 2, 3, 4, 5, 6], [1, 1, 2, 3], [1, 0, -1, 0, 1, 0], 9), [9, 1, 2, 9, 4, 5]);
    assert.deepEqual(warp([1, 2, 3, 4, 5, 6], [1, 1, 2, 3], [1, 0, 0, 0, 1, 1], 9), [4, 5, 6, 9, 9, 9]);
    assert.deepEqual(warp([1, 2, 3, 4, 5, 6], [1, 1, 2, 3], [1, 0, 5, 0, 1, 0], 7), [7, 7, 7, 7, 7, 7]);

    // rotations, shears, a zoom, fractional and integer shifts on 1-3 planes (AVX2 blocks of 8 and
    // 4 pixels and their tails: rows of 37) against the reference, with and without a fill
    const rad = (deg: number) => (deg * Math.PI) / 180;
    const about = (h: number, w: number, m: [number, number, number, number]) => {
      // [[m0, m1], [m2, m3]] about the image centre, as an inverse map
      const [cx, cy] = [w / 2, h / 2];
      return [m[0], m[1], cx - m[0] * cx - m[1] * cy, m[2], m[3], cy - m[2] * cx - m[3] * cy];
    };
    const maps = (h: number, w: number) => [
      about(h, w, [Math.cos(rad(17)), -Math.sin(rad(17)), Math.sin(rad(17)), Math.cos(rad(17))]),
      about(h, w, [Math.cos(rad(-90)), -Math.sin(rad(-90)), Math.sin(rad(-90)), Math.cos(rad(-90))]),
      [1, 0.23, 0, 0, 1, 0], [1, 0, 0, -0.29, 1, 0], about(h, w, [0.7, 0, 0, 0.7]), about(h, w, [1.6, 0.1, -0.2, 1.3]),
      [1, 0, 3.4, 0, 1, -2.25], [1, 0, -7, 0, 1, 4], [1, 0, 0, 0, 1, 1e-7],
    ];
    for (const [shape, seed] of [[[2, 3, 13, 37], 11], [[1, 1, 9, 16], 12], [[2, 2, 5, 7], 13]] as [number[], number][]) {
      const levels = randomLevels(shape.reduce((p, q) => p * q, 1), seed);
      for (const inv of maps(shape[2], shape[3])) {
        for (const fill of [0, 77]) {
          const got = warp(levels, shape, inv, fill);
          const want = warpReference(levels, shape, inv, fill);
          let bad = 0;
          for (let i = 0; i < got.length; i++) if (got[i] !== want[i]) bad++;
          assert.equal(bad, 0, `[${inv.map((v) => v.toFixed(3))}] fill ${fill} on ${shape}: ${bad} of ${got.length} levels differ`);
        }
      }
    }
    // a transposed view: the result is written back into the viewed storage
    const levels = randomLevels(3 * 8 * 12, 14);
    const base = u8(levels, [1, 3, 8, 12]);
    const view = base.transpose(2, 3);
    const inv = [1, 0.2, 0.3, 0, 1, 0];
    const want = warpReference(bytes(view), [1, 3, 12, 8], inv, 0);
    torch.callOp1('must::warp_bilinear_u8_', view, inv, 0);
    assert.deepEqual(bytes(view), want);
  });
});

test('mix_u8_: sum_k weights[b, k] terms[b, k] in float32, in order', () => {
  flat(() => {
    // one image of 2 pixels, terms 10 / 20 / 255 with weights 0.5, 0.25, 1 / 255
    const out = torch.zeros([1, 1, 1, 2]);
    const terms = u8([10, 11, 20, 21, 255, 0], [1, 3, 1, 1, 2]);
    assert.equal(torch.callOp1('must::mix_u8_', out, terms, torch.tensor(Float32Array.from([0.5, 0.25, 1 / 255]), { shape: [1, 3] })), out);
    const f = Math.fround;
    const w3 = f(1 / 255);
    assert.deepEqual(Array.from(out.dataSync() as Float32Array), [f(10 * 0.5 + 20 * 0.25 + f(255 * w3)), f(11 * 0.5 + 21 * 0.25)]);

    // 2 images of 3 x 5 x 23 (AVX2 / SSE2 blocks and tails), 4 terms, random weights (some negative)
    const [n, k, chw] = [2, 4, 3 * 5 * 23];
    const levels = randomLevels(n * k * chw, 15);
    const wts = randomLevels(n * k, 16).map((v) => f((v - 60) / 300));
    const o = torch.empty([n, 3, 5, 23]);
    torch.callOp1('must::mix_u8_', o, u8(levels, [n, k, 3, 5, 23]), torch.tensor(Float32Array.from(wts), { shape: [n, k] }));
    const got = o.dataSync() as Float32Array;
    for (let b = 0; b < n; b++) {
      for (let i = 0; i < chw; i++) {
        let acc = f(levels[(b * k) * chw + i] * wts[b * k]);
        for (let t = 1; t < k; t++) acc = f(acc + f(levels[(b * k + t) * chw + i] * wts[b * k + t]));
        assert.equal(got[b * chw + i], acc, `image ${b} element ${i}`);
      }
    }
    // a non-contiguous out is written back
    const base = torch.zeros([1, 1, 3, 2]);
    const view = base.transpose(2, 3);
    torch.callOp1('must::mix_u8_', view, u8([1, 2, 3, 4, 5, 6], [1, 1, 1, 2, 3]), torch.tensor(Float32Array.from([2]), { shape: [1, 1] }));
    assert.deepEqual(Array.from(base.dataSync() as Float32Array), [2, 8, 4, 10, 6, 12]);
  });
});

test('bad calls throw readable Errors and leave the image unchanged', () => {
  flat(() => {
    const x = u8([1, 2, 3, 4, 5, 6], [1, 1, 2, 3]);
    const lut = u8(new Array(256).fill(0), [256]);
    const call = (op: string, ...args: unknown[]) => () => torch.callOp1(`must::${op}`, ...args);
    assert.throws(call('lut_u8_', torch.zeros([1, 1, 2, 3]), lut), /must::lut_u8_: self must be uint8, got Float/);
    assert.throws(call('lut_u8_', x, u8(new Array(255).fill(0), [255])), /must::lut_u8_: lut must have shape \[256\], \[c, 256\] or \[n, c, 256\].*got \[255\]/);
    assert.throws(call('lut_u8_', x, u8(new Array(512).fill(0), [2, 256])), /lut must have shape/);
    assert.throws(call('lut_u8_', x, torch.zeros([256])), /must::lut_u8_: lut must be uint8, got Float/);
    assert.throws(call('histogram_u8', u8([1, 2, 3], [1, 3, 1])), /must::histogram_u8: self must be images \[n, c, H, W\], got shape \[1, 3, 1\]/);
    assert.throws(call('smooth_u8', u8([1, 2], [2])), /must::smooth_u8: self must be images \[n, c, H, W\]/);
    assert.throws(call('grayscale_u8', x), /must::grayscale_u8: self must be RGB images \[n, 3, H, W\], got shape \[1, 1, 2, 3\]/);
    assert.throws(call('extrema_u8', u8([], [1, 1, 0, 3])), /must::extrema_u8: the images are empty/);
    assert.throws(call('blend_u8_', x, u8([1, 2, 3], [1, 1, 1, 3]), 0.5), /must::blend_u8_: other must have shape \[n, 1 or c, H, W\] for self \[1, 1, 2, 3\], got \[1, 1, 1, 3\]/);
    assert.throws(call('blend_u8_', x, x.clone(), Number.NaN), /must::blend_u8_: ratio must be finite/);
    const index = (v: bigint[]) => torch.tensor(BigInt64Array.from(v));
    assert.throws(call('remap_u8_', x, index([0n, 1n, 2n, 3n, 4n, 7n]), 0), /must::remap_u8_: index values must be in \[0, H \* W\] = \[0, 6\]/);
    assert.throws(call('remap_u8_', x, index([-1n, 1n, 2n, 3n, 4n, 5n]), 0), /index values must be in/);
    assert.throws(call('remap_u8_', x, index([0n, 1n]), 0), /must::remap_u8_: index must have shape \[H \* W\] = \[6\], got \[2\]/);
    assert.throws(call('remap_u8_', x, torch.zeros([6]), 0), /must::remap_u8_: index must be int64 or int32, got Float/);
    assert.throws(call('remap_u8_', x, index([0n, 1n, 2n, 3n, 4n, 5n]), 256), /must::remap_u8_: fill must be a level 0..255, got 256/);
    const shift = [1, 0, 0.5, 0, 1, 0];
    assert.throws(call('warp_bilinear_u8_', torch.zeros([1, 1, 2, 3]), shift, 0), /must::warp_bilinear_u8_: self must be uint8, got Float/);
    assert.throws(call('warp_bilinear_u8_', u8([1, 2, 3], [1, 1, 3]), shift, 0), /must::warp_bilinear_u8_: self must be images \[n, c, H, W\], got shape \[1, 1, 3\]/);
    assert.throws(call('warp_bilinear_u8_', x, [1, 0, 0.5, 0, 1], 0), /must::warp_bilinear_u8_: inverse must be an affine map \[a, b, c, d, e, f\] \(6 numbers\), got 5 numbers/);
    assert.throws(call('warp_bilinear_u8_', x, [1, 0, Number.NaN, 0, 1, 0], 0), /must::warp_bilinear_u8_: inverse must be finite/);
    assert.throws(call('warp_bilinear_u8_', x, shift, -1), /must::warp_bilinear_u8_: fill must be a level 0..255, got -1/);
    assert.throws(call('warp_bilinear_u8_', x, shift, 256), /fill must be a level 0..255, got 256/);
    const terms = u8([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6], [1, 2, 1, 2, 3]);
    const w2 = torch.tensor(Float32Array.from([0.5, 0.5]), { shape: [1, 2] });
    assert.throws(call('mix_u8_', x, terms, w2), /must::mix_u8_: out must be float32, got Byte/);
    assert.throws(call('mix_u8_', torch.zeros([1, 1, 2, 3]), terms.to('float32'), w2), /must::mix_u8_: terms must be uint8, got Float/);
    assert.throws(call('mix_u8_', torch.zeros([1, 1, 2, 3]), terms, w2.to('float64')), /must::mix_u8_: weights must be float32, got Double/);
    assert.throws(call('mix_u8_', torch.zeros([1, 1, 3, 2]), terms, w2), /must::mix_u8_: terms must have shape \[n, k, c, H, W\] \(k >= 1\) for out \[1, 1, 3, 2\], got \[1, 2, 1, 2, 3\]/);
    assert.throws(call('mix_u8_', torch.zeros([1, 1, 2, 3]), u8([], [1, 0, 1, 2, 3]), w2), /terms must have shape/);
    assert.throws(call('mix_u8_', torch.zeros([1, 1, 2, 3]), terms, torch.ones([2, 1])), /must::mix_u8_: weights must have shape \[n, k\] = \[1, 2\], got \[2, 1\]/);
    assert.throws(call('mix_u8_', torch.zeros([6]), terms, w2), /must::mix_u8_: out must be images \[n, c, H, W\], got shape \[6\]/);
    assert.deepEqual(bytes(x), [1, 2, 3, 4, 5, 6]);
    // an index failing late (past the copied runs of 8) restores the pixels already written
    const big = u8(Array.from({ length: 64 }, (_, i) => i), [1, 1, 4, 16]);
    const late = Array.from({ length: 64 }, (_, i) => BigInt(63 - i));
    late[60] = 65n;
    assert.throws(call('remap_u8_', big, index(late), 0), /index values must be in \[0, H \* W\] = \[0, 64\]/);
    assert.deepEqual(bytes(big), Array.from({ length: 64 }, (_, i) => i));
    // argument kinds the schema does not take: the dispatcher's TypeError naming the schema
    assert.throws(call('remap_u8_', x, index([0n]), 'zero'), (e: Error) => e instanceof TypeError && /remap_u8_\(Tensor\(a!\) self, Tensor index, int fill\)/.test(e.message));
  });
});

// The baseline kernels (SSE2 and scalar) where this CPU runs AVX2 / AVX-512 ones: this file again in
// a child process with MUST_TORCH_BASELINE_SIMD=1.
if (process.env.MUST_TORCH_BASELINE_SIMD !== '1') {
  test('the baseline kernels (MUST_TORCH_BASELINE_SIMD=1) pass the same tests', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, MUST_TORCH_BASELINE_SIMD: '1' };
    delete env.NODE_TEST_CONTEXT; // a plain run, not a child of this test runner
    const r = spawnSync(process.execPath, [__filename], { env, encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /# fail 0/);
  });
}
