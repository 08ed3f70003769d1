// Shared helpers of the augment tests: synthetic samples with every label, and invariant checks.
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import type { Sample } from '../src';
import { augment } from '../src';

/**
 * A sample of h x w with n objects (alternating rectangles and ellipses), every label present:
 * classes, iscrowd, masks (boxes = their bounding boxes), semantic (class + 1 on objects, 0
 * background, 255 in a corner), depth in [2, 5] m with an invalid (0) band, unit normals (0 where
 * depth is invalid).
 */
export function makeSample(seed: number, opts: { h?: number; w?: number; n?: number; masks?: boolean } = {}): Sample {
  const h = opts.h ?? 64;
  const w = opts.w ?? 64;
  const n = opts.n ?? 4;
  const rng = new augment.Rng(seed);
  const img = new Float32Array(3 * h * w);
  for (let c = 0; c < 3; c++) {
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      img[c * h * w + y * w + x] = 0.2 + 0.3 * ((x * (c + 1) + y * (3 - c)) % 17) / 17 + 0.1 * rng.random();
    }
  }
  const masks = new Uint8Array(n * h * w);
  const classes = new BigInt64Array(n);
  const sem = new Uint8Array(h * w);
  for (let k = 0; k < n; k++) {
    const bw = rng.randint(Math.floor(w / 6), Math.floor(w / 2));
    const bh = rng.randint(Math.floor(h / 6), Math.floor(h / 2));
    const x0 = rng.randint(0, w - bw);
    const y0 = rng.randint(0, h - bh);
    const cls = rng.randint(0, 5);
    classes[k] = BigInt(cls);
    const ell = k % 2 === 1;
    const color = [rng.random(), rng.random(), rng.random()];
    for (let y = y0; y < y0 + bh; y++) for (let x = x0; x < x0 + bw; x++) {
      if (ell) {
        const dx = (x + 0.5 - (x0 + bw / 2)) / (bw / 2);
        const dy = (y + 0.5 - (y0 + bh / 2)) / (bh / 2);
        if (dx * dx + dy * dy > 1) continue;
      }
      masks[k * h * w + y * w + x] = 1;
      sem[y * w + x] = cls + 1;
      for (let c = 0; c < 3; c++) img[c * h * w + y * w + x] = color[c] * 0.8 + 0.1;
    }
  }
  // objects drawn later occlude earlier ones: keep masks consistent with the painted order
  for (let k = 0; k < n; k++) for (let j = k + 1; j < n; j++) {
    for (let p = 0; p < h * w; p++) if (masks[j * h * w + p]) masks[k * h * w + p] = 0;
  }
  for (let y = 0; y < 4; y++) for (let x = 0; x < 4; x++) sem[y * w + x] = 255;
  const depth = new Float32Array(h * w);
  const normals = new Float32Array(3 * h * w);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const p = y * w + x;
    if (x >= Math.floor(w * 0.4) && x < Math.floor(w * 0.5)) continue; // invalid band
    depth[p] = 2 + (3 * (x + y)) / (h + w);
    const nx = Math.sin((x / w) * 3);
    const ny = Math.cos((y / h) * 2) * 0.5;
    const nz = -1;
    const len = Math.hypot(nx, ny, nz);
    normals[p] = nx / len; normals[h * w + p] = ny / len; normals[2 * h * w + p] = nz / len;
  }
  const maskT = torch.tensor(masks, { shape: [n, h, w] });
  const boxes = augment.boxes.masksToBoxes(maskT);
  const s: Sample = {
    image: torch.tensor(img, { shape: [3, h, w] }),
    label: seed % 10,
    instances: {
      boxes,
      classes: torch.tensor(classes),
      iscrowd: torch.zeros([n], { dtype: 'bool' }),
    },
    semantic: torch.tensor(sem, { shape: [h, w] }),
    depth: torch.tensor(depth, { shape: [h, w] }),
    normals: torch.tensor(normals, { shape: [3, h, w] }),
    id: seed,
  };
  if (opts.masks ?? true) s.instances!.masks = maskT;
  else maskT.dispose();
  return s;
}

export function maxAbsDiff(a: torch.Tensor, b: torch.Tensor): number {
  return torch.tidy(() => {
    if (a.numel === 0 && b.numel === 0) return 0;
    return a.to('float32').sub(b.to('float32')).abs().max().item() as number;
  });
}

export function assertSameSample(a: Sample, b: Sample, msg = ''): void {
  assert.deepEqual(a.image.shape, b.image.shape, msg);
  assert.equal(maxAbsDiff(a.image, b.image), 0, `${msg} image`);
  for (const k of ['semantic', 'depth', 'normals'] as const) {
    assert.equal(!!a[k], !!b[k], `${msg} ${k} presence`);
    if (a[k]) assert.equal(maxAbsDiff(a[k]!, b[k]!), 0, `${msg} ${k}`);
  }
  assert.equal(!!a.instances, !!b.instances);
  if (a.instances) {
    assert.deepEqual(a.instances.boxes.shape, b.instances!.boxes.shape, `${msg} boxes shape`);
    assert.equal(maxAbsDiff(a.instances.boxes, b.instances!.boxes), 0, `${msg} boxes`);
    assert.deepEqual(a.instances.classes.toArray(), b.instances!.classes.toArray(), `${msg} classes`);
    if (a.instances.masks) assert.equal(maxAbsDiff(a.instances.masks, b.instances!.masks!), 0, `${msg} masks`);
  }
}

/**
 * Label invariants after any geometric op: boxes are exactly their masks' bounding boxes (masks
 * present) or inside the image (box only), no empty instance, fields aligned, semantic values from
 * the input's set or 255, depth 0 or within the input's valid range, normals unit or 0.
 */
export function checkInvariants(out: Sample, inputs: Sample | Sample[], msg = ''): void {
  const ins = Array.isArray(inputs) ? inputs : [inputs];
  const input = ins[0];
  torch.tidy(() => {
    const [h, w] = out.image.shape.slice(-2);
    const inst = out.instances;
    if (inst) {
      const n = inst.boxes.shape[0];
      assert.equal(inst.classes.shape[0], n, `${msg} classes length`);
      if (inst.iscrowd) assert.equal(inst.iscrowd.shape[0], n, `${msg} iscrowd length`);
      if (inst.masks) {
        assert.deepEqual(inst.masks.shape, [n, h, w], `${msg} masks shape`);
        assert.equal(inst.masks.dtype, 'uint8');
        const fromMasks = augment.boxes.masksToBoxes(inst.masks);
        assert.equal(maxAbsDiff(inst.boxes, fromMasks), 0, `${msg} boxes != bounding boxes of masks`);
        if (n) assert.ok((augment.boxes.maskAreas(inst.masks).min().item() as number) >= 1, `${msg} empty mask kept`);
      } else if (n) {
        const b = inst.boxes;
        assert.ok((b.min().item() as number) >= 0, `${msg} box < 0`);
        assert.ok((b.narrow(1, 2, 1).max().item() as number) <= w + 1e-4, `${msg} box beyond width`);
        assert.ok((b.narrow(1, 3, 1).max().item() as number) <= h + 1e-4, `${msg} box beyond height`);
        const [x1, y1, x2, y2] = b.unbind({ dim: 1 });
        assert.ok(x2.sub(x1).min().item() as number > 0 && (y2.sub(y1).min().item() as number) > 0, `${msg} empty box kept`);
      }
    }
    if (out.semantic && input.semantic) {
      assert.deepEqual(out.semantic.shape, [h, w]);
      assert.equal(out.semantic.dtype, 'uint8');
      const allowed = new Set([255]);
      for (const i of ins) if (i.semantic) for (const v of i.semantic.dataSync() as Uint8Array) allowed.add(v);
      for (const v of out.semantic.dataSync() as Uint8Array) assert.ok(allowed.has(v), `${msg} semantic value ${v}`);
    }
    if (out.depth && input.depth) {
      assert.deepEqual(out.depth.shape, [h, w]);
      let lo = Infinity;
      let hi = -Infinity;
      for (const i of ins) {
        if (!i.depth) continue;
        for (const v of i.depth.dataSync() as Float32Array) if (v > 0) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
      }
      for (const v of out.depth.dataSync() as Float32Array) {
        assert.ok(v === 0 || (v >= lo - 1e-5 && v <= hi + 1e-5), `${msg} depth ${v} mixes invalid pixels`);
      }
    }
    if (out.normals) {
      assert.deepEqual(out.normals.shape, [3, h, w]);
      const len = out.normals.linalgVectorNorm({ ord: 2, dim: [0] });
      const ok = len.gt(0);
      if (ok.any().item()) {
        const err = len.index(ok).sub(1).abs().max().item() as number;
        assert.ok(err < 1e-4, `${msg} normals not unit (err ${err})`);
      }
      const lv = len.dataSync() as Float32Array;
      for (const v of lv) assert.ok(v === 0 || Math.abs(v - 1) < 1e-4, `${msg} normal length ${v}`);
    }
  });
}

export function disposeAll(...samples: Sample[]): void {
  for (const s of samples) {
    s.image.dispose();
    if (s.label !== undefined && typeof s.label !== 'number') s.label.dispose();
    if (s.instances) {
      s.instances.boxes.dispose(); s.instances.classes.dispose(); s.instances.iscrowd?.dispose(); s.instances.masks?.dispose();
    }
    s.semantic?.dispose(); s.depth?.dispose(); s.normals?.dispose();
  }
}
