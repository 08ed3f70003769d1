// The RandAugment / AugMix ops on 8-bit images [n, 3, H, W] (uint8, levels 0..255), in place, with
// torchvision's semantics for uint8 tensors: float arithmetic truncated back to 8 bits, the grey of
// Color and Contrast truncated to 8 bits first, Sharpness' blurred image rounded. 8-bit data is a
// quarter of the memory traffic of float32, which is what these cheap ops are bound by on a CPU.
//
// Point ops whose result depends on the level alone (Solarize, Equalize) go through a 256-entry
// lookup table applied by one index_select; Posterize and Invert are bitwise; geometric ops gather
// from the image with one fill pixel appended (sampling.fillIndex); the colour blends convert to
// float32 and back.
import * as torch from '@must/torch';
import { invertAffine } from './boxes';
import { equalizeTables, rgbToGrayscale, sharpnessBlur } from './functional';
import { type ExecOptions, type OpCall, opAffine } from './ops';
import { fillIndex, getTaps } from './sampling';

type T = torch.Tensor;

/** Applies a 256-entry table per channel: v[c] <- lut[c][v[c]] (lut: uint8 [3 * 256] or [256]). */
function applyLut(v: T, lut: T): void {
  torch.tidy(() => {
    const [n, c, h, w] = v.shape;
    const hw = h * w;
    let keys = v.reshape([n * c, hw]).to('int32');
    if (lut.shape[0] > 256) {
      const offsets = torch.arange(c, { dtype: 'int32', device: v.device }).mul_(256).repeat([n]).unsqueeze(1);
      keys = keys.add_(offsets);
    }
    v.copy_(lut.indexSelect(0, keys.reshape([-1])).view([n, c, h, w]));
  });
}

/** A table from a function of the level (same for every channel). */
function lutOf(f: (level: number) => number, device: string): T {
  const t = new Uint8Array(256);
  for (let k = 0; k < 256; k++) t[k] = Math.min(255, Math.max(0, Math.trunc(f(k))));
  return torch.tensor(t, { shape: [256], device });
}

/** Grey levels of float [n, 3, H, W] holding 0..255, truncated to 8 bits as torchvision's rgb_to_grayscale for uint8. */
function grey8(f: T): T {
  return rgbToGrayscale(f).trunc_();
}

/** v <- trunc(clamp(ratio f + (1 - ratio) other, 0, 255)), written back to the uint8 image. */
function blendBack(v: T, f: T, other: T | number, ratio: number): void {
  if (typeof other === 'number') f.mul_(ratio).add_(other * (1 - ratio));
  else f.mul_(ratio).add_(other.mul(1 - ratio));
  v.copy_(f.clamp_({ min: 0, max: 255 }));
}

/** Equalize: the float path's tables (torchvision's) from per-channel histograms of the 8-bit levels. */
function equalize8(v: T): void {
  torch.tidy(() => {
    const [n, c, h, w] = v.shape;
    const { keys, lut } = equalizeTables(v.reshape([n * c, h * w]), h * w);
    v.copy_(lut.to('uint8').reshape([-1]).indexSelect(0, keys).view([n, c, h, w]));
  });
}

/** A geometric op (nearest) in place: gather from the image with the fill pixel appended. */
function warp8(v: T, c: OpCall, fill: number): void {
  torch.tidy(() => {
    const [n, ch, h, w] = v.shape;
    const taps = getTaps(invertAffine(opAffine(c, h, w)), h, w, h, w, 'nearest', v.device);
    const idx = fillIndex(taps, h * w);
    const src = torch.cat([v.reshape([n * ch, h * w]), torch.full([n * ch, 1], fill, { dtype: 'uint8', device: v.device })], { dim: 1 });
    v.copy_(src.gather(1, idx.unsqueeze(0).expand([n * ch, h * w])).view([n, ch, h, w]));
  });
}

/**
 * One op in place on uint8 images [n, 3, H, W] (every image the same op and value). Geometric ops
 * sample nearest (bilinear is not offered for 8-bit images); `fill` is a level 0..255 (default 0).
 */
export function opUint8InPlace(c: OpCall, v: T, opts: ExecOptions = {}): void {
  if (v.dtype !== 'uint8') throw new TypeError(`opUint8InPlace: expected uint8 images, got ${v.dtype}`);
  const fillOpt = opts.fill ?? 0;
  const fill = typeof fillOpt === 'number' ? fillOpt : fillOpt[0];
  if (typeof fillOpt !== 'number' && fillOpt.some((f) => f !== fill)) throw new RangeError('uint8 images: the fill must be one level for every channel');
  if (!(Number.isInteger(fill) && fill >= 0 && fill <= 255)) throw new RangeError(`uint8 images: the fill must be a level 0..255, got ${fill}`);
  const x = c.value;
  torch.tidy(() => {
    switch (c.op) {
      case 'Identity': return;
      case 'ShearX': case 'ShearY': case 'TranslateX': case 'TranslateY': case 'Rotate': warp8(v, c, fill); return;
      case 'Brightness': { const f = v.to('float32'); v.copy_(f.mul_(x).clamp_({ min: 0, max: 255 })); return; }
      case 'Color': { const f = v.to('float32'); blendBack(v, f, grey8(f), x); return; }
      case 'Contrast': {
        const f = v.to('float32');
        const mean = grey8(f).mean([1, 2, 3], { keepdim: true });
        blendBack(v, f, mean, x);
        return;
      }
      case 'Sharpness': {
        const [, , h, w] = v.shape;
        if (h <= 2 || w <= 2) return;
        const f = v.to('float32');
        // the degenerate image: the 13-weight blur rounded to 8 bits inside, the image on the border
        const degenerate = f.clone();
        degenerate.narrow(2, 1, h - 2).narrow(3, 1, w - 2).copy_(sharpnessBlur(f).blurred.round_());
        blendBack(v, f, degenerate, x);
        return;
      }
      case 'Posterize': {
        const bits = Math.round(x);
        if (bits >= 8) return;
        v.bitwiseAnd_((0xff << (8 - Math.max(0, bits))) & 0xff);
        return;
      }
      case 'Solarize': applyLut(v, lutOf((k) => (k >= x ? 255 - k : k), v.device)); return;
      case 'AutoContrast': {
        const f = v.to('float32');
        const lo = f.amin({ dim: [2, 3], keepdim: true });
        const hi = f.amax({ dim: [2, 3], keepdim: true });
        const flat = hi.le(lo);
        const scale = torch.where(flat, 1, torch.reciprocal(hi.sub(lo)).mul_(255));
        v.copy_(f.sub_(lo.maskedFill(flat, 0)).mul_(scale).clamp_({ min: 0, max: 255 }));
        return;
      }
      case 'Equalize': equalize8(v); return;
      case 'Invert': v.bitwiseNot_(); return;
      default: throw new RangeError(`opUint8InPlace: unknown op ${String(c.op)}`);
    }
  });
}
