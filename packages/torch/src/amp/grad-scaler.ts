// Gradient scaling for float16 training (torch.cuda.amp.GradScaler): the loss is multiplied by a
// large factor so small float16 gradients do not flush to zero; gradients are unscaled before the
// optimizer step, steps with inf/NaN gradients are skipped, and the factor adapts.
import { Tensor } from '../tensor';
import { noGrad } from '../autograd';
import { tidy } from '../scope';

/** What GradScaler needs of an optimizer (torch.optim optimizers have it). */
export interface ScalableOptimizer {
  readonly paramGroups: ReadonlyArray<{ readonly params: readonly Tensor[] }>;
  step(): void;
}

export interface GradScalerOptions {
  initScale?: number;
  growthFactor?: number;
  backoffFactor?: number;
  growthInterval?: number;
  /** false makes every method a pass-through (same code path for float32 runs). */
  enabled?: boolean;
}

export interface GradScalerState {
  scale: number;
  growthFactor: number;
  backoffFactor: number;
  growthInterval: number;
  growthTracker: number;
}

export class GradScaler {
  private scaleValue: number;
  readonly growthFactor: number;
  readonly backoffFactor: number;
  readonly growthInterval: number;
  readonly enabled: boolean;
  private growthTracker = 0;
  // Per optimizer, between unscale_/step and update: whether inf/NaN was found.
  private readonly pending = new Map<ScalableOptimizer, { unscaled: boolean; foundInf: boolean; stepped: boolean }>();

  constructor(opts: GradScalerOptions = {}) {
    this.scaleValue = opts.initScale ?? 65536;
    this.growthFactor = opts.growthFactor ?? 2;
    this.backoffFactor = opts.backoffFactor ?? 0.5;
    this.growthInterval = opts.growthInterval ?? 2000;
    this.enabled = opts.enabled ?? true;
    if (!(this.scaleValue > 0)) throw new RangeError(`GradScaler: initScale must be positive, got ${this.scaleValue}`);
    if (!(this.growthFactor > 1)) throw new RangeError(`GradScaler: growthFactor must be > 1, got ${this.growthFactor}`);
    if (!(this.backoffFactor > 0 && this.backoffFactor < 1)) {
      throw new RangeError(`GradScaler: backoffFactor must be in (0, 1), got ${this.backoffFactor}`);
    }
    if (!(Number.isInteger(this.growthInterval) && this.growthInterval > 0)) {
      throw new RangeError(`GradScaler: growthInterval must be a positive integer, got ${this.growthInterval}`);
    }
  }

  /** The current scale factor. */
  getScale(): number {
    return this.enabled ? this.scaleValue : 1;
  }

  /** loss * scale (a new tensor; the input is returned unchanged when disabled). */
  scale(loss: Tensor): Tensor {
    if (!this.enabled) return loss;
    return loss.mul(this.scaleValue);
  }

  private entry(opt: ScalableOptimizer) {
    let e = this.pending.get(opt);
    if (!e) {
      e = { unscaled: false, foundInf: false, stepped: false };
      this.pending.set(opt, e);
    }
    return e;
  }

  /** Divides the optimizer's gradients by the scale in place (e.g. before clipping), once per step. */
  unscale_(opt: ScalableOptimizer): void {
    if (!this.enabled) return;
    const e = this.entry(opt);
    if (e.unscaled) throw new Error('GradScaler: unscale_() was already called for this optimizer since the last update()');
    if (e.stepped) throw new Error('GradScaler: unscale_() called after step()');
    const inv = 1 / this.scaleValue;
    let foundInf = false;
    noGrad(() => tidy(() => {
      for (const group of opt.paramGroups) {
        for (const p of group.params) {
          const g = p.grad;
          if (!g) continue;
          if (!foundInf && !g.isfinite().all().item()) foundInf = true;
          g.mul_(inv);
        }
      }
    }));
    e.unscaled = true;
    e.foundInf = foundInf;
  }

  /** Unscales (if not done yet) and runs optimizer.step() unless inf/NaN gradients were found. */
  step(opt: ScalableOptimizer): boolean {
    if (!this.enabled) {
      opt.step();
      return true;
    }
    const e = this.entry(opt);
    if (e.stepped) throw new Error('GradScaler: step() was already called for this optimizer since the last update()');
    if (!e.unscaled) this.unscale_(opt);
    e.stepped = true;
    if (e.foundInf) return false;
    opt.step();
    return true;
  }

  /** Adapts the scale: back off after a skipped step, grow after growthInterval good steps. */
  update(newScale?: number): void {
    if (!this.enabled) return;
    if (newScale !== undefined) {
      if (!(newScale > 0)) throw new RangeError(`GradScaler.update: scale must be positive, got ${newScale}`);
      this.scaleValue = newScale;
    } else {
      const entries = [...this.pending.values()].filter((e) => e.unscaled);
      if (entries.length === 0) throw new Error('GradScaler.update: no step() or unscale_() since the last update()');
      if (entries.some((e) => e.foundInf)) {
        this.scaleValue *= this.backoffFactor;
        this.growthTracker = 0;
      } else if (++this.growthTracker === this.growthInterval) {
        this.scaleValue *= this.growthFactor;
        this.growthTracker = 0;
      }
    }
    this.pending.clear();
  }

  stateDict(): GradScalerState {
    return {
      scale: this.scaleValue, growthFactor: this.growthFactor, backoffFactor: this.backoffFactor,
      growthInterval: this.growthInterval, growthTracker: this.growthTracker,
    };
  }

  loadStateDict(s: GradScalerState): void {
    if (!(typeof s.scale === 'number' && s.scale > 0) || !Number.isInteger(s.growthTracker) || s.growthTracker < 0) {
      throw new TypeError('GradScaler.loadStateDict: expected { scale > 0, growthTracker >= 0, ... }');
    }
    this.scaleValue = s.scale;
    this.growthTracker = s.growthTracker;
  }
}
