// MuST's student (arXiv 2108.11353): one shared backbone + FPN and one head per task, built from
// one config; forward returns a record of outputs per task.
//
//   classification : ClassificationHead on C5 (pool, dropout, linear)    -> [N, K]
//   detection      : RetinaNet head (src/detection) on P3..P7 (minLevel/maxLevel) -> { clsLogits [N, A, K], bboxRegression [N, A, 4], ... }
//   segmentation   : Panoptic-FPN semantic branch on P2..P5               -> [N, K, H, W]
//   depth          : same decoder, 1 channel, softplus/exp                -> [N, 1, H, W]
//   normals        : same decoder, 3 channels, unit length                -> [N, 3, H, W]
//
// The FPN is the detection worker's FeaturePyramidNetwork (torchvision's; src/detection/fpn.ts)
// over C2..C5 when a dense task is present or detection starts at P2 (else C3..C5), with
// LastLevelP6P7 from P5 up to the detection head's last level; so one FPN gives P2..P7 and each
// head takes the levels it needs.
// Module keys: backbone.*, fpn.* (torchvision's FPN keys), heads.<task>.*.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { z } from 'zod';
import { TASKS, type Task } from '../data/sample';
import { FeaturePyramidNetwork, LastLevelP6P7 } from '../detection/fpn';
import { RetinaNetHead, type RetinaNetHeadOutputs } from '../detection/retinanet-head';
import { type Backbone, checkImageInput } from './features';
import { ClassificationHead } from './heads/classification';
import { DepthHead } from './heads/depth';
import { NormalsHead } from './heads/normals';
import { SegmentationHead } from './heads/segmentation';
import { createModel, describeFields, ModelError } from './registry';

const { nn } = torch;

const fusion = z.enum(['sum', 'concat']).optional().describe("'sum' (default) | 'concat' of the upsampled levels");
const convDims = z.number().int().positive().optional().describe('channels of the fused stride-4 map (default 128)');
const normGroups = z.number().int().positive().optional().describe('GroupNorm groups of the decoder (default 32)');

/** The config schema (zod); MultiTaskModel validates its config with it. */
export const multiTaskConfigSchema = z.object({
  backbone: z.union([z.string(), z.custom<Backbone>((v) => isBackbone(v), { message: 'expected a registry name or a Backbone module' })])
    .describe("registry name (e.g. 'resnet50', 'resnetrs50') or a Backbone module"),
  backboneOptions: z.record(z.string(), z.unknown()).optional()
    .describe("options for createModel(backbone, ...) (numClasses is set to 0: the backbone's own classifier is dropped)"),
  fpnChannels: z.number().int().positive().default(256).describe('FPN channels (default 256)'),
  fpnNorm: z.enum(['bn', 'gn', 'none']).default('none').describe("norm in the FPN convs: 'none' (default) | 'bn' | 'gn'"),
  device: z.string().optional().describe('device of the heads and FPN (the backbone takes backboneOptions.device)'),
  tasks: z.object({
    classification: z.object({
      numClasses: z.number().int().positive(),
      dropRate: z.number().min(0).lt(1).optional(),
      pool: z.enum(['avg', 'max']).optional(),
    }).strict().optional(),
    detection: z.object({
      numClasses: z.number().int().positive(),
      numAnchors: z.number().int().positive().default(9).describe('anchors per location (default 9: 3 scales x 3 ratios)'),
      norm: z.enum(['bn', 'gn', 'none']).optional(),
      activation: z.enum(['relu', 'silu']).optional(),
      numConvs: z.number().int().min(0).optional(),
      priorProbability: z.number().gt(0).lt(1).optional(),
      minLevel: z.number().int().min(2).max(7).default(3)
        .describe('first pyramid level of the head (default 3: P3, stride 8; 2 = P2, stride 4, for small objects)'),
      maxLevel: z.number().int().min(2).max(7).default(7).describe('last pyramid level (default 7: P3..P7 as RetinaNet)'),
    }).strict().refine((d) => d.minLevel <= d.maxLevel, { message: 'minLevel must be <= maxLevel' }).optional(),
    segmentation: z.object({ numClasses: z.number().int().positive(), fusion, convDims, normGroups }).strict().optional(),
    depth: z.object({
      output: z.enum(['depth', 'log-depth']).optional(), activation: z.enum(['softplus', 'exp']).optional(), fusion, convDims, normGroups,
    }).strict().optional(),
    normals: z.object({ fusion, convDims, normGroups, eps: z.number().positive().optional() }).strict().optional(),
  }).strict().refine((t) => Object.values(t).some((v) => v !== undefined), { message: `at least one task is required (${TASKS.join(', ')})` }),
}).strict();

export type MultiTaskConfig = z.input<typeof multiTaskConfigSchema>;

export interface DetectionOutputs extends RetinaNetHeadOutputs {
  /** [h, w] of each pyramid level used (P3..P7), for anchor generation. */
  featureSizes: [number, number][];
  /** Stride of each of those levels (8 .. 128). */
  strides: number[];
}

/** What forward returns: one entry per task computed. */
export interface MultiTaskOutputs {
  classification?: Tensor;
  detection?: DetectionOutputs;
  segmentation?: Tensor;
  depth?: Tensor;
  normals?: Tensor;
}

function isBackbone(v: unknown): v is Backbone {
  return v instanceof nn.Module && typeof (v as Backbone).forwardFeatures === 'function' && Array.isArray((v as Backbone).featureInfo);
}

const DENSE: readonly Task[] = ['segmentation', 'depth', 'normals'];

export class MultiTaskModel extends nn.Module {
  backbone: Backbone;
  fpn: FeaturePyramidNetwork | null;
  heads: torch.nn.ModuleDict;

  /** The tasks this model has a head for, in TASKS order. */
  readonly tasks: Task[];
  /** H and W of the input must be multiples of this (32 with a dense task, else 1). */
  readonly inputDivisor: number;
  modelName = 'MultiTaskModel';
  readonly #fpnLevels: number[]; // strides of the FPN outputs
  readonly #fpnFromC2: boolean; // FPN inputs C2..C5 (else C3..C5)
  readonly #detLevels: [number, number] = [3, 7]; // detection head on P_min..P_max

  constructor(config: MultiTaskConfig) {
    super();
    const parsed = multiTaskConfigSchema.safeParse(config);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`);
      throw new ModelError(`MultiTaskModel: invalid config: ${problems.join('; ')}.\n` +
        `Valid fields:\n  ${describeFields(multiTaskConfigSchema).join('\n  ')}\n  tasks: { ${TASKS.join(', ')} } (any subset)`);
    }
    const c = parsed.data;
    this.backbone = typeof c.backbone === 'string'
      ? createModel<Backbone>(c.backbone, { ...(c.backboneOptions ?? {}), numClasses: 0 })
      : c.backbone;
    if (!isBackbone(this.backbone)) throw new ModelError(`MultiTaskModel: '${String(c.backbone)}' is not a backbone (no forwardFeatures/featureInfo)`);
    const t = c.tasks;
    this.tasks = TASKS.filter((k) => t[k] !== undefined);
    const dense = this.tasks.some((k) => DENSE.includes(k));
    const det = t.detection !== undefined;
    const info = this.backbone.featureInfo;
    const device = c.device;
    this.inputDivisor = dense ? info[info.length - 1].stride : 1;
    // P2 comes from C2: the FPN starts there for the dense tasks and for a detection head from P2
    this.#fpnFromC2 = dense || (t.detection?.minLevel ?? 3) === 2;

    // FPN over C2..C5 or C3..C5, and extra levels from P5 up to the detection head's last one
    if (t.detection) this.#detLevels = [t.detection.minLevel, t.detection.maxLevel];
    if (dense || det) {
      const inputs = this.#fpnFromC2 ? info : info.slice(1);
      const lastIn = Math.log2(inputs[inputs.length - 1].stride);
      const detLast = this.#detLevels[1];
      const extra = det && detLast > lastIn ? new LastLevelP6P7(c.fpnChannels, c.fpnChannels, { from: 'p5', numLevels: detLast - lastIn }) : null;
      this.fpn = new FeaturePyramidNetwork(inputs.map((f) => f.channels), c.fpnChannels,
        { extraBlocks: extra, norm: c.fpnNorm === 'none' ? null : c.fpnNorm });
      const strides = inputs.map((f) => f.stride);
      for (let k = 0; k < (extra?.numLevels ?? 0); k++) strides.push(strides[strides.length - 1] * 2);
      this.#fpnLevels = strides;
      if (device && device !== 'cpu') this.fpn.to({ device });
    } else {
      this.fpn = null;
      this.#fpnLevels = [];
    }

    const heads = new nn.ModuleDict();
    const ch = c.fpnChannels;
    if (t.classification) {
      heads.set('classification', new ClassificationHead(this.backbone.numFeatures, t.classification.numClasses,
        { dropRate: t.classification.dropRate, pool: t.classification.pool, device }));
    }
    if (t.detection) {
      const d = t.detection;
      const head = new RetinaNetHead(ch, d.numAnchors, d.numClasses,
        { norm: d.norm === 'none' ? null : d.norm, activation: d.activation, numConvs: d.numConvs, priorProbability: d.priorProbability });
      if (device && device !== 'cpu') head.to({ device });
      heads.set('detection', head);
    }
    if (t.segmentation) heads.set('segmentation', new SegmentationHead(ch, t.segmentation.numClasses, { ...t.segmentation, device }));
    if (t.depth) heads.set('depth', new DepthHead(ch, { ...t.depth, device }));
    if (t.normals) heads.set('normals', new NormalsHead(ch, { ...t.normals, device }));
    this.heads = heads;
  }

  /** The head of a task (throws if the model has none). */
  head<T extends torch.nn.Module = torch.nn.Module>(task: Task): T {
    const h = this.heads.get(task);
    if (!h) throw new ModelError(`MultiTaskModel has no '${task}' head (its tasks: ${this.tasks.join(', ')})`);
    return h as T;
  }

  /**
   * Runs the backbone once and the heads of `opts.tasks` (default: all of this model's tasks).
   * Input: float [N, C, H, W], H and W multiples of inputDivisor. The caller owns the outputs.
   */
  override forward(x: Tensor, opts: { tasks?: Task[] } = {}): MultiTaskOutputs {
    const want = opts.tasks ?? this.tasks;
    for (const k of want) {
      if (!this.tasks.includes(k)) throw new ModelError(`MultiTaskModel.forward: no '${k}' head (this model's tasks: ${this.tasks.join(', ')})`);
    }
    checkImageInput(x, {
      who: 'MultiTaskModel.forward', channels: this.backbone.inChans,
      divisor: want.some((k) => DENSE.includes(k)) ? this.inputDivisor : undefined,
    });
    const [H, W] = x.shape.slice(2) as [number, number];
    return torch.tidy(() => {
      const out: MultiTaskOutputs = {};
      const feats = this.backbone.forwardFeatures(x);
      if (want.includes('classification')) out.classification = this.head('classification').forward(feats[feats.length - 1]) as Tensor;
      const needFpn = want.some((k) => k === 'detection' || DENSE.includes(k));
      if (!needFpn) return out;
      const fpnIn = this.#fpnFromC2 ? feats : feats.slice(1);
      const pyramid = this.fpn!.forward(fpnIn);
      for (const f of feats) f.dispose();
      if (want.includes('detection')) {
        const start = this.#fpnLevels.indexOf(2 ** this.#detLevels[0]);
        const end = this.#fpnLevels.indexOf(2 ** this.#detLevels[1]) + 1;
        const levels = pyramid.slice(start, end);
        const r = this.head('detection').forward(levels) as RetinaNetHeadOutputs;
        out.detection = {
          ...r,
          featureSizes: levels.map((p) => [p.shape[2], p.shape[3]] as [number, number]),
          strides: this.#fpnLevels.slice(start, end),
        };
      }
      const dense = pyramid.slice(0, 4);
      for (const k of ['segmentation', 'depth', 'normals'] as const) {
        if (want.includes(k)) out[k] = this.head(k).forward(dense, [H, W]) as Tensor;
      }
      return out;
    });
  }
}
