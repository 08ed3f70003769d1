import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { detection, ops } from '../src';
import type { Instances } from '../src';
import { fixturePath, assertClose, assertSameInts } from './ops-fixtures';
import { TinyBackbone } from './detection-tiny';

torch.setNumThreads(1);

/** torchvision key -> ours: the backbone's body is our backbone, its fpn our fpn. */
function ourKey(k: string): string {
  if (k.startsWith('backbone.body.')) return `backbone.${k.slice('backbone.body.'.length)}`;
  if (k.startsWith('backbone.fpn.')) return `fpn.${k.slice('backbone.fpn.'.length)}`;
  return k;
}

test('RetinaNet equals torchvision 0.14 RetinaNet with the same weights: losses, gradients, detections', () => {
  const meta = JSON.parse(fs.readFileSync(fixturePath('retinanet.json'), 'utf8'));
  const t = torch.io.loadSafetensors(fixturePath('retinanet.safetensors'));
  try {
    const images = [0, 1].map((i) => t[`images.${i}`].to('float32').div(255));
    const fullTargets: Instances[] = [0, 1].map((i) => ({ boxes: t[`targets.${i}.boxes`], classes: t[`targets.${i}.labels`] }));
    const lossName = { l1: 'l1', smooth_l1: 'smoothL1', giou: 'giou' } as const;
    for (const [name, cfg] of Object.entries<any>(meta.configs)) {
      const targets = cfg.targets === 'full' ? fullTargets
        : [fullTargets[0], { boxes: torch.zeros([0, 4]), classes: torch.zeros([0], { dtype: 'int64' }) }];
      let model: detection.RetinaNet | null = null;
      for (const lt of cfg.loss_types as (keyof typeof lossName)[]) {
        torch.tidy(() => {
          model?.dispose();
          model = new detection.RetinaNet(new TinyBackbone(meta.channels), {
            numClasses: meta.num_classes, fpnChannels: meta.fpn, extraFrom: cfg.extra_from,
            head: { norm: cfg.norm === 'gn4' ? { type: 'gn', groups: 4 } : null },
            boxLoss: lossName[lt], smoothL1Beta: 1, scoreThresh: 0.05, nmsThresh: 0.5, detectionsPerImage: 100,
            topkCandidates: 1000, sizeDivisible: 128,
          });
          const sd = new Map<string, Tensor>();
          for (const [k, v] of Object.entries(t)) if (k.startsWith(`${name}.param.`)) sd.set(ourKey(k.slice(`${name}.param.`.length)), v);
          model.loadStateDict(sd); // strict: every key maps
          model.train();
          const losses = model.computeLoss(images, targets);
          assertClose(losses.classification, t[`${name}.${lt}.loss.classification`], { atol: 1e-6, rtol: 1e-5 }, `${name} ${lt} classification`);
          assertClose(losses.bboxRegression, t[`${name}.${lt}.loss.bbox_regression`], { atol: 1e-6, rtol: 1e-5 }, `${name} ${lt} regression`);
          losses.classification.add(losses.bboxRegression).backward();
          const params = new Map(model.namedParameters());
          for (const k of meta.grads as string[]) {
            assertClose(params.get(ourKey(k))!.grad!, t[`${name}.${lt}.grad.${k}`], { atol: 1e-6, rtol: 1e-4 }, `${name} ${lt} grad ${k}`);
          }
          model.zeroGrad();
        });
      }
      torch.tidy(() => {
        model!.eval();
        const dets = model!.forward(images) as detection.Detections[];
        dets.forEach((d, i) => {
          assert.equal(d.boxes.shape[0], cfg[`num_det_${i}`]);
          assertSameInts(d.classes, t[`${name}.det.${i}.labels`], `${name} labels ${i}`);
          assertClose(d.scores, t[`${name}.det.${i}.scores`], { atol: 1e-6, rtol: 1e-5 }, `${name} scores ${i}`);
          assertClose(d.boxes, t[`${name}.det.${i}.boxes`], { atol: 1e-4, rtol: 1e-5 }, `${name} boxes ${i}`);
        });
        model!.dispose();
      });
    }
  } finally {
    for (const v of Object.values(t)) v.dispose();
  }
});

// Synthetic scenes: colored rectangles on a dark background; class = color.
const COLORS = [[1, 0.2, 0.2], [0.2, 1, 0.2], [0.3, 0.3, 1]];
function scene(h: number, w: number, objs: [number, number, number, number, number][]): { image: Tensor; inst: Instances } {
  return torch.tidy(() => {
    const img = torch.full([3, h, w], 0.1);
    for (const [x1, y1, x2, y2, c] of objs) {
      for (let ch = 0; ch < 3; ch++) img.index(ch, torch.slice(y1, y2), torch.slice(x1, x2)).fill_(COLORS[c][ch]);
    }
    return {
      image: img,
      inst: {
        boxes: torch.tensor(objs.map((o) => o.slice(0, 4))),
        classes: torch.tensor(objs.map((o) => BigInt(o[4]))),
      },
    };
  });
}

test('RetinaNet overfits a handful of synthetic boxes on CPU: loss falls, boxes found with score > 0.5 and IoU > 0.5', () => {
  torch.manualSeed(0);
  const scenes = [
    scene(64, 64, [[6, 8, 30, 36, 0], [36, 30, 60, 58, 1]]),
    scene(64, 64, [[10, 34, 44, 60, 2], [40, 4, 60, 28, 0]]),
  ];
  const model = new detection.RetinaNet(new TinyBackbone([16, 16, 32, 32], 8), {
    numClasses: 3, fpnChannels: 16, minLevel: 3, maxLevel: 5, sizeDivisible: 32, boxLoss: 'giou',
    head: { numConvs: 2, norm: { type: 'gn', groups: 4 } },
  });
  const opt = new torch.optim.AdamW(model.parameters(), { lr: 0.01, weightDecay: 0 });
  const images = scenes.map((s) => s.image);
  const targets = scenes.map((s) => s.inst);
  const t0 = Date.now();
  const history: number[] = [];
  for (let step = 0; step < 80; step++) {
    torch.tidy(() => {
      const l = model.computeLoss(images, targets);
      opt.zeroGrad();
      l.total.backward();
      opt.step();
      history.push(l.total.item() as number);
    });
  }
  const seconds = (Date.now() - t0) / 1000;
  assert.ok(history[history.length - 1] < history[0] * 0.2, `loss ${history[0].toFixed(3)} -> ${history[history.length - 1].toFixed(3)}`);
  model.eval();
  torch.tidy(() => {
    const dets = model.detect(images);
    dets.forEach((d, i) => {
      const gt = targets[i];
      const iou = ops.boxIou(gt.boxes, d.boxes);
      const scores = d.scores.toArray() as number[];
      const cls = d.classes.toArray() as number[];
      const gtCls = gt.classes.toArray() as number[];
      for (let g = 0; g < gt.boxes.shape[0]; g++) {
        const row = iou.select(0, g).toArray() as number[];
        const found = row.some((v, j) => v > 0.5 && scores[j] > 0.5 && cls[j] === gtCls[g]);
        assert.ok(found, `image ${i}: ground truth ${g} not found (${d.boxes.shape[0]} detections, best IoU ${Math.max(...row)})`);
      }
    });
  });
  console.log(`overfit: loss ${history[0].toFixed(3)} -> ${history[history.length - 1].toFixed(3)} in ${seconds.toFixed(1)} s`);
  model.dispose();
  for (const s of scenes) {
    s.image.dispose();
    s.inst.boxes.dispose();
    s.inst.classes.dispose();
  }
});

test('RetinaNet: empty targets and crowd boxes, losses finite; anchors cached per size', () => {
  torch.manualSeed(1);
  torch.tidy(() => {
    const model = new detection.RetinaNet(new TinyBackbone(), { numClasses: 2, fpnChannels: 8 });
    const img = torch.rand([3, 40, 50]);
    const l = model.computeLoss([img], [{ boxes: torch.zeros([0, 4]), classes: torch.zeros([0], { dtype: 'int64' }) }]);
    assert.ok(Number.isFinite(l.classification.item() as number));
    assert.equal(l.bboxRegression.item(), 0);
    // a crowd box is dropped: same loss as without it
    const a = model.computeLoss([img], [{ boxes: torch.tensor([[5, 5, 30, 30]]), classes: torch.tensor([1n]) }]);
    const b = model.computeLoss([img], [{
      boxes: torch.tensor([[5, 5, 30, 30], [0, 0, 40, 40]]), classes: torch.tensor([1n, 0n]), iscrowd: torch.tensor([false, true]),
    }]);
    assert.equal(a.total.item(), b.total.item());
    const x = model.anchors([128, 128], [[16, 16], [8, 8], [4, 4], [2, 2], [1, 1]]);
    assert.equal(model.anchors([128, 128], [[16, 16], [8, 8], [4, 4], [2, 2], [1, 1]]), x);
    assert.throws(() => model.computeLoss([img], [{ boxes: torch.tensor([[5, 5, 5, 30]]), classes: torch.tensor([1n]) }]), /non-positive/);
    model.dispose();
  });
});
