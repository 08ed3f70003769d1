// The MuST run config: one YAML file per experiment (configs/*.yaml), validated here.
//
// Every object is strict (an unknown key is an error) and no field has a zod default: the
// defaults live in one plain object, DEFAULT_CONFIG, that the loader deep-merges under the user's
// file before validating. So the schema has one shape for full configs, and `.partial()` of a
// section gives the override blocks of the stages (teachers.train, student.optim, ...) without
// defaults creeping in. The resolved config (defaults + file + command-line overrides) is what
// a run saves as RUN/config.yaml.
//
// Sections:
//   seed, device, threads   global
//   data                    datasets (synthetic scenes or COCO files), splits, loader, augmentation
//   model                   backbone + FPN of the MultiTaskModel
//   tasks                   which tasks, their loss weights and head/loss options
//   optim, schedule         optimizer and learning-rate schedule (torch.optim)
//   train                   loop: steps or epochs, batch size, eval/checkpoint/log intervals, amp, EMA, clipping
//   teachers, student, baseline, transfer   MuST stages: overrides of optim/schedule/train
//   pseudo                  pseudo-label thresholds (ALGORITHMS.md section 1)
import { z } from 'zod';
import { TASKS, type Task } from '../data/sample';

const int = (min = 0) => z.number().int().min(min);
const pos = () => z.number().gt(0);
const nonneg = () => z.number().min(0);
const frac = () => z.number().min(0).max(1);

export const taskName = z.enum(TASKS as unknown as [Task, ...Task[]]);

/**
 * One split: synthetic scenes rendered on the fly from (seed, split), or, when `annotations` is
 * set, a COCO dataset (e.g. written by `must synth`, or pseudo labels exported as COCO).
 */
const splitSchema = z.strictObject({
  length: int().describe('images: synthetic scenes to render; for a COCO file the first N (0: all)'),
  seed: int().describe('synthetic: seed of the split (with the split name)'),
  split: z.string().min(1).describe('synthetic: split name hashed with the seed'),
  annotations: z.string().nullable().describe('COCO annotations JSON (null: synthetic scenes)'),
  root: z.string().nullable().describe('COCO image folder (default: the JSON file folder)'),
});

const augmentSchema = z.strictObject({
  flip: frac().describe('probability of a horizontal flip'),
  randAugment: z.strictObject({
    enabled: z.boolean(),
    numOps: int(1),
    magnitude: nonneg(),
  }),
  lsj: z.strictObject({
    enabled: z.boolean(),
    scaleRange: z.tuple([pos(), pos()]),
  }),
});

export const dataSchema = z.strictObject({
  size: int(8).describe('synthetic: image side in pixels (multiple of 32 for dense tasks)'),
  numClasses: int(1).describe('object classes (synthetic: the first K of 8 shapes; COCO: must match the file)'),
  objects: z.tuple([int(1), int(1)]).describe('synthetic: [min, max] objects per scene'),
  train: splitSchema,
  val: splitSchema,
  unlabeled: splitSchema,
  numWorkers: int().describe('loader worker threads (0: main thread)'),
  augment: augmentSchema,
});

export const modelSchema = z.strictObject({
  backbone: z.string().min(1).describe("registry name, e.g. 'resnetrs_t', 'resnetrs50'"),
  backboneOptions: z.record(z.string(), z.unknown()).describe('options of createModel(backbone)'),
  fpnChannels: int(1),
  fpnNorm: z.enum(['none', 'bn', 'gn']),
});

const denseHead = {
  convDims: int(1).describe('channels of the dense decoder'),
  normGroups: int(1).describe('GroupNorm groups of the dense decoder'),
};

export const tasksSchema = z.strictObject({
  classification: z.strictObject({
    enabled: z.boolean(),
    weight: nonneg().describe('loss weight in the multi-task sum (student, baseline; a teacher uses 1)'),
    labelSmoothing: frac(),
    dropRate: z.number().min(0).lt(1),
  }),
  detection: z.strictObject({
    enabled: z.boolean(),
    weight: nonneg(),
    anchorSize: pos().describe('anchor size in strides (RetinaNet: 4)'),
    minLevel: z.number().int().min(2).max(7).describe('first pyramid level of the head (RetinaNet: 3; 2 for small objects)'),
    maxLevel: z.number().int().min(2).max(7).describe('last pyramid level of the head (RetinaNet: 7)'),
    boxLoss: z.enum(['smoothL1', 'l1', 'giou']),
    boxLossWeight: nonneg(),
    headNorm: z.enum(['none', 'bn', 'gn']),
    numConvs: int(),
    scoreThreshold: frac().describe('evaluation: minimum detection score'),
    nmsThreshold: frac(),
    detectionsPerImage: int(1),
  }),
  segmentation: z.strictObject({ enabled: z.boolean(), weight: nonneg(), ...denseHead }),
  depth: z.strictObject({
    enabled: z.boolean(),
    weight: nonneg(),
    loss: z.enum(['l1', 'silog']).describe("'l1' on depth or 'silog' (scale-invariant log)"),
    ...denseHead,
  }),
  normals: z.strictObject({ enabled: z.boolean(), weight: nonneg(), ...denseHead }),
});

export const optimSchema = z.strictObject({
  name: z.enum(['sgd', 'adamw']),
  lr: pos(),
  momentum: frac(),
  nesterov: z.boolean(),
  weightDecay: nonneg(),
  betas: z.tuple([z.number().min(0).lt(1), z.number().min(0).lt(1)]),
  eps: pos(),
  decayNormAndBias: z.boolean().describe('false: no weight decay on biases and norm weights'),
});

export const scheduleSchema = z.strictObject({
  name: z.enum(['cosine', 'constant', 'linear', 'step', 'multistep', 'polynomial']),
  warmupSteps: int().describe('linear warmup steps before the schedule'),
  warmupStartFactor: frac(),
  minLr: nonneg().describe('cosine / polynomial floor'),
  endFactor: frac().describe('linear: final factor'),
  stepSize: int(1).describe('step: steps between decays'),
  milestones: z.array(int(1)).describe('multistep: steps (absolute, after the warmup) where lr is multiplied by gamma'),
  gamma: pos(),
  power: pos().describe('polynomial power'),
});

export const emaSchema = z.strictObject({
  enabled: z.boolean(),
  decay: frac(),
  warmup: z.boolean().describe('decay ramp min(decay, (1 + n) / (10 + n))'),
  evaluate: z.enum(['ema', 'model', 'both']).describe('weights used by periodic evaluation'),
});

export const trainSchema = z.strictObject({
  steps: int(1).nullable().describe('optimizer steps (or set epochs)'),
  epochs: int(1).nullable().describe('epochs over the training split (or set steps)'),
  batchSize: int(1),
  evalEvery: int().describe('steps between evaluations (0: only at the end)'),
  evalBatches: int().describe('batches per evaluation (0: the whole validation split)'),
  checkpointEvery: int().describe('steps between checkpoints (0: only at the end)'),
  logEvery: int(1).describe('steps between metrics.jsonl lines'),
  amp: z.boolean().describe('mixed precision: bfloat16 autocast on CPU, float16 + GradScaler on CUDA'),
  ema: emaSchema,
  clipGradNorm: nonneg().describe('max gradient norm (0: no clipping)'),
  progress: z.boolean().describe('progress bar on stderr (only when it is a terminal)'),
});

/** Blocks a stage may override (each key optional, no defaults). */
const stageOverrides = {
  threads: int().optional().describe("libtorch threads of this stage's training (default: the top-level threads)"),
  optim: optimSchema.partial(),
  schedule: scheduleSchema.partial(),
  train: trainSchema.partial().extend({ ema: emaSchema.partial() }).partial(),
};

export const pseudoSchema = z.strictObject({
  batchSize: int(1),
  classification: z.strictObject({
    soft: z.boolean().describe('soft probabilities (else the arg-max class)'),
    temperature: pos().describe('softmax temperature (< 1 sharpens)'),
  }),
  detection: z.strictObject({
    scoreThreshold: frac().describe('keep boxes with score >= this (after NMS)'),
    nmsThreshold: frac(),
    maxDetections: int(1),
  }),
  segmentation: z.strictObject({
    confidence: frac().describe('pixels whose max probability is below this become ignore (255)'),
    classConfidence: z.record(z.string().regex(/^\d+$/, 'expected a class index'), frac())
      .describe('per-class thresholds replacing confidence for pixels predicted as that class, e.g. {0: 0.9} (class-balanced self-training)'),
  }),
  depth: z.strictObject({ enabled: z.boolean() }),
  normals: z.strictObject({ enabled: z.boolean() }),
  tta: z.strictObject({
    flip: z.boolean().describe('add horizontally flipped views'),
    scales: z.array(pos()).min(1).describe('image scales of the views, e.g. [0.75, 1, 1.25]'),
    boxMerge: z.enum(['nms', 'vote']).describe("boxes of the views merged by 'nms' or weighted box 'vote'"),
  }).describe('test-time augmentation of the teachers (Naive-Student): probabilities, depth, normals averaged over the views'),
});

export const configSchema = z.strictObject({
  name: z.string().describe('experiment name'),
  seed: int().describe('seed of everything: weights, data order, augmentation'),
  device: z.string().regex(/^(auto|cpu|cuda(:\d+)?)$/, "expected 'auto', 'cpu', 'cuda' or 'cuda:N'"),
  threads: int().describe("libtorch threads (0: libtorch's default, one per core); stages may set their own"),
  processes: int(1).describe('MuST trainings run at once, each in its own process: the teachers and the baseline (1: one after another in this process)'),
  data: dataSchema,
  model: modelSchema,
  tasks: tasksSchema,
  optim: optimSchema,
  schedule: scheduleSchema,
  train: trainSchema,
  teachers: z.strictObject({
    tasks: z.array(taskName).describe('tasks that get a specialized teacher'),
    ...stageOverrides,
  }),
  pseudo: pseudoSchema,
  student: z.strictObject({
    humanLabels: z.boolean().describe('also train on the human labels of the labeled split'),
    augment: z.strictObject({
      flip: augmentSchema.shape.flip,
      randAugment: augmentSchema.shape.randAugment.partial(),
      lsj: augmentSchema.shape.lsj.partial(),
    }).partial().describe("the student's augmentation: overrides data.augment (MuST trains the student with strong augmentation)"),
    ...stageOverrides,
  }),
  baseline: z.strictObject({ ...stageOverrides }),
  transfer: z.strictObject({
    tasks: z.array(taskName).describe('downstream tasks fine-tuned from the student and the baseline'),
    freezeBackbone: z.boolean(),
    data: z.strictObject({ length: int(1), seed: int(), split: z.string().min(1) }),
    ...stageOverrides,
  }),
}).superRefine((c, ctx) => {
  const t = c.train;
  if ((t.steps === null) === (t.epochs === null)) {
    ctx.addIssue({
      code: 'custom', path: ['train', t.steps === null ? 'steps' : 'epochs'],
      message: t.steps === null ? 'set train.steps or train.epochs' : 'set only one of train.steps and train.epochs (the other to null)',
    });
  }
  for (const stage of ['teachers', 'student', 'baseline', 'transfer'] as const) {
    const st = c[stage].train;
    if (st.steps != null && st.epochs != null) {
      ctx.addIssue({ code: 'custom', path: [stage, 'train', 'epochs'], message: `set only one of ${stage}.train.steps and ${stage}.train.epochs` });
    }
  }
  if (!TASKS.some((k) => c.tasks[k].enabled)) {
    ctx.addIssue({ code: 'custom', path: ['tasks'], message: 'enable at least one task' });
  }
  if (c.data.objects[0] > c.data.objects[1]) {
    ctx.addIssue({ code: 'custom', path: ['data', 'objects'], message: 'min must be <= max' });
  }
  for (const s of ['train', 'val', 'unlabeled'] as const) {
    const split = c.data[s];
    if (split.annotations === null && split.length < 1) {
      ctx.addIssue({ code: 'custom', path: ['data', s, 'length'], message: 'synthetic splits need length >= 1' });
    }
  }
  const synthetic = (['train', 'val', 'unlabeled'] as const).some((s) => c.data[s].annotations === null);
  if (synthetic && c.data.numClasses > 8) ctx.addIssue({ code: 'custom', path: ['data', 'numClasses'], message: 'at most 8 (the synthetic shape classes)' });
});

export type MustConfig = z.infer<typeof configSchema>;
export type DataConfig = MustConfig['data'];
export type ModelConfig = MustConfig['model'];
export type TasksConfig = MustConfig['tasks'];
export type OptimConfig = MustConfig['optim'];
export type ScheduleConfig = MustConfig['schedule'];
export type TrainConfig = MustConfig['train'];
export type EmaConfig = TrainConfig['ema'];
export type PseudoConfig = MustConfig['pseudo'];
export type SplitConfig = DataConfig['train'];

/** Every default. A config file only needs what differs. */
export const DEFAULT_CONFIG: MustConfig = {
  name: 'must',
  seed: 0,
  device: 'auto',
  threads: 0,
  processes: 1,
  data: {
    size: 64,
    numClasses: 8,
    objects: [3, 7],
    train: { length: 2000, seed: 0, split: 'train', annotations: null, root: null },
    val: { length: 256, seed: 0, split: 'val', annotations: null, root: null },
    unlabeled: { length: 2000, seed: 0, split: 'unlabeled', annotations: null, root: null },
    numWorkers: 0,
    augment: {
      flip: 0.5,
      randAugment: { enabled: false, numOps: 2, magnitude: 10 },
      lsj: { enabled: false, scaleRange: [0.5, 2.0] },
    },
  },
  model: { backbone: 'resnetrs_t', backboneOptions: {}, fpnChannels: 64, fpnNorm: 'none' },
  tasks: {
    classification: { enabled: true, weight: 1, labelSmoothing: 0.1, dropRate: 0 },
    detection: {
      enabled: true, weight: 1, anchorSize: 4, minLevel: 3, maxLevel: 7, boxLoss: 'smoothL1', boxLossWeight: 1, headNorm: 'gn', numConvs: 4,
      scoreThreshold: 0.05, nmsThreshold: 0.5, detectionsPerImage: 100,
    },
    segmentation: { enabled: true, weight: 1, convDims: 128, normGroups: 32 },
    depth: { enabled: true, weight: 1, loss: 'l1', convDims: 128, normGroups: 32 },
    normals: { enabled: true, weight: 1, convDims: 128, normGroups: 32 },
  },
  optim: {
    name: 'sgd', lr: 0.1, momentum: 0.9, nesterov: false, weightDecay: 4e-5, betas: [0.9, 0.999], eps: 1e-8,
    decayNormAndBias: false,
  },
  schedule: {
    name: 'cosine', warmupSteps: 0, warmupStartFactor: 0, minLr: 0, endFactor: 0, stepSize: 1000, milestones: [],
    gamma: 0.1, power: 1,
  },
  train: {
    steps: null, epochs: null, batchSize: 32, evalEvery: 0, evalBatches: 0, checkpointEvery: 100, logEvery: 10, amp: false,
    ema: { enabled: false, decay: 0.9999, warmup: true, evaluate: 'ema' },
    clipGradNorm: 0, progress: true,
  },
  teachers: { tasks: [...TASKS], optim: {}, schedule: {}, train: {} },
  pseudo: {
    batchSize: 64,
    classification: { soft: true, temperature: 1 },
    detection: { scoreThreshold: 0.5, nmsThreshold: 0.5, maxDetections: 100 },
    segmentation: { confidence: 0.5, classConfidence: {} },
    depth: { enabled: true },
    normals: { enabled: true },
    tta: { flip: false, scales: [1], boxMerge: 'nms' },
  },
  student: { humanLabels: true, augment: {}, optim: {}, schedule: {}, train: {} },
  baseline: { optim: {}, schedule: {}, train: {} },
  transfer: {
    tasks: [], freezeBackbone: false, data: { length: 500, seed: 0, split: 'transfer' }, optim: {}, schedule: {}, train: {},
  },
};

// ------------------------------------------------------------------------------------------------
// Schema introspection: the tree of valid keys, for typo suggestions and key.path=value overrides.

interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  schema?: z.ZodType;
}

function def(s: z.ZodType): ZodDefLike {
  return (s as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** The schema without optional / nullable / default / pipe wrappers. */
export function unwrap(s: z.ZodType): z.ZodType {
  for (;;) {
    const d = def(s);
    if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'readonly'
      || d.type === 'nonoptional' || d.type === 'catch' || d.type === 'prefault') && d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

/** What a key path leads to in a schema. */
export type KeyLookup =
  | { kind: 'ok'; schema: z.ZodType; free: boolean }
  | { kind: 'unknown'; at: number; valid: string[] }
  | { kind: 'not-object'; at: number };

/**
 * Follows a key path through object schemas. Keys under a record (e.g. model.backboneOptions.*)
 * are free. `unknown` gives the index of the first unknown segment and the valid keys there.
 */
export function lookupKey(schema: z.ZodType, path: readonly string[]): KeyLookup {
  let s = schema;
  for (let i = 0; i < path.length; i++) {
    const u = unwrap(s);
    const d = def(u);
    if (d.type === 'record') return { kind: 'ok', schema: d.valueType ?? u, free: true };
    if (d.type !== 'object' || !d.shape) return { kind: 'not-object', at: i };
    const next = d.shape[path[i]];
    if (!next) return { kind: 'unknown', at: i, valid: Object.keys(d.shape) };
    s = next;
  }
  return { kind: 'ok', schema: s, free: false };
}

/** Every leaf key path of the schema ('train.steps', 'train.ema.decay', ...), records as 'model.backboneOptions.*'. */
export function configKeys(schema: z.ZodType = configSchema, prefix = ''): string[] {
  const u = unwrap(schema);
  const d = def(u);
  if (d.type === 'object' && d.shape) {
    return Object.entries(d.shape).flatMap(([k, v]) => configKeys(v, prefix ? `${prefix}.${k}` : k));
  }
  if (d.type === 'record') return [`${prefix}.*`];
  return [prefix];
}
