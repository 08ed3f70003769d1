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
