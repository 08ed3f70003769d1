// The Rng's distributions, and the statistics of the random choices of RandAugment and AugMix
// against theory; batched and per-sample paths agree; seeds determine results.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import { augment } from '../src';
import { makeSample, maxAbsDiff } from './augment-helpers';
import { mixWeights8 } from '../src/augment/augmix';
import { opUint8InPlaceAten } from '../src/augment/uint8-ops';

torch.setNumThreads(1);
const A = augment;

function moments(xs: number[]): [number, number] {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
  return [m, v];
}

/** Pearson chi-square of counts against equal expected counts. */
function chiSquare(counts: number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  const e = n / counts.length;
  return counts.reduce((a, c) => a + (c - e) ** 2 / e, 0);
}

// 99.9% quantiles of chi-square with k degrees of freedom
const CHI2_999: Record<number, number> = { 2: 13.82, 4: 18.47, 8: 26.12, 13: 34.53 };

test('Rng: deterministic, seeds differ, state round trip, fork', () => {
  const a = new A.Rng(42);
  const b = new A.Rng(42);
  const c = new A.Rng(43);
  const xa = Array.from({ length: 8 }, () => a.nextUint32());
  assert.deepEqual(xa, Array.from({ length: 8 }, () => b.nextUint32()));
  assert.notDeepEqual(xa, Array.from({ length: 8 }, () => c.nextUint32()));
  assert.notEqual(new A.Rng('x').random(), new A.Rng('y').random());
  assert.equal(new A.Rng(2n ** 40n).random(), new A.Rng(2n ** 40n).random());
  const st = a.getState();
  const v = a.random();
  a.setState(st);
  assert.equal(a.random(), v);
  const f1 = a.clone().fork().random();
  assert.equal(a.clone().fork().random(), f1);
  // an external uint32 source (the data loader's stream) seeds an Rng deterministically
  let k = 7;
  const src = { nextU32: () => (k = (Math.imul(k, 1664525) + 1013904223) >>> 0) };
  const r1 = A.toRng(src).random();
  k = 7;
  assert.equal(A.toRng(src).random(), r1);
});

test('Rng distributions: moments within tolerance', () => {
  const r = new A.Rng(1);
  const N = 20000;
  const [um, uv] = moments(Array.from({ length: N }, () => r.random()));
  assert.ok(Math.abs(um - 0.5) < 0.01 && Math.abs(uv - 1 / 12) < 0.003, `uniform ${um} ${uv}`);
  const [nm, nv] = moments(Array.from({ length: N }, () => r.normal(2, 3)));
  assert.ok(Math.abs(nm - 2) < 0.07 && Math.abs(nv - 9) < 0.3, `normal ${nm} ${nv}`);
  for (const k of [0.5, 1, 4]) {
    const [gm, gv] = moments(Array.from({ length: N }, () => r.gamma(k)));
    assert.ok(Math.abs(gm - k) < 0.05 * Math.max(1, k) && Math.abs(gv - k) < 0.1 * Math.max(1, k), `gamma(${k}) ${gm} ${gv}`);
  }
  const [bm, bv] = moments(Array.from({ length: N }, () => r.beta(2, 5)));
  assert.ok(Math.abs(bm - 2 / 7) < 0.01 && Math.abs(bv - 10 / (49 * 8)) < 0.002, `beta ${bm} ${bv}`);
  for (const lam of [0.7, 3, 11.5, 12, 60, 500]) {
    const [pm, pv] = moments(Array.from({ length: N }, () => r.poisson(lam)));
    assert.ok(Math.abs(pm - lam) < 0.05 * Math.sqrt(lam) + 0.02 && Math.abs(pv / lam - 1) < 0.06, `poisson(${lam}) ${pm} ${pv}`);
  }
  const counts = new Array(5).fill(0);
  for (let i = 0; i < N; i++) counts[r.randint(-2, 3) + 2]++;
  assert.ok(chiSquare(counts) < CHI2_999[4], `randint ${counts}`);
  const arr = r.normalArray(N, 0, 1);
  const [am, av] = moments(Array.from(arr));
  assert.ok(Math.abs(am) < 0.04 && Math.abs(av - 1) < 0.04, `normalArray ${am} ${av}`);
});

test('AugMix: mixing weights match Dirichlet(1,1,1) and Beta(1,1); depth and ops uniform', () => {
  const am = new A.AugMix();
  const r = new A.Rng(3);
  const N = 6000;
  const ws: number[][] = [[], [], []];
  const ms: number[] = [];
  const depth = [0, 0, 0];
  const ops = new Map<string, number>();
  const levels: number[] = [];
  for (let i = 0; i < N; i++) {
    const p = am.planOne(r, 224, 224);
    p.weights.forEach((w, k) => ws[k].push(w));
    ms.push(p.m);
    for (const ch of p.chains) {
      depth[ch.length - 1]++;
      for (const c of ch) ops.set(c.op, (ops.get(c.op) ?? 0) + 1);
    }
  }
  for (const w of ws) {
    const [m, v] = moments(w);
    // Dirichlet(1,1,1): mean 1/3, variance (1 * 2) / (3^2 * 4) = 1/18
    assert.ok(Math.abs(m - 1 / 3) < 0.01 && Math.abs(v - 1 / 18) < 0.005, `weights ${m} ${v}`);
  }
  const [mm, mv] = moments(ms);
  assert.ok(Math.abs(mm - 0.5) < 0.015 && Math.abs(mv - 1 / 12) < 0.006, `m ${mm} ${mv}`);
  assert.ok(chiSquare(depth) < CHI2_999[2], `depths ${depth}`);
  // 9 reference ops -> 8 of our op names (shear_x/y, translate_x/y map to distinct names; all 9 distinct)
  const counts = [...ops.values()];
  assert.equal(counts.length, 9);
  assert.ok(chiSquare(counts) < CHI2_999[8], `ops ${[...ops.entries()]}`);
  // level ~ U(0.1, 3): the posterize bits 4 - int(level * 4 / 10) are 4 for level < 2.5 (0.828 of mass)
  for (let i = 0; i < 4000; i++) levels.push(A.augmixCall('posterize', r.uniform(0.1, 3), r, 32, 32).value);
  const frac4 = levels.filter((b) => b === 4).length / levels.length;
  assert.ok(Math.abs(frac4 - 2.4 / 2.9) < 0.03, `posterize bits ${frac4}`);
});

test('RandAugment: op frequencies uniform over the 14 ops, signs balanced, magnitudes as torchvision', () => {
  const ra = new A.RandAugment();
  const r = new A.Rng(4);
  const counts = new Map<string, number>();
  let neg = 0;
  let signed = 0;
  const N = 7000;
  for (const layer of ra.plan(r, N, 224, 224)) {
    for (const c of layer) {
      counts.set(c.op, (counts.get(c.op) ?? 0) + 1);
      if (c.op === 'Rotate') { signed++; if (c.value < 0) neg++; }
    }
  }
  assert.equal(counts.size, 14);
  assert.ok(chiSquare([...counts.values()]) < CHI2_999[13], `${[...counts.entries()]}`);
  assert.ok(Math.abs(neg / signed - 0.5) < 0.06, `rotate signs ${neg}/${signed}`);
  // torchvision's values at magnitude 9 of 31 bins
  assert.ok(Math.abs(A.randAugmentValue('Rotate', 9, 31, 224, 224) - 9) < 1e-9);
  assert.ok(Math.abs(A.randAugmentValue('ShearX', 9, 31, 224, 224) - 0.09) < 1e-9);
  assert.equal(A.randAugmentValue('TranslateX', 9, 31, 224, 224), Math.trunc(150 / 331 * 224 * 0.3));
  assert.equal(A.randAugmentValue('Posterize', 9, 31, 224, 224), 7);
  assert.ok(Math.abs(A.randAugmentValue('Solarize', 9, 31, 224, 224) - 178.5) < 1e-9);
});

test('batched RandAugment and AugMix equal the per-sample path for the same seed', () => {
  const imgs = [0, 1, 2, 3, 4, 5].map((i) => makeSample(30 + i, { h: 48, w: 40 }).image);
  const batch = torch.stack(imgs);
  for (const t of [new A.RandAugment({ numOps: 3, magnitude: 12 }), new A.AugMix()]) {
    const b = t.applyImages(batch, new A.Rng(8));
    const r = new A.Rng(8);
    imgs.forEach((x, i) => {
      const one = t.applyImages(x, r);
      const d = maxAbsDiff(one, b.index(i));
      assert.ok(d < 1e-5, `${t.name} image ${i}: ${d}`);
      one.dispose();
    });
    // sample path (image-only sample) draws the same
    const r2 = new A.Rng(8);
    const s0 = t.apply({ image: imgs[0] }, r2);
    assert.ok(maxAbsDiff(s0.image, b.index(0)) < 1e-5, `${t.name} sample path`);
    // seeds matter
    const other = t.applyImages(batch, new A.Rng(9));
    assert.ok(maxAbsDiff(other, b) > 0);
    for (const x of [b, s0.image, other]) x.dispose();
  }
  // chunked execution (tiny chunks) equals one chunk
  const ra = new A.RandAugment({ chunkBytes: 1 });
  const whole = new A.RandAugment().applyImages(batch, new A.Rng(2));
  const chunked = ra.applyImages(batch, new A.Rng(2));
  assert.ok(maxAbsDiff(whole, chunked) < 1e-6);
  for (const x of [...imgs, batch, whole, chunked]) x.dispose();
});

test('RandAugment on uint8 batches: the plan of the float path, op by op in 8 bits; in place; bad input', () => {
  const imgs = [0, 1, 2, 3, 4, 5].map((i) => makeSample(50 + i, { h: 40, w: 44 }).image);
  const f = torch.stack(imgs);
  const u = torch.tidy(() => f.mul(255).round_().to('uint8'));
  const before = u.clone();
  const ra = new A.RandAugment({ numOps: 3, magnitude: 12 });
  const out = ra.applyImages(u, new A.Rng(4));
  assert.equal(out.dtype, 'uint8');
  assert.ok(torch.equal(u, before), 'the input batch is untouched');
  // the same draws as the float path (its plan), each op applied by opUint8InPlace
  const layers = ra.plan(new A.Rng(4), 6, 40, 44);
  const ref = u.clone();
  for (let b = 0; b < 6; b++) {
    const row = ref.narrow(0, b, 1);
    for (const l of layers) A.opUint8InPlace(l[b], row);
    row.dispose();
  }
  assert.ok(torch.equal(out, ref), 'executor = op by op');
  // and close to the float path: only the colour blends truncate to levels (within a few levels
  // on average even when a later op amplifies a one-level difference)
  const fl = ra.applyImages(f, new A.Rng(4));
  const meanDiff = torch.tidy(() => fl.mul(255).sub(out.to('float32')).abs().mean().item() as number);
  assert.ok(meanDiff < 2, `mean |float - uint8| ${meanDiff} levels`);
  // in place gives the same
  const work = u.clone();
  assert.equal(ra.applyImages_(work, new A.Rng(4)), work);
  assert.ok(torch.equal(work, out));
  // bad input
  assert.throws(() => ra.applyImages(u.to('int32')), /float32 in \[0, 1\] or uint8 levels, got int32/);
  // bilinear: the same plan, each op by opUint8InPlace in bilinear mode (must::warp_bilinear_u8_)
  const rb = new A.RandAugment({ numOps: 3, magnitude: 12, interpolation: 'bilinear' });
  const outB = rb.applyImages(u, new A.Rng(4));
  const refB = u.clone();
  for (let b = 0; b < 6; b++) {
    const row = refB.narrow(0, b, 1);
    for (const l of rb.plan(new A.Rng(4), 6, 40, 44)) A.opUint8InPlace(l[b], row, { mode: 'bilinear' });
    row.dispose();
  }
  assert.ok(torch.equal(outB, refB), 'bilinear executor = op by op');
  const flB = rb.applyImages(f, new A.Rng(4));
  const meanDiffB = torch.tidy(() => flB.mul(255).sub(outB.to('float32')).abs().mean().item() as number);
  assert.ok(meanDiffB < 2, `bilinear: mean |float - uint8| ${meanDiffB} levels`);
  for (const x of [outB, refB, flB]) x.dispose();
  assert.throws(() => new A.RandAugment({ fill: 0.5 }).applyImages(u, new A.Rng(1)), /fill must be a level 0..255, got 0.5/);
  for (const x of [...imgs, f, u, before, out, ref, fl, work]) x.dispose();
});

test('AugMix JSD triple and labels of samples with spatial labels', () => {
  const s = makeSample(40, { h: 32, w: 32 });
  const am = new A.AugMix();
  const [c, a1, a2] = am.applyJsd(s, new A.Rng(1));
  assert.equal(maxAbsDiff(c.image, s.image), 0);
  assert.ok(maxAbsDiff(a1.image, a2.image) > 0);
  // spatial labels present: color-only ops, labels untouched
  assert.equal(maxAbsDiff(a1.depth!, s.depth!), 0);
  assert.equal(maxAbsDiff(a1.instances!.boxes, s.instances!.boxes), 0);
  const [x0, x1, x2] = am.jsdImages(torch.stack([s.image, s.image]), 5);
  assert.deepEqual(x1.shape, [2, 3, 32, 32]);
  for (const t of [x0, x1, x2]) t.dispose();
});

test('AugMix on uint8 batches: the float path\'s plan, chains in 8 bits, float32 result; out buffer; bad input', () => {
  A.clearSamplingCache();
  const before = torch.memory().tensors;
  const [n, h, w] = [5, 40, 44];
  // samples made (and freed) inside: only the batch survives
  const u = torch.tidy(() => torch.stack(Array.from({ length: n }, (_, i) => makeSample(60 + i, { h, w }).image)).mul(255).round_().to('uint8'));
  const f = torch.tidy(() => u.to('float32').div_(255)); // the same image as float32
  const kept = u.clone();
  const am = new A.AugMix({ allOps: true });
  const out = am.applyImages(u, new A.Rng(4));
  assert.equal(out.dtype, 'float32');
  assert.deepEqual(out.shape, [n, 3, h, w]);
  assert.ok(torch.equal(u, kept), 'the input batch is untouched');

  // the reference: the same plans, each chain op by op by the ATen formulation (bilinear taps of
  // getTaps, fill 0), then (1 - m) x + m sum_i w_i chain_i over 255 in float32, term by term
  const r = new A.Rng(4);
  const plans = Array.from({ length: n }, () => am.planOne(r, h, w));
  const ref = torch.tidy(() => torch.cat(plans.map((p, b) => {
    const x = u.narrow(0, b, 1);
    const wts = mixWeights8(p);
    const acc = x.to('float32').mul_(wts[0]);
    p.chains.forEach((chain, i) => {
      const t = x.clone();
      for (const c of chain) opUint8InPlaceAten(c, t, { mode: 'bilinear', fill: 0 });
      acc.add_(t.to('float32').mul_(wts[i + 1]));
    });
    return acc;
  })));
  assert.ok(torch.equal(out, ref), `chains and mixing = the reference (max diff ${maxAbsDiff(out, ref)})`);
  // the weights: ((1 - m), m w_1, ...) / 255
  const w0 = mixWeights8(plans[0]);
  assert.equal(w0[0], Math.fround((1 - plans[0].m) / 255));
  assert.equal(w0[2], Math.fround((plans[0].m * plans[0].weights[1]) / 255));

  // close to the float path on the same plan: 8-bit rounding after every op moves few levels
  const fl = am.applyImages(f, new A.Rng(4));
  const meanDiff = torch.tidy(() => fl.sub(out).abs().mean().item() as number) * 255;
  assert.ok(meanDiff < 1, `mean |float - uint8| ${meanDiff} levels`);
  assert.ok(torch.tidy(() => out.min().item() as number) >= 0 && torch.tidy(() => out.max().item() as number) <= 1 + 1e-6);

  // determinism; the seed matters; a preallocated out; one image; a sample; the JSD triple
  const again = am.applyImages(u, new A.Rng(4));
  assert.ok(torch.equal(again, out));
  const other = am.applyImages(u, new A.Rng(5));
  assert.ok(maxAbsDiff(other, out) > 0);
  const buf = torch.full([n, 3, h, w], -1);
  assert.equal(am.applyImages(u, new A.Rng(4), buf), buf);
  assert.ok(torch.equal(buf, out));
  const u0 = u.index(0);
  const one = am.applyImages(u0, new A.Rng(4));
  assert.deepEqual(one.shape, [3, h, w]);
  const out0 = out.index(0);
  assert.equal(maxAbsDiff(one, out0), 0);
  const s = am.apply({ image: u0 }, new A.Rng(4));
  assert.equal(maxAbsDiff(s.image, out0), 0);
  const [c, a1, a2] = am.jsdImages(u, new A.Rng(4));
  assert.equal(c.dtype, 'float32');
  assert.equal(maxAbsDiff(c, f), 0);
  assert.ok(torch.equal(a1, out));
  assert.ok(maxAbsDiff(a1, a2) > 0);
  // the float path writes into out too
  const fbuf = torch.emptyLike(f);
  am.applyImages(f, new A.Rng(4), fbuf);
  assert.ok(torch.equal(fbuf, fl));

  // bad input
  torch.tidy(() => {
    assert.throws(() => am.applyImages_(u.clone(), 1), /applyImages_: the result of uint8 images is float32; use applyImages\(images, rng, out\)/);
    assert.throws(() => am.applyImages(u.narrow(1, 0, 2)), /uint8 images must be RGB \[B, 3, H, W\] or \[3, H, W\], got \[5, 2, 40, 44\]/);
    assert.throws(() => am.applyImages(u.index(0).index(0)), /expected images \[B, 3, H, W\] or \[3, H, W\], got \[40, 44\]/);
    assert.throws(() => am.applyImages(u.to('int32')), /float32 in \[0, 1\] or uint8 levels, got int32/);
    assert.throws(() => am.applyImages(u, 1, torch.empty([n, 3, h, w], { dtype: 'uint8' })), /out must be float32 \[5, 3, 40, 44\] on cpu, got uint8/);
    assert.throws(() => am.applyImages(u, 1, torch.empty([n, 3, h, 4])), /out must be float32/);
  });

  for (const x of [u, f, kept, out, ref, fl, again, other, buf, u0, out0, one, s.image, c, a1, a2, fbuf]) x.dispose();
  A.clearSamplingCache();
  assert.equal(torch.memory().tensors, before, 'no tensor left behind');
});
