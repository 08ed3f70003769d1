// pseudoLabel: runs the teachers over a dataset's images and writes the pseudo-label store
// (store.ts), one shard at a time, resumably.
//
// Per shard (images [k * shardSize, ...)): batches of batchSize images (a batch never crosses a
// shard boundary, so the batches — and the numbers — are the same however the work is split or
// resumed) are zero-padded together, each teacher predicts its task (with TTA if asked) inside
// torch.inferenceMode, the encoders turn the predictions into labels, the shard is written
// atomically (torch.io.saveSafetensors) and the index is rewritten atomically to list it.
//
// Resume: the index files in `out` are read; shards they list whose file checks out (size,
// metadata, sha256) are kept, anything else is redone (a shard written but not yet indexed when
// the process died is simply written again, byte-identical). Index files of another run
// (different teachers, images or settings) make the call fail unless `overwrite` is set.
//
// Ranks: with worldSize W, rank r labels shards r, r + W, r + 2W, ... and keeps its own index
// (index.rank-<r>-of-<W>.json); PseudoLabelStore reads the union, mergeStoreIndexes writes the
// single index.json a one-process run would have written.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { TASKS, type Task } from '../data/sample';
import type { Dataset } from '../data/dataset';
import type { RawSample } from '../data/raw';
import type { MultiTaskModel } from '../models/multitask';
import { batchImages, type RetinaNet } from '../detection/retinanet';
import {
  type PseudoLabelThresholds, resolveThresholds, encodeClassification, encodeDetection, encodeSegmentation, encodeDepth, encodeNormals,
} from './encode';
import { type Teacher, toTeacher, isDetectionPrediction } from './teacher';
import { type TtaOptions, resolveTta, predictWithTta } from './tta';
import {
  type ImageLabels, type ShardEntry, type StoreConfig, type StoreIndex, type StoreSize, STORE_FORMAT, STORE_VERSION, INDEX_FILE,
  canonicalJson, completedShards, configFingerprint, encodeShard, indexFileName, listShardFiles, readIndexFiles, sha256File,
  shardFileName, writeIndex, PseudoLabelStore,
} from './store';

export interface PseudoLabelProgress {
  /** Images of this rank's shards that are labeled (resumed ones included). */
  images: number;
  /** Images of this rank's shards. */
  totalImages: number;
  /** The shard just written. */
  shard: number;
  shardsDone: number;
  shardsTotal: number;
}

export interface PseudoLabelOptions {
  /** One teacher per task: a Teacher, a MultiTaskModel (its head for the task) or a detection.RetinaNet. */
  teachers: Partial<Record<Task, Teacher | MultiTaskModel | RetinaNet>>;
  /** The images (any labels they carry are ignored here). */
  dataset: Dataset;
  /** The store folder (created). */
  out: string;
  /** Images per shard (default 256). */
  shardSize?: number;
  /** Images per teacher call (default 16; at most shardSize). */
  batchSize?: number;
  /** Test-time augmentation (default none; `true` = horizontal flip). */
  tta?: TtaOptions | boolean;
  /** Encoder thresholds (defaults DEFAULT_THRESHOLDS). */
  thresholds?: Partial<PseudoLabelThresholds>;
  /** This process's rank and the number of processes sharing the work (default 0 of 1). */
  rank?: number;
  worldSize?: number;
  onProgress?: (p: PseudoLabelProgress) => void;
  /** Device the images are moved to before the teachers (default 'cpu'). */
  device?: string;
  /** How completed shards are checked on resume: 'hash' (sha256, default) or 'size' (size and metadata). */
  verify?: 'size' | 'hash';
  /** Replace a store made by another run (other teachers, images or settings) instead of failing. */
  overwrite?: boolean;
  /**
   * Identifies the images (recorded in the fingerprint). Default: the dataset's spec() (export
   * name and options) and length; give one for datasets without spec().
   */
  datasetFingerprint?: string;
}

export interface PseudoLabelResult {
  out: string;
  /** The index file this process wrote (index.json, or index.rank-<r>-of-<W>.json). */
  indexFile: string;
  fingerprint: string;
  /** Shards written by this call. */
  written: number[];
  /** Shards of this rank found complete and kept. */
  kept: number[];
  /** Shards listed in an index but unusable (redone), with the reason. */
  dropped: { shard: number; reason: string }[];
  /** Whether every shard of the store (all ranks) is written. */
  complete: boolean;
  /** Size of the whole store as it is now (all ranks). */
  size: StoreSize;
}

function datasetFingerprint(ds: Dataset, given?: string): string {
  if (given !== undefined) return given;
  const spec = ds.spec?.();
  const desc = spec ? { export: spec.export, options: spec.options ?? null } : { class: ds.constructor?.name ?? 'unknown', spec: null };
  return createHash('sha256').update(canonicalJson({ ...desc, length: ds.length })).digest('hex');
}

function diffConfig(a: StoreConfig, b: StoreConfig): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof StoreConfig>;
  return [...keys].filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
}

function checkInt(name: string, v: number, lo: number): void {
  if (!Number.isInteger(v) || v < lo) throw new RangeError(`pseudoLabel: ${name} must be an integer >= ${lo}, got ${v}`);
}

/** Labels one batch of raw images with every teacher; returns per-image labels (tensors owned by the caller). */
function labelBatch(raws: RawSample[], teachers: [Task, Teacher][], th: PseudoLabelThresholds, tta: ReturnType<typeof resolveTta>,
  device: string): ImageLabels[] {
  return torch.inferenceMode(() => torch.tidy(() => {
    const imgs = raws.map((r) => torch.tensor(r.image, { shape: [r.channels, r.height, r.width] }));
    let images = batchImages(imgs, { sizeDivisible: 1, mean: null, std: null }).tensors;
    if (device !== 'cpu') images = images.to({ device });
    const sizes = raws.map((r) => [r.height, r.width] as [number, number]);
    const out: ImageLabels[] = sizes.map((size) => ({ size }));
    for (const [task, teacher] of teachers) {
      // boxes below the pseudo-label threshold are dropped by the encoder: the teacher may skip them
      const preds = predictWithTta(teacher, images, sizes, tta, task === 'detection' ? { minScore: th.detectionScore } : {});
      if (!Array.isArray(preds) || preds.length !== raws.length) {
        throw new RangeError(`pseudoLabel: the ${task} teacher returned ${Array.isArray(preds) ? preds.length : typeof preds} predictions for ${raws.length} images`);
      }
      preds.forEach((p, j) => {
        const [h, w] = sizes[j];
        const where = `pseudoLabel: the ${task} teacher's prediction for image ${j} of the batch`;
        if (task === 'detection') {
          if (!isDetectionPrediction(p)) throw new TypeError(`${where} must be { boxes, scores, classes }`);
          out[j].detection = encodeDetection(p, {
            scoreThreshold: th.detectionScore, nmsIou: th.detectionNmsIou, maxDetections: th.maxDetections, merge: tta.boxMerge,
          });
          return;
        }
        if (isDetectionPrediction(p)) throw new TypeError(`${where} must be a Tensor`);
        const dense = (t: Tensor, c: number | null) => {
          const s = t.shape;
          const ok = c === null ? (s.length === 2 && s[0] === h && s[1] === w) || (s.length === 3 && s[0] === 1 && s[1] === h && s[2] === w)
            : s.length === 3 && (c === 0 || s[0] === c) && s[1] === h && s[2] === w;
          if (!ok) throw new RangeError(`${where} has shape [${s.join(', ')}], expected ${c === null ? `[${h}, ${w}]` : `[${c || 'K'}, ${h}, ${w}]`}`);
        };
        switch (task) {
          case 'classification': out[j].label = encodeClassification(p, { temperature: th.temperature }); break;
          case 'segmentation': dense(p, 0); out[j].semantic = encodeSegmentation(p, { threshold: th.segmentationConfidence, classThresholds: th.segmentationClassConfidence }); break;
          case 'depth': dense(p, null); out[j].depth = encodeDepth(p); break;
          case 'normals': dense(p, 3); out[j].normals = encodeNormals(p); break;
        }
      });
    }
    return out;
  }));
}

function disposeLabels(ls: ImageLabels[]): void {
  for (const l of ls) {
    l.label?.dispose();
    if (l.detection) { l.detection.boxes.dispose(); l.detection.scores.dispose(); l.detection.classes.dispose(); }
    l.semantic?.dispose(); l.depth?.dispose(); l.normals?.dispose();
  }
}

/** Runs the teachers over the dataset and writes (or finishes) the pseudo-label store in `out`. */
export async function pseudoLabel(opts: PseudoLabelOptions): Promise<PseudoLabelResult> {
  const ds = opts.dataset;
  const shardSize = opts.shardSize ?? 256;
  const batchSize = Math.min(opts.batchSize ?? 16, shardSize);
  const rank = opts.rank ?? 0;
  const worldSize = opts.worldSize ?? 1;
  checkInt('shardSize', shardSize, 1);
  checkInt('batchSize', batchSize, 1);
  checkInt('worldSize', worldSize, 1);
  checkInt('rank', rank, 0);
  if (rank >= worldSize) throw new RangeError(`pseudoLabel: rank ${rank} must be < worldSize ${worldSize}`);
  if (!ds || typeof ds.getRaw !== 'function') throw new TypeError('pseudoLabel: dataset must be a Dataset (getRaw)');
  const entries = Object.entries(opts.teachers ?? {}).filter(([, t]) => t !== undefined) as [Task, Teacher | MultiTaskModel | RetinaNet][];
  if (entries.length === 0) throw new RangeError(`pseudoLabel: no teachers (give one per task: ${TASKS.join(', ')})`);
  const teachers: [Task, Teacher][] = TASKS.filter((t) => entries.some(([k]) => k === t))
    .map((t) => [t, toTeacher(t, entries.find(([k]) => k === t)![1])]);
  for (const [k] of entries) if (!TASKS.includes(k)) throw new RangeError(`pseudoLabel: unknown task '${k}' (tasks: ${TASKS.join(', ')})`);
  const th = resolveThresholds(opts.thresholds);
  const tta = resolveTta(opts.tta);
  const device = opts.device ?? 'cpu';
  const N = ds.length;
  const numShards = Math.ceil(N / shardSize);
  const config: StoreConfig = {
    numImages: N, shardSize, batchSize,
    tasks: teachers.map(([t]) => t),
    teachers: Object.fromEntries(teachers.map(([t, teacher]) => [t, teacher.fingerprint?.() ?? `unfingerprinted:${t}`])),
    dataset: { length: N, fingerprint: datasetFingerprint(ds, opts.datasetFingerprint) },
    thresholds: th, tta, device,
  };
  const fingerprint = configFingerprint(config);
  const out = path.resolve(opts.out);
  fs.mkdirSync(out, { recursive: true });

  // Another run's store: refuse, or clear it.
  const existing = readIndexFiles(out);
  const foreign = existing.filter((e) => e.index.fingerprint !== fingerprint);
  if (foreign.length) {
    if (!opts.overwrite) {
      const diff = diffConfig(foreign[0].index.config, config);
      throw new Error(`pseudoLabel: ${out} holds a store made with other settings (${foreign[0].file}; differs in: ${diff.join(', ') || 'format'}); ` +
        'use another folder, or overwrite to replace it');
    }
    const { shards, temps } = listShardFiles(out);
    for (const f of [...shards.values(), ...temps.map((t) => t.file), ...existing.map((e) => e.file)]) fs.rmSync(path.join(out, f), { force: true });
  }

  const indexName = indexFileName(rank, worldSize);
  // Stray temporary files of this rank's shards and index (another rank's may be in flight).
  for (const t of listShardFiles(out).temps) {
    const mine = t.shard === null ? t.file.startsWith(`${indexName}.tmp-`) : t.shard % worldSize === rank;
    if (mine) fs.rmSync(path.join(out, t.file), { force: true });
  }

  const verify = opts.verify ?? 'hash';
  const { shards: done, dropped } = completedShards(out, fingerprint, verify);
  const mine: number[] = [];
  for (let k = rank; k < numShards; k += worldSize) mine.push(k);
  const index: StoreIndex = {
    format: STORE_FORMAT, version: STORE_VERSION, fingerprint, config, numShards,
    ...(worldSize > 1 ? { rank, worldSize } : {}),
    shards: mine.filter((k) => done.has(k)).map((k) => done.get(k)!),
  };
  const kept = index.shards.map((e) => e.shard);
  writeIndex(out, indexName, index);

  const imagesOf = (k: number) => Math.min(N, (k + 1) * shardSize) - k * shardSize;
  const totalImages = mine.reduce((a, k) => a + imagesOf(k), 0);
  let imagesDone = kept.reduce((a, k) => a + imagesOf(k), 0);
  const written: number[] = [];
  const tasks = config.tasks;
  for (const k of mine) {
    if (done.has(k)) continue;
    const start = k * shardSize;
    const end = Math.min(N, start + shardSize);
    const labels: ImageLabels[] = [];
    try {
      for (let b = start; b < end; b += batchSize) {
        const idx = Array.from({ length: Math.min(end, b + batchSize) - b }, (_, j) => b + j);
        const raws = await Promise.all(idx.map((i) => ds.getRaw(i)));
        labels.push(...labelBatch(raws, teachers, th, tta, device));
      }
      const file = shardFileName(k);
      const taskBytes = torch.tidy(() => {
        const enc = encodeShard(labels, start, { fingerprint, shard: k, tasks });
        torch.io.saveSafetensors(path.join(out, file), enc.tensors, enc.metadata);
        return enc.taskBytes;
      });
      const bytes = fs.statSync(path.join(out, file)).size;
      const taskSum = Object.values(taskBytes).reduce((a, v) => a + v, 0);
      const entry: ShardEntry = {
        shard: k, file, start, end, bytes, sha256: sha256File(path.join(out, file)),
        bytesPerTask: { ...taskBytes, other: bytes - taskSum },
      };
      index.shards.push(entry);
      writeIndex(out, indexName, index);
    } finally {
      disposeLabels(labels);
    }
    written.push(k);
    imagesDone += end - start;
    opts.onProgress?.({ images: imagesDone, totalImages, shard: k, shardsDone: index.shards.length, shardsTotal: mine.length });
  }

  // A one-process run that finished subsumes any rank indexes of the same run.
  if (worldSize === 1) {
    for (const e of readIndexFiles(out)) if (e.file !== INDEX_FILE && e.index.fingerprint === fingerprint) fs.rmSync(path.join(out, e.file), { force: true });
  }
  const store = new PseudoLabelStore(out, { verify: 'size' });
  try {
    return {
      out, indexFile: path.join(out, indexName), fingerprint, written, kept, dropped,
      complete: store.complete, size: store.size(),
    };
  } finally {
    store.close();
  }
}
