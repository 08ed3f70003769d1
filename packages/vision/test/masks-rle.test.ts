// COCO RLE masks: hand-worked cases, round trips, and pycocotools fixtures
// (test/fixtures/metrics/masks.json, made by make_fixtures.py).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import {
  rleEncode, rleEncodeMany, rleDecode, rleToString, rleFromString, rleArea, rleToBbox, rleIou, bboxIou,
  polygonToRle, polygonsToRle, bboxToRle, rleMerge, frPyObjects, segmentationToRle, rleToTensor, rleFromCoco,
  rleToCoco, makeRle, type Rle, type CocoUncompressedRle,
} from '../src/masks';

torch.setNumThreads(1);

const FIX = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'metrics', 'masks.json'), 'utf8'));

function counts(r: Rle): number[] {
  return Array.from(r.counts);
}

test('encode: column-major runs starting with zeros (worked by hand)', () => {
  // 3x4 mask, row-major:      columns (top to bottom):
  //   0 1 1 0                 c0: 0 0 1   c1: 1 0 1   c2: 1 1 1   c3: 0 0 0
  //   0 0 1 0                 sequence: 001 101 111 000 -> runs 2,1,0? no: 0 0 | 1 | 0 ... see below
  //   1 1 1 0
  // column-major sequence: 0,0,1, 1,0,1, 1,1,1, 0,0,0
  // runs: zeros 2, ones 2, zeros 1, ones 4, zeros 3 -> [2, 2, 1, 4, 3]
  const m = Uint8Array.from([0, 1, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0]);
  const r = rleEncode(m, 3, 4);
  assert.deepEqual(counts(r), [2, 2, 1, 4, 3]);
  assert.equal(rleArea(r), 6);
  // bbox: columns 0..2, rows 0..2 -> [0, 0, 3, 3]
  assert.deepEqual(rleToBbox(r), [0, 0, 3, 3]);
  // string: the first three counts as is ('2'=50, '2', '1'); then 4-2=2 -> '2', 3-1=2 -> '2'
  assert.equal(rleToString(r), '22122');
  assert.deepEqual(rleDecode(r), m);
  // a mask starting with foreground begins with an empty zero run
  assert.deepEqual(counts(rleEncode(Uint8Array.from([1, 1, 0]), 3, 1)), [0, 2, 1]);
  assert.deepEqual(counts(rleEncode(new Uint8Array(6), 2, 3)), [6]);
});

test('compressed strings: multi-character values and negative differences (worked by hand)', () => {
  // counts [40, 3, 100, 1]: 40 = 0b101000 -> low 5 bits 01000 = 8, rest 1; 8 has bit 4 clear and
  // the rest (1) is non-zero -> more: char 8|0x20 + 48 = 88 'X', then 1 -> '1'. 3 -> '3'.
  // 100 = 0b1100100 -> 00100 = 4 (more, rest 3) -> 4|32+48 = 84 'T', then 3 -> '3'.
  // i=3: 1 - 3 = -2 -> low 5 bits of -2 = 30 (bit 4 set), x >> 5 = -1 -> stop: 30+48 = 78 'N'.
  const r = makeRle(1, 144, [40, 3, 100, 1]);
  assert.equal(rleToString(r), 'X13T3N');
  assert.deepEqual(counts(rleFromString('X13T3N', 1, 144)), [40, 3, 100, 1]);
  // Bit 4 of the last character is the sign: 16 = 10000 has bit 4 set although 16 >> 5 = 0 is not
  // -1, so it needs a second character: 16|32 + 48 = 96 '`', then 0 -> '0'. -16: low bits 10000
  // and -16 >> 5 = -1 -> one character, 16 + 48 = 64 '@'.
  const r2 = makeRle(1, 52, [0, 16, 20, 0, 16]);
  // 0 -> '0'; 16 -> '`0'; 20 = 10100 (bit 4 set, rest 0) -> 20|32 + 48 = 100 'd', then '0';
  // i=3: 0 - 16 = -16 -> '@'; i=4: 16 - 20 = -4 -> low bits 11100 = 28, rest -1 -> 28 + 48 = 'L'
  assert.equal(rleToString(r2), '0`0d0@L');
  assert.deepEqual(counts(rleFromString('0`0d0@L', 1, 52)), [0, 16, 20, 0, 16]);
  assert.throws(() => rleFromString('0P', 1, 16), /truncated/);
  assert.throws(() => rleFromString('0 ', 1, 16), /invalid character/);
  assert.throws(() => rleFromString('5', 2, 2), /sum to 5/);
});

test('pycocotools fixtures: encode -> counts string, area, toBbox, decode round trip', () => {
  for (const c of FIX.encode) {
    let mask: Uint8Array;
    if (c.mask) mask = Uint8Array.from(c.mask);
    else {
      mask = new Uint8Array(c.h * c.w);
      for (const [y0, y1, x0, x1, v] of c.rect) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) mask[y * c.w + x] = v;
    }
    const r = rleEncode(mask, c.h, c.w);
    assert.equal(rleToString(r), c.counts, `${c.h}x${c.w}`);
    assert.equal(rleArea(r), c.area);
    assert.deepEqual(rleToBbox(r), c.bbox);
    const back = rleFromString(c.counts, c.h, c.w);
    assert.deepEqual(counts(back), counts(r));
    assert.deepEqual(rleDecode(back), mask);
  }
});

test('pycocotools fixtures: polygons (frPyObjects + merge), boxes (frBbox)', () => {
  for (const c of FIX.polygons) {
    const rles = frPyObjects(c.polygons as number[][], c.h, c.w);
    assert.deepEqual(rles.map(rleToString), c.counts, JSON.stringify(c.polygons));
    const merged = polygonsToRle(c.polygons, c.h, c.w);
    assert.equal(rleToString(merged), c.merged);
    assert.equal(rleArea(merged), c.area);
    assert.deepEqual(rleToBbox(merged), c.bbox);
    assert.equal(rleToString(segmentationToRle(c.polygons, c.h, c.w)), c.merged);
  }
  for (const c of FIX.boxes) {
    assert.equal(rleToString(bboxToRle(c.bbox, c.h, c.w)), c.counts, JSON.stringify(c.bbox));
    assert.equal(rleToString(frPyObjects([c.bbox], c.h, c.w)[0]), c.counts);
  }
});

test('pycocotools fixtures: iou (masks and boxes, with crowd), merge, uncompressed RLE', () => {
  for (const c of FIX.iou) {
    const dt = c.dt.map((s: string) => rleFromString(s, c.h, c.w));
    const gt = c.gt.map((s: string) => rleFromString(s, c.h, c.w));
    const o = rleIou(dt, gt, c.iscrowd);
    assert.deepEqual(Array.from(o), c.iou.flat());
    const b = bboxIou(c.dtBoxes, c.gtBoxes, c.boxIscrowd);
    assert.deepEqual(Array.from(b), c.boxIou.flat());
  }
  for (const c of FIX.merge) {
    const rles = c.rles.map((s: string) => rleFromString(s, c.h, c.w));
    assert.equal(rleToString(rleMerge(rles)), c.union);
    assert.equal(rleToString(rleMerge(rles.slice(0, c.interOf), true)), c.intersection);
  }
  for (const c of FIX.uncompressed) {
    assert.equal(rleToString(rleFromCoco(c)), c.compressed);
    assert.equal(rleToString(frPyObjects(c as CocoUncompressedRle, 0, 0)), c.compressed);
    assert.equal(rleToString(segmentationToRle(c, c.size[0], c.size[1])), c.compressed);
  }
});

test('polygon rasterization (worked by hand): the square (1,1)-(4,3) covers pixels x 1..3, y 1..2', () => {
  // Vertices scaled by 5: (5,5) (20,5) (20,15) (5,15). Column crossings happen at x = 1, 2, 3
  // (pixel centres inside [1, 4)); each column is filled from y = ceil((5.5/5) - .5) = 1 to
  // y = ceil(15.5/5 - .5) = 3 exclusive -> rows 1, 2. Column-major in a 5x6 image:
  // col0: 5 zeros; col1..3: 1 zero, 2 ones, 2 zeros; then col 4, 5 zeros.
  const r = polygonToRle([1, 1, 4, 1, 4, 3, 1, 3], 5, 6);
  assert.deepEqual(counts(r), [6, 2, 3, 2, 3, 2, 12]);
  // string: 6, 2, 3, then differences 2-2=0, 3-3=0, 2-2=0, 12-3=9 -> '6230009' (pycocotools' output)
  assert.equal(rleToString(r), '6230009');
  assert.equal(rleArea(r), 6);
  assert.deepEqual(rleToBbox(r), [1, 1, 3, 2]);
  // A box [1, 1, 3, 2] is the same polygon
  assert.deepEqual(counts(bboxToRle([1, 1, 3, 2], 5, 6)), counts(r));
  // Outside the image: clipped.
  assert.equal(rleArea(polygonToRle([-10, -10, 100, -10, 100, 100, -10, 100], 5, 6)), 30);
});

test('merge: union and intersection (worked by hand)', () => {
  // 1x6 masks: A = 011100, B = 000111 -> A|B = 011111 [1, 5], A&B = 000100 [3, 1, 2]
  const A = rleEncode(Uint8Array.from([0, 1, 1, 1, 0, 0]), 1, 6);
  const B = rleEncode(Uint8Array.from([0, 0, 0, 1, 1, 1]), 1, 6);
  assert.deepEqual(counts(rleMerge([A, B])), [1, 5]);
  assert.deepEqual(counts(rleMerge([A, B], true)), [3, 1, 2]);
  assert.throws(() => rleMerge([A, rleEncode(new Uint8Array(6), 2, 3)]), /different sizes/);
});

test('iou: crowd uses the detection area as the union (worked by hand)', () => {
  // 1x10: dt = pixels 0..3 (area 4), gt = pixels 2..9 (area 8); intersection 2 (pixels 2, 3)
  // normal: 2 / (4 + 8 - 2) = 0.2; crowd: 2 / 4 = 0.5
  const dt = rleEncode(Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0, 0, 0]), 1, 10);
  const gt = rleEncode(Uint8Array.from([0, 0, 1, 1, 1, 1, 1, 1, 1, 1]), 1, 10);
  assert.deepEqual(Array.from(rleIou([dt], [gt, gt], [0, 1])), [0.2, 0.5]);
  // boxes: dt [0,0,2,2] (area 4), gt [1,1,2,2]: intersection 1 -> 1/7; crowd -> 1/4
  assert.deepEqual(Array.from(bboxIou([[0, 0, 2, 2]], [[1, 1, 2, 2], [1, 1, 2, 2]], [0, 1])), [1 / 7, 1 / 4]);
});

test('tensors: encode [H, W] and [N, H, W], decode to a uint8 tensor', () => {
  torch.tidy(() => {
    const m = torch.tensor([[0, 1, 1, 0], [0, 0, 1, 0], [1, 1, 1, 0]], { dtype: 'uint8' });
    const r = rleEncode(m);
    assert.deepEqual(counts(r), [2, 2, 1, 4, 3]);
    assert.deepEqual(rleToTensor(r).toArray(), m.toArray());
    const many = rleEncodeMany(torch.stack([m, m.logicalNot().to('uint8')]));
    assert.equal(many.length, 2);
    assert.equal(rleArea(many[1]), 6);
    assert.deepEqual(rleToCoco(r), { size: [3, 4], counts: '22122' });
    const b = rleEncode(m.to('bool'));
    assert.deepEqual(counts(b), counts(r));
  });
});
