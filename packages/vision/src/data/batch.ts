// Batches: samples of possibly different sizes and label sets stacked into tensors.
//
// Images are placed at the top-left of a [B, C, H, W] canvas (H, W = the largest height and
// width, rounded up to a multiple of `padTo`), zero padding to the right and below, so pixel
// coordinates (boxes, masks) are unchanged; `sizes` records each image's own size. Dense labels
// are padded the same way with their "no label" value (semantic 255, depth 0, normals 0), and an
// image not labeled for a task gets that value everywhere, with `taskMask` saying which tasks each
// image is labeled for. Instances stay per image (a list), their masks padded to the canvas.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { type Instances, type Sample, TASKS, IGNORE_INDEX, labeledTasks } from './sample';
import type { RawSample } from './raw';

export interface Batch {
  /** [B, C, H, W] float32, each image top-left, zero padding. */
  images: Tensor;
  /** Each image's [height, width] before padding. */
  sizes: [number, number][];
  /** [B, 5] bool: taskMask[b][t] = image b is labeled for TASKS[t] (classification, detection, segmentation, depth, normals). */
  taskMask: Tensor;
  /**
   * [B] int64 class indices (-1 where unlabeled) or, when any label is soft, [B, K] float32
   * probabilities (index labels one-hot, zeros where unlabeled). Absent when no image has a label.
   */
  labels?: Tensor;
  /**
   * Per image (length B): its instances, with masks padded to [N, H, W] of the batch when it has
   * masks; empty instances (N = 0) for images not labeled for detection. Absent when none is.
   */
  instances?: Instances[];
  /** [B, H, W] int64 class indices, IGNORE_INDEX (255) on padding and unlabeled images. */
  semantic?: Tensor;
  /** [B, H, W] float32 meters, 0 (invalid) on padding and unlabeled images. */
  depth?: Tensor;
  /** [B, 3, H, W] float32 unit vectors, 0 (invalid) on padding and unlabeled images. */
  normals?: Tensor;
  /** Each sample's id (undefined when it had none). */
  ids: (number | string | undefined)[];
}

export interface CollateOptions {
  /** Pad the canvas height and width up to a multiple of this (e.g. 32 for a stride-32 network). */
  padTo?: number;
}

function canvasSize(sizes: [number, number][], padTo = 1): [number, number] {
  if (!Number.isInteger(padTo) || padTo < 1) throw new RangeError(`collate: padTo must be a positive integer, got ${padTo}`);
  let H = 0, W = 0;
  for (const [h, w] of sizes) { if (h > H) H = h; if (w > W) W = w; }
  return [Math.ceil(H / padTo) * padTo, Math.ceil(W / padTo) * padTo];
}

function softLength(labels: (number | { length: number } | undefined)[]): number {
  let k = -1;
  for (const l of labels) {
    if (l === undefined || typeof l === 'number') continue;
    if (k >= 0 && l.length !== k) throw new RangeError(`collate: soft labels of different lengths (${k} and ${l.length})`);
    k = l.length;
  }
  return k;
}

/** Copies plane data [c, h, w] into a [c, H, W] canvas region at the top-left. */
function blit(dst: Float32Array | Uint8Array, dOff: number, src: Float32Array | Uint8Array, c: number, h: number, w: number,
  H: number, W: number): void {
  if (w === W) { // rows are contiguous: one copy per plane (one in all when h === H too)
    if (h === H) { dst.set(src.subarray(0, c * h * w), dOff); return; }
    for (let k = 0; k < c; k++) dst.set(src.subarray(k * h * w, (k + 1) * h * w), dOff + k * H * W);
    return;
  }
  for (let k = 0; k < c; k++) {
    for (let y = 0; y < h; y++) {
      const s = (k * h + y) * w;
      dst.set(src.subarray(s, s + w), dOff + (k * H + y) * W);
    }
  }
}

/**
 * Collates raw samples (typed arrays) into a Batch. What the loader uses: one copy into each
 * batch array, then one tensor per field.
 */
export function collateRaw(samples: readonly RawSample[], opts: CollateOptions = {}): Batch {
  const B = samples.length;
  if (B === 0) throw new RangeError('collate: no samples');
  const C = samples[0].channels;
  for (const s of samples) {
    if (s.channels !== C) throw new RangeError(`collate: images with ${C} and ${s.channels} channels`);
  }
  const sizes = samples.map((s) => [s.height, s.width] as [number, number]);
  const [H, W] = canvasSize(sizes, opts.padTo);
  const HW = H * W;
  const images = new Float32Array(B * C * HW);
  const mask = new Uint8Array(B * 5);
  samples.forEach((s, b) => blit(images, b * C * HW, s.image, C, s.height, s.width, H, W));
  const batch = {
    images: torch.tensor(images, { shape: [B, C, H, W] }),
    sizes,
    ids: samples.map((s) => s.id),
  } as Batch; // taskMask is set at the end, once every field has marked its images
  // labels
  if (samples.some((s) => s.label !== undefined)) {
    const K = softLength(samples.map((s) => s.label));
    if (K < 0) {
      const l = new BigInt64Array(B).fill(-1n);
      samples.forEach((s, b) => { if (typeof s.label === 'number') { l[b] = BigInt(s.label); mask[b * 5] = 1; } });
      batch.labels = torch.tensor(l, { shape: [B] });
    } else {
      const l = new Float32Array(B * K);
      samples.forEach((s, b) => {
        if (s.label === undefined) return;
        mask[b * 5] = 1;
        if (typeof s.label === 'number') {
          if (s.label < 0 || s.label >= K) throw new RangeError(`collate: label ${s.label} outside the ${K} soft classes`);
          l[b * K + s.label] = 1;
        } else l.set(s.label, b * K);
      });
      batch.labels = torch.tensor(l, { shape: [B, K] });
    }
  }
  if (samples.some((s) => s.instances)) {
    batch.instances = samples.map((s, b) => {
      const r = s.instances;
      if (!r) return emptyInstances();
      mask[b * 5 + 1] = 1;
      const n = r.classes.length;
      const inst: Instances = {
        boxes: torch.tensor(r.boxes, { shape: [n, 4] }),
        classes: torch.tensor(r.classes, { shape: [n], dtype: 'int64' }),
        iscrowd: r.iscrowd ? torch.tensor(r.iscrowd, { shape: [n], dtype: 'bool' }) : torch.zeros([n], { dtype: 'bool' }),
      };
      if (r.masks) {
        const m = new Uint8Array(n * HW);
        blit(m, 0, r.masks, n, s.height, s.width, H, W);
        inst.masks = torch.tensor(m, { shape: [n, H, W] });
      }
      return inst;
    });
  }
  if (samples.some((s) => s.semantic)) {
    const d = new Uint8Array(B * HW).fill(IGNORE_INDEX);
    samples.forEach((s, b) => { if (s.semantic) { mask[b * 5 + 2] = 1; blit(d, b * HW, s.semantic, 1, s.height, s.width, H, W); } });
    const u8 = torch.tensor(d, { shape: [B, H, W] });
    batch.semantic = u8.to('int64');
    u8.dispose();
  }
  if (samples.some((s) => s.depth)) {
    const d = new Float32Array(B * HW);
    samples.forEach((s, b) => { if (s.depth) { mask[b * 5 + 3] = 1; blit(d, b * HW, s.depth, 1, s.height, s.width, H, W); } });
    batch.depth = torch.tensor(d, { shape: [B, H, W] });
  }
  if (samples.some((s) => s.normals)) {
    const d = new Float32Array(B * 3 * HW);
    samples.forEach((s, b) => { if (s.normals) { mask[b * 5 + 4] = 1; blit(d, b * 3 * HW, s.normals, 3, s.height, s.width, H, W); } });
    batch.normals = torch.tensor(d, { shape: [B, 3, H, W] });
  }
  batch.taskMask = torch.tensor(mask, { shape: [B, 5], dtype: 'bool' });
  return batch;
}

function emptyInstances(): Instances {
  return {
    boxes: torch.zeros([0, 4]), classes: torch.zeros([0], { dtype: 'int64' }), iscrowd: torch.zeros([0], { dtype: 'bool' }),
  };
}

function padTensor(t: Tensor, h: number, w: number, H: number, W: number, value: number): Tensor {
  if (h === H && w === W) return t;
  return torch.constantPadNd(t, [0, W - w, 0, H - h], { value });
}

/**
 * Collates Samples (tensors) into a Batch, with the same layout and values as collateRaw. The
 * samples are left alone (the batch owns new tensors). Tensors may live on any one device.
 */
export function collate(samples: readonly Sample[], opts: CollateOptions = {}): Batch {
  const B = samples.length;
  if (B === 0) throw new RangeError('collate: no samples');
  const sizes = samples.map((s) => {
    const sh = s.image.shape;
    if (sh.length !== 3) throw new RangeError(`collate: images must be [C, H, W], got [${sh}]`);
    return [sh[1], sh[2]] as [number, number];
  });
  const C = samples[0].image.shape[0];
  for (const s of samples) if (s.image.shape[0] !== C) throw new RangeError(`collate: images with ${C} and ${s.image.shape[0]} channels`);
  const [H, W] = canvasSize(sizes, opts.padTo);
  const device = samples[0].image.device;
  return torch.tidy(() => {
    const batch: Batch = {
      images: torch.stack(samples.map((s, b) => padTensor(s.image.to('float32'), sizes[b][0], sizes[b][1], H, W, 0))),
      sizes,
      taskMask: torch.tensor(
        samples.flatMap((s) => { const t = labeledTasks(s); return TASKS.map((k) => t.includes(k)); }), { shape: [B, 5] }),
      ids: samples.map((s) => s.id),
    };
    if (device !== 'cpu') batch.taskMask = batch.taskMask.to({ device });
    if (samples.some((s) => s.label !== undefined)) {
      const K = softLength(samples.map((s) => (s.label === undefined || typeof s.label === 'number' ? s.label : { length: s.label.shape[0] })));
      if (K < 0) {
        batch.labels = torch.tensor(samples.map((s) => BigInt(typeof s.label === 'number' ? s.label : -1)), { shape: [B], device });
      } else {
        batch.labels = torch.stack(samples.map((s) => {
          if (s.label === undefined) return torch.zeros([K], { device });
          if (typeof s.label === 'number') {
            return torch.oneHot(torch.tensor([BigInt(s.label)], { device }), { numClasses: K }).reshape([K]).to('float32');
          }
          return s.label.to('float32');
        }));
      }
    }
    if (samples.some((s) => s.instances)) {
      batch.instances = samples.map((s, b) => {
        const i = s.instances;
        if (!i) {
          return {
            boxes: torch.zeros([0, 4], { device }), classes: torch.zeros([0], { dtype: 'int64', device }),
            iscrowd: torch.zeros([0], { dtype: 'bool', device }),
          };
        }
        const n = i.classes.shape[0];
        // .to() gives a new handle even when nothing changes, so the batch owns its own
        const out: Instances = {
          boxes: i.boxes.to('float32'),
          classes: i.classes.to('int64'),
          iscrowd: i.iscrowd ? i.iscrowd.to('bool') : torch.zeros([n], { dtype: 'bool', device }),
        };
        if (i.masks) out.masks = padTensor(i.masks.to('uint8'), sizes[b][0], sizes[b][1], H, W, 0);
        return out;
      });
    }
    if (samples.some((s) => s.semantic)) {
      batch.semantic = torch.stack(samples.map((s, b) => (s.semantic
        ? padTensor(s.semantic.to('int64'), sizes[b][0], sizes[b][1], H, W, IGNORE_INDEX)
        : torch.full([H, W], IGNORE_INDEX, { dtype: 'int64', device }))));
    }
    if (samples.some((s) => s.depth)) {
      batch.depth = torch.stack(samples.map((s, b) => (s.depth
        ? padTensor(s.depth.to('float32'), sizes[b][0], sizes[b][1], H, W, 0)
        : torch.zeros([H, W], { device }))));
    }
    if (samples.some((s) => s.normals)) {
      batch.normals = torch.stack(samples.map((s, b) => (s.normals
        ? padTensor(s.normals.to('float32'), sizes[b][0], sizes[b][1], H, W, 0)
        : torch.zeros([3, H, W], { device }))));
    }
    return batch;
  });
}

/** Every tensor of a batch. */
export function batchTensors(b: Batch): Tensor[] {
  const out: Tensor[] = [b.images, b.taskMask];
  if (b.labels) out.push(b.labels);
  for (const i of b.instances ?? []) {
    out.push(i.boxes, i.classes);
    if (i.iscrowd) out.push(i.iscrowd);
    if (i.masks) out.push(i.masks);
  }
  if (b.semantic) out.push(b.semantic);
  if (b.depth) out.push(b.depth);
  if (b.normals) out.push(b.normals);
  return out;
}

/** Frees every tensor a batch holds. */
export function disposeBatch(b: Batch): void {
  for (const t of batchTensors(b)) t.dispose();
}
