// AugMix (Hendrycks et al. 2020) as the reference code (google-research/augmix): `width` chains
// (default 3) of depth `depth` (default -1: uniform in {1, 2, 3}) of ops drawn uniformly with
// replacement, each op at level ~ U(0.1, severity) (severity 3); chain weights ~ Dirichlet(alpha),
// m ~ Beta(alpha, alpha) (alpha 1); mixed = (1 - m) x + m sum_i w_i chain_i(x).
// Ops: autocontrast, equalize, posterize, rotate, solarize, shear x/y, translate x/y; with
// `allOps` also color, contrast, brightness, sharpness (off by default: they overlap the test
// corruptions). Geometric ops resample bilinearly with fill 0, as the reference's PIL calls.
//
// Images are float32 in [0, 1] or uint8 levels 0..255 (as decoded: what the reference's PIL ops
// work on). On uint8 each chain runs in 8 bits (opUint8InPlace: every op returns levels, as PIL's
// do; bilinear warps round to the nearest level) and the chains are mixed in float32
// (must::mix_u8_ on the CPU); the result is float32 in [0, 1] either way, from the same plan for a
// given Rng. The 8-bit chains move a quarter of the bytes and need no sampling taps: 4-5x the
// float path on one CPU core.
//
// AugMix mixes differently-warped copies of an image, so no single dense label fits the result.
// On a sample that has spatial labels (instances, semantic, depth, normals) only the ops that move
// no pixel are drawn (autocontrast, equalize, posterize, solarize, and the allOps color ops), and
// every label stays valid; classification labels are never changed.
import * as torch from '@must/torch';
import type { Sample } from '../data/sample';
import { indexTensor, type OpCall, type OpName, runLayers } from './ops';
import { type Rng, toRng } from './random';
import { sampleSize, type Transform, withFields } from './transform';
import type { RngLike } from './transforms';
import { mixUint8_, opUint8InPlace } from './uint8-ops';

export type AugMixOp = 'autocontrast' | 'equalize' | 'posterize' | 'rotate' | 'solarize' | 'shear_x' | 'shear_y'
  | 'translate_x' | 'translate_y' | 'color' | 'contrast' | 'brightness' | 'sharpness';

export const AUGMIX_OPS: readonly AugMixOp[] = ['autocontrast', 'equalize', 'posterize', 'rotate', 'solarize', 'shear_x', 'shear_y', 'translate_x', 'translate_y'];
export const AUGMIX_ALL_OPS: readonly AugMixOp[] = [...AUGMIX_OPS, 'color', 'contrast', 'brightness', 'sharpness'];
const SPATIAL: ReadonlySet<AugMixOp> = new Set(['rotate', 'shear_x', 'shear_y', 'translate_x', 'translate_y']);

export interface AugMixOptions {
  /** Number of chains (default 3). */
  width?: number;
  /** Ops per chain; -1 (default): uniform in {1, 2, 3}. */
  depth?: number;
  /** Level of each op ~ U(0.1, severity) (default 3; the reference uses 1 for ImageNet). */
  severity?: number;
  /** Dirichlet and Beta concentration (default 1). */
  alpha?: number;
  /** Add color, contrast, brightness, sharpness (default false). */
  allOps?: boolean;
  /** Restrict to ops that move no pixel (automatic for samples with spatial labels). */
  colorOnly?: boolean;
  /** CPU batches run in chunks of about this many bytes (default 1 MiB: small chunks stay in cache). */
  chunkBytes?: number;
}

/** One image's plan: chain weights, the mixing weight m, and each chain's ops. */
export interface AugMixPlan {
  weights: number[];
  m: number;
  chains: OpCall[][];
}

const intParameter = (level: number, maxval: number) => Math.trunc((level * maxval) / 10);
const floatParameter = (level: number, maxval: number) => (level * maxval) / 10;

/** The reference's op at a level, as our OpCall (h, w: image size, for translations). */
export function augmixCall(op: AugMixOp, level: number, rng: Rng, h: number, w: number): OpCall {
  switch (op) {
    case 'autocontrast': return { op: 'AutoContrast', value: 0 };
    case 'equalize': return { op: 'Equalize', value: 0 };
    case 'posterize': return { op: 'Posterize', value: 4 - intParameter(level, 4) };
    case 'solarize': return { op: 'Solarize', value: 256 - intParameter(level, 256) };
    case 'rotate': {
      const deg = intParameter(level, 30);
      return { op: 'Rotate', value: rng.random() > 0.5 ? -deg : deg };
    }
    case 'shear_x': case 'shear_y': {
      const s = floatParameter(level, 0.3);
      return { op: op === 'shear_x' ? 'ShearX' : 'ShearY', value: rng.random() > 0.5 ? -s : s };
    }
    case 'translate_x': case 'translate_y': {
      const t = intParameter(level, (op === 'translate_x' ? w : h) / 3);
      return { op: op === 'translate_x' ? 'TranslateX' : 'TranslateY', value: rng.random() > 0.5 ? -t : t };
    }
    default: {
      const f = floatParameter(level, 1.8) + 0.1;
      const name: OpName = op === 'color' ? 'Color' : op === 'contrast' ? 'Contrast' : op === 'brightness' ? 'Brightness' : 'Sharpness';
      return { op: name, value: f };
    }
  }
}

export class AugMix implements Transform {
  readonly name = 'augmix';
  readonly width: number;
  readonly depth: number;
  readonly severity: number;
  readonly alpha: number;
  constructor(readonly opts: AugMixOptions = {}) {
    this.width = opts.width ?? 3;
    this.depth = opts.depth ?? -1;
    this.severity = opts.severity ?? 3;
    this.alpha = opts.alpha ?? 1;
  }

  opList(colorOnly = this.opts.colorOnly ?? false): readonly AugMixOp[] {
    const all = this.opts.allOps ? AUGMIX_ALL_OPS : AUGMIX_OPS;
    return colorOnly ? all.filter((o) => !SPATIAL.has(o)) : all;
  }

  /** One image's plan, drawn in the reference's order (weights, m, then each chain). */
  planOne(rng: Rng, h: number, w: number, colorOnly = this.opts.colorOnly ?? false): AugMixPlan {
    const ops = this.opList(colorOnly);
    const weights = rng.dirichlet(new Array<number>(this.width).fill(this.alpha));
    const m = rng.beta(this.alpha, this.alpha);
    const chains: OpCall[][] = [];
    for (let i = 0; i < this.width; i++) {
      const d = this.depth > 0 ? this.depth : rng.randint(1, 4);
      const chain: OpCall[] = [];
      for (let k = 0; k < d; k++) {
        const op = rng.choice(ops);
        const level = rng.uniform(0.1, this.severity);
        chain.push(augmixCall(op, level, rng, h, w));
      }
      chains.push(chain);
    }
    return { weights, m, chains };
  }

  /** Mixes a batch [B, 3, H, W] (float32, or uint8: see mix8) by per-image plans; float32 result. */
  mix(images: torch.Tensor, plans: readonly AugMixPlan[]): torch.Tensor {
    if (images.dtype === 'uint8') return this.mix8(images, plans);
    return torch.tidy(() => {
      const dev = images.device;
      const n = plans.length;
      let mix: torch.Tensor | null = null;
      for (let i = 0; i < this.width; i++) {
        const maxDepth = Math.max(...plans.map((p) => p.chains[i].length));
        const layers = Array.from({ length: maxDepth }, (_, d) => plans.map((p) => p.chains[i][d] ?? null));
        const chain = runLayers(images, layers, { mode: 'bilinear', fill: 0 });
        const w = torch.tensor(Float32Array.from(plans.map((p) => p.weights[i])), { shape: [n, 1, 1, 1], device: dev });
        const term = chain.mul_(w);
        if (mix === null) mix = term;
        else { mix.add_(term); term.dispose(); }
      }
      const m = torch.tensor(Float32Array.from(plans.map((p) => p.m)), { shape: [n, 1, 1, 1], device: dev });
      // (1 - m) x + m mix
      return mix!.mul_(m).add_(images.mul(torch.rsub(m, 1)));
    });
  }

  /**
   * AugMix of uint8 images [B, 3, H, W] (levels) into float32 [B, 3, H, W] in [0, 1] (a new tensor,
   * or `dest`), one image at a time: terms [1 + width, 3, H, W] hold the image and its chains, each
   * op applied in place in 8 bits (bilinear warps with fill 0, rounded to the nearest level), then
   * out = sum_k weights_k terms_k in float32 with weights ((1 - m), m w_1, ..., m w_width) / 255, each
   * rounded to float32 (the float path's (1 - m) x + m sum_i w_i chain_i(x), scaled to [0, 1]).
   */
  mix8(images: torch.Tensor, plans: readonly AugMixPlan[], dest?: torch.Tensor): torch.Tensor {
    return torch.tidy(() => {
      const [n, c, h, w] = images.shape;
      const dev = images.device;
      const out = dest ?? torch.empty([n, c, h, w], { dtype: 'float32', device: dev });
      const k = this.width + 1;
      const terms = torch.empty([1, k, c, h, w], { dtype: 'uint8', device: dev });
      const exec = { mode: 'bilinear', fill: 0 } as const;
      for (let b = 0; b < n; b++) {
        torch.tidy(() => {
          const p = plans[b];
          const x = images.narrow(0, b, 1);
          terms.select(1, 0).copy_(x);
          for (let i = 0; i < this.width; i++) {
            const t = terms.select(1, i + 1);
            t.copy_(x);
            for (const call of p.chains[i]) opUint8InPlace(call, t, exec);
          }
          mixUint8_(out.narrow(0, b, 1), terms, torch.tensor(mixWeights8(p), { shape: [1, k], device: dev }));
        });
      }
      return out;
    });
  }

  /**
   * AugMix of an image batch [B, 3, H, W] (or one image [3, H, W]), float32 in [0, 1] or uint8
   * levels; the result is float32 in [0, 1], a new tensor or `out` (float32 of the batch's shape,
   * e.g. a loader's reused batch buffer: no fresh pages). On the CPU a float32 batch runs in chunks
   * of about `chunkBytes` (default 1 MiB: one 224 px image; a working set that stays in cache) so
   * that every temporary stays small; a uint8 batch runs one image at a time (mix8).
   */
  applyImages(images: torch.Tensor, rng: RngLike = 0, out?: torch.Tensor): torch.Tensor {
    checkImages(images);
    if (out) checkOut(images, out);
    const r = toRng(rng);
    const single = images.ndim === 3;
    const [h, w] = images.shape.slice(-2);
    const n = single ? 1 : images.shape[0];
    const plans = Array.from({ length: n }, () => this.planOne(r, h, w));
    return torch.tidy(() => {
      const x = single ? images.unsqueeze(0) : images;
      const dest = out && single ? out.unsqueeze(0) : out;
      let res: torch.Tensor;
      if (images.dtype === 'uint8') {
        res = this.mix8(x, plans, dest);
      } else {
        const chunk = this.chunkRows(x);
        if (!dest && chunk >= n) {
          res = this.mix(x, plans);
        } else {
          res = dest ?? torch.emptyLike(x);
          this.mixChunks(x, plans, chunk, res);
        }
      }
      return out ?? (single ? res.squeeze(0) : res);
    });
  }

  /**
   * In-place AugMix of a float32 image batch [B, 3, H, W] (the result overwrites `images`, returned).
   * uint8 batches cannot hold the float32 result: applyImages(images, rng, out) writes it into a
   * preallocated float32 batch instead.
   */
  applyImages_(images: torch.Tensor, rng: RngLike = 0): torch.Tensor {
    if (images.dtype === 'uint8') {
      throw new TypeError('AugMix.applyImages_: the result of uint8 images is float32; use applyImages(images, rng, out) with a float32 out');
    }
    checkImages(images);
    const r = toRng(rng);
    if (images.ndim !== 4) throw new RangeError('applyImages_ expects a batch [B, 3, H, W]');
    const [n, , h, w] = images.shape;
    const plans = Array.from({ length: n }, () => this.planOne(r, h, w));
    this.mixChunks(images, plans, this.chunkRows(images), images);
    return images;
  }

  /** Images per chunk of a float batch [B, ...]: about chunkBytes of float32 on the CPU, the whole batch elsewhere. */
  private chunkRows(x: torch.Tensor): number {
    const n = x.shape[0];
    if (x.device !== 'cpu') return n;
    const per = (x.numel / Math.max(n, 1)) * 4;
    return Math.max(1, Math.floor((this.opts.chunkBytes ?? 2 ** 20) / per));
  }

  /** mix() chunk by chunk, rows read and written by index (no views of the large batch). */
  private mixChunks(images: torch.Tensor, plans: readonly AugMixPlan[], chunk: number, dest: torch.Tensor): void {
    const n = plans.length;
    for (let s = 0; s < n; s += chunk) {
      const len = Math.min(chunk, n - s);
      torch.tidy(() => {
        const idx = indexTensor(Array.from({ length: len }, (_, k) => s + k), images.device);
        dest.indexCopy_(0, idx, this.mix(images.indexSelect(0, idx), plans.slice(s, s + len)));
      });
    }
  }

  /**
   * (clean, aug1, aug2) of an image batch, for the Jensen-Shannon consistency loss: float32 in [0, 1]
   * (clean of uint8 images: levels / 255).
   */
  jsdImages(images: torch.Tensor, rng: RngLike = 0): [torch.Tensor, torch.Tensor, torch.Tensor] {
    const r = toRng(rng);
    const a1 = this.applyImages(images, r);
    const a2 = this.applyImages(images, r);
    const clean = images.dtype === 'uint8' ? torch.tidy(() => images.to('float32').div_(255)) : torch.alias(images);
    return [clean, a1, a2];
  }

  /** AugMix of one sample (color-only ops when it has spatial labels). */
  apply(sample: Sample, rng: RngLike = 0): Sample {
    const r = toRng(rng);
    const [h, w] = sampleSize(sample);
    const spatial = !!(sample.instances || sample.semantic || sample.depth || sample.normals);
    const plan = this.planOne(r, h, w, spatial || (this.opts.colorOnly ?? false));
    const image = torch.tidy(() => this.mix(sample.image.unsqueeze(0), [plan]).squeeze(0));
    return withFields(sample, { image });
  }

  /** (clean, aug1, aug2) samples for the Jensen-Shannon loss. */
  applyJsd(sample: Sample, rng: RngLike = 0): [Sample, Sample, Sample] {
    const r = toRng(rng);
    return [withFields(sample, {}), this.apply(sample, r), this.apply(sample, r)];
  }
}

/**
 * mix8's weights of [x, chain_1, ..., chain_width] for levels: ((1 - m), m w_1, ...) / 255, each
 * computed in float64 and rounded to float32.
 */
export function mixWeights8(p: AugMixPlan): Float32Array {
  return Float32Array.from([1 - p.m, ...p.weights.map((w) => p.m * w)], (v) => v / 255);
}

function checkImages(images: torch.Tensor): void {
  if (images.ndim !== 3 && images.ndim !== 4) throw new RangeError(`AugMix: expected images [B, 3, H, W] or [3, H, W], got [${images.shape.join(', ')}]`);
  if (images.dtype === 'uint8' && images.shape[images.ndim - 3] !== 3) {
    throw new RangeError(`AugMix: uint8 images must be RGB [B, 3, H, W] or [3, H, W], got [${images.shape.join(', ')}]`);
  }
  if (images.dtype !== 'uint8' && !['float16', 'bfloat16', 'float32', 'float64'].includes(images.dtype)) {
    throw new TypeError(`AugMix: images must be float32 in [0, 1] or uint8 levels, got ${images.dtype}`);
  }
}

function checkOut(images: torch.Tensor, out: torch.Tensor): void {
  const same = out.shape.length === images.shape.length && out.shape.every((d, i) => d === images.shape[i]);
  if (out.dtype !== 'float32' || !same || out.device !== images.device) {
    throw new RangeError(`AugMix: out must be float32 [${images.shape.join(', ')}] on ${images.device}, got ${out.dtype} [${out.shape.join(', ')}] on ${out.device}`);
  }
}

export function augMix(opts: AugMixOptions = {}): AugMix {
  return new AugMix(opts);
}

/**
 * The Jensen-Shannon consistency loss of the AugMix reference code:
 * 12 * mean_i KL(p_i || M) with p_i = softmax(logits_i), M = clamp(mean p_i, 1e-7, 1), KL averaged
 * over the batch ('batchmean'). Add it to the cross-entropy of the clean logits.
 */
export function jsdLoss(logitsClean: torch.Tensor, logitsAug1: torch.Tensor, logitsAug2: torch.Tensor, weight = 12): torch.Tensor {
  return torch.tidy(() => {
    const F = torch.nn.functional;
    const pc = F.softmax(logitsClean, 1);
    const p1 = F.softmax(logitsAug1, 1);
    const p2 = F.softmax(logitsAug2, 1);
    const logM = pc.add(p1).add_(p2).div_(3).clamp_({ min: 1e-7, max: 1 }).log_();
    const kl = F.klDiv(logM, pc, { reduction: 'batchmean' })
      .add(F.klDiv(logM, p1, { reduction: 'batchmean' }))
      .add(F.klDiv(logM, p2, { reduction: 'batchmean' }));
    return kl.mul(weight / 3);
  });
}
