// augment.functional against torchvision.transforms.functional 0.14 on the same image
// (test/fixtures/augment/torchvision.json, made by make_fixtures.py), and batched parameters.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { augment } from '../src';
import { mixUint8_, mixUint8Aten_, opUint8InPlaceAten } from '../src/augment/uint8-ops';
import { mulberry32 } from './numeric-helpers';

torch.setNumThreads(1);
const F = augment.functional;

interface Case { name: string; op: string; args: unknown[]; values?: number[]; levels?: number[] }
const FIX = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'augment', 'torchvision.json'), 'utf8')) as
  { shape: number[]; input: number[]; cases: Case[] };
const [C, H, W] = FIX.shape;

function input(): torch.Tensor {
  return torch.tensor(Float32Array.from(FIX.input, (v) => v / 255), { shape: FIX.shape });
}

function run(c: Case, x: torch.Tensor): torch.Tensor {
  const a = c.args as number[];
  switch (c.op) {
    case 'posterize': return F.posterize(x, a[0]);
    case 'solarize': return F.solarize(x, a[0]);
    case 'autocontrast': return F.autocontrast(x);
    case 'equalize': return F.equalize(x);
    case 'invert': return F.invert(x);
    case 'brightness': return F.adjustBrightness(x, a[0]);
    case 'contrast': return F.adjustContrast(x, a[0]);
    case 'saturation': return F.adjustSaturation(x, a[0]);
    case 'sharpness': return F.adjustSharpness(x, a[0]);
    case 'hue': return F.adjustHue(x, a[0]);
    case 'grayscale': return F.rgbToGrayscale(x);
    case 'rotate': return F.warpAffine(x, [F.tvInverseAffine(H, W, { angle: -a[0] })], undefined, { mode: 'nearest' });
    case 'rotate_bilinear': return F.warpAffine(x, [F.tvInverseAffine(H, W, { angle: -a[0] })], undefined, { mode: 'bilinear' });
    case 'shearx': return augment.runLayers(x.unsqueeze(0), [[{ op: 'ShearX', value: a[0] }]], { mode: 'nearest' }).squeeze(0);
    case 'sheary': return augment.runLayers(x.unsqueeze(0), [[{ op: 'ShearY', value: a[0] }]], { mode: 'nearest' }).squeeze(0);
    case 'translatex': return augment.runLayers(x.unsqueeze(0), [[{ op: 'TranslateX', value: a[0] }]], { mode: 'nearest' }).squeeze(0);
    case 'translatey': return augment.runLayers(x.unsqueeze(0), [[{ op: 'TranslateY', value: a[0] }]], { mode: 'nearest' }).squeeze(0);
    case 'affine': {
      const [angle, translate, scale, shear, fill] = c.args as [number, [number, number], number, [number, number], number];
      return F.warpAffine(x, [F.tvInverseAffine(H, W, { angle, translate, scale, shear })], undefined, { mode: 'nearest', fill });
    }
    default: throw new Error(`unknown op ${c.op}`);
  }
}

// RandAugment's 8-bit ops (opUint8InPlace) against torchvision on uint8 tensors
const U8_OPS: Record<string, augment.OpName> = {
  brightness_u8: 'Brightness', contrast_u8: 'Contrast', saturation_u8: 'Color', sharpness_u8: 'Sharpness', autocontrast_u8: 'AutoContrast',
  posterize_u8: 'Posterize', solarize_u8: 'Solarize', equalize_u8: 'Equalize', invert_u8: 'Invert', rotate_u8: 'Rotate', shearx_u8: 'ShearX',
  translatey_u8: 'TranslateY',
};
for (const c of FIX.cases.filter((k) => k.op in U8_OPS)) {
  test(`torchvision ${c.name} (8-bit path)`, () => {
    torch.tidy(() => {
      const v = torch.tensor(Uint8Array.from(FIX.input), { shape: [1, ...FIX.shape] });
      augment.opUint8InPlace({ op: U8_OPS[c.op], value: (c.args[0] as number | undefined) ?? 0 }, v);
      const got = v.dataSync() as Uint8Array;
      let bad = 0;
      for (let i = 0; i < got.length; i++) if (got[i] !== c.levels![i]) bad++;
      // nearest sampling can round a pixel centre lying exactly half-way differently
      const allowed = /rotate|shear|translate/.test(c.op) ? got.length * 0.01 : 0;
      assert.ok(bad <= allowed, `${bad} of ${got.length} levels differ`);
    });
  });
}

// pixelate and jpeg cases are checked in augment-corruptions.test.ts; 8-bit cases above
for (const c of FIX.cases.filter((k) => k.op !== 'pixelate' && k.op !== 'jpeg' && !(k.op in U8_OPS))) {
  test(`torchvision ${c.name}`, () => {
    torch.tidy(() => {
      const out = run(c, input());
      const got = out.dataSync() as Float32Array;
      if (c.levels) {
        assert.equal(got.length, c.levels.length);
        let bad = 0;
        for (let i = 0; i < got.length; i++) if (Math.round(got[i] * 255) !== c.levels[i]) bad++;
        assert.equal(bad, 0, `${bad} of ${got.length} levels differ`);
      } else {
        const ref = c.values!;
        assert.equal(got.length, ref.length);
        const geometric = /rotate|shear|translate|affine/.test(c.op);
        let bad = 0;
        let maxErr = 0;
        for (let i = 0; i < got.length; i++) {
          const e = Math.abs(got[i] - ref[i]);
          maxErr = Math.max(maxErr, e);
          if (e > 2e-5) bad++;
        }
        // nearest sampling can round a pixel centre lying exactly half-way differently
        if (geometric) assert.ok(bad <= got.length * 0.01, `${bad} of ${got.length} pixels differ (max ${maxErr})`);
        else assert.equal(bad, 0, `max error ${maxErr}`);
      }
    });
  });
}

test('per-image parameters equal one call per image', () => {
  torch.tidy(() => {
    const x = torch.stack([input(), input().flip([2]), input().mul(0.5)]);
    const params: Record<string, number[]> = { brightness: [0.5, 1, 1.6], contrast: [0.2, 1.3, 0.9], saturation: [0, 2, 0.7], hue: [-0.3, 0.1, 0.45], sharpness: [0.1, 1.9, 1], posterize: [2, 5, 8], solarize: [40, 128, 256] };
    const fns: Record<string, (x: torch.Tensor, p: number | number[]) => torch.Tensor> = {
      brightness: F.adjustBrightness, contrast: F.adjustContrast, saturation: F.adjustSaturation, hue: F.adjustHue,
      sharpness: F.adjustSharpness, posterize: F.posterize, solarize: F.solarize,
    };
    for (const [k, p] of Object.entries(params)) {
      const batched = fns[k](x, p);
      for (let i = 0; i < 3; i++) {
        const one = fns[k](x.index(i), p[i]);
        const d = batched.index(i).sub(one).abs().max().item() as number;
        assert.ok(d < 1e-6, `${k} image ${i}: ${d}`);
      }
    }
    // equalize and autocontrast work per image and channel
    const eq = F.equalize(x);
    const ac = F.autocontrast(x);
    for (let i = 0; i < 3; i++) {
      assert.ok((eq.index(i).sub(F.equalize(x.index(i))).abs().max().item() as number) < 1e-6);
      assert.ok((ac.index(i).sub(F.autocontrast(x.index(i))).abs().max().item() as number) < 1e-6);
    }
  });
});

test('hsv round trip', () => {
  torch.tidy(() => {
    const x = input();
    const back = F.hsvToRgb(F.rgbToHsv(x));
    assert.ok((back.sub(x).abs().max().item() as number) < 1e-5);
    assert.equal(C, 3);
  });
});

// The CPU path of opUint8InPlace (@must/torch's must:: 8-bit kernels) against its ATen path (used on
// other devices): the same bytes for every op, value and fill.
test('opUint8InPlace: the CPU kernels and the ATen path give identical bytes', () => {
  augment.clearSamplingCache();
  const before = torch.memory().tensors;
  // RandAugment's signed magnitudes 1 +- 0.9 m / 30 (their float32 rounding matters: 1 - 0.9 * 12 / 30
  // truncates differently in float32 and float64), integral ratios (integer scalars in ATen), extremes
  const ratios = [0, 0.05, 1 / 3, 1, 1.27, 2, ...[5, 9, 12, 27].flatMap((m) => [1 + (0.9 * m) / 30, 1 - (0.9 * m) / 30])];
  const values: Record<augment.OpName, number[]> = {
    Identity: [0], ShearX: [-0.3, 0.05, 0.27], ShearY: [-0.27, 0.11], TranslateX: [-9, 3.4, 10], TranslateY: [-4.5, 7],
    Rotate: [-30, 17.5, 90], Brightness: ratios, Color: ratios, Contrast: ratios, Sharpness: ratios, Posterize: [1, 4, 8],
    Solarize: [0, 100, 128.5, 255, 256], AutoContrast: [0], Equalize: [0], Invert: [0],
  };
  const rnd = mulberry32(7);
  const image = (shape: number[], levels: (i: number) => number) => {
    const n = shape.reduce((a, b) => a * b, 1);
    return torch.tensor(Uint8Array.from({ length: n }, (_, i) => levels(i)), { shape });
  };
  torch.tidy(() => {
    const images = [
      image([1, 3, 17, 23], () => Math.floor(rnd() * 256)),
      image([2, 3, 32, 32], () => Math.floor(rnd() * 256)),
      // narrow level ranges (AutoContrast's stretch), a constant plane (flat: unchanged), few levels (Equalize)
      image([2, 3, 9, 16], (i) => (i < 144 ? 77 : i < 432 ? 100 + Math.floor(rnd() * 9) : 250 + (i % 3))),
    ];
    for (const x of images) {
      for (const [op, vals] of Object.entries(values) as [augment.OpName, number[]][]) {
        for (const value of vals) {
          for (const fill of augment.GEOMETRIC_OPS.has(op) ? [0, 128] : [0]) {
            const a = x.clone();
            const b = x.clone();
            augment.opUint8InPlace({ op, value }, a, { fill });
            opUint8InPlaceAten({ op, value }, b, { fill });
            const ga = a.dataSync() as Uint8Array;
            const gb = b.dataSync() as Uint8Array;
            let bad = 0;
            for (let i = 0; i < ga.length; i++) if (ga[i] !== gb[i]) bad++;
            assert.equal(bad, 0, `${op}(${value}) fill ${fill} on ${x.shape.join('x')}: ${bad} of ${ga.length} bytes differ`);
          }
        }
      }
    }
    // a non-contiguous view is written in place
    const base = images[1].clone();
    const view = base.transpose(2, 3);
    const ref = view.contiguous();
    augment.opUint8InPlace({ op: 'Rotate', value: 30 }, view);
    opUint8InPlaceAten({ op: 'Rotate', value: 30 }, ref);
    assert.deepEqual(view.contiguous().dataSync() as Uint8Array, ref.dataSync() as Uint8Array);
  });
  augment.clearSamplingCache();
  assert.equal(torch.memory().tensors, before);
});

// AugMix's 8-bit geometric ops: the bilinear CPU kernel (must::warp_bilinear_u8_, taps computed in
// the kernel) against the ATen formulation on the float path's taps (getTaps), and the 8-bit mixing.
test('opUint8InPlace bilinear and mixUint8_: the CPU kernels and the ATen path give identical bytes', () => {
  augment.clearSamplingCache();
  const before = torch.memory().tensors;
  const rnd = mulberry32(9);
  const values: [augment.OpName, number[]][] = [
    ['ShearX', [-0.3, -0.137, 0.05, 0.27]], ['ShearY', [-0.27, 0.11, 0.3]], ['TranslateX', [-9, 3.4, 10, -0.5]],
    ['TranslateY', [-4.5, 7, 60]], ['Rotate', [-30, -8, 1, 17.5, 45, 90]],
  ];
  torch.tidy(() => {
    const images = [[1, 3, 17, 23], [2, 3, 32, 32], [1, 3, 9, 40], [1, 1, 12, 12]].map((shape) => {
      const n = shape.reduce((a, b) => a * b, 1);
      return torch.tensor(Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256)), { shape });
    });
    for (const x of images) {
      for (const [op, vals] of values) {
        for (const value of vals) {
          for (const fill of [0, 1, 128, 255]) {
            const a = x.clone();
            const b = x.clone();
            augment.opUint8InPlace({ op, value }, a, { mode: 'bilinear', fill });
            opUint8InPlaceAten({ op, value }, b, { mode: 'bilinear', fill });
            const ga = a.dataSync() as Uint8Array;
            const gb = b.dataSync() as Uint8Array;
            let bad = 0;
            for (let i = 0; i < ga.length; i++) if (ga[i] !== gb[i]) bad++;
            assert.equal(bad, 0, `${op}(${value}) fill ${fill} on ${x.shape.join('x')}: ${bad} of ${ga.length} bytes differ`);
          }
        }
      }
    }
    // bilinear differs from nearest (a fractional shear), and equals it for integer shifts
    const x = images[1];
    const bil = x.clone();
    const near = x.clone();
    augment.opUint8InPlace({ op: 'ShearX', value: 0.13 }, bil, { mode: 'bilinear' });
    augment.opUint8InPlace({ op: 'ShearX', value: 0.13 }, near);
    assert.ok(!torch.equal(bil, near));
    const bilT = x.clone();
    const nearT = x.clone();
    augment.opUint8InPlace({ op: 'TranslateY', value: -5 }, bilT, { mode: 'bilinear', fill: 3 });
    augment.opUint8InPlace({ op: 'TranslateY', value: -5 }, nearT, { fill: 3 });
    assert.ok(torch.equal(bilT, nearT));
    // a non-contiguous view is written in place
    const base = x.clone();
    const view = base.transpose(2, 3);
    const ref = view.contiguous();
    augment.opUint8InPlace({ op: 'Rotate', value: 13 }, view, { mode: 'bilinear' });
    opUint8InPlaceAten({ op: 'Rotate', value: 13 }, ref, { mode: 'bilinear' });
    assert.ok(torch.equal(view.contiguous(), ref));
    // the fill is checked for bilinear ops as for nearest ones
    assert.throws(() => augment.opUint8InPlace({ op: 'Rotate', value: 3 }, x.clone(), { mode: 'bilinear', fill: 256 }), /fill must be a level 0..255, got 256/);
    assert.throws(() => augment.opUint8InPlace({ op: 'Rotate', value: 3 }, x.clone(), { mode: 'bilinear', fill: 0.5 }), /fill must be a level 0..255, got 0.5/);

    // mixing: 2 images, 4 terms, weights of AugMix's scale
    const terms = torch.tensor(Uint8Array.from({ length: 2 * 4 * 3 * 17 * 23 }, () => Math.floor(rnd() * 256)), { shape: [2, 4, 3, 17, 23] });
    const weights = torch.tensor(Float32Array.from({ length: 8 }, () => rnd() / 255), { shape: [2, 4] });
    const m1 = torch.empty([2, 3, 17, 23]);
    const m2 = torch.empty([2, 3, 17, 23]);
    mixUint8_(m1, terms, weights);
    mixUint8Aten_(m2, terms, weights);
    assert.ok(torch.equal(m1, m2), 'must::mix_u8_ = ATen mixing');
  });
  augment.clearSamplingCache();
  assert.equal(torch.memory().tensors, before);
});
