// mixup, cutmix and Copy-Paste: soft labels, pasted pixels carry their labels, occluded objects
// updated, boxes = bounding boxes of masks, box-only fallback, subset size uniform in 0..N.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import type { Sample } from '../src';
import { augment } from '../src';
import { checkInvariants, disposeAll, makeSample, maxAbsDiff } from './augment-helpers';

torch.setNumThreads(1);
const A = augment;

test('mixup and cutmix of image batches: soft labels, lambda, pasted box', () => {
  torch.tidy(() => {
    const x = torch.rand([4, 3, 16, 20]);
    const y = [0, 3, 1, 2];
    const m = A.mixupImages(x, y, { numClasses: 5, alpha: 0.4 }, new A.Rng(1));
    assert.ok(m.lam > 0 && m.lam < 1);
    assert.ok((m.labels.sum(1).sub(1).abs().max().item() as number) < 1e-6);
    assert.ok(Math.abs((m.labels.index(0, 0).item() as number) - m.lam) < 1e-6);
    assert.ok(maxAbsDiff(m.images.index(1), x.index(1).mul(m.lam).add(x.index(2).mul(1 - m.lam))) < 1e-6);
    const c = A.cutmixImages(x, y, { numClasses: 5, labelSmoothing: 0.1 }, new A.Rng(2));
    const [x1, y1, x2, y2] = c.box!;
    assert.ok(Math.abs(c.lam - (1 - ((x2 - x1) * (y2 - y1)) / (16 * 20))) < 1e-9);
    if (x2 > x1 && y2 > y1) {
      const pasted = c.images.index(0).narrow(1, y1, y2 - y1).narrow(2, x1, x2 - x1);
      assert.equal(maxAbsDiff(pasted, x.index(3).narrow(1, y1, y2 - y1).narrow(2, x1, x2 - x1)), 0);
    }
    assert.ok((c.labels.sum(1).sub(1).abs().max().item() as number) < 1e-6);
    assert.ok((c.labels.min().item() as number) >= 0.1 / 5 * Math.min(c.lam, 1 - c.lam) - 1e-6);
  });
});

test('mixup and cutmix of samples update every label', () => {
  const samples = [0, 1, 2, 3].map((i) => makeSample(50 + i));
  for (const t of [A.mixup({ numClasses: 10, alpha: 1 }), A.cutmix({ numClasses: 10 }), A.mixupCutmix({ numClasses: 10 })]) {
    for (let k = 0; k < 4; k++) {
      const out = t.applyBatch(samples, new A.Rng(k));
      out.forEach((o, i) => {
        checkInvariants(o, samples, `${t.name} ${k} ${i}`);
        const lab = o.label as torch.Tensor;
        assert.ok(Math.abs((lab.sum().item() as number) - 1) < 1e-5);
      });
      for (const o of out) disposeAll(o);
    }
  }
  // box-only cutmix keeps boxes only
  const boxOnly = [0, 1].map((i) => makeSample(60 + i, { masks: false }));
  const out = A.cutmix({ numClasses: 10 }).applyBatch(boxOnly, new A.Rng(3));
  for (const [i, o] of out.entries()) {
    assert.equal(o.instances!.masks, undefined);
    checkInvariants(o, boxOnly, `cutmix box-only ${i}`);
    disposeAll(o);
  }
  disposeAll(...samples, ...boxOnly);
});

test('copy-paste (aligned): pasted pixels carry image, semantic, depth and normals; occlusion updates masks', () => {
  const dst = makeSample(70, { n: 5 });
  const src = makeSample(71, { n: 5 });
  let pasted = 0;
  for (let k = 0; k < 12; k++) {
    // replay the draws of pasteAligned: paste?, m in 0..N, the subset
    const r = new A.Rng(k);
    r.bool(1);
    const m = r.randint(0, 6);
    const chosen = r.sample(5, m);
    const out = A.pasteAligned(dst, src, new A.Rng(k), { minArea: 10 });
    checkInvariants(out, [dst, src], `paste ${k}`);
    torch.tidy(() => {
      if (m === 0) {
        assert.equal(maxAbsDiff(out.image, dst.image), 0);
        return;
      }
      pasted++;
      const idx = torch.tensor(BigInt64Array.from(chosen, BigInt));
      const alpha = src.instances!.masks!.index(idx).amax({ dim: 0 }).gt(0); // [H, W]
      const rest = alpha.logicalNot();
      const pick = (t: torch.Tensor, mask: torch.Tensor) => (t.ndim === 3 ? t.permute([1, 2, 0]).index(mask) : t.index(mask));
      for (const [name, a, sv, dv] of [
        ['image', out.image, src.image, dst.image], ['semantic', out.semantic!, src.semantic!, dst.semantic!],
        ['depth', out.depth!, src.depth!, dst.depth!], ['normals', out.normals!, src.normals!, dst.normals!],
      ] as const) {
        assert.equal(maxAbsDiff(pick(a, alpha), pick(sv, alpha)), 0, `${name} under the pasted objects`);
        assert.equal(maxAbsDiff(pick(a, rest), pick(dv, rest)), 0, `${name} elsewhere`);
      }
      // destination objects lost the pasted pixels; pasted objects come last, whole
      const masks = out.instances!.masks!;
      const n = masks.shape[0];
      const big = chosen.filter((c) => (A.boxes.maskAreas(src.instances!.masks!.index(c).unsqueeze(0)).item() as number) >= 10);
      const kept = n - big.length;
      if (kept > 0) assert.equal(masks.narrow(0, 0, kept).mul(alpha.to('uint8')).max().item(), 0, 'occluded pixels left in a mask');
      for (let j = 0; j < big.length; j++) assert.equal(maxAbsDiff(masks.index(kept + j), src.instances!.masks!.index(big[j])), 0);
      // a destination object is dropped exactly when fewer than minArea pixels stay visible
      const vis = A.boxes.maskAreas(dst.instances!.masks!.mul(rest.to('uint8')));
      assert.equal(kept, (vis.ge(10).sum().item() as number));
    });
    disposeAll(out);
  }
  assert.ok(pasted > 0);
  disposeAll(dst, src);
});

test('copy-paste with jitter: invariants, determinism, m uniform in 0..N, box-only fallback, blending', () => {
  const a = makeSample(80, { n: 4 });
  const b = makeSample(81, { n: 4 });
  for (let k = 0; k < 8; k++) {
    const o1 = A.copyPaste(a, b, new A.Rng(k), { minArea: 8 });
    const o2 = A.copyPaste(a, b, new A.Rng(k), { minArea: 8 });
    checkInvariants(o1, [a, b], `copy-paste ${k}`);
    assert.equal(maxAbsDiff(o1.image, o2.image), 0);
    assert.equal(maxAbsDiff(o1.instances!.boxes, o2.instances!.boxes), 0);
    disposeAll(o1, o2);
  }
  // m uniform in 0..N: the source's subset size (aligned paste draws m first)
  const counts = new Array(5).fill(0);
  const r = new A.Rng(9);
  for (let i = 0; i < 2500; i++) {
    const st = r.getState();
    const m = r.randint(0, 5);
    r.setState(st);
    counts[m]++;
    r.randint(0, 5);
  }
  assert.ok(counts.every((c) => Math.abs(c / 2500 - 0.2) < 0.04), `${counts}`);
  // box-only: boxes only out, inside the image
  const strip = (s: Sample): Sample => ({ ...s, instances: { boxes: s.instances!.boxes, classes: s.instances!.classes } });
  for (let k = 0; k < 6; k++) {
    const o = A.copyPaste(strip(a), strip(b), new A.Rng(k), { minArea: 8 });
    assert.equal(o.instances!.masks, undefined);
    checkInvariants(o, [a, b], `box-only ${k}`);
    disposeAll(o);
  }
  // Gaussian blending: same labels as the hard paste, image differs only near the paste border
  const hard = A.pasteAligned(a, b, new A.Rng(3), { minArea: 8 });
  const soft = A.pasteAligned(a, b, new A.Rng(3), { minArea: 8, blendSigma: 1 });
  assert.equal(maxAbsDiff(hard.instances!.boxes, soft.instances!.boxes), 0);
  assert.equal(maxAbsDiff(hard.semantic!, soft.semantic!), 0);
  disposeAll(hard, soft, a, b);
});

test('CopyPaste transform pastes within a batch', () => {
  const batch = [0, 1, 2].map((i) => makeSample(90 + i));
  const out = new A.CopyPaste({ minArea: 8 }).applyBatch(batch, new A.Rng(1));
  out.forEach((o, i) => checkInvariants(o, batch, `batch ${i}`));
  disposeAll(...out, ...batch);
});
