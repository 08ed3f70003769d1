import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import sharp from 'sharp';
import * as torch from '@must/torch';
import * as viz from '../src/viz';
import { SyntheticScenes } from '../src/data/synthetic';

torch.setNumThreads(1);

const px = (img: viz.RgbImage, x: number, y: number) => viz.getPixel(img, x, y);

test('drawBoxes: a box outline lands on its border pixels (pixel-edge boxes), nothing else changes', () => {
  const img = viz.createImage(40, 30);
  viz.drawBoxes(img, { boxes: [[10, 5, 30, 20]], classes: [2] }, { labels: false, thickness: 1 });
  const c = viz.classColor(2);
  let colored = 0;
  for (let y = 0; y < 30; y++) {
    for (let x = 0; x < 40; x++) {
      const onBorder = x >= 10 && x <= 29 && y >= 5 && y <= 19 && (x === 10 || x === 29 || y === 5 || y === 19);
      assert.deepEqual(px(img, x, y), onBorder ? [...c] : [0, 0, 0], `pixel (${x}, ${y})`);
      if (onBorder) colored++;
    }
  }
  assert.equal(colored, 2 * 20 + 2 * 13);
  // thickness 2: the outline grows inwards
  const img2 = viz.createImage(40, 30);
  viz.drawBoxes(img2, { boxes: new Float32Array([10, 5, 30, 20]) }, { labels: false, thickness: 2, color: [255, 0, 0] });
  assert.deepEqual(px(img2, 11, 12), [255, 0, 0]);
  assert.deepEqual(px(img2, 28, 12), [255, 0, 0]);
  assert.deepEqual(px(img2, 12, 12), [0, 0, 0]);
  assert.deepEqual(px(img2, 9, 12), [0, 0, 0]);
  assert.deepEqual(px(img2, 30, 12), [0, 0, 0]);
});

test('drawBoxes: tensors in, coordinate scale, score filter, tags above the box (or inside at the top)', () => {
  const boxes = torch.tensor([[4, 20, 20, 40], [30, 0, 60, 30]], { dtype: 'float32' });
  const classes = torch.tensor([0, 1], { dtype: 'int64' });
  const scores = torch.tensor([0.9, 0.2], { dtype: 'float32' });
  const img = viz.createImage(64, 64);
  viz.drawBoxes(img, { boxes, classes, scores }, { classNames: ['sphere', 'cube'], minScore: 0.5, thickness: 1 });
  assert.deepEqual(px(img, 4, 30), [...viz.classColor(0)]);
  assert.deepEqual(px(img, 45, 29), [0, 0, 0], 'the low-score box is not drawn');
  // the tag of box 0 sits in rows 11..19 above its top edge (7 + 2 rows), starting at column 4
  let tagPixels = 0;
  for (let y = 11; y < 20; y++) for (let x = 4; x < 60; x++) if (px(img, x, y).some((v) => v > 0)) tagPixels++;
  assert.ok(tagPixels > 100, `tag drawn (${tagPixels} pixels)`);
  // a box touching the top: its tag goes inside
  const img2 = viz.createImage(64, 64);
  viz.drawBoxes(img2, { boxes: [[30, 0, 60, 30]], classes: [1], scores: [0.8] }, { thickness: 1 });
  assert.deepEqual(px(img2, 31, 1), [...viz.classColor(1)]);
  // coordScale: the same box on a 2x image
  const img3 = viz.createImage(128, 128);
  viz.drawBoxes(img3, { boxes: [[10, 5, 30, 20]] }, { labels: false, coordScale: 2, thickness: 1, color: [1, 2, 3] });
  assert.deepEqual(px(img3, 20, 30), [1, 2, 3]);
  assert.deepEqual(px(img3, 59, 30), [1, 2, 3]);
  assert.deepEqual(px(img3, 60, 30), [0, 0, 0]);
  for (const t of [boxes, classes, scores]) t.dispose();
});

test('toRgbImage: [3, H, W] float tensors, gray, planes and HWC bytes', () => {
  const t = torch.tensor([[[0, 1], [0.5, 0.25]], [[1, 0, ], [0, 0]], [[0, 0], [1, 2]]], { dtype: 'float32' });
  const img = viz.toRgbImage(t);
  assert.equal(img.width, 2); assert.equal(img.height, 2);
  assert.deepEqual([...img.data], [0, 255, 0, 255, 0, 0, 128, 0, 255, 64, 0, 255]);
  t.dispose();
  const gray = viz.toRgbImage(new Float32Array([0, 1]), { height: 1, width: 2 });
  assert.deepEqual([...gray.data], [0, 0, 0, 255, 255, 255]);
  const hwc = viz.toRgbImage(new Uint8Array([1, 2, 3, 4, 5, 6]), { height: 1, width: 2 });
  assert.deepEqual([...hwc.data], [1, 2, 3, 4, 5, 6]);
  assert.throws(() => viz.toRgbImage(new Float32Array(5), { height: 1, width: 2 }), /channels/);
});

test('colorizeDepth: colour brightness falls monotonically with depth (near bright), invalid depth is black', () => {
  const n = 200;
  const depth = new Float32Array(n + 4);
  for (let i = 0; i < n; i++) depth[i] = 0.5 + (i * 20) / n;
  depth[n] = 0; depth[n + 1] = NaN; depth[n + 2] = -3; depth[n + 3] = Infinity;
  for (const colormap of ['viridis', 'turbo'] as const) {
    const img = viz.colorizeDepth(depth, { height: 1, width: n + 4, colormap });
    for (let i = 0; i < n; i++) assert.notDeepEqual(px(img, i, 0), [0, 0, 0], `${colormap}: valid depth ${i} is not black`);
    for (let i = n; i < n + 4; i++) assert.deepEqual(px(img, i, 0), [0, 0, 0], `${colormap}: invalid depth ${depth[i]} is black`);
  }
  const img = viz.colorizeDepth(depth, { height: 1, width: n + 4 });
  let prev = Infinity;
  for (let i = 0; i < n; i++) {
    const l = viz.luminance(px(img, i, 0));
    assert.ok(l <= prev + 1e-9, `luminance non-increasing at ${i}: ${l} > ${prev}`);
    prev = l;
  }
  assert.ok(viz.luminance(px(img, 0, 0)) - viz.luminance(px(img, n - 1, 0)) > 120, 'near is much brighter than far');
  assert.deepEqual(px(img, 0, 0), [...viz.viridis(1)]);
  assert.deepEqual(px(img, n - 1, 0), [...viz.viridis(0)]);
  // reverse, fixed range (clamped), tensors
  const d = torch.tensor([[1, 2], [3, 100]], { dtype: 'float32' });
  const r = viz.colorizeDepth(d, { range: [1, 3], reverse: true });
  assert.deepEqual(px(r, 0, 0), [...viz.viridis(0)]);
  assert.deepEqual(px(r, 0, 1), [...viz.viridis(1)]);
  assert.deepEqual(px(r, 1, 1), [...viz.viridis(1)], 'beyond the range: clamped');
  d.dispose();
  assert.deepEqual(viz.depthRange(depth), [0.5, Math.fround(0.5 + (199 * 20) / n)]);
  assert.equal(viz.depthRange(new Float32Array([0, NaN])), null);
});

test('colorizeNormals: RGB = round((n + 1) / 2 * 255), invalid black', () => {
  const hw = 4;
  const n = new Float32Array(3 * hw);
  const set = (p: number, x: number, y: number, z: number) => { n[p] = x; n[hw + p] = y; n[2 * hw + p] = z; };
  set(0, 0, 0, 1); set(1, 1, 0, 0); set(2, 0, -1, 0); // pixel 3 stays 0: invalid
  const img = viz.colorizeNormals(n, { height: 2, width: 2 });
  assert.deepEqual(px(img, 0, 0), [128, 128, 255]);
  assert.deepEqual(px(img, 1, 0), [255, 128, 128]);
  assert.deepEqual(px(img, 0, 1), [128, 0, 128]);
  assert.deepEqual(px(img, 1, 1), [0, 0, 0]);
  const t = torch.tensor([[[0, 1]], [[0, 0]], [[-1, 0]]], { dtype: 'float32' }); // [3, 1, 2]
  const img2 = viz.colorizeNormals(t);
  assert.deepEqual([...img2.data], [128, 128, 0, 255, 128, 128]);
  t.dispose();
});

test('colorizeSemantic: fixed palette (background gray, class c + 1 = object class c, ignore white); scores argmax', () => {
  const sem = new Uint8Array([0, 1, 2, 255]);
  const img = viz.colorizeSemantic(sem, { height: 2, width: 2 });
  assert.deepEqual(px(img, 0, 0), [...viz.BACKGROUND_COLOR]);
  assert.deepEqual(px(img, 1, 0), [...viz.classColor(0)]);
  assert.deepEqual(px(img, 0, 1), [...viz.classColor(1)]);
  assert.deepEqual(px(img, 1, 1), [255, 255, 255]);
  const logits = torch.tensor([[[5, 0]], [[0, 1]], [[1, 9]]], { dtype: 'float32' }); // [3, 1, 2]: classes 0, 2
  const img2 = viz.colorizeSemantic(logits);
  assert.deepEqual(px(img2, 0, 0), [...viz.BACKGROUND_COLOR]);
  assert.deepEqual(px(img2, 1, 0), [...viz.classColor(1)]);
  logits.dispose();
  // colours are distinct for many classes
  const seen = new Set<string>();
  for (let k = 0; k < 40; k++) seen.add(viz.classColor(k).join(','));
  assert.equal(seen.size, 40);
});

test('drawInstanceMasks: translucent fill, opaque outline, nearest sampling on an upscaled image', () => {
  const mask = new Uint8Array(8 * 8);
  for (let y = 2; y < 6; y++) for (let x = 2; x < 6; x++) mask[y * 8 + x] = 1;
  const img = viz.createImage(16, 16);
  viz.drawInstanceMasks(img, mask, { classes: [3], height: 8, width: 8, alpha: 0.5 });
  const c = viz.classColor(3);
  assert.deepEqual(px(img, 4, 4), [...c], 'outline (upscaled: pixels 4..11)');
  assert.deepEqual(px(img, 8, 8), c.map((v) => Math.round(v * 0.5)), 'inside: half');
  assert.deepEqual(px(img, 3, 8), [0, 0, 0], 'outside untouched');
  assert.deepEqual(px(img, 12, 8), [0, 0, 0]);
});

test('text, panels and visualize: readable tags, captions, deterministic PNG bytes', async () => {
  assert.equal(viz.textWidth('abc'), 17);
  assert.equal(viz.fitText('a long caption', 30), 'a l..'); // 5 characters: 29 pixels
  const a = viz.createImage(10, 20, [255, 0, 0]), b = viz.createImage(30, 10, [0, 0, 255]);
  const comp = viz.composePanels([{ image: a, label: 'A' }, { image: b, label: 'B' }], { gap: 4, margin: 2 });
  assert.equal(comp.width, 2 + 10 + 4 + 30 + 2);
  assert.equal(comp.height, 2 + 12 + 20 + 2);
  assert.deepEqual(px(comp, 2, 14), [255, 0, 0]);
  assert.deepEqual(px(comp, 16, 14), [0, 0, 255]);
  const ds = new SyntheticScenes({ length: 2, size: 40, seed: 5 });
  const s = ds.get(1); // tensors
  const input = viz.vizInputFromSample(s);
  const one = viz.visualize(input, { classNames: ds.classes });
  const two = viz.visualize(viz.vizInputFromSample(ds.getRaw(1)), { classNames: ds.classes });
  assert.deepEqual(one, two, 'tensors and typed arrays give the same picture');
  assert.equal(one.height, 6 + 12 + 160 + 6, 'upscaled 4x to 160 pixels');
  assert.equal(one.width, 2 * 6 + 5 * 160 + 4 * 6, '5 panels: image, boxes+masks, semantic, depth, normals');
  const p1 = await viz.encodeRgbPng(one), p2 = await viz.encodeRgbPng(two);
  assert.ok(p1.equals(p2));
  const meta = await sharp(p1).metadata();
  assert.equal(meta.width, one.width);
  const { data } = await sharp(p1).raw().toBuffer({ resolveWithObject: true });
  assert.ok(Buffer.from(one.data).equals(data), 'PNG round trip is exact');
  // predictions with soft labels and scores; masks of low-score detections are dropped
  const probs = new Float32Array(ds.classes.length).fill(0.01);
  probs[2] = 0.93;
  const k = s.instances!.classes.shape[0];
  const pred = viz.visualize({ ...input, label: probs, scores: Array.from({ length: k }, (_, i) => (i === 0 ? 0.9 : 0.1)) }, { classNames: ds.classes, scale: 2 });
  assert.equal(pred.height, 6 + 12 + 80 + 6);
  for (const t of [s.image, s.instances!.boxes, s.instances!.classes, s.instances!.masks!, s.semantic!, s.depth!, s.normals!]) t.dispose();
});
