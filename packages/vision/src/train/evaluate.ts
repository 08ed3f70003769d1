// Evaluation of a MultiTaskModel on labeled batches, with the evaluators of src/metrics. Keys:
//   classification/top1, classification/top5
//   detection/AP, detection/AP50, detection/AP75          (COCO bbox, pycocotools' numbers)
//   segmentation/mIoU, segmentation/pixelAccuracy
//   depth/absRel, depth/rmse, depth/delta1
//   normals/mean, normals/median, normals/within11_25
// Only images labeled for a task count for it (taskMask).
import * as torch from '@must/torch';
import type { Batch } from '../data/batch';
import { TASKS, type Task } from '../data/sample';
import type { MultiTaskModel } from '../models/multitask';
import { ClassificationMetric } from '../metrics/classification';
import { CocoEvaluator } from '../metrics/coco';
import { SegmentationMetric } from '../metrics/segmentation';
import { DepthMetric } from '../metrics/depth';
import { NormalsMetric } from '../metrics/normals';
import type { DetectionCodec } from './losses';
import type { BatchSource } from './data';

export interface MultiTaskEvalOptions {
  tasks: Task[];
  /** Object classes (classification, detection); segmentation has numClasses + 1 (background first). */
  numClasses: number;
  /** Segmentation classes (default numClasses + 1). */
  segmentationClasses?: number;
  /** Decodes detections (MultiTaskLoss.detection). Required for detection. */
  detection?: DetectionCodec | null;
  /** Stop after this many batches (0 or undefined: all). */
  maxBatches?: number;
}

/** Runs the model over one epoch of `source` (epoch 0) and returns the metrics of `opts.tasks`. */
export async function evaluateMultiTask(model: MultiTaskModel, source: BatchSource<Batch>, opts: MultiTaskEvalOptions): Promise<Record<string, number>> {
  const tasks = opts.tasks.filter((t) => model.tasks.includes(t));
  const cls = tasks.includes('classification') ? new ClassificationMetric({ numClasses: opts.numClasses }) : null;
  const det = tasks.includes('detection') ? new CocoEvaluator({ iouType: 'bbox', numClasses: opts.numClasses }) : null;
  if (det && !opts.detection) throw new TypeError('evaluateMultiTask: detection needs a DetectionCodec');
  const seg = tasks.includes('segmentation') ? new SegmentationMetric({ numClasses: opts.segmentationClasses ?? opts.numClasses + 1 }) : null;
  const depth = tasks.includes('depth') ? new DepthMetric() : null;
  const normals = tasks.includes('normals') ? new NormalsMetric() : null;
  let b = 0;
  let imageId = 0;
  for await (const batch of source.batches(0, 0)) {
    try {
      torch.noGrad(() => torch.tidy(() => {
        const out = model.forward(batch.images, { tasks });
        const mask = batch.taskMask.to('cpu');
        const rowsOf = (t: Task) => torch.where(mask.select(1, TASKS.indexOf(t)))[0];
        if (cls && out.classification && batch.labels) {
          const rows = rowsOf('classification');
          if (rows.shape[0] > 0) cls.update(out.classification.to('float32').cpu().index(rows), batch.labels.cpu().index(rows));
        }
        if (det && out.detection && batch.instances) {
          const dets = opts.detection!.decode(out.detection, batch.images.shape.slice(2), batch.sizes);
          const labeled = mask.select(1, TASKS.indexOf('detection')).dataSync() as Uint8Array;
          dets.forEach((d, i) => {
            const id = imageId + i;
            if (!labeled[i]) return;
            const [h, w] = batch.sizes[i];
            det.addImage(id, { height: h, width: w });
            const gt = batch.instances![i];
            det.addGroundTruth(id, { boxes: gt.boxes.cpu(), classes: gt.classes.cpu(), iscrowd: gt.iscrowd?.cpu() });
            det.update(id, { boxes: d.boxes.cpu(), scores: d.scores.cpu(), classes: d.classes.cpu() });
          });
        }
        if (seg && out.segmentation && batch.semantic) seg.update(out.segmentation.to('float32').cpu(), batch.semantic.cpu());
        if (depth && out.depth && batch.depth) {
          const gt = batch.depth.cpu();
          depth.update(out.depth.to('float32').cpu().squeeze(1), gt, gt.gt(0));
        }
        if (normals && out.normals && batch.normals) normals.update(out.normals.to('float32').cpu(), batch.normals.cpu());
      }));
    } finally {
      imageId += batch.images.shape[0];
      source.dispose(batch);
    }
    if (opts.maxBatches && ++b >= opts.maxBatches) break;
  }
  const m: Record<string, number> = {};
  if (cls) {
    const r = cls.compute();
    m['classification/top1'] = r.top1;
    m['classification/top5'] = r.top5;
  }
  if (det) {
    const r = det.compute();
    m['detection/AP'] = r.stats[0];
    m['detection/AP50'] = r.stats[1];
    m['detection/AP75'] = r.stats[2];
  }
  if (seg) {
    const r = seg.compute();
    m['segmentation/mIoU'] = r.mIoU;
    m['segmentation/pixelAccuracy'] = r.pixelAccuracy;
  }
  if (depth) {
    const r = depth.compute();
    m['depth/absRel'] = r.absRel;
    m['depth/rmse'] = r.rmse;
    m['depth/delta1'] = r.delta1;
  }
  if (normals) {
    const r = normals.compute();
    m['normals/mean'] = r.mean;
    m['normals/median'] = r.median;
    m['normals/within11_25'] = r.within11_25;
  }
  return m;
}
