// Classification head: global pool, dropout, linear (timm's ClassifierHead; key 'fc').
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { run } from '../layers';

const { nn } = torch;

export interface ClassificationHeadOptions {
  /** Global pooling: 'avg' (default) or 'max'. */
  pool?: 'avg' | 'max';
  /** Dropout before the linear layer (default 0). */
  dropRate?: number;
  device?: string;
}

/** [N, C, H, W] (or already pooled [N, C]) -> logits [N, numClasses]. */
export class ClassificationHead extends nn.Module {
  drop: torch.nn.Dropout;
  fc: torch.nn.Linear;
  readonly pool: 'avg' | 'max';

  constructor(readonly inChannels: number, readonly numClasses: number, opts: ClassificationHeadOptions = {}) {
    super();
    if (!Number.isInteger(numClasses) || numClasses < 1) throw new RangeError(`ClassificationHead: numClasses must be a positive integer, got ${numClasses}`);
    this.pool = opts.pool ?? 'avg';
    if (this.pool !== 'avg' && this.pool !== 'max') throw new RangeError(`ClassificationHead: pool must be 'avg' or 'max', got '${this.pool as string}'`);
    this.drop = new nn.Dropout(opts.dropRate ?? 0);
    this.fc = new nn.Linear(inChannels, numClasses, { device: opts.device });
  }

  override forward(x: Tensor): Tensor {
    if (x.ndim === 2) return run(x, [this.drop, this.fc]);
    if (x.ndim !== 4) throw new RangeError(`ClassificationHead: expected [N, C, H, W] or [N, C] input, got [${x.shape}]`);
    const pooled = this.pool === 'avg' ? x.mean([2, 3]) : x.amax({ dim: [2, 3] });
    const out = run(pooled, [this.drop, this.fc]);
    pooled.dispose();
    return out;
  }
}
