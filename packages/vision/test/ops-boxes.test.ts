import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import { ops } from '../src';
import { opsFixtures, assertClose, assertSameInts } from './ops-fixtures';

torch.setNumThreads(1);

test('box formats: hand-checked conversions and round trips', () => {
  torch.tidy(() => {
    const xyxy = torch.tensor([[10, 20, 30, 60], [0, 0, 1, 1]]);
    assert.deepEqual(ops.boxConvert(xyxy, 'xyxy', 'xywh').toArray(), [[10, 20, 20, 40], [0, 0, 1, 1]]);
    assert.deepEqual(ops.boxConvert(xyxy, 'xyxy', 'cxcywh').toArray(), [[20, 40, 20, 40], [0.5, 0.5, 1, 1]]);
    assert.deepEqual(ops.boxConvert(torch.tensor([[20, 40, 20, 40]]), 'cxcywh', 'xywh').toArray(), [[10, 20, 20, 40]]);
    for (const f of ['xywh', 'cxcywh'] as const) {
      assertClose(ops.boxConvert(ops.boxConvert(xyxy, 'xyxy', f), f, 'xyxy'), xyxy, {}, f);
    }
    assert.throws(() => ops.boxConvert(xyxy, 'xyxy', 'yxyx' as never), /unsupported/);
  });
});

test('area, IoU, GIoU: hand-checked', () => {
  torch.tidy(() => {
    const a = torch.tensor([[0, 0, 10, 10], [5, 5, 15, 15]]);
    const b = torch.tensor([[0, 0, 10, 10], [10, 0, 20, 10], [20, 20, 30, 40]]);
    assert.deepEqual(ops.boxArea(a).toArray(), [100, 100]);
    // [5,5,15,15] vs [0,0,10,10]: inter 25, union 175; vs [10,0,20,10]: inter 25, union 175
    assertClose(ops.boxIou(a, b), torch.tensor([[1, 0, 0], [25 / 175, 25 / 175, 0]]), {}, 'iou');
    // GIoU = IoU - (C - U) / C; [0,0,10,10] vs [10,0,20,10]: C = 200, U = 200 -> 0
    // [0,0,10,10] vs [20,20,30,40]: C = 30 * 40 = 1200, U = 300 -> -0.75
    const g = ops.generalizedBoxIou(a, b).toArray() as number[][];
    assert.ok(Math.abs(g[0][0] - 1) < 1e-6 && Math.abs(g[0][1]) < 1e-6 && Math.abs(g[0][2] + 0.75) < 1e-6);
    assertClose(ops.generalizedBoxIouLoss(a, b.narrow(0, 0, 2)), torch.tensor([0, 1 - (25 / 175 - (225 - 175) / 225)]), { atol: 1e-6 }, 'giou loss');
    assert.deepEqual(ops.clipBoxesToImage(torch.tensor([[-5, 3, 50, 70]]), [40, 30]).toArray(), [[0, 3, 30, 40]]);
    assert.deepEqual(ops.removeSmallBoxes(torch.tensor([[0, 0, 5, 5], [0, 0, 1, 9], [2, 2, 9, 4]]), 2).toArray(), [0, 2]);
    assert.deepEqual(ops.boxesToRois([torch.tensor([[1, 2, 3, 4]]), torch.tensor([[5, 6, 7, 8], [9, 9, 9, 9]])]).toArray(),
      [[0, 1, 2, 3, 4], [1, 5, 6, 7, 8], [1, 9, 9, 9, 9]]);
  });
});

test('box ops equal torchvision (box_iou, generalized_box_iou, area, convert, clip, remove_small, GIoU loss)', () => {
  const { t } = opsFixtures();
  torch.tidy(() => {
    const b1 = t['box.b1'];
    const b2 = t['box.b2'];
    assertClose(ops.boxIou(b1, b2), t['box.iou'], { atol: 0, rtol: 0 }, 'iou');
    assertClose(ops.generalizedBoxIou(b1, b2), t['box.giou'], { atol: 0, rtol: 0 }, 'giou');
    assertClose(ops.boxArea(b1), t['box.area1'], { atol: 0, rtol: 0 }, 'area');
    assertClose(ops.generalizedBoxIouLoss(b1.narrow(0, 0, 5), b2), t['box.giou_loss'], { atol: 0, rtol: 0 }, 'giou loss');
    assertClose(ops.clipBoxesToImage(b1.mul(2).sub(20), [40, 60]), t['box.clip'], { atol: 0, rtol: 0 }, 'clip');
    assertSameInts(ops.removeSmallBoxes(b1, 10), t['box.small'], 'remove small');
    for (const fin of ['xyxy', 'xywh', 'cxcywh'] as const) {
      for (const fout of ['xyxy', 'xywh', 'cxcywh'] as const) {
        assertClose(ops.boxConvert(b1, fin, fout), t[`box.convert.${fin}.${fout}`], { atol: 0, rtol: 0 }, `${fin}->${fout}`);
      }
    }
  });
});

test('BoxCoder: encode/decode equal torchvision (weights 1 and 10/10/5/5, clamp at log(1000/16)) and round-trip', () => {
  const { t } = opsFixtures();
  torch.tidy(() => {
    const anchors = t['coder.anchors'];
    const gt = t['coder.gt'];
    for (const [tag, w] of [['w1', [1, 1, 1, 1]], ['w10', [10, 10, 5, 5]]] as const) {
      const coder = new ops.BoxCoder({ weights: w });
      assertClose(coder.encodeSingle(gt, anchors), t[`coder.${tag}.encoded`], { atol: 0, rtol: 0 }, `encode ${tag}`);
      assertClose(coder.decodeSingle(t[`coder.${tag}.rel`], anchors), t[`coder.${tag}.decoded`], { atol: 0, rtol: 0 }, `decode ${tag}`);
      assertClose(coder.decodeSingle(coder.encodeSingle(gt, anchors), anchors), gt, { atol: 1e-3, rtol: 1e-5 }, `round trip ${tag}`);
    }
    assert.ok(Math.abs(ops.BBOX_XFORM_CLIP - Math.log(1000 / 16)) < 1e-15);
    // a huge dw decodes to exactly 1000/16 times the anchor width
    const coder = new ops.BoxCoder();
    const d = coder.decodeSingle(torch.tensor([[0, 0, 50, 0]]), torch.tensor([[0, 0, 16, 16]])).toArray() as number[][];
    assert.ok(Math.abs(d[0][2] - d[0][0] - 1000) < 1e-3);
    const split = coder.encode([gt.narrow(0, 0, 3), gt.narrow(0, 3, 2)], [anchors.narrow(0, 0, 3), anchors.narrow(0, 3, 2)]);
    assert.deepEqual(split.map((s) => s.shape), [[3, 4], [2, 4]]);
  });
});

test('losses equal torchvision: sigmoid_focal_loss and RetinaNet box losses (l1, smooth_l1, giou)', () => {
  const { t } = opsFixtures();
  torch.tidy(() => {
    assertClose(ops.sigmoidFocalLoss(t['loss.focal.x'], t['loss.focal.t']), t['loss.focal.none'], { atol: 1e-7, rtol: 1e-6 }, 'focal');
    assertClose(ops.sigmoidFocalLoss(t['loss.focal.x'], t['loss.focal.t'], { reduction: 'sum' }), t['loss.focal.sum'], { atol: 1e-6, rtol: 1e-6 }, 'focal sum');
    const coder = new ops.BoxCoder();
    for (const [ours, theirs] of [['l1', 'l1'], ['smoothL1', 'smooth_l1'], ['giou', 'giou']] as const) {
      const l = ops.boxRegressionLoss(ours, coder, t['coder.anchors'], t['coder.gt'], t['loss.reg'], { beta: 1 });
      assertClose(l, t[`loss.box.${theirs}`], { atol: 1e-5, rtol: 1e-6 }, `box loss ${ours}`);
    }
  });
});

test('AnchorGenerator equals torchvision for a 64x96 image (values, order, counts per level, strides from the padded size)', () => {
  const { t, cases } = opsFixtures();
  torch.tidy(() => {
    const c = cases.anchors;
    const gen = ops.retinaNetAnchorGenerator([8, 16, 32, 64, 128]);
    assert.deepEqual(gen.sizes, c.sizes); // (32, 40, 50), (64, 80, 101), ...
    assert.deepEqual(gen.numAnchorsPerLocation(), [9, 9, 9, 9, 9]);
    const a = gen.forward(c.image, c.grids);
    assert.equal(a.shape[0], c.per_level.reduce((x: number, y: number) => x + y, 0));
    assertClose(a, t['anchors.retina_64x96'], { atol: 0, rtol: 0 }, 'anchors');
    const odd = new ops.AnchorGenerator([[10, 21]], [[0.3, 1.7]]);
    assertClose(odd.forward([30, 20], [[3, 2]]), t['anchors.odd'], { atol: 0, rtol: 0 }, 'odd anchors');
    // cell anchors of size 32, ratio 1 -> [-16, -16, 16, 16]
    assert.deepEqual((gen.cellAnchors[0].toArray() as number[][])[3], [-16, -16, 16, 16]);
    assert.deepEqual(ops.retinaNetAnchorSizes([8], { integerSizes: false })[0].map((v) => +v.toFixed(3)), [32, 40.317, 50.797]);
    gen.dispose();
    odd.dispose();
  });
});

test('Matcher equals torchvision (thresholds, BELOW_LOW_THRESHOLD -1, BETWEEN_THRESHOLDS -2, low-quality matches with ties)', () => {
  const { t } = opsFixtures();
  torch.tidy(() => {
    const iou = t['matcher.iou'];
    assertSameInts(new ops.Matcher(0.5, 0.4, { allowLowQualityMatches: true }).match(iou), t['matcher.low'], 'low quality');
    assertSameInts(new ops.Matcher(0.5, 0.4).match(iou), t['matcher.nolow'], 'no low quality');
    assertSameInts(new ops.Matcher(0.6, 0.6).match(iou), t['matcher.same'], 'equal thresholds');
    assert.equal(ops.Matcher.BELOW_LOW_THRESHOLD, -1);
    assert.equal(ops.Matcher.BETWEEN_THRESHOLDS, -2);
    // hand-checked: gt 0's best prediction is pred 2 (0.45, between the thresholds) -> low-quality
    // match to gt 0; pred 1 (best 0.3) is background; pred 3 matches gt 1 (0.7)
    const m = torch.tensor([[0.1, 0.3, 0.45, 0.0], [0.0, 0.2, 0.1, 0.7]]);
    assert.deepEqual(new ops.Matcher(0.5, 0.4, true).match(m).toArray(), [-1, -1, 0, 1]);
    assert.deepEqual(new ops.Matcher(0.5, 0.4, false).match(m).toArray(), [-1, -1, -2, 1]);
    assert.throws(() => new ops.Matcher(0.5, 0.4).match(torch.zeros([0, 3])), /ground-truth/);
  });
});
