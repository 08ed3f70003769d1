import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import { detection } from '../src';
import { TinyBackbone } from './detection-tiny';

torch.setNumThreads(1);

test('FPN: P2-P5 and P3-P7 output shapes, torchvision 0.14 parameter names', () => {
  torch.manualSeed(0);
  torch.tidy(() => {
    const fpn = new detection.FeaturePyramidNetwork([8, 16, 32, 64], 16);
    const xs = [torch.randn([2, 8, 32, 40]), torch.randn([2, 16, 16, 20]), torch.randn([2, 32, 8, 10]), torch.randn([2, 64, 4, 5])];
    const ps = fpn.forward(xs);
    assert.deepEqual(ps.map((p) => p.shape), [[2, 16, 32, 40], [2, 16, 16, 20], [2, 16, 8, 10], [2, 16, 4, 5]]);
    assert.deepEqual([...fpn.stateDict().keys()].slice(0, 4),
      ['inner_blocks.0.0.weight', 'inner_blocks.0.0.bias', 'inner_blocks.1.0.weight', 'inner_blocks.1.0.bias']);
    // odd sizes: nearest upsampling to the lateral's size
    const odd = fpn.forward([torch.randn([1, 8, 25, 31]), torch.randn([1, 16, 13, 16]), torch.randn([1, 32, 7, 8]), torch.randn([1, 64, 4, 4])]);
    assert.deepEqual(odd[0].shape, [1, 16, 25, 31]);
    fpn.dispose();

    for (const from of ['p5', 'c5'] as const) {
      const extra = new detection.LastLevelP6P7(from === 'p5' ? 16 : 64, 16, { from });
      const f = new detection.FeaturePyramidNetwork([16, 32, 64], 16, { extraBlocks: extra, norm: { type: 'gn', groups: 4 } });
      const out = f.forward(xs.slice(1));
      assert.deepEqual(out.map((p) => p.shape.slice(2)), [[16, 20], [8, 10], [4, 5], [2, 3], [1, 2]]);
      const keys = [...f.stateDict().keys()];
      assert.ok(keys.includes('extra_blocks.p6.weight') && keys.includes('extra_blocks.p7.bias'));
      assert.ok(keys.includes('layer_blocks.2.1.weight')); // GroupNorm after the conv (index 1)
      assert.ok(!keys.includes('layer_blocks.2.0.bias')); // no conv bias with a norm
      assert.equal(f.numOutputs, 5);
      f.dispose();
    }
    // P6 from C5: the extra conv sees C5 (64 channels)
    assert.throws(() => new detection.LastLevelP6P7(64, 16, { from: 'p5' }), /inChannels/);
  });
});

test('RetinaNet head: torchvision keys, init (N(0, 0.01), prior 0.01 bias), output layout [N, HWA, K]', () => {
  torch.manualSeed(0);
  torch.tidy(() => {
    const head = new detection.RetinaNetHead(32, 9, 5, { norm: 'gn' as const, activation: 'silu' });
    const keys = [...head.stateDict().keys()];
    assert.deepEqual(keys.slice(0, 3), ['classification_head.conv.0.0.weight', 'classification_head.conv.0.1.weight', 'classification_head.conv.0.1.bias']);
    assert.ok(keys.includes('classification_head.cls_logits.bias') && keys.includes('regression_head.bbox_reg.weight'));
    const bias = head.classificationHead.clsLogits.bias!;
    assert.ok(Math.abs((bias.mean().item() as number) + Math.log(99)) < 1e-5);
    const std = head.classificationHead.clsLogits.weight.std().item() as number;
    assert.ok(std > 0.008 && std < 0.012, `std ${std}`);
    assert.equal(head.regressionHead.bboxReg.bias!.abs().sum().item(), 0);
    const out = head.forward([torch.randn([2, 32, 4, 6]), torch.randn([2, 32, 2, 3])]);
    assert.deepEqual(out.clsLogits.shape, [2, (24 + 6) * 9, 5]);
    assert.deepEqual(out.bboxRegression.shape, [2, (24 + 6) * 9, 4]);
    // the class scores start near the prior
    const p = out.clsLogits.sigmoid().mean().item() as number;
    assert.ok(Math.abs(p - 0.01) < 0.003, `mean score ${p}`);
    head.dispose();
    const plain = new detection.RetinaNetHead(8, 9, 2);
    assert.ok([...plain.stateDict().keys()].includes('classification_head.conv.3.0.bias')); // no norm: conv bias
    plain.dispose();
  });
});

test('RetinaNet on a backbone with forwardFeatures: levels P3-P7, anchor count, batch padded to 128', () => {
  torch.manualSeed(0);
  torch.tidy(() => {
    const model = new detection.RetinaNet(new TinyBackbone(), { numClasses: 4, fpnChannels: 8 });
    assert.deepEqual(model.levels, [3, 4, 5, 6, 7]);
    const { imageList, outputs, anchors, numAnchorsPerLevel } = model.run([torch.rand([3, 100, 130]), torch.rand([3, 64, 64])]);
    assert.deepEqual(imageList.tensors.shape, [2, 3, 128, 256]);
    assert.deepEqual(imageList.imageSizes, [[100, 130], [64, 64]]);
    assert.deepEqual(numAnchorsPerLevel, [16 * 32 * 9, 8 * 16 * 9, 4 * 8 * 9, 2 * 4 * 9, 1 * 2 * 9]);
    assert.deepEqual(anchors.shape, [numAnchorsPerLevel.reduce((a, b) => a + b), 4]);
    assert.deepEqual(outputs.clsLogits.shape, [2, anchors.shape[0], 4]);
    // features computed once outside (as a multi-task model does) give the same outputs
    const again = model.run(imageList, model.backbone.forwardFeatures(imageList.tensors));
    assert.equal(again.outputs.clsLogits.sub(outputs.clsLogits).abs().max().item(), 0);
    model.eval();
    const dets = model.detect([torch.rand([3, 100, 130])]);
    assert.equal(dets.length, 1);
    assert.ok(dets[0].boxes.shape[0] <= 100);
    model.dispose();
  });
});
