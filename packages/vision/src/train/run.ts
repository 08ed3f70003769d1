// One training run from a resolved config (what `must train` does, and what the MuST stages can
// call): datasets and loaders from `data`, the MultiTaskModel from `model` + `tasks`, the losses
// and their weights from `tasks`, optimizer / schedule / loop from `optim`, `schedule`, `train`,
// evaluation on the validation split, and the Trainer in the run folder.
//
// The run folder keeps RUN/config.yaml, the resolved config. Running again in a folder that holds
// a checkpoint resumes it; the config must be the same except for keys that cannot change the
// result (RESUME_FREE_KEYS), else the run stops with a message naming the first differing key.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import type { Batch } from '../data/batch';
import type { Dataset } from '../data/dataset';
import { Subset } from '../data/dataset';
import { SyntheticScenes } from '../data/synthetic';
import { CocoDataset } from '../data/coco';
import { DataLoader } from '../data/loader';
import { TASKS, type Task } from '../data/sample';
import '../models'; // registers the built-in backbones
import { MultiTaskModel, type MultiTaskConfig } from '../models/multitask';
import type { MustConfig, SplitConfig } from '../config/schema';
import { diffConfig, readResolvedConfig, saveResolvedConfig, writeFileAtomic, ConfigError } from '../config/load';
import { MODEL_JSON, type TeacherDescription } from '../selftrain/teachers-dir';
import { Trainer, TrainError, prepareRunDir, type TrainResult, type TrainerHooks } from './trainer';
import { loaderSource, type BatchSource } from './data';
import { MultiTaskLoss } from './losses';
import { evaluateMultiTask } from './evaluate';
import { buildSchedule } from './optim';
import { trainAugmentSpecs } from './augment';

/** Keys that may differ between a run and its resumption (they do not change the trained weights). */
export const RESUME_FREE_KEYS: readonly string[] = [
  'name', 'processes', 'train.progress', 'train.logEvery', 'train.evalEvery', 'train.evalBatches', 'train.checkpointEvery', 'data.numWorkers',
];

/**
 * Config blocks that cannot change what a stage trains (keys under them are free on resume): the
 * blocks of the stages that run after it or beside it. A teacher does not depend on the pseudo-label,
 * student, baseline or transfer settings; the baseline (human labels only) not on the pseudo-label
 * or student ones, nor on how the teachers train; the student not on the baseline's or transfer's.
 * Its own stage block is merged into optim/schedule/train by stageConfig, so it is compared there.
 */
export function stageFreePrefixes(stage: string | undefined): string[] {
  const name = (stage ?? 'supervised').split(':')[0];
  switch (name) {
    case 'teacher': return ['pseudo.', 'student.', 'baseline.', 'transfer.'];
    case 'baseline': return ['pseudo.', 'student.', 'transfer.', 'teachers.train.', 'teachers.optim.', 'teachers.schedule.'];
    case 'student': return ['baseline.', 'transfer.'];
    case 'supervised': return ['pseudo.', 'student.', 'baseline.', 'transfer.', 'teachers.'];
    default: return [];
  }
}

/** 'cuda' when config.device is 'auto' and CUDA is available, else the device named. */
export function resolveDevice(device: string): string {
  if (device === 'auto') return torch.cuda.isAvailable() ? 'cuda' : 'cpu';
  if (device.startsWith('cuda') && !torch.cuda.isAvailable()) throw new ConfigError(`config: device '${device}' but CUDA is not available`);
  return device === 'cuda' ? 'cuda:0' : device;
}

/** The dataset of one split: synthetic scenes, or the COCO file it names. */
export function buildDataset(config: MustConfig, which: 'train' | 'val' | 'unlabeled', split?: SplitConfig): Dataset {
  const s = split ?? config.data[which];
  const d = config.data;
  if (s.annotations === null) {
    return new SyntheticScenes({
      length: s.length, size: d.size, numClasses: d.numClasses, objects: d.objects, seed: s.seed, split: s.split,
    });
  }
  if (!fs.existsSync(s.annotations)) throw new ConfigError(`config: data.${which}.annotations: no such file '${s.annotations}'`);
  const coco = new CocoDataset({ annotations: s.annotations, root: s.root ?? undefined });
  if (coco.categories.length !== d.numClasses) {
    throw new ConfigError(`config: data.numClasses is ${d.numClasses} but ${s.annotations} has ${coco.categories.length} categories`);
  }
  if (s.length > 0 && s.length < coco.length) return new Subset({ dataset: coco, indices: Array.from({ length: s.length }, (_, i) => i) });
  return coco;
}

/** The enabled tasks, in TASKS order. */
export function enabledTasks(config: MustConfig): Task[] {
  return TASKS.filter((k) => config.tasks[k].enabled);
}

/** The MultiTaskModel config of a run config (heads of the enabled tasks). */
export function modelConfig(config: MustConfig, device = 'cpu'): MultiTaskConfig {
  const t = config.tasks;
  const K = config.data.numClasses;
  const tasks: MultiTaskConfig['tasks'] = {};
  if (t.classification.enabled) tasks.classification = { numClasses: K, dropRate: t.classification.dropRate };
  if (t.detection.enabled) tasks.detection = {
    numClasses: K, numAnchors: 9, norm: t.detection.headNorm, numConvs: t.detection.numConvs, minLevel: t.detection.minLevel, maxLevel: t.detection.maxLevel,
  };
  if (t.segmentation.enabled) tasks.segmentation = { numClasses: K + 1, convDims: t.segmentation.convDims, normGroups: t.segmentation.normGroups };
  if (t.depth.enabled) tasks.depth = { convDims: t.depth.convDims, normGroups: t.depth.normGroups, output: 'depth' };
  if (t.normals.enabled) tasks.normals = { convDims: t.normals.convDims, normGroups: t.normals.normGroups };
  return {
    backbone: config.model.backbone,
    backboneOptions: { ...config.model.backboneOptions, ...(device !== 'cpu' ? { device } : {}) },
    fpnChannels: config.model.fpnChannels, fpnNorm: config.model.fpnNorm, device, tasks,
  };
}

/** The model of a run config (weights drawn from torch's generator: seed it first). */
export function buildModel(config: MustConfig, device = 'cpu'): MultiTaskModel {
  const m = new MultiTaskModel(modelConfig(config, device));
  if (device !== 'cpu') m.to({ device });
  return m;
}

export interface RunTrainingOptions {
  /** The resolved config of this run (see stageConfig). */
  config: MustConfig;
  /** Run folder (created). */
  runDir: string;
  /** false: start afresh even when the folder holds a checkpoint (default true: resume). */
  resume?: boolean;
  /** Override config.train.progress. */
  progress?: boolean;
  /** Training set instead of data.train (e.g. a pseudo-labeled set of the student). */
  trainDataset?: Dataset;
  /** Validation set instead of data.val. */
  valDataset?: Dataset;
  hooks?: TrainerHooks;
  /** Added to the 'start' record of metrics.jsonl (e.g. the stage). */
  info?: Record<string, unknown>;
}

export interface RunTrainingResult extends TrainResult {
  /** The trained model (final weights; EMA's when result.weights is 'ema' they are in model.safetensors). */
  model: MultiTaskModel;
  config: MustConfig;
}

/** Stops unless the folder's saved config matches (except RESUME_FREE_KEYS) when it holds a checkpoint. */
function checkResumable(runDir: string, config: MustConfig, stage?: string): void {
  const saved = path.join(runDir, 'config.yaml');
  if (!fs.existsSync(path.join(runDir, 'checkpoints')) || !fs.existsSync(saved)) return;
  let old: MustConfig;
  try {
    old = readResolvedConfig(saved);
  } catch (e) {
    throw new TrainError(`the run folder ${runDir} holds a checkpoint but its config.yaml is unreadable (${(e as Error).message}); use another --out or --restart`);
  }
  const free = stageFreePrefixes(stage);
  const diff = diffConfig(old, config).filter((k) => !RESUME_FREE_KEYS.includes(k) && !free.some((p) => k.startsWith(p)));
  if (diff.length > 0) {
    const k = diff[0];
    const get = (c: unknown) => k.split('.').reduce<unknown>((o, p) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[p] : undefined), c);
    throw new TrainError(`the run folder ${runDir} holds a run with another config ('${k}' was ${JSON.stringify(get(old))}, now ` +
      `${JSON.stringify(get(config))}${diff.length > 1 ? `, and ${diff.length - 1} more` : ''}); use another --out, or --restart to start it over`);
  }
}

/**
 * RUN/model.json: how to rebuild the trained model, in the teacher-folder format of
 * src/selftrain/teachers-dir.ts, so a run folder serves as a teacher as it is (a single-task run
 * names its task; a multi-task one takes the task of the folder it is used from). The weights are
 * the checkpoint's EMA when the run exported the EMA's.
 */
export function writeModelJson(runDir: string, config: MustConfig, sizeDivisible: number, weights: 'model' | 'ema'): void {
  const tasks = enabledTasks(config);
  const d = config.tasks.detection;
  const description: TeacherDescription = {
    ...(tasks.length === 1 ? { task: tasks[0] } : {}),
    model: 'multitask',
    config: modelConfig(config, 'cpu') as unknown as Record<string, unknown>,
    teacher: {
      sizeDivisible,
      detection: {
        anchors: { anchorSize: d.anchorSize }, scoreThresh: d.scoreThreshold, nmsThresh: d.nmsThreshold, detectionsPerImage: d.detectionsPerImage,
      },
    },
    checkpoint: 'checkpoints/last',
    component: weights,
  };
  writeFileAtomic(path.join(runDir, MODEL_JSON), `${JSON.stringify(description, null, 1)}\n`);
}

/** Trains the model a config describes, in runDir (resuming it when it holds a checkpoint). */
export async function runTraining(opts: RunTrainingOptions): Promise<RunTrainingResult> {
  const config = opts.config;
  const t = config.train;
  const device = resolveDevice(config.device);
  const tasks = enabledTasks(config);
  const trainDs = opts.trainDataset ?? buildDataset(config, 'train');
  const valDs = opts.valDataset ?? buildDataset(config, 'val');
  // the run's length and schedule are checked before anything is written
  const dropLast = trainDs.length >= t.batchSize;
  const batchesPerEpoch = dropLast ? Math.floor(trainDs.length / t.batchSize) : Math.ceil(trainDs.length / t.batchSize);
  const totalSteps = t.steps ?? (t.epochs ?? 0) * batchesPerEpoch;
  if (totalSteps < 1) throw new ConfigError(`config: the training split has no image`);
  try {
    buildSchedule(config.schedule, totalSteps);
  } catch (e) {
    throw new ConfigError(`config: ${(e as Error).message}`);
  }

  const runDir = prepareRunDir(opts.runDir);
  if (opts.resume ?? true) checkResumable(runDir, config, typeof opts.info?.stage === 'string' ? opts.info.stage : undefined);
  const threadsBefore = torch.getNumThreads();
  if (config.threads > 0) torch.setNumThreads(config.threads);
  saveResolvedConfig(runDir, config, `resolved config of ${config.name} (defaults + file + overrides); written by must train`);

  torch.manualSeed(config.seed);
  const model = buildModel(config, device);
  const loss = MultiTaskLoss.fromConfig(model, config.tasks, config.data.numClasses);
  const padTo = model.inputDivisor;
  const trainLoader = new DataLoader(trainDs, {
    batchSize: t.batchSize, shuffle: true, dropLast, seed: config.seed,
    numWorkers: config.data.numWorkers, transforms: trainAugmentSpecs(config.data), padTo,
  });
  const valLoader = new DataLoader(valDs, { batchSize: t.batchSize, seed: config.seed, numWorkers: config.data.numWorkers, padTo });
  const valSource: BatchSource<Batch> = loaderSource(valLoader, { device, closeLoader: false });
  const trainer = new Trainer<MultiTaskModel, Batch>({
    model, runDir, seed: config.seed, resume: opts.resume,
    loss: (m, b) => loss.compute(m, b),
    lossWeights: MultiTaskLoss.weights(config.tasks),
    data: () => loaderSource(trainLoader, { device }),
    optim: config.optim, schedule: config.schedule,
    train: { ...t, progress: opts.progress ?? t.progress },
    evaluate: (m) => evaluateMultiTask(m, valSource, {
      tasks, numClasses: config.data.numClasses, detection: loss.detection, maxBatches: t.evalBatches,
    }),
    hooks: opts.hooks,
    info: { name: config.name, tasks, device, ...(opts.info ?? {}) },
  });
  try {
    const result = await trainer.run();
    writeModelJson(runDir, config, padTo, result.weights);
    return { ...result, model, config };
  } finally {
    trainer.dispose();
    loss.dispose();
    await valLoader.close();
    // the run's thread count holds for the run only (a later stage, e.g. pseudo-labeling, has its own)
    if (torch.getNumThreads() !== threadsBefore) torch.setNumThreads(threadsBefore);
  }
}
