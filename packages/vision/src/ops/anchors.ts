// Anchor generation as torchvision's AnchorGenerator (models/detection/anchor_utils.py):
// per feature level, cell anchors centered at 0 for every (aspect ratio, size) pair, aspect ratio
// = height / width, rounded to integers; shifted to every grid position (stride = padded image
// size // grid size, per axis). Order: grid rows, then columns, then the cell anchors
// (ratio-major: index = ratio * numSizes + size), levels concatenated.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';

export interface AnchorGeneratorOptions {
  /** Round the cell anchors to integers, as torchvision (default true). Detectron2 does not. */
  roundCellAnchors?: boolean;
}

export class AnchorGenerator {
  readonly sizes: number[][];
  readonly aspectRatios: number[][];
  readonly roundCellAnchors: boolean;
  /** Cell anchors per level, [A, 4] float32 (CPU), kept. */
  readonly cellAnchors: Tensor[];

  /**
   * sizes[l] and aspectRatios[l] for level l; a flat list of sizes means one size per level, and a
   * flat list of ratios is used for every level (torchvision's conventions).
   */
  constructor(sizes: number[][] | number[], aspectRatios: number[][] | number[] = [0.5, 1, 2], opts: AnchorGeneratorOptions = {}) {
    this.sizes = typeof sizes[0] === 'number' ? (sizes as number[]).map((s) => [s]) : (sizes as number[][]).map((s) => [...s]);
    this.aspectRatios = typeof aspectRatios[0] === 'number'
      ? this.sizes.map(() => [...(aspectRatios as number[])])
      : (aspectRatios as number[][]).map((a) => [...a]);
    if (this.sizes.length !== this.aspectRatios.length) {
      throw new RangeError(`AnchorGenerator: ${this.sizes.length} levels of sizes but ${this.aspectRatios.length} of aspect ratios`);
    }
    this.roundCellAnchors = opts.roundCellAnchors ?? true;
    this.cellAnchors = this.sizes.map((s, l) => generateCellAnchors(s, this.aspectRatios[l], this.roundCellAnchors).keep());
  }

  /** Anchors per grid position, per level. */
  numAnchorsPerLocation(): number[] {
    return this.sizes.map((s, l) => s.length * this.aspectRatios[l].length);
  }

  /**
   * Anchors [sum_l gh_l * gw_l * A_l, 4] (xyxy, float32 unless `dtype`) for a padded image of size
   * `imageSize` [H, W] and feature maps of sizes `gridSizes` [[gh, gw], ...] (one per level).
   */
  forward(imageSize: readonly number[], gridSizes: readonly (readonly number[])[], opts: { dtype?: torch.DType; device?: string } = {}): Tensor {
    return torch.tidy(() => {
      const levels = this.gridAnchors(gridSizes, gridSizes.map((g) => [Math.floor(imageSize[0] / g[0]), Math.floor(imageSize[1] / g[1])]));
      const all = levels.length === 1 ? levels[0] : torch.cat(levels, { dim: 0 });
      return all.to({ dtype: opts.dtype ?? 'float32', device: opts.device ?? 'cpu' });
    });
  }

  /** Anchors per level for the given grid sizes and strides [[sh, sw], ...] (torchvision's grid_anchors). */
  gridAnchors(gridSizes: readonly (readonly number[])[], strides: readonly (readonly number[])[]): Tensor[] {
    if (gridSizes.length !== this.cellAnchors.length || strides.length !== this.cellAnchors.length) {
      throw new RangeError(`AnchorGenerator: ${gridSizes.length} feature maps for ${this.cellAnchors.length} levels of anchors ` +
        '(sizes and aspect ratios need one entry per feature map)');
    }
    return torch.tidy(() => gridSizes.map(([gh, gw], l) => {
      const [sh, sw] = strides[l];
      const shiftsX = torch.arange(0, gw, { dtype: 'int32' }).mul(sw);
      const shiftsY = torch.arange(0, gh, { dtype: 'int32' }).mul(sh);
      const [shiftY, shiftX] = torch.meshgrid([shiftsY, shiftsX], 'ij');
      const x = shiftX.reshape([-1]);
      const y = shiftY.reshape([-1]);
      const shifts = torch.stack([x, y, x, y], { dim: 1 });
      return shifts.view([-1, 1, 4]).add(this.cellAnchors[l].view([1, -1, 4])).reshape([-1, 4]);
    }));
  }

  /** Frees the cell anchors. */
  dispose(): void {
    for (const t of this.cellAnchors) t.dispose();
  }
}

/** Zero-centered anchors [ratios * sizes, 4] (torchvision's generate_anchors), float32. */
export function generateCellAnchors(sizes: readonly number[], aspectRatios: readonly number[], round = true): Tensor {
  return torch.tidy(() => {
    const scales = torch.tensor([...sizes], { dtype: 'float32' });
    const ratios = torch.tensor([...aspectRatios], { dtype: 'float32' });
    const hRatios = ratios.sqrt();
    const wRatios = torch.reciprocal(hRatios);
    const ws = wRatios.unsqueeze(1).mul(scales.unsqueeze(0)).view([-1]);
    const hs = hRatios.unsqueeze(1).mul(scales.unsqueeze(0)).view([-1]);
    const base = torch.stack([ws.neg(), hs.neg(), ws, hs], { dim: 1 }).div(2);
    return round ? base.round() : base;
  });
}

export interface RetinaNetAnchorOptions {
  /** Anchor size in strides at the first scale (default 4: 32 px at stride 8). */
  anchorSize?: number;
  /** Scales per octave: sizes anchorSize * stride * 2^(i / n), i = 0..n-1 (default 3). */
  scalesPerOctave?: number;
  /** Default [0.5, 1, 2] (height / width). */
  aspectRatios?: number[];
  /**
   * Truncate the sizes to integers as torchvision's RetinaNet does (int(x * 2 ** (1/3)): 32, 40,
   * 50); false keeps 32, 40.3, 50.8 (Detectron2, the TF reference). Default true.
   */
  integerSizes?: boolean;
  roundCellAnchors?: boolean;
}

/** Sizes per level for RetinaNet-style anchors at the given strides. */
export function retinaNetAnchorSizes(strides: readonly number[], opts: RetinaNetAnchorOptions = {}): number[][] {
  const anchorSize = opts.anchorSize ?? 4;
  const n = opts.scalesPerOctave ?? 3;
  const integer = opts.integerSizes ?? true;
  return strides.map((s) => {
    const base = anchorSize * s;
    return Array.from({ length: n }, (_, i) => {
      const v = base * 2 ** (i / n);
      return integer && i > 0 ? Math.trunc(v) : v;
    });
  });
}

/**
 * The RetinaNet anchor generator: sizes anchorSize * stride * 2^(0, 1/3, 2/3) per level and
 * aspect ratios (0.5, 1, 2). With strides [8, 16, 32, 64, 128] and the defaults this is
 * torchvision's _default_anchorgen() for retinanet_resnet50_fpn.
 */
export function retinaNetAnchorGenerator(strides: readonly number[], opts: RetinaNetAnchorOptions = {}): AnchorGenerator {
  const ratios = opts.aspectRatios ?? [0.5, 1, 2];
  return new AnchorGenerator(retinaNetAnchorSizes(strides, opts), strides.map(() => [...ratios]),
    { roundCellAnchors: opts.roundCellAnchors });
}
