// The unit of data every dataset yields and every transform maps: an image plus any subset of the
// labels of the five MuST tasks. Tensors are CPU tensors unless a pipeline moved them.
import type { Tensor } from '@must/torch';

/** The five tasks of MuST. */
export type Task = 'classification' | 'detection' | 'segmentation' | 'depth' | 'normals';
export const TASKS: readonly Task[] = ['classification', 'detection', 'segmentation', 'depth', 'normals'];

/** Instance annotations (detection and instance masks). */
export interface Instances {
  /** [N, 4] float32, xyxy in pixels of the sample's image. */
  boxes: Tensor;
  /** [N] int64 class indices (contiguous, 0-based). */
  classes: Tensor;
  /** [N] bool: crowd regions (ignored by matching and evaluation, as COCO's iscrowd). */
  iscrowd?: Tensor;
  /** [N, H, W] uint8 (0/1) instance masks, when the data has them. */
  masks?: Tensor;
}

/** Value meaning "no label" in semantic masks. */
export const IGNORE_INDEX = 255;

export interface Sample {
  /**
   * [3, H, W] float32 in [0, 1] (RGB). Datasets asked for grayscale (e.g. FashionMNIST with
   * `channels: 1`) give [1, H, W].
   */
  image: Tensor;
  /** Class index, or a [K] float32 probability vector (soft labels, e.g. pseudo labels). */
  label?: number | Tensor;
  instances?: Instances;
  /** [H, W] uint8 class indices, IGNORE_INDEX = ignore. */
  semantic?: Tensor;
  /** [H, W] float32 meters, 0 = invalid. */
  depth?: Tensor;
  /** [3, H, W] float32 unit vectors, all-zero = invalid. */
  normals?: Tensor;
  /** Identifier within its dataset (e.g. the COCO image id or the index). */
  id?: number | string;
  /** The file the sample was read from, when it came from one (for error messages). */
  file?: string;
}

/** Which tasks a sample carries labels for. */
export function labeledTasks(s: Sample): Task[] {
  const out: Task[] = [];
  if (s.label !== undefined) out.push('classification');
  if (s.instances) out.push('detection');
  if (s.semantic) out.push('segmentation');
  if (s.depth) out.push('depth');
  if (s.normals) out.push('normals');
  return out;
}

/** Frees every tensor a sample holds. */
export function disposeSample(s: Sample): void {
  s.image.dispose();
  if (s.label !== undefined && typeof s.label !== 'number') s.label.dispose();
  if (s.instances) {
    s.instances.boxes.dispose();
    s.instances.classes.dispose();
    s.instances.iscrowd?.dispose();
    s.instances.masks?.dispose();
  }
  s.semantic?.dispose();
  s.depth?.dispose();
  s.normals?.dispose();
}
