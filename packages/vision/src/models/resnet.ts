// ResNet (He et al. 2015) with torchvision's structure and parameter names, and the timm options
// that ResNet-D and ResNet-RS need (deep stem, strided-conv stem pool, avg-pool shortcut,
// squeeze-excitation, stochastic depth, dropout before the classifier).
//
// Parameter names (state-dict keys) and where they were checked:
//   - torchvision layout (resnet18..152, 7x7 stem, conv shortcut): conv1, bn1, layer{1-4}.{i}.conv{1-3},
//     .bn{1-3}, .downsample.0 (conv) / .downsample.1 (BN), fc. Verified: torchvision 0.14's
//     state_dict of ResNet(BasicBlock, [1,1,1,1]) and ResNet(Bottleneck, [1,1,1,1]) loads with
//     strict: true and gives the same logits (test/models-resnet.test.ts), and the parameter counts
//     of resnet18..152 equal torchvision's.
//   - timm layout (deep stem and avg_down, i.e. resnet*d and resnetrs*): conv1.0 / conv1.1 (BN) /
//     conv1.3 / conv1.4 / conv1.6 (three 3x3 convs, BN+act between: Sequential indices 2 and 5 are
//     the activations), bn1, maxpool.0 (conv) / maxpool.1 (BN) for the strided conv that replaces
//     the max-pool, downsample.0 = AvgPool2d (Identity in layer1; no parameters), downsample.1
//     (conv), downsample.2 (BN), layer*.*.se.fc1 / se.fc2 (1x1 convs with bias), fc. Read in
//     timm's source (huggingface/pytorch-image-models, timm/models/resnet.py: ResNet.__init__,
//     make_blocks, downsample_avg, Bottleneck; timm/layers/squeeze_excite.py: SEModule) and
//     verified against a transcription of that code in PyTorch
//     (test/fixtures/models/make_model_fixtures.py): same keys, same logits, same parameter
//     counts (resnetrs50 35,691,912 ... resnetrs420 191,891,656; resnet50d 25,576,264).
//     timm itself is not installed here, so no real timm checkpoint was loaded.
//
// Memory: every forward frees its intermediate tensors as it goes (see layers.ts `run`).
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { z } from 'zod';
import { type ActName, createAct, makeDivisible, replaceWith, run, SqueezeExcite } from './layers';
import { type Backbone, checkImageInput, type FeatureInfo } from './features';
import { ModelError, registerModel } from './registry';

const { nn } = torch;

export type BlockType = 'basic' | 'bottleneck';
export type StemType = 'default' | 'deep';
/** 'linear': timm's rule, rate * blockIndex / (blocks - 1). 'stage': ResNet-RS, rate * (i + 2) / 5 in stage i = 0..3. */
export type DropPathRule = 'linear' | 'stage';

export interface ResNetConfig {
  block: BlockType;
  /** Blocks per stage (layer1..layer4). */
  layers: number[];
  /** Bottleneck planes (BasicBlock width) per stage; the default is [64, 128, 256, 512]. */
  channels?: number[];
  /** Classifier outputs; 0 = no classifier (fc is an Identity and forward returns pooled features). */
  numClasses?: number;
  inChans?: number;
  /** 'default': one 7x7 stride-2 conv of stemWidth (64) channels; 'deep': 3x3 convs stemWidth, stemWidth, 2 * stemWidth. */
  stemType?: StemType;
  /** Default: 64 for the 7x7 stem, 32 for the deep stem. */
  stemWidth?: number;
  /** Replace the stem max-pool by a 3x3 stride-2 conv + BN + act (ResNet-RS). */
  replaceStemPool?: boolean;
  /** ResNet-D shortcut: 2x2 avg-pool (stride 2) then 1x1 conv, instead of a strided 1x1 conv. */
  avgDown?: boolean;
  /** Bottleneck groups and width per group (torchvision's ResNeXt / wide ResNet arguments). */
  groups?: number;
  widthPerGroup?: number;
  /** Squeeze-excitation ratio in every block (0 = none; ResNet-RS: 0.25). */
  seRatio?: number;
  act?: ActName;
  /** Zero-init the last BN gamma of every residual branch (torchvision's zero_init_residual). */
  zeroInitLast?: boolean;
  /** Dropout before the classifier. */
  dropRate?: number;
  /** Stochastic depth (drop path) rate; see dropPathRule. */
  dropPathRate?: number;
  dropPathRule?: DropPathRule;
  bnEps?: number;
  bnMomentum?: number;
  /** Where the parameters live ('cpu', 'cuda:0', or 'meta' to build without memory). */
  device?: string;
}

export type ResolvedResNetConfig = Required<Omit<ResNetConfig, 'device'>> & { device?: string };

const DEFAULT_CHANNELS = [64, 128, 256, 512];

/** Fills in every default of a config and checks it. */
export function resolveResNetConfig(cfg: ResNetConfig): ResolvedResNetConfig {
  const stemType = cfg.stemType ?? 'default';
  const r: ResolvedResNetConfig = {
    block: cfg.block,
    layers: [...cfg.layers],
    channels: [...(cfg.channels ?? DEFAULT_CHANNELS)],
    numClasses: cfg.numClasses ?? 1000,
    inChans: cfg.inChans ?? 3,
    stemType,
    stemWidth: cfg.stemWidth ?? (stemType === 'deep' ? 32 : 64),
    replaceStemPool: cfg.replaceStemPool ?? false,
    avgDown: cfg.avgDown ?? false,
    groups: cfg.groups ?? 1,
    widthPerGroup: cfg.widthPerGroup ?? 64,
    seRatio: cfg.seRatio ?? 0,
    act: cfg.act ?? 'relu',
    zeroInitLast: cfg.zeroInitLast ?? false,
    dropRate: cfg.dropRate ?? 0,
    dropPathRate: cfg.dropPathRate ?? 0,
    dropPathRule: cfg.dropPathRule ?? 'linear',
    bnEps: cfg.bnEps ?? 1e-5,
    bnMomentum: cfg.bnMomentum ?? 0.1,
    device: cfg.device,
  };
  const bad = (m: string) => new ModelError(`ResNet config: ${m}`);
  if (r.block !== 'basic' && r.block !== 'bottleneck') throw bad(`block must be 'basic' or 'bottleneck', got ${JSON.stringify(r.block)}`);
  if (r.layers.length !== 4 || r.layers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw bad(`layers must be 4 positive integers (blocks in layer1..layer4), got [${r.layers}]`);
  }
  if (r.channels.length !== 4 || r.channels.some((n) => !Number.isInteger(n) || n < 1)) throw bad(`channels must be 4 positive integers, got [${r.channels}]`);
  if (r.block === 'basic' && (r.groups !== 1 || r.widthPerGroup !== 64)) {
    throw bad('BasicBlock only supports groups=1 and widthPerGroup=64 (as torchvision)');
  }
  if (r.stemType !== 'default' && r.stemType !== 'deep') throw bad(`stemType must be 'default' or 'deep', got ${JSON.stringify(r.stemType)}`);
  if (!(r.seRatio >= 0 && r.seRatio <= 1)) throw bad(`seRatio must be in [0, 1], got ${r.seRatio}`);
  if (!(r.dropRate >= 0 && r.dropRate < 1)) throw bad(`dropRate must be in [0, 1), got ${r.dropRate}`);
  if (!(r.dropPathRate >= 0 && r.dropPathRate < 1)) throw bad(`dropPathRate must be in [0, 1), got ${r.dropPathRate}`);
  return r;
}

/** Output channels of the stem (input of layer1). */
function stemOut(c: ResolvedResNetConfig): number {
  return c.stemType === 'deep' ? 2 * c.stemWidth : c.stemWidth;
}

function expansionOf(block: BlockType): number {
  return block === 'bottleneck' ? 4 : 1;
}

/** The drop-path rate of every block, stage by stage. */
export function dropPathRates(layers: number[], rate: number, rule: DropPathRule): number[][] {
  const total = layers.reduce((a, b) => a + b, 0);
  let idx = 0;
  return layers.map((n, stage) => Array.from({ length: n }, () => {
    const r = rule === 'stage' ? (rate * (stage + 2)) / 5 : total > 1 ? (rate * idx) / (total - 1) : 0;
    idx++;
    return r;
  }));
}

interface BlockArgs {
  stride: number;
  downsample: torch.nn.Sequential | null;
  groups: number;
  widthPerGroup: number;
  act: ActName;
  seRatio: number;
  dropPath: number;
  norm: (c: number) => torch.nn.BatchNorm2d;
  device?: string;
}

/** The two-3x3-conv block of ResNet-18/34 (torchvision's BasicBlock; timm's names for act/se). */
export class BasicBlock extends nn.Module {
  static readonly expansion = 1;
  conv1: torch.nn.Conv2d;
  bn1: torch.nn.BatchNorm2d;
  act1: torch.nn.Module;
  conv2: torch.nn.Conv2d;
  bn2: torch.nn.BatchNorm2d;
  se: SqueezeExcite | null;
  act2: torch.nn.Module;
  downsample: torch.nn.Sequential | null;
  dropPath: torch.nn.DropPath | null;

  constructor(inplanes: number, planes: number, a: BlockArgs) {
    super();
    this.conv1 = new nn.Conv2d(inplanes, planes, 3, { stride: a.stride, padding: 1, bias: false, device: a.device });
    this.bn1 = a.norm(planes);
    this.act1 = createAct(a.act);
    this.conv2 = new nn.Conv2d(planes, planes, 3, { padding: 1, bias: false, device: a.device });
    this.bn2 = a.norm(planes);
    this.se = a.seRatio > 0 ? new SqueezeExcite(planes, { rdRatio: a.seRatio, device: a.device }) : null;
    this.act2 = createAct(a.act);
    this.downsample = a.downsample;
    this.dropPath = a.dropPath > 0 ? new nn.DropPath(a.dropPath) : null;
  }

  /** The BN whose gamma zeroInitLast zeroes. */
  lastNorm(): torch.nn.BatchNorm2d {
    return this.bn2;
  }

  override forward(x: Tensor): Tensor {
    const out = run(x, [this.conv1, this.bn1, this.act1, this.conv2, this.bn2, this.se, this.dropPath]);
    return residual(out, x, this.downsample, this.act2);
  }
}

/** The 1x1-3x3-1x1 block of ResNet-50+ (stride on the 3x3 conv: torchvision's "v1.5"). */
export class Bottleneck extends nn.Module {
  static readonly expansion = 4;
  conv1: torch.nn.Conv2d;
  bn1: torch.nn.BatchNorm2d;
  act1: torch.nn.Module;
  conv2: torch.nn.Conv2d;
  bn2: torch.nn.BatchNorm2d;
  act2: torch.nn.Module;
  conv3: torch.nn.Conv2d;
  bn3: torch.nn.BatchNorm2d;
  se: SqueezeExcite | null;
  act3: torch.nn.Module;
  downsample: torch.nn.Sequential | null;
  dropPath: torch.nn.DropPath | null;

  constructor(inplanes: number, planes: number, a: BlockArgs) {
    super();
    const width = Math.floor(planes * (a.widthPerGroup / 64)) * a.groups;
    const outplanes = planes * Bottleneck.expansion;
    this.conv1 = new nn.Conv2d(inplanes, width, 1, { bias: false, device: a.device });
    this.bn1 = a.norm(width);
    this.act1 = createAct(a.act);
    this.conv2 = new nn.Conv2d(width, width, 3, { stride: a.stride, padding: 1, groups: a.groups, bias: false, device: a.device });
    this.bn2 = a.norm(width);
    this.act2 = createAct(a.act);
    this.conv3 = new nn.Conv2d(width, outplanes, 1, { bias: false, device: a.device });
    this.bn3 = a.norm(outplanes);
    this.se = a.seRatio > 0 ? new SqueezeExcite(outplanes, { rdRatio: a.seRatio, device: a.device }) : null;
    this.act3 = createAct(a.act);
    this.downsample = a.downsample;
    this.dropPath = a.dropPath > 0 ? new nn.DropPath(a.dropPath) : null;
  }

  lastNorm(): torch.nn.BatchNorm2d {
    return this.bn3;
  }

  override forward(x: Tensor): Tensor {
    const out = run(x, [this.conv1, this.bn1, this.act1, this.conv2, this.bn2, this.act2, this.conv3, this.bn3, this.se, this.dropPath]);
    return residual(out, x, this.downsample, this.act3);
  }
}

/** act(out + shortcut(x)), in place on `out` (a fresh tensor of the branch). */
function residual(out: Tensor, x: Tensor, downsample: torch.nn.Module | null, act: torch.nn.Module): Tensor {
  if (downsample) {
    using s = downsample.forward(x) as Tensor;
    out.add_(s);
  } else {
    out.add_(x);
  }
  return replaceWith(out, act.forward(out) as Tensor);
}

/**
 * ResNet with torchvision's module names (conv1, bn1, maxpool, layer1..layer4, fc); with
 * stemType 'deep', replaceStemPool, avgDown and seRatio it is timm's ResNet-D / ResNet-RS layout.
 */
export class ResNet extends nn.Module implements Backbone {
  conv1: torch.nn.Module;
  bn1: torch.nn.BatchNorm2d;
  act1: torch.nn.Module;
  maxpool: torch.nn.Module;
  layer1: torch.nn.Sequential;
  layer2: torch.nn.Sequential;
  layer3: torch.nn.Sequential;
  layer4: torch.nn.Sequential;
  headDrop: torch.nn.Dropout;
  fc: torch.nn.Module;

  readonly config: ResolvedResNetConfig;
  readonly featureInfo: FeatureInfo[];
  readonly numFeatures: number;
  readonly numClasses: number;
  readonly inChans: number;
  modelName = '';

  constructor(config: ResNetConfig) {
    super();
    const c = resolveResNetConfig(config);
    this.config = c;
    this.inChans = c.inChans;
    this.numClasses = c.numClasses;
    const device = c.device;
    const norm = (ch: number) => new nn.BatchNorm2d(ch, { eps: c.bnEps, momentum: c.bnMomentum, device });
    const conv = (cin: number, cout: number, k: number, stride = 1) =>
      new nn.Conv2d(cin, cout, k, { stride, padding: Math.floor(k / 2), bias: false, device });

    // Stem.
    let inplanes = stemOut(c);
    if (c.stemType === 'deep') {
      const w = c.stemWidth;
      this.conv1 = new nn.Sequential(
        conv(c.inChans, w, 3, 2), norm(w), createAct(c.act),
        conv(w, w, 3), norm(w), createAct(c.act),
        conv(w, inplanes, 3));
    } else {
      this.conv1 = conv(c.inChans, inplanes, 7, 2);
    }
    this.bn1 = norm(inplanes);
    this.act1 = createAct(c.act);
    this.maxpool = c.replaceStemPool
      ? new nn.Sequential(conv(inplanes, inplanes, 3, 2), norm(inplanes), createAct(c.act))
      : new nn.MaxPool2d(3, { stride: 2, padding: 1 });

    // Stages.
    const expansion = expansionOf(c.block);
    const dpr = dropPathRates(c.layers, c.dropPathRate, c.dropPathRule);
    const stages: torch.nn.Sequential[] = [];
    this.featureInfo = [];
    for (let s = 0; s < 4; s++) {
      const planes = c.channels[s];
      const stride = s === 0 ? 1 : 2;
      const outCh = planes * expansion;
      let downsample: torch.nn.Sequential | null = null;
      if (stride !== 1 || inplanes !== outCh) {
        downsample = c.avgDown
          ? new nn.Sequential(
            stride === 1 ? new nn.Identity() : new nn.AvgPool2d(2, { stride, ceilMode: true, countIncludePad: false }),
            conv(inplanes, outCh, 1), norm(outCh))
          : new nn.Sequential(conv(inplanes, outCh, 1, stride), norm(outCh));
      }
      const blocks: torch.nn.Module[] = [];
      for (let b = 0; b < c.layers[s]; b++) {
        const args: BlockArgs = {
          stride: b === 0 ? stride : 1, downsample: b === 0 ? downsample : null, groups: c.groups,
          widthPerGroup: c.widthPerGroup, act: c.act, seRatio: c.seRatio, dropPath: dpr[s][b], norm, device,
        };
        blocks.push(c.block === 'bottleneck' ? new Bottleneck(inplanes, planes, args) : new BasicBlock(inplanes, planes, args));
        inplanes = outCh;
      }
      stages.push(new nn.Sequential(...blocks));
      this.featureInfo.push({ name: `C${s + 2}`, channels: outCh, stride: 4 << s, module: `layer${s + 1}` });
    }
    [this.layer1, this.layer2, this.layer3, this.layer4] = stages;

    // Head.
    this.numFeatures = inplanes;
    this.headDrop = new nn.Dropout(c.dropRate);
    this.fc = c.numClasses > 0 ? new nn.Linear(inplanes, c.numClasses, { device }) : new nn.Identity();

    this.initWeights(c.zeroInitLast);
  }

  /** torchvision's / timm's init: kaiming_normal(fan_out, relu) convs, BN 1/0, optional zero last BN gamma. */
  initWeights(zeroInitLast: boolean): void {
    for (const m of this.modules()) {
      if (m instanceof nn.Conv2d) nn.init.kaimingNormal_(m.weight, { mode: 'fan_out', nonlinearity: 'relu' });
      else if (m instanceof nn.BatchNorm2d) {
        nn.init.ones_(m.weight!);
        nn.init.zeros_(m.bias!);
      }
    }
    if (zeroInitLast) {
      for (const m of this.modules()) {
        if (m instanceof Bottleneck || m instanceof BasicBlock) nn.init.zeros_(m.lastNorm().weight!);
      }
    }
  }

  #who(fn: string): string {
    return `${this.modelName || 'ResNet'}.${fn}`;
  }

  /** conv1, bn1, act1, maxpool: [N, C, H, W] -> stride-4 map. */
  forwardStem(x: Tensor): Tensor {
    checkImageInput(x, { who: this.#who('forwardStem'), channels: this.inChans });
    return run(x, [this.conv1, this.bn1, this.act1, this.maxpool]);
  }

  /** The C2..C5 maps (strides 4, 8, 16, 32; channels in featureInfo). The caller owns them. */
  forwardFeatures(x: Tensor): Tensor[] {
    checkImageInput(x, { who: this.#who('forwardFeatures'), channels: this.inChans });
    const stem = run(x, [this.conv1, this.bn1, this.act1, this.maxpool]);
    const out: Tensor[] = [];
    let cur = stem;
    try {
      for (const layer of [this.layer1, this.layer2, this.layer3, this.layer4]) {
        cur = layer.forward(cur) as Tensor;
        out.push(cur);
      }
    } catch (e) {
      for (const t of out) t.dispose();
      throw e;
    } finally {
      stem.dispose();
    }
    return out;
  }

  /** Global average pool, dropout, fc: [N, C, h, w] -> [N, numClasses] (pooled [N, C] if numClasses is 0). */
  forwardHead(x: Tensor): Tensor {
    const pooled = x.mean([2, 3]);
    const out = run(pooled, [this.headDrop, this.fc]);
    if (out !== pooled) pooled.dispose();
    return out;
  }

  /** Logits [N, numClasses]. */
  override forward(x: Tensor): Tensor {
    checkImageInput(x, { who: this.#who('forward'), channels: this.inChans });
    const c5 = run(x, [this.conv1, this.bn1, this.act1, this.maxpool, this.layer1, this.layer2, this.layer3, this.layer4]);
    try {
      return this.forwardHead(c5);
    } finally {
      c5.dispose();
    }
  }
}

/** The parameter count of a ResNet config, computed without building it. */
export function countResNetParams(config: ResNetConfig): number {
  const c = resolveResNetConfig(config);
  const bn = (ch: number) => 2 * ch;
  const se = (ch: number) => {
    if (c.seRatio <= 0) return 0;
    const rd = makeDivisible(ch * c.seRatio, 8, undefined, 0);
    return ch * rd + rd + rd * ch + ch;
  };
  let n = 0;
  let inplanes = stemOut(c);
  if (c.stemType === 'deep') {
    const w = c.stemWidth;
    n += c.inChans * w * 9 + bn(w) + w * w * 9 + bn(w) + w * inplanes * 9;
  } else {
    n += c.inChans * inplanes * 49;
  }
  n += bn(inplanes);
  if (c.replaceStemPool) n += inplanes * inplanes * 9 + bn(inplanes);
  const e = expansionOf(c.block);
  for (let s = 0; s < 4; s++) {
    const planes = c.channels[s];
    const out = planes * e;
    for (let b = 0; b < c.layers[s]; b++) {
      if (c.block === 'bottleneck') {
        const w = Math.floor(planes * (c.widthPerGroup / 64)) * c.groups;
        n += inplanes * w + bn(w) + w * (w / c.groups) * 9 + bn(w) + w * out + bn(out);
      } else {
        n += inplanes * planes * 9 + bn(planes) + planes * planes * 9 + bn(planes);
      }
      n += se(out);
      if (b === 0 && (s > 0 || inplanes !== out)) n += inplanes * out + bn(out);
      inplanes = out;
    }
  }
  if (c.numClasses > 0) n += inplanes * c.numClasses + c.numClasses;
  return n;
}

// ---- registry: torchvision ResNets and timm's ResNet-D ----

/** Options every ResNet-family registry entry accepts (defaults differ per family). */
export function resnetOptionsSchema(defaults: { zeroInitLast: boolean; dropRate: number; dropPathRate: number; dropPathRule: DropPathRule; seRatio: number }) {
  return z.object({
    numClasses: z.number().int().min(0).default(1000)
      .describe('classifier outputs; 0 removes the classifier and forward returns pooled features (integer >= 0, default 1000)'),
    inChans: z.number().int().min(1).default(3).describe('input channels (integer >= 1, default 3)'),
    act: z.enum(['relu', 'silu']).default('relu').describe("activation: 'relu' | 'silu' (default 'relu')"),
    zeroInitLast: z.boolean().default(defaults.zeroInitLast)
      .describe(`zero-init the last BN gamma of each residual branch (boolean, default ${defaults.zeroInitLast})`),
    dropRate: z.number().min(0).lt(1).default(defaults.dropRate).describe(`dropout before the classifier (0 <= p < 1, default ${defaults.dropRate})`),
    dropPathRate: z.number().min(0).lt(1).default(defaults.dropPathRate)
      .describe(`stochastic depth rate (0 <= p < 1, default ${defaults.dropPathRate})`),
    dropPathRule: z.enum(['linear', 'stage']).default(defaults.dropPathRule)
      .describe(`per-block drop-path rates: 'linear' (timm: rate * i / (blocks - 1)) | 'stage' (ResNet-RS: rate * (stage + 2) / 5) (default '${defaults.dropPathRule}')`),
    seRatio: z.number().min(0).max(1).default(defaults.seRatio).describe(`squeeze-excitation ratio, 0 = none (default ${defaults.seRatio})`),
    stemType: z.enum(['default', 'deep']).optional()
      .describe("stem: 'default' (one 7x7 conv) | 'deep' (3x3 convs stemWidth, stemWidth, 2 * stemWidth) (default: the model's)"),
    stemWidth: z.number().int().positive().optional().describe("stem width (default: the model's; 64 for the 7x7 stem, 32 for the deep stem)"),
    replaceStemPool: z.boolean().optional().describe("replace the stem max-pool by a strided 3x3 conv (default: the model's)"),
    avgDown: z.boolean().optional().describe("ResNet-D avg-pool shortcut instead of a strided 1x1 conv (default: the model's)"),
    bnEps: z.number().positive().default(1e-5).describe('BatchNorm eps (default 1e-5)'),
    bnMomentum: z.number().min(0).max(1).default(0.1).describe('BatchNorm momentum, PyTorch convention (default 0.1)'),
    device: z.string().min(1).optional().describe("device of the parameters: 'cpu' (default), 'cuda:0', 'meta' (no memory)"),
  });
}

const TV_SPECS: Record<number, [BlockType, number[]]> = {
  18: ['basic', [2, 2, 2, 2]],
  34: ['basic', [3, 4, 6, 3]],
  50: ['bottleneck', [3, 4, 6, 3]],
  101: ['bottleneck', [3, 4, 23, 3]],
  152: ['bottleneck', [3, 8, 36, 3]],
};

/** The torchvision and ResNet-D configurations behind the registry names. */
export function resnetConfig(depth: number, variant: 'b' | 'd' = 'b'): ResNetConfig {
  const spec = TV_SPECS[depth];
  if (!spec) throw new ModelError(`ResNet depth ${depth} is not one of ${Object.keys(TV_SPECS).join(', ')}`);
  const [block, layers] = spec;
  return variant === 'd' ? { block, layers, stemType: 'deep', stemWidth: 32, avgDown: true } : { block, layers };
}

/** `base` with the defined entries of `options` on top (undefined options keep the base value). */
export function withOptions(base: ResNetConfig, options: Record<string, unknown>): ResNetConfig {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) out[k] = v;
  return out as unknown as ResNetConfig;
}

export function registerResNets(): void {
  for (const depth of Object.keys(TV_SPECS).map(Number)) {
    const tvSchema = resnetOptionsSchema({ zeroInitLast: false, dropRate: 0, dropPathRate: 0, dropPathRule: 'linear', seRatio: 0 })
      .extend({
        variant: z.enum(['b', 'd']).default('b')
          .describe("'b': torchvision's ResNet (7x7 stem, strided 1x1 shortcut) | 'd': ResNet-D (deep 3x3 stem 32-32-64, avg-pool shortcut; timm's resnet*d names) (default 'b')"),
      });
    registerModel(`resnet${depth}`, (o) => {
      const { variant, ...rest } = o;
      return new ResNet(withOptions(resnetConfig(depth, variant), rest));
    }, tvSchema, {
      description: `ResNet-${depth} (torchvision names; variant 'd' = ResNet-D with timm names)`,
      defaultInputSize: [224, 224],
    });
    const dSchema = resnetOptionsSchema({ zeroInitLast: true, dropRate: 0, dropPathRate: 0, dropPathRule: 'linear', seRatio: 0 });
    registerModel(`resnet${depth}d`, (o) => new ResNet(withOptions(resnetConfig(depth, 'd'), o)), dSchema, {
      description: `ResNet-${depth}-D: deep stem 32-32-64, avg-pool shortcut (timm's resnet${depth}d names)`,
      defaultInputSize: [224, 224],
    });
  }
}
