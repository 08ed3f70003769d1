// ResNet-RS (Bello et al. 2021, "Revisiting ResNets", arXiv 2103.07579): ResNet-D deep stem
// (3x3 convs 32, 32, 64), the stem max-pool replaced by a strided 3x3 conv, avg-pool shortcut,
// squeeze-excitation 0.25 in every bottleneck, stochastic depth per stage (rate * (i + 2) / 5 for
// stage i), dropout before the classifier. Built on ResNet (resnet.ts) with timm's resnetrs*
// parameter names. Defaults follow /work/shared/notes/ALGORITHMS.md section 3:
//   [code] depths; dropout 0.25 (0.4 for the largest, taken here as RS-420); stochastic depth 0 up
//   to RS-152 and 0.1 from RS-200; RandAugment magnitude 10 for RS-50 and 15 above.
//   [paper] scale depth and image resolution together, resolution slowly.
// The (depth, resolution) pairs of RESNET_RS_FAMILY are those of the reference implementation's
// released configurations as recalled (RS-50@160 ... RS-420@320) [unverified beyond the two ends
// given in ALGORITHMS.md]; they are data, not constants of the code.
import { z } from 'zod';
import { countResNetParams, ResNet, type ResNetConfig, resnetOptionsSchema, withOptions } from './resnet';
import { makeDivisible } from './layers';
import { ModelError, registerModel } from './registry';

/** Blocks per stage of the paper's depths [code]. */
export const RESNET_RS_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  50: [3, 4, 6, 3],
  101: [3, 4, 23, 3],
  152: [3, 8, 36, 3],
  200: [3, 24, 36, 3],
  270: [4, 29, 53, 4],
  350: [4, 36, 72, 4],
  420: [4, 44, 87, 4],
};

/** The paper's family: (depth, training resolution) pairs, smallest to largest. */
export const RESNET_RS_FAMILY: readonly { depth: number; resolution: number }[] = [
  { depth: 50, resolution: 160 },
  { depth: 101, resolution: 160 },
  { depth: 101, resolution: 192 },
  { depth: 152, resolution: 192 },
  { depth: 152, resolution: 224 },
  { depth: 152, resolution: 256 },
  { depth: 200, resolution: 256 },
  { depth: 270, resolution: 256 },
  { depth: 350, resolution: 256 },
  { depth: 350, resolution: 320 },
  { depth: 420, resolution: 320 },
];

/** Small members for CPU work and tests (ours, not the paper's): widths 16-32-64-128, stem 16-16-32. */
export const RESNET_RS_SMALL = {
  resnetrs_t: { depth: 14, resolution: 64, widthMultiplier: 0.25, inputs: '32-64 px' },
  resnetrs_s: { depth: 26, resolution: 128, widthMultiplier: 0.25, inputs: '64-128 px' },
} as const;

export interface ResNetRSScaleInput {
  /** Bottleneck depth 3 * blocks + 2: one of the paper's depths, or any value >= 14 (ours, see layersForDepth). */
  depth: number;
  /** Training image size (square); a multiple of 32. */
  resolution: number;
  /** Channel multiplier of every stage and of the stem (default 1; the small members use 0.25). */
  widthMultiplier?: number;
}

export interface ResNetRSScale {
  name: string;
  depth: number;
  layers: number[];
  resolution: number;
  widthMultiplier: number;
  /** Dropout before the classifier. */
  dropRate: number;
  /** Stochastic depth rate (applied per stage as rate * (i + 2) / 5). */
  dropPathRate: number;
  /** RandAugment magnitude (2 layers) of the recipe. */
  randAugmentMagnitude: number;
  /** The ResNet configuration, ready for `new ResNet(config)`. */
  config: ResNetConfig;
  /** Parameter count with 1000 classes. */
  params: number;
}

/**
 * Blocks per stage for a bottleneck depth: the paper's table for its depths; otherwise (our rule,
 * documented in the README) blocks = round((depth - 2) / 3) spread evenly below 50 layers, and
 * above it 3 blocks (4 beyond depth 200) in the first and last stage with the rest split 1:2
 * between stages 2 and 3, as the paper grows mostly the third and fourth stages.
 */
export function layersForDepth(depth: number): number[] {
  const known = RESNET_RS_DEPTHS[depth];
  if (known) return [...known];
  if (!Number.isInteger(depth) || depth < 14) throw new ModelError(`ResNet-RS depth must be an integer >= 14, got ${depth}`);
  const blocks = Math.round((depth - 2) / 3);
  if (depth < 50) {
    const base = Math.floor(blocks / 4);
    const out = [base, base, base, base];
    // Remainder to stage 3, then 2, then 4.
    for (let i = 0, order = [2, 1, 3]; i < blocks - 4 * base; i++) out[order[i]]++;
    return out;
  }
  const edge = depth > 200 ? 4 : 3;
  const rest = blocks - 2 * edge;
  const s2 = Math.round(rest / 3);
  return [edge, s2, rest - s2, edge];
}

/** The paper's regularization for a depth (ALGORITHMS.md section 3). */
function regularization(depth: number): { dropRate: number; dropPathRate: number; randAugmentMagnitude: number } {
  return {
    dropRate: depth >= 420 ? 0.4 : 0.25,
    dropPathRate: depth >= 200 ? 0.1 : 0,
    randAugmentMagnitude: depth <= 50 ? 10 : 15,
  };
}

/**
 * A ResNet-RS member from depth and resolution (and an optional width multiplier), with the
 * paper's architecture and recipe settings; `new ResNet(s.config)` builds it.
 */
export function scaleResNetRS(input: ResNetRSScaleInput): ResNetRSScale {
  const { depth, resolution } = input;
  const w = input.widthMultiplier ?? 1;
  if (!Number.isInteger(resolution) || resolution < 32 || resolution % 32 !== 0) {
    throw new ModelError(`ResNet-RS resolution must be a multiple of 32 (>= 32), got ${resolution}`);
  }
  if (!(w > 0)) throw new ModelError(`widthMultiplier must be positive, got ${w}`);
  const layers = layersForDepth(depth);
  const reg = regularization(depth);
  const channels = [64, 128, 256, 512].map((c) => (w === 1 ? c : makeDivisible(c * w, 8)));
  const stemWidth = w === 1 ? 32 : Math.max(16, makeDivisible(32 * w, 8));
  const config: ResNetConfig = {
    block: 'bottleneck', layers, channels, stemType: 'deep', stemWidth, replaceStemPool: true, avgDown: true,
    seRatio: 0.25, zeroInitLast: true, dropRate: reg.dropRate, dropPathRate: reg.dropPathRate, dropPathRule: 'stage',
  };
  const name = `resnetrs${depth}${w === 1 ? '' : `_w${w}`}_i${resolution}`;
  return { name, depth, layers, resolution, widthMultiplier: w, ...reg, config, params: countResNetParams(config) };
}

/** The paper's family, one row per (depth, resolution) pair (and optionally the small members). */
export function resnetRSFamily(opts: { small?: boolean } = {}): ResNetRSScale[] {
  const rows = RESNET_RS_FAMILY.map((p) => scaleResNetRS(p));
  if (!opts.small) return rows;
  const small = Object.entries(RESNET_RS_SMALL).map(([name, s]) => ({ ...scaleResNetRS(s), name }));
  return [...small, ...rows];
}

/** The markdown table of resnetRSFamily({ small: true }), as in packages/vision/README.md. */
export function resnetRSFamilyTable(): string {
  const lines = [
    '| member | depth | blocks per stage | width | resolution | params | dropout | stochastic depth | RandAugment magnitude |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of resnetRSFamily({ small: true })) {
    const member = r.name.startsWith('resnetrs_') ? `\`${r.name}\`` : `\`resnetrs${r.depth}\` @ ${r.resolution}`;
    lines.push(`| ${member} | ${r.depth} | [${r.layers.join(', ')}] | ${r.widthMultiplier} | ${r.resolution} | ` +
      `${(r.params / 1e6).toFixed(2)}M | ${r.dropRate} | ${r.dropPathRate} | ${r.randAugmentMagnitude} |`);
  }
  return lines.join('\n');
}

export function registerResNetRS(): void {
  const entries: [string, ResNetRSScale][] = [
    ...Object.keys(RESNET_RS_DEPTHS).map(Number).map((d): [string, ResNetRSScale] => {
      const first = RESNET_RS_FAMILY.find((p) => p.depth === d)!;
      return [`resnetrs${d}`, scaleResNetRS(first)];
    }),
    ...Object.entries(RESNET_RS_SMALL).map(([n, s]): [string, ResNetRSScale] => [n, scaleResNetRS(s)]),
  ];
  for (const [name, s] of entries) {
    const schema = resnetOptionsSchema({
      zeroInitLast: true, dropRate: s.dropRate, dropPathRate: s.dropPathRate, dropPathRule: 'stage', seRatio: 0.25,
    });
    registerModel(name, (o: z.output<typeof schema>) => new ResNet(withOptions(s.config, o)), schema, {
      description: `ResNet-RS, depth ${s.depth}, blocks [${s.layers.join(', ')}]${s.widthMultiplier === 1 ? '' : `, width x${s.widthMultiplier}`} ` +
        `(timm's resnetrs names), trained at ${s.resolution}px`,
      defaultInputSize: [s.resolution, s.resolution],
    });
  }
}
