// Feature Pyramid Network as torchvision.ops.FeaturePyramidNetwork (torchvision 0.14): a 1x1
// lateral conv per input level (inner_blocks.i), top-down nearest-neighbour upsampling added to
// the lateral of the level below, a 3x3 output conv per level (layer_blocks.i), then optional
// extra levels (LastLevelP6P7 for RetinaNet, LastLevelMaxPool for Faster R-CNN). The blocks are
// Conv2dNormActivation, so the keys are torchvision 0.14's: 'inner_blocks.0.0.weight',
// 'layer_blocks.2.0.bias', 'extra_blocks.p6.weight'. Inputs and outputs go from the highest
// resolution to the lowest.
import * as torch from '@must/torch';
import { nn, type Tensor } from '@must/torch';
import { conv2dNormActivation, convLayers, initFpnConv, type NormOption } from './layers';

/** An extra block: given the FPN outputs `p` and its inputs `c`, returns `p` with the extra levels appended. */
export interface ExtraFpnBlock extends nn.Module {
  /** Number of levels it appends. */
  readonly numLevels: number;
  forward(p: Tensor[], c: Tensor[]): Tensor[];
}

export interface LastLevelP6P7Options {
  /**
   * Compute P6 from the last FPN output ('p5') or from the last input feature map ('c5').
   * Default as torchvision: 'p5' when inChannels === outChannels, else 'c5'.
   */
  from?: 'p5' | 'c5';
  /** How many levels to add (default 2: P6 and P7); each after the first is conv(relu(previous)). */
  numLevels?: number;
  /** Name of the first added level (default 6: modules 'p6', 'p7', ...). */
  firstLevel?: number;
}

/**
 * RetinaNet's extra levels (torchvision's LastLevelP6P7): P6 = conv3x3/2(P5 or C5),
 * P7 = conv3x3/2(relu(P6)); kaiming-uniform (a = 1) init, zero bias.
 */
export class LastLevelP6P7 extends nn.Module implements ExtraFpnBlock {
  readonly usePtop: boolean;
  readonly numLevels: number;
  readonly #convs: nn.Conv2d[] = [];

  constructor(readonly inChannels: number, readonly outChannels: number, opts: LastLevelP6P7Options = {}) {
    super();
    this.usePtop = (opts.from ?? (inChannels === outChannels ? 'p5' : 'c5')) === 'p5';
    if (this.usePtop && inChannels !== outChannels) {
      throw new RangeError(`LastLevelP6P7: from 'p5' needs inChannels (${inChannels}) equal to the FPN channels (${outChannels})`);
    }
    this.numLevels = opts.numLevels ?? 2;
    const first = opts.firstLevel ?? 6;
    for (let i = 0; i < this.numLevels; i++) {
      const conv = new nn.Conv2d(i === 0 ? inChannels : outChannels, outChannels, 3, { stride: 2, padding: 1 });
      initFpnConv(conv);
      this.registerModule(`p${first + i}`, conv);
      this.#convs.push(conv);
    }
  }

  override forward(p: Tensor[], c: Tensor[]): Tensor[] {
    return torch.tidy(() => {
      const out = [...p];
      let x = this.usePtop ? p[p.length - 1] : c[c.length - 1];
      this.#convs.forEach((conv, i) => {
        x = conv.forward(i === 0 ? x : x.relu());
        out.push(x);
      });
      return out;
    });
  }
}

/** Faster R-CNN's extra level (torchvision's LastLevelMaxPool): max_pool2d(P_last, 1, 2). */
export class LastLevelMaxPool extends nn.Module implements ExtraFpnBlock {
  readonly numLevels = 1;
  override forward(p: Tensor[], _c: Tensor[]): Tensor[] {
    return [...p, torch.maxPool2d(p[p.length - 1], [1, 1], { stride: [2, 2], padding: [0, 0] })];
  }
}

export interface FpnOptions {
  /** Extra levels after the last input level (e.g. new LastLevelP6P7(256, 256)); default none. */
  extraBlocks?: ExtraFpnBlock | null;
  /** Norm after each conv (torchvision's norm_layer); default none (convs with bias). */
  norm?: NormOption;
}

export class FeaturePyramidNetwork extends nn.Module {
  innerBlocks: nn.ModuleList;
  layerBlocks: nn.ModuleList;
  extraBlocks: ExtraFpnBlock | null;

  constructor(readonly inChannelsList: number[], readonly outChannels: number, opts: FpnOptions = {}) {
    super();
    if (inChannelsList.length === 0) throw new RangeError('FeaturePyramidNetwork: at least one input level is required');
    this.innerBlocks = new nn.ModuleList();
    this.layerBlocks = new nn.ModuleList();
    for (const c of inChannelsList) {
      if (!(c > 0)) throw new RangeError('FeaturePyramidNetwork: in_channels=0 is currently not supported');
      this.innerBlocks.append(conv2dNormActivation(c, outChannels, { kernelSize: 1, padding: 0, norm: opts.norm, activation: null }));
      this.layerBlocks.append(conv2dNormActivation(outChannels, outChannels, { kernelSize: 3, norm: opts.norm, activation: null }));
    }
    for (const conv of [...convLayers(this.innerBlocks), ...convLayers(this.layerBlocks)]) initFpnConv(conv);
    this.extraBlocks = opts.extraBlocks ?? null;
  }

  /** Number of output levels: the inputs plus the extra levels. */
  get numOutputs(): number {
    return this.inChannelsList.length + (this.extraBlocks?.numLevels ?? 0);
  }

  /** x: feature maps from the highest resolution to the lowest; returns the pyramid in the same order. */
  override forward(x: Tensor[]): Tensor[] {
    const n = this.inChannelsList.length;
    if (x.length !== n) throw new RangeError(`FeaturePyramidNetwork: expected ${n} feature maps, got ${x.length}`);
    return torch.tidy(() => {
      const inner = (i: number, t: Tensor) => (this.innerBlocks.at(i) as nn.Sequential).forward(t) as Tensor;
      const layer = (i: number, t: Tensor) => (this.layerBlocks.at(i) as nn.Sequential).forward(t) as Tensor;
      let lastInner = inner(n - 1, x[n - 1]);
      const results: Tensor[] = [layer(n - 1, lastInner)];
      for (let idx = n - 2; idx >= 0; idx--) {
        const lateral = inner(idx, x[idx]);
        const [h, w] = lateral.shape.slice(-2);
        const topDown = nn.interpolate(lastInner, { size: [h, w], mode: 'nearest' });
        lastInner = lateral.add(topDown);
        results.unshift(layer(idx, lastInner));
      }
      return this.extraBlocks ? this.extraBlocks.forward(results, x) : results;
    });
  }
}
