// Corruptions: all 15 x 5 run, stay in [0, 1] on 8-bit levels, are deterministic in (image,
// severity, seed); PIL BOX resizing and JPEG against PIL (test/fixtures/augment/torchvision.json).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { augment } from '../src';
import { disposeAll, makeSample, maxAbsDiff } from './augment-helpers';

torch.setNumThreads(1);
const A = augment;

interface Case { name: string; op: string; args: number[]; levels?: number[] }
const FIX = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'augment', 'torchvision.json'), 'utf8')) as
  { shape: number[]; input: number[]; cases: Case[] };
const [, H, W] = FIX.shape;
const input = () => torch.tensor(Float32Array.from(FIX.input, (v) => v / 255), { shape: FIX.shape });

function levelsDiff(t: torch.Tensor, ref: number[]): { mean: number; max: number } {
  const got = t.dataSync() as Float32Array;
  let s = 0;
  let m = 0;
  for (let i = 0; i < got.length; i++) {
    const d = Math.abs(Math.round(got[i] * 255) - ref[i]);
    s += d;
    m = Math.max(m, d);
  }
  return { mean: s / got.length, max: m };
}

test('pixelate = PIL BOX resize down and up', () => {
  for (const c of FIX.cases.filter((k) => k.op === 'pixelate')) {
    torch.tidy(() => {
      const f = c.args[0];
      const out = A.pilBoxResize(A.pilBoxResize(input(), Math.trunc(H * f), Math.trunc(W * f)), H, W);
      const d = levelsDiff(out, c.levels!);
      assert.ok(d.max <= 1 && d.mean < 0.02, `${c.name}: ${JSON.stringify(d)}`);
    });
  }
});

test('JPEG: sharp (libjpeg) and the tensor model against PIL', async () => {
  for (const c of FIX.cases.filter((k) => k.op === 'jpeg')) {
    const q = c.args[0];
    const viaSharp = await A.jpegSharp(input(), q);
    const ds = levelsDiff(viaSharp, c.levels!);
    const approx = A.jpegApprox(input(), q);
    const da = levelsDiff(approx, c.levels!);
    assert.ok(ds.mean < 1, `${c.name} sharp vs PIL: ${JSON.stringify(ds)}`);
    assert.ok(da.mean < 2.5, `${c.name} tensor model vs PIL: ${JSON.stringify(da)}`);
    viaSharp.dispose();
    approx.dispose();
  }
});

test('all 15 corruptions x 5 severities: in [0, 1], 8-bit levels, deterministic per seed', () => {
  const img = makeSample(11, { h: 32, w: 32 }).image;
  for (const c of A.CORRUPTIONS) {
    const dists: number[] = [];
    for (let s = 1; s <= 5; s++) {
      torch.tidy(() => {
        const a = A.corrupt(img, c, s, { seed: 3 });
        const b = A.corrupt(img, c, s, { seed: 3 });
        assert.deepEqual(a.shape, img.shape);
        assert.equal(maxAbsDiff(a, b), 0, `${c} ${s} not deterministic`);
        assert.ok((a.min().item() as number) >= 0 && (a.max().item() as number) <= 1, `${c} ${s} out of range`);
        const lv = a.mul(255);
        assert.ok((lv.sub(lv.round()).abs().max().item() as number) < 1e-3, `${c} ${s} not on 8-bit levels`);
        // change = mean |a - x| + (1 - correlation(a, x)): grows with severity for every corruption
        const ac = a.sub(a.mean());
        const xc = img.sub(img.mean());
        const corr = (ac.mul(xc).sum().item() as number) / Math.sqrt((ac.pow(2).sum().item() as number) * (xc.pow(2).sum().item() as number) + 1e-12);
        dists.push((a.sub(img).abs().mean().item() as number) + (1 - corr));
      });
    }
    // the strongest severity changes the image more than the weakest (not for elastic: the
    // reference's affine jitter shrinks with severity while the elastic field grows)
    if (c !== 'elastic_transform') assert.ok(dists[4] > dists[0] - 1e-3, `${c}: severity 5 (${dists[4]}) vs 1 (${dists[0]})`);
  }
  img.dispose();
});

test('random corruptions depend on the seed; deterministic ones do not', () => {
  const img = makeSample(12, { h: 32, w: 32 }).image;
  const random = ['gaussian_noise', 'shot_noise', 'impulse_noise', 'glass_blur', 'motion_blur', 'snow', 'frost', 'fog', 'elastic_transform'];
  for (const c of A.CORRUPTIONS) {
    torch.tidy(() => {
      const d = maxAbsDiff(A.corrupt(img, c, 3, { seed: 1 }), A.corrupt(img, c, 3, { seed: 2 }));
      if (random.includes(c)) assert.ok(d > 0, `${c} ignores the seed`);
      else assert.equal(d, 0, `${c} depends on the seed`);
    });
  }
  img.dispose();
});

test('imagenet preset on a larger image, and the -C dataset helper', async () => {
  const s = makeSample(13, { h: 64, w: 80 });
  for (const c of ['defocus_blur', 'zoom_blur', 'elastic_transform', 'fog', 'pixelate'] as const) {
    torch.tidy(() => {
      const out = A.corrupt(s.image, c, 2, { preset: 'imagenet', seed: 0 });
      assert.deepEqual(out.shape, [3, 64, 80]);
    });
  }
  const base = { length: 3, get: (i: number) => makeSample(20 + i, { h: 32, w: 32 }) };
  const seen: string[] = [];
  for await (const item of A.buildCorruptedSet(base, { corruptions: ['gaussian_noise', 'jpeg_compression'], severities: [1, 5], seed: 9 })) {
    seen.push(`${item.corruption}/${item.severity}/${item.index}`);
    // labels untouched
    assert.equal(item.sample.label, (20 + item.index) % 10);
    assert.ok(item.sample.instances && item.sample.depth);
    const again = await A.corruptedDataset(base, item.corruption, item.severity, { seed: 9 }).get(item.index);
    assert.equal(maxAbsDiff(again.image, item.sample.image), 0);
    disposeAll(item.sample, again);
  }
  assert.equal(seen.length, 12);
  disposeAll(s);
});

test('the AugMix Jensen-Shannon loss equals the reference code', () => {
  const J = (FIX as unknown as { jsd: { logits: number[][][]; loss: number } }).jsd;
  torch.tidy(() => {
    const [a, b, c] = J.logits.map((l) => torch.tensor(l));
    const loss = A.jsdLoss(a, b, c).item() as number;
    assert.ok(Math.abs(loss - J.loss) < 1e-5 * Math.max(1, J.loss), `${loss} vs ${J.loss}`);
    // identical predictions: zero loss
    assert.ok(Math.abs(A.jsdLoss(a, a, a).item() as number) < 1e-6);
  });
});
