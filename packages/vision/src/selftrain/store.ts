// The pseudo-label store: a folder of safetensors shards plus a JSON index.
//
//   <out>/shard-000000.safetensors        labels of images [0, shardSize)
//   <out>/shard-000001.safetensors        labels of images [shardSize, 2 * shardSize) ...
//   <out>/index.json                      the index (single process, or after mergeStoreIndexes)
//   <out>/index.rank-<r>-of-<W>.json      the index of rank r of W (sharded runs)
//
// Shard k holds the images [k * shardSize, min((k + 1) * shardSize, numImages)), one tensor per
// image and field, named `<index>.<field>` with the image's dataset index:
//
//   <i>.size      int32   [2]          the image's [h, w] (always)
//   <i>.label     float32 [K]          classification: soft probabilities
//   <i>.boxes     float32 [D, 4]       detection: xyxy pixels, best first
//   <i>.classes   int64   [D]          detection: class indices
//   <i>.scores    float32 [D]          detection: the teacher's scores (not part of Sample)
//   <i>.semantic  uint8   [h, w]       segmentation: class indices, 255 = ignore
//   <i>.depth     float32 [h, w]       depth: the teacher's output
//   <i>.normals   float32 [3, h, w]    normals: unit vectors
//
// and the metadata {format: 'must-pseudo-labels-shard', version: '1', fingerprint, shard, start,
// end, tasks}. Per-image tensors let a reader fetch one image's labels without reading the rest
// of the shard (openSafetensors reads one tensor at a time).
//
// The index (written atomically: temporary file, fsync, rename) lists the completed shards in
// shard order with their image ranges, byte sizes, sha256 and bytes per task, and the config
// whose sha256 is the store's fingerprint: the teachers' fingerprints, the dataset's length and
// fingerprint, shardSize, batchSize, device, thresholds and TTA settings. Nothing in a shard or
// the index depends on time, process or order of completion, so the same teachers, images and
// settings give byte-identical files whether the run was interrupted, resumed or split by rank.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { TASKS, type Instances, type Sample, type Task } from '../data/sample';
import type { RawInstances, RawSample } from '../data/raw';
import { type Dataset, type DatasetSpec, datasetFromSpec, getSample } from '../data/dataset';
import type { PseudoLabelThresholds, DetectionPrediction } from './encode';
import type { ResolvedTta } from './tta';

export const STORE_FORMAT = 'must-pseudo-labels';
export const SHARD_FORMAT = 'must-pseudo-labels-shard';
export const STORE_VERSION = 1;
export const INDEX_FILE = 'index.json';

/** Everything the labels depend on; its sha256 is the store's fingerprint. */
export interface StoreConfig {
  numImages: number;
  shardSize: number;
  batchSize: number;
  /** The tasks labeled, in TASKS order. */
  tasks: Task[];
  /** Teacher fingerprint per task. */
  teachers: Partial<Record<Task, string>>;
  dataset: { length: number; fingerprint: string };
  thresholds: PseudoLabelThresholds;
  tta: ResolvedTta;
  device: string;
}

export interface ShardEntry {
  shard: number;
  file: string;
  /** First image index. */
  start: number;
  /** One past the last image index. */
  end: number;
  /** File size. */
  bytes: number;
  sha256: string;
  /** Tensor bytes per task; 'other' = sizes and the safetensors header. */
  bytesPerTask: Record<string, number>;
}

export interface StoreIndex {
  format: typeof STORE_FORMAT;
  version: typeof STORE_VERSION;
  fingerprint: string;
  config: StoreConfig;
  numShards: number;
  /** Only in the index files of sharded runs (index.rank-<r>-of-<W>.json). */
  rank?: number;
  worldSize?: number;
  /** Completed shards, in shard order. */
  shards: ShardEntry[];
}

/** One image's pseudo labels before they are written. */
export interface ImageLabels {
  size: [number, number];
  label?: Tensor;
  detection?: DetectionPrediction;
  semantic?: Tensor;
  depth?: Tensor;
  normals?: Tensor;
}

export function shardFileName(shard: number): string {
  return `shard-${String(shard).padStart(6, '0')}.safetensors`;
}

export function indexFileName(rank: number, worldSize: number): string {
  return worldSize === 1 ? INDEX_FILE : `index.rank-${rank}-of-${worldSize}.json`;
}

const RANK_INDEX = /^index\.rank-(\d+)-of-(\d+)\.json$/;
const SHARD_FILE = /^shard-(\d+)\.safetensors$/;

/** JSON with object keys sorted (for hashing). */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export function configFingerprint(c: StoreConfig): string {
  return createHash('sha256').update(`${STORE_FORMAT}/${STORE_VERSION}\n${canonicalJson(c)}`).digest('hex');
}

export function sha256File(file: string): string {
  const h = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return h.digest('hex');
}

/** Writes text to a file atomically (temporary file in the same folder, fsync, rename). */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(16).slice(2, 10)}`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  try {
    const dfd = fs.openSync(path.dirname(file), 'r');
    try { fs.fsyncSync(dfd); } finally { fs.closeSync(dfd); }
  } catch {
    // best effort
  }
}

export function writeIndex(dir: string, name: string, index: StoreIndex): void {
  index.shards.sort((a, b) => a.shard - b.shard);
  writeFileAtomic(path.join(dir, name), `${JSON.stringify(index, null, 1)}\n`);
}

function readIndex(file: string): StoreIndex {
  let idx: StoreIndex;
  try {
    idx = JSON.parse(fs.readFileSync(file, 'utf8')) as StoreIndex;
  } catch (e) {
    throw new Error(`pseudo-label store: ${file} is not valid JSON (${(e as Error).message})`);
  }
  if (idx?.format !== STORE_FORMAT || idx.version !== STORE_VERSION || typeof idx.fingerprint !== 'string' || !Array.isArray(idx.shards) || !idx.config) {
    throw new Error(`pseudo-label store: ${file} is not a version ${STORE_VERSION} ${STORE_FORMAT} index`);
  }
  return idx;
}

/** Every index file of a store folder: index.json first, then the rank indexes by (W, r). */
export function readIndexFiles(dir: string): { file: string; index: StoreIndex }[] {
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir);
  const ranks = names.map((n) => [n, RANK_INDEX.exec(n)] as const).filter(([, m]) => m)
    .sort((a, b) => Number(a[1]![2]) - Number(b[1]![2]) || Number(a[1]![1]) - Number(b[1]![1])).map(([n]) => n);
  const files = [...(names.includes(INDEX_FILE) ? [INDEX_FILE] : []), ...ranks];
  return files.map((f) => ({ file: f, index: readIndex(path.join(dir, f)) }));
}

/** Why a listed shard is not usable (null when it is). `hash` also compares the sha256. */
export function checkShard(dir: string, e: ShardEntry, fingerprint: string, verify: 'size' | 'hash'): string | null {
  const file = path.join(dir, e.file);
  if (e.file !== shardFileName(e.shard)) return `unexpected file name ${e.file}`;
  if (!fs.existsSync(file)) return 'file missing';
  const size = fs.statSync(file).size;
  if (size !== e.bytes) return `${size} bytes, ${e.bytes} expected`;
  let meta: Record<string, string> | null;
  try {
    meta = torch.io.readSafetensorsHeader(file).metadata;
  } catch (err) {
    return `unreadable (${(err as Error).message})`;
  }
  if (!meta || meta.format !== SHARD_FORMAT || meta.fingerprint !== fingerprint || Number(meta.shard) !== e.shard
    || Number(meta.start) !== e.start || Number(meta.end) !== e.end) {
    return 'its metadata does not match the index';
  }
  if (verify === 'hash' && sha256File(file) !== e.sha256) return 'sha256 differs from the index';
  return null;
}

/** The tensors and metadata of one shard. */
export function encodeShard(labels: ImageLabels[], start: number, meta: { fingerprint: string; shard: number; tasks: Task[] }): {
  tensors: Map<string, Tensor>; metadata: Record<string, string>; taskBytes: Record<string, number>;
} {
  const tensors = new Map<string, Tensor>();
  const taskBytes: Record<string, number> = Object.fromEntries(meta.tasks.map((t) => [t, 0]));
  const add = (name: string, t: Tensor, task?: Task) => {
    tensors.set(name, t);
    if (task) taskBytes[task] += t.numel * torch.elementSize(t.dtype);
  };
  labels.forEach((l, j) => {
    const i = start + j;
    add(`${i}.size`, torch.tensor(l.size, { dtype: 'int32' }));
    for (const task of meta.tasks) {
      const miss = () => new Error(`pseudo-label store: image ${i} has no ${task} label`);
      switch (task) {
        case 'classification': if (!l.label) throw miss(); add(`${i}.label`, l.label, task); break;
        case 'detection':
          if (!l.detection) throw miss();
          add(`${i}.boxes`, l.detection.boxes, task);
          add(`${i}.classes`, l.detection.classes, task);
          add(`${i}.scores`, l.detection.scores, task);
          break;
        case 'segmentation': if (!l.semantic) throw miss(); add(`${i}.semantic`, l.semantic, task); break;
        case 'depth': if (!l.depth) throw miss(); add(`${i}.depth`, l.depth, task); break;
        case 'normals': if (!l.normals) throw miss(); add(`${i}.normals`, l.normals, task); break;
      }
    }
  });
  const metadata = {
    format: SHARD_FORMAT, version: String(STORE_VERSION), fingerprint: meta.fingerprint, shard: String(meta.shard),
    start: String(start), end: String(start + labels.length), tasks: meta.tasks.join(','),
  };
  return { tensors, metadata, taskBytes };
}

/** Completed shards of a store folder whose files check out, by shard; index files with another fingerprint are reported. */
export function completedShards(dir: string, fingerprint: string, verify: 'size' | 'hash'): {
  shards: Map<number, ShardEntry>; foreign: string[]; dropped: { shard: number; reason: string }[];
} {
  const shards = new Map<number, ShardEntry>();
  const foreign: string[] = [];
  const dropped: { shard: number; reason: string }[] = [];
  const bad = new Set<number>();
  for (const { file, index } of readIndexFiles(dir)) {
    if (index.fingerprint !== fingerprint) { foreign.push(file); continue; }
    for (const e of index.shards) {
      const prev = shards.get(e.shard);
      if (prev) {
        if (prev.sha256 !== e.sha256 || prev.bytes !== e.bytes) bad.add(e.shard);
        continue;
      }
      shards.set(e.shard, e);
    }
  }
  for (const k of bad) { shards.delete(k); dropped.push({ shard: k, reason: 'index files disagree about it' }); }
  for (const [k, e] of [...shards]) {
    const why = checkShard(dir, e, fingerprint, verify);
    if (why) { shards.delete(k); dropped.push({ shard: k, reason: why }); }
  }
  return { shards, foreign, dropped };
}

export interface MergeOptions {
  /** Compare each shard's sha256 with the index (default 'hash'). */
  verify?: 'size' | 'hash';
  /** Write index.json even if some shards are missing (default false: throw). */
  allowIncomplete?: boolean;
  /** Remove the rank index files after writing index.json (default true). */
  removeRankIndexes?: boolean;
}

/**
 * Merges the index files of a sharded run (index.rank-*-of-W.json, and an existing index.json)
 * into index.json — the same file a single-process run writes. Returns the merged index.
 */
export function mergeStoreIndexes(dir: string, opts: MergeOptions = {}): StoreIndex {
  const files = readIndexFiles(dir);
  if (files.length === 0) throw new Error(`pseudo-label store: no index files in ${dir}`);
  const fps = new Set(files.map((f) => f.index.fingerprint));
  if (fps.size > 1) {
    throw new Error(`pseudo-label store: the index files of ${dir} come from different runs (fingerprints differ: ` +
      `${files.map((f) => `${f.file} ${f.index.fingerprint.slice(0, 12)}`).join(', ')})`);
  }
  const first = files[0].index;
  const { shards, dropped } = completedShards(dir, first.fingerprint, opts.verify ?? 'hash');
  const missing: number[] = [];
  for (let k = 0; k < first.numShards; k++) if (!shards.has(k)) missing.push(k);
  if (missing.length && !opts.allowIncomplete) {
    const why = dropped.length ? `; unusable: ${dropped.map((d) => `${d.shard} (${d.reason})`).join(', ')}` : '';
    throw new Error(`pseudo-label store ${dir}: ${missing.length} of ${first.numShards} shards missing (${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', ...' : ''})${why}; rerun the ranks that own them`);
  }
  const merged: StoreIndex = {
    format: STORE_FORMAT, version: STORE_VERSION, fingerprint: first.fingerprint, config: first.config,
    numShards: first.numShards, shards: [...shards.values()],
  };
  writeIndex(dir, INDEX_FILE, merged);
  if (opts.removeRankIndexes ?? true) {
    for (const f of files) if (f.file !== INDEX_FILE) fs.rmSync(path.join(dir, f.file), { force: true });
  }
  return merged;
}

/** Size of a store: images labeled, shards, bytes in all and per task. */
export interface StoreSize {
  images: number;
  shards: number;
  bytes: number;
  bytesPerTask: Record<string, number>;
}

export interface OpenStoreOptions {
  /** Check each listed shard's size and metadata ('size', default) or also its sha256 ('hash'). */
  verify?: 'size' | 'hash';
  /**
   * Shard files kept open (default 128). Training reads images in random order, so every read of a
   * shard that is not open re-reads and parses its header (milliseconds for 256 images): keep this
   * at least the number of shards when file descriptors allow.
   */
  maxOpenFiles?: number;
}

/** Pseudo labels of one image as typed arrays (the fields of a RawSample). */
export interface RawPseudoLabels {
  height: number;
  width: number;
  label?: Float32Array;
  instances?: RawInstances;
  scores?: Float32Array;
  semantic?: Uint8Array;
  depth?: Float32Array;
  normals?: Float32Array;
}

function copyBytes(b: Uint8Array): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/**
 * Reads a pseudo-label store: index.json and any rank index files (a sharded run can be read
 * before it is merged). Shards are opened lazily (a few kept open).
 */
export class PseudoLabelStore {
  readonly dir: string;
  readonly fingerprint: string;
  readonly config: StoreConfig;
  readonly numShards: number;
  readonly shards: ReadonlyMap<number, ShardEntry>;
  #open = new Map<number, torch.io.SafetensorsFile>();
  readonly #maxOpen: number;

  constructor(dir: string, opts: OpenStoreOptions = {}) {
    this.dir = path.resolve(dir);
    const files = readIndexFiles(this.dir);
    if (files.length === 0) throw new Error(`pseudo-label store: no ${INDEX_FILE} (or rank index) in ${this.dir}`);
    const fps = new Set(files.map((f) => f.index.fingerprint));
    if (fps.size > 1) throw new Error(`pseudo-label store: the index files of ${this.dir} come from different runs (${files.map((f) => f.file).join(', ')})`);
    const first = files[0].index;
    this.fingerprint = first.fingerprint;
    this.config = first.config;
    this.numShards = first.numShards;
    this.shards = completedShards(this.dir, this.fingerprint, opts.verify ?? 'size').shards;
    this.#maxOpen = opts.maxOpenFiles ?? 128;
  }

  static open(dir: string, opts?: OpenStoreOptions): PseudoLabelStore {
    return new PseudoLabelStore(dir, opts);
  }

  get numImages(): number { return this.config.numImages; }
  get tasks(): readonly Task[] { return this.config.tasks; }
  /** Whether every shard is present. */
  get complete(): boolean { return this.shards.size === this.numShards; }

  /** Shards not (yet) written. */
  missingShards(): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.numShards; k++) if (!this.shards.has(k)) out.push(k);
    return out;
  }

  /** Whether image i has pseudo labels (its shard is complete). */
  has(i: number): boolean {
    return Number.isInteger(i) && i >= 0 && i < this.numImages && this.shards.has(Math.floor(i / this.config.shardSize));
  }

  size(): StoreSize {
    const bytesPerTask: Record<string, number> = {};
    let images = 0, bytes = 0;
    for (const e of this.shards.values()) {
      images += e.end - e.start;
      bytes += e.bytes;
      for (const [k, v] of Object.entries(e.bytesPerTask)) bytesPerTask[k] = (bytesPerTask[k] ?? 0) + v;
    }
    return { images, shards: this.shards.size, bytes, bytesPerTask };
  }

  #file(i: number): torch.io.SafetensorsFile {
    if (!Number.isInteger(i) || i < 0 || i >= this.numImages) throw new RangeError(`PseudoLabelStore: index ${i} out of range [0, ${this.numImages})`);
    const k = Math.floor(i / this.config.shardSize);
    const e = this.shards.get(k);
    if (!e) throw new RangeError(`PseudoLabelStore: image ${i} has no pseudo labels: shard ${k} of ${this.dir} is not written (run pseudo-label again to finish it)`);
    let f = this.#open.get(k);
    if (f) {
      this.#open.delete(k);
      this.#open.set(k, f); // most recently used last
      return f;
    }
    if (this.#open.size >= this.#maxOpen) {
      const [k0, f0] = this.#open.entries().next().value as [number, torch.io.SafetensorsFile];
      this.#open.delete(k0);
      f0.close();
    }
    f = torch.io.openSafetensors(path.join(this.dir, e.file));
    this.#open.set(k, f);
    return f;
  }

  /** The pseudo labels of image i as Sample fields (tensors the caller owns): labels only, no image. */
  get(i: number): Partial<Sample> {
    const f = this.#file(i);
    const out: Partial<Sample> = {};
    for (const task of this.tasks) {
      switch (task) {
        case 'classification': out.label = f.get(`${i}.label`); break;
        case 'detection': out.instances = { boxes: f.get(`${i}.boxes`), classes: f.get(`${i}.classes`) } satisfies Instances; break;
        case 'segmentation': out.semantic = f.get(`${i}.semantic`); break;
        case 'depth': out.depth = f.get(`${i}.depth`); break;
        case 'normals': out.normals = f.get(`${i}.normals`); break;
      }
    }
    return out;
  }

  /** The detection scores of image i ([D], aligned with its boxes), or undefined without detection. */
  scores(i: number): Tensor | undefined {
    return this.tasks.includes('detection') ? this.#file(i).get(`${i}.scores`) : undefined;
  }

  /** The pseudo labels of image i as typed arrays (no libtorch tensors; what getRaw uses). */
  getRaw(i: number, tasks: readonly Task[] = this.tasks): RawPseudoLabels {
    const f = this.#file(i);
    const size = new Int32Array(copyBytes(f.getBytes(`${i}.size`)));
    const out: RawPseudoLabels = { height: size[0], width: size[1] };
    for (const task of tasks) {
      if (!this.tasks.includes(task)) continue;
      switch (task) {
        case 'classification': out.label = new Float32Array(copyBytes(f.getBytes(`${i}.label`))); break;
        case 'detection': {
          const big = new BigInt64Array(copyBytes(f.getBytes(`${i}.classes`)));
          out.instances = { boxes: new Float32Array(copyBytes(f.getBytes(`${i}.boxes`))), classes: Int32Array.from(big, (v) => Number(v)) };
          out.scores = new Float32Array(copyBytes(f.getBytes(`${i}.scores`)));
          break;
        }
        case 'segmentation': out.semantic = new Uint8Array(copyBytes(f.getBytes(`${i}.semantic`))); break;
        case 'depth': out.depth = new Float32Array(copyBytes(f.getBytes(`${i}.depth`))); break;
        case 'normals': out.normals = new Float32Array(copyBytes(f.getBytes(`${i}.normals`))); break;
      }
    }
    return out;
  }

  close(): void {
    for (const f of this.#open.values()) f.close();
    this.#open.clear();
  }
  [Symbol.dispose](): void { this.close(); }
}

export interface PseudoLabeledDatasetOptions {
  /** The image dataset (with or without human labels), or its spec. */
  dataset: Dataset | DatasetSpec;
  /** The store folder (a folder is needed to run in loader workers), or an open store. */
  store: string | PseudoLabelStore;
  /** Pseudo-label tasks to use (default: every task of the store). */
  tasks?: Task[];
  /**
   * An image whose shard is not written: 'error' (default) throws; 'skip' yields the image with
   * its human labels only.
   */
  missing?: 'error' | 'skip';
}

/** Which labels of a sample are human and which pseudo. */
export interface LabelSources {
  human: Task[];
  pseudo: Task[];
}

const HAS: Record<Task, (r: RawSample) => boolean> = {
  classification: (r) => r.label !== undefined,
  detection: (r) => r.instances !== undefined,
  segmentation: (r) => r.semantic !== undefined,
  depth: (r) => r.depth !== undefined,
  normals: (r) => r.normals !== undefined,
};

/**
 * An image dataset combined with a pseudo-label store: each sample carries its human labels and,
 * for every other task of the store, the pseudo label (MuST: "human labels win where both
 * exist" — decided per image and task). Sizes are checked: a store made from other images fails.
 */
export class PseudoLabeledDataset implements Dataset {
  readonly dataset: Dataset;
  readonly store: PseudoLabelStore;
  readonly tasks: readonly Task[];
  readonly missing: 'error' | 'skip';
  readonly #storeDir: string;

  constructor(opts: PseudoLabeledDatasetOptions) {
    const d = opts.dataset as Dataset | DatasetSpec;
    this.dataset = 'getRaw' in d ? d : datasetFromSpec(d);
    this.store = typeof opts.store === 'string' ? new PseudoLabelStore(opts.store) : opts.store;
    this.#storeDir = this.store.dir;
    for (const t of opts.tasks ?? []) {
      if (!this.store.tasks.includes(t)) throw new RangeError(`PseudoLabeledDataset: the store has no '${t}' labels (its tasks: ${this.store.tasks.join(', ')})`);
    }
    this.tasks = TASKS.filter((t) => (opts.tasks ?? this.store.tasks).includes(t));
    this.missing = opts.missing ?? 'error';
    if (this.store.numImages !== this.dataset.length) {
      throw new RangeError(`PseudoLabeledDataset: the store labels ${this.store.numImages} images but the dataset has ${this.dataset.length}`);
    }
  }

  get length(): number { return this.dataset.length; }
  get classes(): readonly string[] | undefined { return this.dataset.classes; }

  /** The raw sample with the pseudo labels of the tasks it has no human label for (a shallow copy when any is added). */
  combine(i: number, human: RawSample): RawSample {
    const want = this.tasks.filter((t) => !HAS[t](human));
    if (want.length === 0) return human;
    const raw = { ...human };
    if (!this.store.has(i)) {
      if (this.missing === 'skip') return raw;
      this.store.getRaw(i); // throws, naming the shard
    }
    const p = this.store.getRaw(i, want);
    if (p.height !== raw.height || p.width !== raw.width) {
      throw new RangeError(`PseudoLabeledDataset: image ${i} is ${raw.height}x${raw.width} but its pseudo labels are ${p.height}x${p.width} ` +
        '(the store was made from other images?)');
    }
    if (p.label) raw.label = p.label;
    if (p.instances) raw.instances = p.instances;
    if (p.semantic) raw.semantic = p.semantic;
    if (p.depth) raw.depth = p.depth;
    if (p.normals) raw.normals = p.normals;
    return raw;
  }

  getRaw(i: number): RawSample | Promise<RawSample> {
    const r = this.dataset.getRaw(i);
    return r instanceof Promise ? r.then((raw) => this.combine(i, raw)) : this.combine(i, r);
  }

  get(i: number): Sample | Promise<Sample> { return getSample(this, i); }

  /** Which tasks of sample i are human-labeled and which come from the store. */
  async labelSources(i: number): Promise<LabelSources> {
    const raw = await this.dataset.getRaw(i);
    const human = TASKS.filter((t) => HAS[t](raw));
    const pseudo = this.tasks.filter((t) => !HAS[t](raw) && (this.missing === 'error' || this.store.has(i)));
    return { human, pseudo };
  }

  spec(): DatasetSpec {
    if (!this.dataset.spec) throw new TypeError('PseudoLabeledDataset: the wrapped dataset has no spec() (it cannot run in workers)');
    return {
      module: __filename, export: 'PseudoLabeledDataset',
      options: { dataset: this.dataset.spec(), store: this.#storeDir, tasks: [...this.tasks], missing: this.missing },
    };
  }
}

/** Shard numbers found as files (completed or not) and stray temporary files, for cleanup. */
export function listShardFiles(dir: string): { shards: Map<number, string>; temps: { file: string; shard: number | null }[] } {
  const shards = new Map<number, string>();
  const temps: { file: string; shard: number | null }[] = [];
  if (!fs.existsSync(dir)) return { shards, temps };
  for (const n of fs.readdirSync(dir)) {
    const m = SHARD_FILE.exec(n);
    if (m) { shards.set(Number(m[1]), n); continue; }
    const t = /^\.shard-(\d+)\.safetensors\..*\.tmp$/.exec(n);
    if (t) temps.push({ file: n, shard: Number(t[1]) });
    else if (/^index.*\.json\.tmp-/.test(n)) temps.push({ file: n, shard: null });
  }
  return { shards, temps };
}
