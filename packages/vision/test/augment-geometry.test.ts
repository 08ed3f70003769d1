// Geometric augmentations on samples with every label: boxes stay the bounding boxes of their
// masks, flips are involutions, normals stay unit, invalid depth stays invalid, seeds determine
// the results.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import type { Sample } from '../src';
import * as vision from '../src';
import { augment } from '../src';
import { assertSameSample, checkInvariants, disposeAll, makeSample, maxAbsDiff } from './augment-helpers';

torch.setNumThreads(1);
const A = augment;

test('flip twice is the identity (horizontal and vertical), normals x / y negated once', () => {
  const s = makeSample(1);
  const h1 = A.hflip(s);
  const h2 = A.hflip(h1);
  assertSameSample(h2, s, 'hflip twice');
  const v1 = A.vflip(s);
  const v2 = A.vflip(v1);
  assertSameSample(v2, s, 'vflip twice');
  torch.tidy(() => {
    // normals: x negated and mirrored
    const nx = s.normals!.index(0).flip([1]).neg();
    assert.equal(maxAbsDiff(h1.normals!.index(0), nx), 0);
    assert.equal(maxAbsDiff(h1.normals!.index(1), s.normals!.index(1).flip([1])), 0);
    const ny = s.normals!.index(1).flip([0]).neg();
    assert.equal(maxAbsDiff(v1.normals!.index(1), ny), 0);
  });
  checkInvariants(h1, s, 'hflip');
  checkInvariants(v1, s, 'vflip');
  // box-only flips map boxes exactly as the masks
  const b = makeSample(1, { masks: false });
  const hb = A.hflip(b);
  assert.equal(maxAbsDiff(hb.instances!.boxes, h1.instances!.boxes), 0);
  disposeAll(s, h1, h2, v1, v2, b, hb);
});

test('resize, crop, pad, warp: boxes are the bounding boxes of the masks, labels stay valid', () => {
  const s = makeSample(2);
  const ops: [string, (x: Sample) => Sample][] = [
    ['resize up', (x) => A.resize(x, [100, 90])],
    ['resize down', (x) => A.resize(x, [23, 31])],
    ['resize down bilinear depth', (x) => A.resize(x, [37, 29], { depthMode: 'bilinear' })],
    ['crop', (x) => A.cropOrPad(x, 10, 7, [30, 40])],
    ['pad', (x) => A.cropOrPad(x, -5, -9, [90, 80], { fill: [0.1, 0.2, 0.3] })],
    ['crop+pad', (x) => A.cropOrPad(x, 20, -10, [64, 64])],
    ['rotate 30', (x) => A.warpSample(x, A.functional.rotationAffine(64, 64, 30))],
    ['rotate -75 bilinear depth', (x) => A.warpSample(x, A.functional.rotationAffine(64, 64, -75), undefined, { depthMode: 'bilinear' })],
    ['shear', (x) => A.warpSample(x, [1, 0.3, -5, 0.1, 1, 2], [70, 60])],
    ['scale+translate', (x) => A.warpSample(x, [0.6, 0, 10, 0, 0.8, -3])],
  ];
  for (const [name, f] of ops) {
    const out = f(s);
    checkInvariants(out, s, name);
    assert.equal(out.label, s.label);
    disposeAll(out);
  }
  disposeAll(s);
});

test('pad and crop fill values: image fill, semantic 255, depth 0, normals 0', () => {
  const s = makeSample(3);
  const out = A.cropOrPad(s, -4, -6, [72, 74], { fill: 0.5 });
  torch.tidy(() => {
    assert.equal(maxAbsDiff(out.image.narrow(1, 0, 4), torch.full([3, 4, 74], 0.5)), 0);
    assert.ok((out.semantic!.narrow(0, 0, 4).min().item() as number) === 255);
    assert.equal(out.depth!.narrow(1, 0, 6).abs().max().item(), 0);
    assert.equal(out.normals!.narrow(2, 0, 6).abs().max().item(), 0);
    // the inside is the input, shifted
    assert.equal(maxAbsDiff(out.depth!.narrow(0, 4, 64).narrow(1, 6, 64), s.depth!), 0);
  });
  disposeAll(s, out);
});

test('invalid depth stays invalid: nearest and invalid-aware bilinear never mix in zeros', () => {
  const s = makeSample(4);
  // all-invalid depth stays all-invalid
  const z: Sample = { ...s, depth: torch.zerosLike(s.depth!) };
  for (const mode of ['nearest', 'bilinear'] as const) {
    const r = A.warpSample(z, A.functional.rotationAffine(64, 64, 13), undefined, { depthMode: mode });
    assert.equal(r.depth!.abs().max().item(), 0, mode);
    const rs = A.resize(z, [50, 70], { depthMode: mode });
    assert.equal(rs.depth!.abs().max().item(), 0, mode);
    disposeAll(r, rs);
  }
  // an invalid band stays (about) where it was: translation by whole pixels moves it exactly
  const t = A.warpSample(s, [1, 0, 5, 0, 1, 0], undefined, { depthMode: 'bilinear' });
  torch.tidy(() => {
    const want = s.depth!.narrow(1, 0, 59);
    assert.equal(maxAbsDiff(t.depth!.narrow(1, 5, 59), want), 0);
  });
  z.depth!.dispose();
  disposeAll(s, t);
});

test('rotation rotates the normal vectors (y down): x axis -> -y for 90 degrees counter-clockwise', () => {
  const s = makeSample(5);
  const n = torch.zeros([3, 64, 64]);
  n.index(0).fill_(1);
  const q: Sample = { image: s.image, normals: n };
  const r = A.warpSample(q, A.functional.rotationAffine(64, 64, 90), undefined, {});
  torch.tidy(() => {
    const c = r.normals!.narrow(1, 24, 16).narrow(2, 24, 16);
    assert.ok(c.index(0).abs().max().item() as number < 1e-5);
    assert.ok((c.index(1).add(1).abs().max().item() as number) < 1e-5);
  });
  n.dispose();
  disposeAll(s, r);
});

test('box-only geometry: boxes follow their corners and contain the masks\' boxes', () => {
  const withMasks = makeSample(6);
  const boxOnly = makeSample(6, { masks: false });
  const fwd = A.functional.rotationAffine(64, 64, 20);
  const a = A.warpSample(withMasks, fwd);
  const b = A.warpSample(boxOnly, fwd);
  checkInvariants(b, boxOnly, 'box-only rotate');
  torch.tidy(() => {
    // every mask box (of an instance kept by both) lies inside the corner box, within a pixel
    const am = a.instances!;
    const bm = b.instances!;
    if (am.boxes.shape[0] === bm.boxes.shape[0]) {
      const inside = am.boxes.narrow(1, 0, 2).sub(bm.boxes.narrow(1, 0, 2)).min().item() as number;
      const inside2 = bm.boxes.narrow(1, 2, 2).sub(am.boxes.narrow(1, 2, 2)).min().item() as number;
      assert.ok(inside >= -1 && inside2 >= -1, `${inside} ${inside2}`);
    }
  });
  disposeAll(withMasks, boxOnly, a, b);
});

test('transforms with randomness: invariants, determinism for a seed', () => {
  const s = makeSample(7);
  const ts: augment.Transform[] = [
    A.randomFlip({ horizontal: 0.5, vertical: 0.5 }),
    A.randomResizedCrop(48),
    A.lsj({ size: 64 }),
    A.lsj({ size: [48, 80], scaleRange: [1.5, 2.0] }),
    A.lsj({ size: 64, scaleRange: [0.1, 0.3], depthMode: 'bilinear' }),
    A.resizeTo(40),
    A.randAugment({ numOps: 3, magnitude: 15 }),
    A.compose([A.randomFlip(), A.lsj({ size: 56 }), A.randAugment()]),
  ];
  for (const t of ts) {
    for (let k = 0; k < 6; k++) {
      const a = t.apply(s, new A.Rng(k));
      const b = t.apply(s, new A.Rng(k));
      checkInvariants(a, s, `${t.name} seed ${k}`);
      assertSameSample(a, b, `${t.name} seed ${k} twice`);
      disposeAll(a, b);
    }
  }
  disposeAll(s);
});

test('every RandAugment op on a sample keeps the labels consistent', () => {
  const s = makeSample(8);
  for (const op of A.RANDAUGMENT_OPS) {
    for (const value of A.GEOMETRIC_OPS.has(op) ? [op.startsWith('Trans') ? 13 : op === 'Rotate' ? 27 : 0.27, op.startsWith('Trans') ? -9 : -0.2] : [op === 'Posterize' ? 3 : op === 'Solarize' ? 100 : 1.5]) {
      const out = A.applyOpToSample(s, { op, value });
      checkInvariants(out, s, `${op} ${value}`);
      if (!A.GEOMETRIC_OPS.has(op)) {
        // pixel ops leave the labels untouched
        assert.equal(maxAbsDiff(out.depth!, s.depth!), 0);
        assert.equal(maxAbsDiff(out.instances!.boxes, s.instances!.boxes), 0);
      }
      disposeAll(out);
    }
  }
  disposeAll(s);
});

test('no tensor leaks through a pipeline', () => {
  const s = makeSample(9);
  const t = A.compose([A.randomFlip(), A.lsj({ size: 64 }), A.randAugment(), A.colorJitter({ brightness: 0.4, contrast: 0.4, saturation: 0.4, hue: 0.1 })]);
  A.clearSamplingCache(); // the cache of sampling taps holds tensors on purpose
  const before = torch.memory().tensors;
  for (let k = 0; k < 5; k++) disposeAll(t.apply(s, new A.Rng(k)));
  A.clearSamplingCache();
  assert.equal(torch.memory().tensors, before);
  disposeAll(s);
});

test('pipeline from plain data, and in the DataLoader (worker thread, TransformSpec)', async () => {
  const s = makeSample(10);
  const p = A.pipeline({ ops: ['flip', { name: 'lsj', size: 48 }, { name: 'randaugment', magnitude: 12 }, 'identity'] });
  const out = p.apply(s, new A.Rng(1));
  checkInvariants(out, s, 'pipeline');
  assert.deepEqual(out.image.shape, [3, 48, 48]);
  disposeAll(s, out);
  assert.throws(() => A.pipeline({ ops: ['nope'] }), /unknown op 'nope'/);
  const ds = new vision.SyntheticScenes({ length: 4, size: 32, seed: 2 });
  const spec = { module: require.resolve('../src/augment'), export: 'pipeline', options: { ops: ['flip', { name: 'lsj', size: 32 }, 'randaugment'] } };
  const runs: number[][] = [];
  for (const numWorkers of [0, 1]) {
    const loader = new vision.DataLoader(ds, { batchSize: 4, seed: 3, numWorkers, transforms: [spec] });
    for await (const b of loader.epoch(0)) {
      assert.deepEqual(b.images.shape, [4, 3, 32, 32]);
      runs.push(Array.from(b.images.sum([1, 2, 3]).dataSync() as Float32Array));
      vision.disposeBatch(b);
    }
    await loader.close();
  }
  // the same batches on the main thread and in a worker
  assert.deepEqual(runs[0], runs[1]);
});
