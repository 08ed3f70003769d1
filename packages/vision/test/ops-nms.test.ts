import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import { ops } from '../src';
import { opsFixtures, assertSameInts } from './ops-fixtures';

torch.setNumThreads(1);

test('nms equals torchvision.ops.nms (random, ties, duplicates, 1000-2000 boxes, thresholds 0..1, float64)', () => {
  const { t, cases } = opsFixtures();
  for (const c of cases.nms) {
    torch.tidy(() => {
      const keep = ops.nms(t[`nms.${c.name}.boxes`], t[`nms.${c.name}.scores`], c.thr);
      assert.equal(keep.dtype, 'int64');
      assertSameInts(keep, t[`nms.${c.name}.keep`], `nms ${c.name}`);
    });
  }
});

test('batchedNms equals torchvision.ops.batched_nms (offset trick <= 1000 boxes, per class above)', () => {
  const { t, cases } = opsFixtures();
  for (const c of cases.batched_nms) {
    torch.tidy(() => {
      const p = `bnms.${c.name}`;
      const keep = ops.batchedNms(t[`${p}.boxes`], t[`${p}.scores`], t[`${p}.idxs`], c.thr);
      assertSameInts(keep, t[`${p}.keep`], `batchedNms ${c.name}`);
    });
  }
});

test('nms: hand-checked cases, order by score, empty input, classes never suppress each other', () => {
  torch.tidy(() => {
    const boxes = torch.tensor([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30], [0, 0, 10, 10]]);
    const scores = torch.tensor([0.5, 0.9, 0.3, 0.8]);
    // IoU(box1, box0) = 81 / 119 = 0.68; IoU(box1, box3) = 0.68; box2 disjoint.
    assert.deepEqual(ops.nms(boxes, scores, 0.5).toArray(), [1, 2]);
    assert.deepEqual(ops.nms(boxes, scores, 0.7).toArray(), [1, 3, 2]); // box0 == box3 (IoU 1): dropped
    assert.deepEqual(ops.nms(boxes, scores, 1).toArray(), [1, 3, 0, 2]);
    const cls = torch.tensor([0n, 1n, 0n, 1n]);
    assert.deepEqual(ops.batchedNms(boxes, scores, cls, 0.5).toArray(), [1, 0, 2]);
    const empty = ops.nms(torch.zeros([0, 4]), torch.zeros([0]), 0.5);
    assert.deepEqual(empty.shape, [0]);
    assert.equal(empty.dtype, 'int64');
    assert.deepEqual(ops.batchedNms(torch.zeros([0, 4]), torch.zeros([0]), torch.zeros([0], { dtype: 'int64' }), 0.5).shape, [0]);
    // float16 boxes are handled in float32
    assert.deepEqual(ops.nms(boxes.to('float16'), scores, 0.5).toArray(), [1, 2]);
    assert.throws(() => ops.nms(torch.zeros([3, 5]), torch.zeros([3]), 0.5), /\[N, 4\]/);
    assert.throws(() => ops.nms(torch.zeros([3, 4]), torch.zeros([2]), 0.5), /scores/);
  });
});

test('nms on 1000 random boxes matches a brute-force greedy reference (float64)', () => {
  torch.manualSeed(0);
  torch.tidy(() => {
    const n = 1000;
    const c = torch.rand([n, 2], { dtype: 'float64' }).mul(500);
    const wh = torch.rand([n, 2], { dtype: 'float64' }).mul(80).add(5);
    const boxes = torch.cat([c.sub(wh.div(2)), c.add(wh.div(2))], { dim: 1 });
    const scores = torch.rand([n], { dtype: 'float64' });
    const keep = ops.nms(boxes, scores, 0.4).toArray() as number[];
    const iou = ops.boxIou(boxes, boxes).dataSync() as Float64Array;
    const order = scores.sort({ stable: true, descending: true })[1].toArray() as number[];
    const removed = new Uint8Array(n);
    const ref: number[] = [];
    for (const i of order) {
      if (removed[i]) continue;
      ref.push(i);
      for (const j of order) if (!removed[j] && j !== i && iou[i * n + j] > 0.4) removed[j] = 1;
    }
    assert.deepEqual(keep, ref);
  });
});
