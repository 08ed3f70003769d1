// RawSample: a Sample as plain typed arrays. Datasets build samples in this form (it needs no
// libtorch, can be posted between worker threads with its buffers transferred, and is what the
// loader collates); `toSample` makes tensors on the thread that will use them, `fromSample` goes
// back (copying the tensors' data).
import * as torch from '@must/torch';
import type { Instances, Sample } from './sample';

export interface RawInstances {
  /** N*4 xyxy in pixels. */
  boxes: Float32Array;
  /** N contiguous 0-based class indices. */
  classes: Int32Array;
  /** N 0/1 crowd flags. */
  iscrowd?: Uint8Array;
  /** N*H*W 0/1 masks. */
  masks?: Uint8Array;
}

export interface RawSample {
  /** Planes of `channels` x height x width, float32 in [0, 1]. */
  image: Float32Array;
  channels: number;
  height: number;
  width: number;
  /** Class index, or a K-vector of probabilities. */
  label?: number | Float32Array;
  instances?: RawInstances;
  /** height*width class indices, 255 = ignore. */
  semantic?: Uint8Array;
  /** height*width meters, 0 = invalid. */
  depth?: Float32Array;
  /** 3*height*width planes (x, y, z), unit vectors or all zero (invalid). */
  normals?: Float32Array;
  id?: number | string;
  file?: string;
}

/** Number of instances of raw instances. */
export function rawInstanceCount(r: RawInstances): number {
  return r.classes.length;
}

/** Checks the sizes of every array against the image's; throws a TypeError naming the field. */
export function validateRaw(r: RawSample): void {
  const { channels: c, height: h, width: w } = r;
  const where = r.file ?? (r.id !== undefined ? `sample ${r.id}` : 'sample');
  const need = (name: string, got: number, want: number) => {
    if (got !== want) throw new TypeError(`${where}: ${name} has ${got} values, expected ${want}`);
  };
  need('image', r.image.length, c * h * w);
  if (r.semantic) need('semantic', r.semantic.length, h * w);
  if (r.depth) need('depth', r.depth.length, h * w);
  if (r.normals) need('normals', r.normals.length, 3 * h * w);
  if (r.instances) {
    const n = r.instances.classes.length;
    need('instances.boxes', r.instances.boxes.length, 4 * n);
    if (r.instances.iscrowd) need('instances.iscrowd', r.instances.iscrowd.length, n);
    if (r.instances.masks) need('instances.masks', r.instances.masks.length, n * h * w);
  }
}

/** The buffers of a raw sample, for postMessage's transfer list (each buffer once). */
export function rawTransferList(r: RawSample, out: ArrayBuffer[] = []): ArrayBuffer[] {
  const add = (a: ArrayBufferView | undefined) => {
    if (!a) return;
    const b = a.buffer as ArrayBuffer;
    if (!(b instanceof ArrayBuffer)) return; // SharedArrayBuffer: shared, not transferred
    // only buffers the array owns whole: a view into a larger buffer (a Node Buffer pool, say) is
    // copied rather than detaching memory others use
    if (a.byteOffset !== 0 || a.byteLength !== b.byteLength) return;
    if (!out.includes(b)) out.push(b);
  };
  add(r.image);
  if (r.label instanceof Float32Array) add(r.label);
  if (r.instances) {
    add(r.instances.boxes); add(r.instances.classes); add(r.instances.iscrowd); add(r.instances.masks);
  }
  add(r.semantic); add(r.depth); add(r.normals);
  return out;
}

/** Makes the tensors of a Sample from a raw sample (copies). */
export function toSample(r: RawSample): Sample {
  const { channels: c, height: h, width: w } = r;
  const s: Sample = { image: torch.tensor(r.image, { shape: [c, h, w] }) };
  if (r.label !== undefined) {
    s.label = typeof r.label === 'number' ? r.label : torch.tensor(r.label, { shape: [r.label.length] });
  }
  if (r.instances) s.instances = toInstances(r.instances, h, w);
  if (r.semantic) s.semantic = torch.tensor(r.semantic, { shape: [h, w] });
  if (r.depth) s.depth = torch.tensor(r.depth, { shape: [h, w] });
  if (r.normals) s.normals = torch.tensor(r.normals, { shape: [3, h, w] });
  if (r.id !== undefined) s.id = r.id;
  if (r.file !== undefined) s.file = r.file;
  return s;
}

export function toInstances(r: RawInstances, h: number, w: number): Instances {
  const n = r.classes.length;
  const inst: Instances = {
    boxes: torch.tensor(r.boxes, { shape: [n, 4] }),
    classes: torch.tensor(r.classes, { shape: [n], dtype: 'int64' }),
  };
  if (r.iscrowd) inst.iscrowd = torch.tensor(r.iscrowd, { shape: [n], dtype: 'bool' });
  if (r.masks) inst.masks = torch.tensor(r.masks, { shape: [n, h, w] });
  return inst;
}

function f32(t: torch.Tensor): Float32Array {
  const d = t.dtype === 'float32' ? t.dataSync() : (() => {
    const c = t.to('float32');
    try { return c.dataSync(); } finally { c.dispose(); }
  })();
  return d as Float32Array;
}

function u8(t: torch.Tensor): Uint8Array {
  if (t.dtype === 'uint8' || t.dtype === 'bool') return t.dataSync() as Uint8Array;
  const c = t.to('uint8');
  try { return c.dataSync() as Uint8Array; } finally { c.dispose(); }
}

function i32(t: torch.Tensor): Int32Array {
  if (t.dtype === 'int32') return t.dataSync() as Int32Array;
  const c = t.to('int32');
  try { return c.dataSync() as Int32Array; } finally { c.dispose(); }
}

/** Copies a Sample's tensors into a raw sample (the tensors are left alone). */
export function fromSample(s: Sample): RawSample {
  const shape = s.image.shape;
  if (shape.length !== 3) throw new TypeError(`sample image must be [C, H, W], got [${shape}]`);
  const [c, h, w] = shape;
  const r: RawSample = { image: f32(s.image), channels: c, height: h, width: w };
  if (s.label !== undefined) r.label = typeof s.label === 'number' ? s.label : f32(s.label);
  if (s.instances) {
    const i = s.instances;
    r.instances = { boxes: f32(i.boxes), classes: i32(i.classes) };
    if (i.iscrowd) r.instances.iscrowd = u8(i.iscrowd);
    if (i.masks) r.instances.masks = u8(i.masks);
  }
  if (s.semantic) r.semantic = u8(s.semantic);
  if (s.depth) r.depth = f32(s.depth);
  if (s.normals) r.normals = f32(s.normals);
  if (s.id !== undefined) r.id = s.id;
  if (s.file !== undefined) r.file = s.file;
  validateRaw(r);
  return r;
}

/** Every tensor a sample holds (for ownership bookkeeping). */
export function sampleTensors(s: Sample): torch.Tensor[] {
  const out: torch.Tensor[] = [s.image];
  if (s.label !== undefined && typeof s.label !== 'number') out.push(s.label);
  if (s.instances) {
    out.push(s.instances.boxes, s.instances.classes);
    if (s.instances.iscrowd) out.push(s.instances.iscrowd);
    if (s.instances.masks) out.push(s.instances.masks);
  }
  if (s.semantic) out.push(s.semantic);
  if (s.depth) out.push(s.depth);
  if (s.normals) out.push(s.normals);
  return out;
}
