// Hand-made teachers for the self-training tests: deterministic functions of the image, each
// equivariant to horizontal flips (and the dense ones pointwise, so scale-equivariant too).
// Also runnable as a child process (MUST_SELFTRAIN_CHILD=1) that labels a synthetic set, for the
// crash/resume test.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import type { Task } from '../src/data/sample';
import type { RawSample } from '../src/data/raw';
import { type Dataset, getSample } from '../src/data/dataset';
import { SyntheticScenes } from '../src/data/synthetic';
import { selftrain } from '../src';

type Teacher = selftrain.Teacher;
type Prediction = selftrain.Prediction;

function crop(images: Tensor, sizes: [number, number][], i: number): Tensor {
  const [h, w] = sizes[i];
  return images.select(0, i).narrow(1, 0, h).narrow(2, 0, w);
}

const COLOR_TO_CLASS = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [0, 1, 1], [1, 0, 1], [1, 1, 1], [0.5, 0.5, 0.5]];

/** Probabilities of 8 classes from the mean colour (softmax of 8 x W mean(R, G, B)): flip-invariant. */
export class ColorClassifier implements Teacher {
  readonly task: Task = 'classification';
  constructor(readonly delayMs = 0) {}
  fingerprint(): string { return 'color-classifier-v1'; }
  predict(images: Tensor, sizes: [number, number][]): Prediction[] {
    if (this.delayMs) { const t = Date.now(); while (Date.now() - t < this.delayMs) { /* slow teacher */ } }
    return sizes.map((_, i) => torch.tidy(() => torch.tensor(COLOR_TO_CLASS).matmul(crop(images, sizes, i).mean([1, 2])).mul(8).softmax(0)));
  }
}

/** Per-pixel softmax of 6 x (R, G, B): pointwise, so flip- and scale-equivariant. */
export class PixelSegmenter implements Teacher {
  readonly task: Task = 'segmentation';
  fingerprint(): string { return 'pixel-segmenter-v1'; }
  predict(images: Tensor, sizes: [number, number][]): Prediction[] {
    return sizes.map((_, i) => torch.tidy(() => crop(images, sizes, i).mul(6).softmax(0)));
  }
}

/** depth = 1 + 4 x mean colour: pointwise. */
export class BrightnessDepth implements Teacher {
  readonly task: Task = 'depth';
  fingerprint(): string { return 'brightness-depth-v1'; }
  predict(images: Tensor, sizes: [number, number][]): Prediction[] {
    return sizes.map((_, i) => torch.tidy(() => crop(images, sizes, i).mean([0]).mul(4).add(1)));
  }
}

/**
 * Normals from the gray image's gradient: n = (-dI/dx, -dI/dy, 0.5) / |.|, central differences
 * with replicated borders. A flip of the image mirrors the map and negates n_x (flip-equivariant
 * in the sense of surface normals). `unnormalized` leaves the length as is.
 */
export class GradientNormals implements Teacher {
  readonly task: Task = 'normals';
  constructor(readonly unnormalized = false) {}
  fingerprint(): string { return `gradient-normals-v1-${this.unnormalized}`; }
  predict(images: Tensor, sizes: [number, number][]): Prediction[] {
    return sizes.map((_, i) => torch.tidy(() => {
      const g = crop(images, sizes, i).mean([0], { keepdim: true }).unsqueeze(0); // [1, 1, h, w]
      const p = torch.replicationPad2d(g, [1, 1, 1, 1]);
      const [h, w] = sizes[i];
      const dx = p.narrow(2, 1, h).narrow(3, 2, w).sub(p.narrow(2, 1, h).narrow(3, 0, w)).mul(2);
      const dy = p.narrow(2, 2, h).narrow(3, 1, w).sub(p.narrow(2, 0, h).narrow(3, 1, w)).mul(2);
      const n = torch.cat([dx.neg(), dy.neg(), torch.fullLike(dx, 0.5)], { dim: 1 }).squeeze(0);
      return this.unnormalized ? n.mul(3) : selftrain.normalizeNormals(n);
    }));
  }
}

/**
 * Boxes of the bright region (gray > 0.5): its bounding box (score 0.9, class 1), a near
 * duplicate shifted by one pixel (0.8, suppressed by NMS), and a low-score box (0.3) over the
 * whole image. Flip-equivariant.
 */
export class BrightBoxDetector implements Teacher {
  readonly task: Task = 'detection';
  fingerprint(): string { return 'bright-box-v1'; }
  predict(images: Tensor, sizes: [number, number][]): Prediction[] {
    return sizes.map(([h, w], i) => torch.tidy(() => {
      const g = crop(images, sizes, i).mean([0]).gt(0.5);
      const cols = torch.where(g.any(0))[0];
      const rows = torch.where(g.any(1))[0];
      if (cols.shape[0] === 0) {
        return { boxes: torch.tensor([[0, 0, w, h]]), scores: torch.tensor([0.3]), classes: torch.tensor([0], { dtype: 'int64' }) };
      }
      const x1 = cols.min().item() as number, x2 = (cols.max().item() as number) + 1;
      const y1 = rows.min().item() as number, y2 = (rows.max().item() as number) + 1;
      return {
        boxes: torch.tensor([[x1, y1, x2, y2], [x1 + 1, y1, Math.min(w, x2 + 1), y2], [0, 0, w, h]]),
        scores: torch.tensor([0.9, 0.8, 0.3]),
        classes: torch.tensor([1, 1, 0], { dtype: 'int64' }),
      };
    }));
  }
}

export function allTeachers(delayMs = 0): Partial<Record<Task, Teacher>> {
  return {
    classification: new ColorClassifier(delayMs), detection: new BrightBoxDetector(), segmentation: new PixelSegmenter(),
    depth: new BrightnessDepth(), normals: new GradientNormals(),
  };
}

/** Small synthetic scenes of varying sizes are not available; these are 24x32 images. */
export function scenes(length: number, seed = 5): SyntheticScenes {
  return new SyntheticScenes({ length, size: [24, 32], seed, split: 'unlabeled' });
}

/** Scenes whose human labels cover only some tasks (all but depth on even images, none on odd ones). */
export class PartlyLabeled implements Dataset {
  readonly inner: SyntheticScenes;
  constructor(readonly opts: { length: number }) { this.inner = scenes(opts.length); }
  get length(): number { return this.inner.length; }
  getRaw(i: number): RawSample {
    const r = this.inner.getRaw(i);
    if (i % 2 === 1) { delete r.label; delete r.instances; delete r.semantic; delete r.depth; delete r.normals; } else delete r.depth;
    return r;
  }
  get(i: number) { return getSample(this, i); }
  spec() { return { module: __filename, export: 'PartlyLabeled', options: this.opts }; }
}

// Child process for the crash/resume test: argv = out dir, number of images, shard size, delay.
if (require.main === module && process.env.MUST_SELFTRAIN_CHILD === '1') {
  torch.setNumThreads(1);
  const [out, n, shardSize, delay] = process.argv.slice(2);
  selftrain.pseudoLabel({
    teachers: allTeachers(Number(delay)), dataset: scenes(Number(n)), out, shardSize: Number(shardSize), batchSize: 3,
    thresholds: { temperature: 0.5 },
    onProgress: (p) => process.stdout.write(`shard ${p.shard}\n`),
  }).then(() => process.stdout.write('done\n'), (e) => { console.error(e); process.exitCode = 1; });
}
