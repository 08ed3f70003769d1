import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import { collate, collateRaw, disposeBatch, disposeSample, toSample, type Batch, type RawSample } from '../src/data';

torch.setNumThreads(1);

function ramp(n: number, k = 1): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => ((i * k) % 97) / 97);
}

/** Two samples of different sizes and label sets. */
function samples(): RawSample[] {
  const a: RawSample = {
    image: ramp(3 * 10 * 12), channels: 3, height: 10, width: 12, id: 'a', label: 2,
    instances: {
      boxes: Float32Array.from([1, 1, 5, 4, 0, 0, 12, 10]), classes: Int32Array.from([0, 3]), iscrowd: Uint8Array.from([0, 1]),
      masks: Uint8Array.from({ length: 2 * 120 }, (_, i) => (i % 7 === 0 ? 1 : 0)),
    },
    semantic: Uint8Array.from({ length: 120 }, (_, i) => i % 5),
    depth: ramp(120, 3),
  };
  const b: RawSample = {
    image: ramp(3 * 7 * 15, 5), channels: 3, height: 7, width: 15, id: 7,
    label: Float32Array.from([0.1, 0.2, 0.3, 0.4]),
    normals: Float32Array.from({ length: 3 * 105 }, (_, i) => (i < 105 ? 1 : 0)),
  };
  return [a, b];
}

function arr(t: torch.Tensor | undefined): unknown {
  return t ? { shape: t.shape, dtype: t.dtype, data: Array.from(t.dataSync() as ArrayLike<number | bigint>, (v) => Number(v)) } : undefined;
}

function plain(b: Batch): unknown {
  return {
    images: arr(b.images), sizes: b.sizes, taskMask: arr(b.taskMask), labels: arr(b.labels), semantic: arr(b.semantic),
    depth: arr(b.depth), normals: arr(b.normals), ids: b.ids,
    instances: b.instances?.map((i) => ({ boxes: arr(i.boxes), classes: arr(i.classes), iscrowd: arr(i.iscrowd), masks: arr(i.masks) })),
  };
}

test('collate: padding, per-image sizes, dense labels, label kinds, task mask', () => {
  const raws = samples();
  const b = collateRaw(raws, { padTo: 8 });
  assert.deepEqual(b.images.shape, [2, 3, 16, 16]);
  assert.deepEqual(b.sizes, [[10, 12], [7, 15]]);
  assert.deepEqual(b.ids, ['a', 7]);
  assert.deepEqual(b.taskMask.toArray(), [[true, true, true, true, false], [true, false, false, false, true]]);
  // image b at the top-left, zeros around
  const img = b.images.toArray() as number[][][][];
  assert.equal(img[1][2][6][14], raws[1].image[2 * 105 + 6 * 15 + 14]);
  assert.equal(img[1][2][6][15], 0);
  assert.equal(img[1][0][7][0], 0);
  // soft labels: the index label becomes one-hot
  assert.deepEqual(b.labels!.shape, [2, 4]);
  assert.deepEqual((b.labels!.toArray() as number[][])[0], [0, 0, 1, 0]);
  // semantic: int64, 255 on padding and on the unlabeled image
  assert.equal(b.semantic!.dtype, 'int64');
  const sem = b.semantic!.toArray() as number[][][];
  assert.equal(sem[0][9][11], (9 * 12 + 11) % 5);
  assert.equal(sem[0][10][0], 255);
  assert.ok(sem[1].every((row) => row.every((v) => v === 255)));
  const dep = b.depth!.toArray() as number[][][];
  assert.equal(dep[0][0][12], 0);
  assert.ok(dep[1].every((row) => row.every((v) => v === 0)));
  const nor = b.normals!.toArray() as number[][][][];
  assert.equal(nor[1][0][6][14], 1);
  assert.equal(nor[1][0][7][14], 0);
  assert.ok(nor[0][0].every((row) => row.every((v) => v === 0)));
  // instances: per image, masks padded to the canvas, empty for the unlabeled image
  assert.equal(b.instances!.length, 2);
  assert.deepEqual(b.instances![0].masks!.shape, [2, 16, 16]);
  assert.deepEqual(b.instances![0].iscrowd!.toArray(), [false, true]);
  assert.deepEqual(b.instances![1].boxes.shape, [0, 4]);
  assert.equal(b.instances![0].classes.dtype, 'int64');
  disposeBatch(b);

  // index labels only: int64 with -1 for unlabeled
  const c = collateRaw([{ ...raws[0] }, { ...raws[1], label: undefined }]);
  assert.equal(c.labels!.dtype, 'int64');
  assert.deepEqual(c.labels!.toArray(), [2, -1]);
  assert.deepEqual(c.images.shape, [2, 3, 10, 15]);
  disposeBatch(c);
});

test('collate (tensors) gives the same batch as collateRaw', () => {
  const raws = samples();
  for (const padTo of [1, 8]) {
    const before = torch.memory().tensors;
    const ss = raws.map(toSample);
    const x = collate(ss, { padTo });
    const y = collateRaw(raws, { padTo });
    assert.deepEqual(plain(x), plain(y));
    disposeBatch(x); disposeBatch(y);
    ss.forEach(disposeSample);
    assert.equal(torch.memory().tensors, before);
  }
  assert.throws(() => collateRaw([]), /no samples/);
  assert.throws(() => collateRaw([raws[0], { ...raws[1], channels: 1, image: new Float32Array(105) }]), /channels/);
});
