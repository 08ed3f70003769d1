import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as torch from '@must/torch';
import { SyntheticScenes, SHAPE_CLASSES, IGNORE_INDEX, disposeSample, datasetFromSpec, type RawSample } from '../src/data';

torch.setNumThreads(1);

function digest(r: RawSample): string {
  const h = createHash('sha256');
  for (const a of [r.image, r.semantic, r.depth, r.normals, r.instances?.boxes, r.instances?.classes, r.instances?.masks]) {
    if (a) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  }
  h.update(String(r.label));
  return h.digest('hex');
}

test('synthetic: sample i is a pure function of (seed, split, i), in any order and instance', () => {
  const a = new SyntheticScenes({ length: 20, seed: 7 });
  const b = new SyntheticScenes({ length: 20, seed: 7 });
  const fwd = [0, 1, 2, 3, 4, 5].map((i) => digest(a.getRaw(i)));
  const back = [5, 4, 3, 2, 1, 0].map((i) => digest(b.getRaw(i))).reverse();
  assert.deepEqual(fwd, back);
  assert.equal(digest(a.getRaw(3)), fwd[3]); // again, after other renders
  assert.equal(new Set(fwd).size, fwd.length);
});

test('synthetic: different seeds and splits are disjoint', () => {
  const n = 40;
  const sets = [
    new SyntheticScenes({ length: n, seed: 0 }), new SyntheticScenes({ length: n, seed: 1 }),
    new SyntheticScenes({ length: n, seed: 0, split: 'val' }),
  ].map((ds) => Array.from({ length: n }, (_, i) => digest(ds.getRaw(i))));
  const all = new Set(sets.flat());
  assert.equal(all.size, 3 * n);
});

test('synthetic: ground truth is consistent across the five tasks', () => {
  for (const size of [[64, 64], [40, 72]] as [number, number][]) {
    const ds = new SyntheticScenes({ length: 30, seed: 3, size });
    const [H, W] = size;
    const HW = H * W;
    const minArea = ds.options.minArea;
    let objectsSeen = 0, skyOrGround = 0, tiny = 0;
    for (let i = 0; i < 30; i++) {
      const r = ds.render(i);
      const s = r.sample;
      assert.equal(s.height, H); assert.equal(s.width, W); assert.equal(s.channels, 3);
      for (const v of s.image) assert.ok(v >= 0 && v <= 1);
      const inst = s.instances!;
      const n = inst.classes.length;
      assert.ok(n >= 1, 'at least one annotated object');
      const masks = inst.masks!;
      const cover = new Uint8Array(HW);
      let bestArea = -1, bestClass = -1;
      for (let j = 0; j < n; j++) {
        const c = inst.classes[j];
        assert.ok(c >= 0 && c < SHAPE_CLASSES.length);
        let x0 = W, y0 = H, x1 = -1, y1 = -1, area = 0;
        for (let p = 0; p < HW; p++) {
          if (!masks[j * HW + p]) continue;
          assert.equal(cover[p], 0, 'instance masks do not overlap');
          cover[p] = 1;
          area++;
          const x = p % W, y = (p - x) / W;
          x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
          assert.equal(s.semantic![p], c + 1, 'semantic = instance class + 1 under its mask');
        }
        assert.ok(area >= minArea);
        assert.deepEqual(Array.from(inst.boxes.subarray(4 * j, 4 * j + 4)), [x0, y0, x1 + 1, y1 + 1], 'box = tight box of the mask');
        if (area > bestArea) { bestArea = area; bestClass = c; }
        objectsSeen++;
      }
      assert.equal(s.label, bestClass, 'label = class of the largest visible object');
      const { fx, fy, cx, cy } = r.camera;
      const g = r.ground;
      for (let p = 0; p < HW; p++) {
        const id = r.ids[p];
        const d = s.depth![p];
        const nx = s.normals![p], ny = s.normals![HW + p], nz = s.normals![2 * HW + p];
        if (cover[p]) assert.ok(id >= 0);
        if (id === -2) { // sky
          assert.equal(d, 0); assert.equal(nx, 0); assert.equal(ny, 0); assert.equal(nz, 0);
          assert.equal(s.semantic![p], 0);
          continue;
        }
        assert.ok(d > 0, 'depth > 0 where something is hit');
        assert.ok(Math.abs(Math.hypot(nx, ny, nz) - 1) < 1e-5, 'unit normals where valid');
        const u = p % W, v = (p - u) / W;
        const dx = (u + 0.5 - cx) / fx, dy = (v + 0.5 - cy) / fy;
        assert.ok(nx * dx + ny * dy + nz < 1e-6, 'normals face the camera');
        if (id === -1) { // ground: the back-projected point lies on the plane, the normal is the plane's
          skyOrGround++;
          const X = d * dx, Y = d * dy, Z = d;
          assert.ok(Math.abs(g.normal[0] * X + g.normal[1] * Y + g.normal[2] * Z - g.d) < 1e-3 * d);
          assert.ok(Math.abs(nx - g.normal[0]) < 1e-6 && Math.abs(ny - g.normal[1]) < 1e-6);
          assert.equal(s.semantic![p], 0);
        } else if (!cover[p]) {
          // an object not annotated: clutter (background) or too small (ignore)
          const cls = r.objectClasses[id];
          assert.equal(s.semantic![p], cls < 0 ? 0 : IGNORE_INDEX);
          if (cls >= 0) { assert.equal(r.annotated[id], 0); tiny++; }
        }
      }
    }
    assert.ok(objectsSeen > 60 && skyOrGround > 0);
    assert.ok(tiny >= 0);
  }
});

test('synthetic: options (tasks, classes, objects) and tensors from get()', () => {
  const ds = new SyntheticScenes({ length: 5, size: 32, numClasses: 5, objects: [2, 3], tasks: ['depth', 'classification'] });
  assert.deepEqual([...ds.classes], ['sphere', 'cube', 'cylinder', 'cone', 'torus']);
  for (let i = 0; i < 5; i++) {
    const r = ds.getRaw(i);
    assert.equal(r.instances, undefined); assert.equal(r.semantic, undefined); assert.equal(r.normals, undefined);
    assert.ok(typeof r.label === 'number' && r.label < 5);
  }
  const full = new SyntheticScenes({ length: 2, size: 32 });
  const s = full.get(1);
  assert.deepEqual(s.image.shape, [3, 32, 32]);
  assert.equal(s.image.dtype, 'float32');
  assert.equal(s.semantic!.dtype, 'uint8');
  assert.deepEqual(s.normals!.shape, [3, 32, 32]);
  assert.equal(s.instances!.classes.dtype, 'int64');
  assert.equal(s.instances!.masks!.shape[1], 32);
  assert.equal(s.id, 1);
  disposeSample(s);
  assert.throws(() => full.getRaw(2), /out of range/);
  // rebuilt from its spec (as in a loader worker), it gives the same samples
  const odd = new SyntheticScenes({ length: 3, size: [20, 28], seed: 4, split: 'val', numClasses: 6, objects: [1, 2], tasks: ['segmentation'] });
  const again = datasetFromSpec(JSON.parse(JSON.stringify(odd.spec())));
  assert.equal(digest(again.getRaw(2) as RawSample), digest(odd.getRaw(2)));
  assert.throws(() => new SyntheticScenes({ numClasses: 9 }), /numClasses/);
});
