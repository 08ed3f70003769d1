// Test-time augmentation for pseudo-labeling (Naive-Student style: multi-scale + flip). Every
// view (scale s, flipped or not) of each image is predicted by the teacher and mapped back to the
// original image; then:
//   classification, segmentation : probabilities averaged over the views
//   depth                        : averaged
//   normals                      : the x component of flipped views negated back (a horizontal
//                                  flip mirrors the scene: n_x -> -n_x), averaged, renormalized
//   detection                    : boxes of every view mapped back (unscaled, unflipped) and
//                                  concatenated; the detection encoder then merges them by NMS or
//                                  weighted box voting (TtaOptions.boxMerge)
// Views are resized per image with bilinear interpolation (align_corners false) to
// round(h * s) x round(w * s); dense predictions are resized back the same way.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { batchImages } from '../detection/retinanet';
import type { BoxMerge, DetectionPrediction } from './encode';
import { normalizeNormals } from './encode';
import { type Prediction, type PredictHints, type Teacher, isDetectionPrediction } from './teacher';

export interface TtaOptions {
  /** Add horizontally flipped views (default false). */
  flip?: boolean;
  /** Image scales (default [1]). */
  scales?: number[];
  /** How boxes of the views are merged: 'nms' (default) or 'vote' (weighted box voting). */
  boxMerge?: BoxMerge;
}

export interface ResolvedTta {
  flip: boolean;
  scales: number[];
  boxMerge: BoxMerge;
}

export function resolveTta(t: TtaOptions | boolean | undefined): ResolvedTta {
  if (t === true) t = { flip: true };
  if (!t) t = {};
  const r: ResolvedTta = { flip: t.flip ?? false, scales: [...(t.scales ?? [1])], boxMerge: t.boxMerge ?? 'nms' };
  if (r.scales.length === 0 || r.scales.some((s) => !(s > 0 && Number.isFinite(s)))) throw new RangeError(`tta: scales must be positive numbers, got [${r.scales.join(', ')}]`);
  if (new Set(r.scales).size !== r.scales.length) throw new RangeError(`tta: duplicate scales in [${r.scales.join(', ')}]`);
  if (r.boxMerge !== 'nms' && r.boxMerge !== 'vote') throw new RangeError(`tta: boxMerge must be 'nms' or 'vote', got '${r.boxMerge as string}'`);
  return r;
}

/** Whether the TTA settings ask for anything besides the plain image. */
export function isIdentityTta(t: ResolvedTta): boolean {
  return !t.flip && t.scales.length === 1 && t.scales[0] === 1;
}

function resize(x: Tensor, h: number, w: number): Tensor {
  // x: [C, h0, w0]
  if (x.shape[1] === h && x.shape[2] === w) return x;
  return torch.upsampleBilinear2d(x.unsqueeze(0), [h, w], false).squeeze(0);
}

/**
 * Predictions of `teacher` under TTA, one per image, in the teacher's output format at the
 * images' own sizes (probabilities / depth / normals averaged; detection boxes of all views
 * concatenated, to be merged by the encoder).
 */
export function predictWithTta(teacher: Teacher, images: Tensor, sizes: [number, number][], tta: ResolvedTta, hints: PredictHints = {}): Prediction[] {
  if (isIdentityTta(tta)) return teacher.predict(images, sizes, hints);
  // box voting averages overlapping boxes of every score: only NMS merging keeps the hint exact
  const viewHints = tta.boxMerge === 'nms' ? hints : {};
  const task = teacher.task;
  return torch.tidy(() => {
    const n = sizes.length;
    const crops = sizes.map(([h, w], i) => images.select(0, i).narrow(1, 0, h).narrow(2, 0, w));
    const sums: (Tensor | null)[] = new Array(n).fill(null);
    const dets: DetectionPrediction[][] = sizes.map(() => []);
    let views = 0;
    for (const s of tta.scales) {
      for (const flipped of tta.flip ? [false, true] : [false]) {
        views++;
        const vsizes = sizes.map(([h, w]) => [Math.max(1, Math.round(h * s)), Math.max(1, Math.round(w * s))] as [number, number]);
        const viewImgs = crops.map((c, i) => resize(flipped ? c.flip([2]) : c, vsizes[i][0], vsizes[i][1]));
        const batch = batchImages(viewImgs, { sizeDivisible: 1, mean: null, std: null }).tensors;
        const preds = teacher.predict(batch, vsizes, viewHints);
        if (preds.length !== n) throw new RangeError(`tta: the ${task} teacher returned ${preds.length} predictions for ${n} images`);
        preds.forEach((p, i) => {
          const [h, w] = sizes[i];
          const [vh, vw] = vsizes[i];
          if (task === 'detection') {
            if (!isDetectionPrediction(p)) throw new TypeError('tta: the detection teacher must return { boxes, scores, classes }');
            // view coordinates -> flipped original coordinates -> original coordinates
            const b = p.boxes.to('float32');
            const sx = w / vw, sy = h / vh;
            let x1 = b.select(1, 0).mul(sx), x2 = b.select(1, 2).mul(sx);
            const y1 = b.select(1, 1).mul(sy), y2 = b.select(1, 3).mul(sy);
            if (flipped) [x1, x2] = [x2.neg().add(w), x1.neg().add(w)];
            dets[i].push({ boxes: torch.stack([x1, y1, x2, y2], { dim: 1 }), scores: p.scores.to('float32'), classes: p.classes.to('int64') });
            return;
          }
          if (isDetectionPrediction(p)) throw new TypeError(`tta: the ${task} teacher returned detections`);
          let t = p.to('float32');
          if (task === 'classification') {
            sums[i] = sums[i] ? sums[i]!.add(t) : t;
            return;
          }
          const squeeze = t.ndim === 2;
          if (squeeze) t = t.unsqueeze(0);
          t = resize(t, h, w);
          if (flipped) {
            t = t.flip([2]);
            if (task === 'normals') t = t.mul(torch.tensor([-1, 1, 1], { dtype: 'float32', device: t.device }).view([3, 1, 1]));
          }
          if (squeeze) t = t.squeeze(0);
          sums[i] = sums[i] ? sums[i]!.add(t) : t;
        });
      }
    }
    if (task === 'detection') {
      return dets.map((ds) => ({
        boxes: torch.cat(ds.map((d) => d.boxes), { dim: 0 }),
        scores: torch.cat(ds.map((d) => d.scores), { dim: 0 }),
        classes: torch.cat(ds.map((d) => d.classes), { dim: 0 }),
      }));
    }
    return sums.map((s) => {
      const mean = s!.div(views);
      return task === 'normals' ? normalizeNormals(mean) : mean;
    });
  });
}
