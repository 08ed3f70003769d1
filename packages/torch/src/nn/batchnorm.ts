// BatchNorm1d / BatchNorm2d (torch/nn/modules/batchnorm.py). ATen's batch_norm updates the
// running statistics in place, so the buffers keep their identity across steps.
import type { Tensor } from '../tensor';
import { empty, ones, zeros } from '../factories';
import * as ops from '../ops.generated';
import { Module } from './module';
import { Parameter } from './parameter';
import * as init from './init';
import type { FactoryKwargs } from './linear';
import { pyBool, pyFloat } from './repr';

export interface BatchNormOptions extends FactoryKwargs {
  eps?: number;
  /** Weight of the new batch in the running statistics; null for a cumulative average. */
  momentum?: number | null;
  /** Learnable weight and bias (default true). */
  affine?: boolean;
  /** Keep running statistics and use them in eval mode (default true). */
  trackRunningStats?: boolean;
}

abstract class BatchNormBase extends Module {
  readonly eps: number;
  momentum: number | null;
  readonly affine: boolean;
  readonly trackRunningStats: boolean;
  weight: Tensor | null;
  bias: Tensor | null;
  declare runningMean: Tensor | null;
  declare runningVar: Tensor | null;
  /** int64 scalar: batches seen in training mode. */
  declare numBatchesTracked: Tensor | null;

  constructor(readonly numFeatures: number, opts: BatchNormOptions = {}) {
    super();
    this.eps = opts.eps ?? 1e-5;
    this.momentum = opts.momentum === undefined ? 0.1 : opts.momentum;
    this.affine = opts.affine ?? true;
    this.trackRunningStats = opts.trackRunningStats ?? true;
    const f = { dtype: opts.dtype, device: opts.device };
    this.weight = this.affine ? new Parameter(empty([numFeatures], f)) : null;
    this.bias = this.affine ? new Parameter(empty([numFeatures], f)) : null;
    if (this.trackRunningStats) {
      this.registerBuffer('runningMean', zeros([numFeatures], f));
      this.registerBuffer('runningVar', ones([numFeatures], f));
      this.registerBuffer('numBatchesTracked', zeros([], { dtype: 'int64', device: opts.device }));
    } else {
      this.registerBuffer('runningMean', null);
      this.registerBuffer('runningVar', null);
      this.registerBuffer('numBatchesTracked', null);
    }
    this.resetParameters();
  }

  resetRunningStats(): void {
    if (!this.trackRunningStats) return;
    init.zeros_(this.runningMean!);
    init.ones_(this.runningVar!);
    init.zeros_(this.numBatchesTracked!);
  }

  resetParameters(): void {
    this.resetRunningStats();
    if (this.affine) {
      init.ones_(this.weight!);
      init.zeros_(this.bias!);
    }
  }

  protected abstract checkInputDim(ndim: number): void;

  override forward(x: Tensor): Tensor {
    const shape = x.shape;
    this.checkInputDim(shape.length);
    let factor = this.momentum ?? 0;
    if (this.training && this.trackRunningStats && this.numBatchesTracked) {
      this.numBatchesTracked.add_(1);
      // Cumulative average: the k-th batch gets weight 1/k (reads the counter: one sync).
      if (this.momentum === null) factor = 1 / Number(this.numBatchesTracked.item());
    }
    const bnTraining = this.training || (this.runningMean === null && this.runningVar === null);
    if (bnTraining) {
      let perChannel = shape[0];
      for (let i = 2; i < shape.length; i++) perChannel *= shape[i];
      if (perChannel === 1) throw new Error(`Expected more than 1 value per channel when training, got input size [${shape}]`);
    }
    const useRunning = !this.training || this.trackRunningStats;
    return ops.batchNorm(x, this.weight, this.bias, useRunning ? this.runningMean : null, useRunning ? this.runningVar : null,
      bnTraining, factor, this.eps, true);
  }

  /** Old checkpoints have no num_batches_tracked; PyTorch loads them with a count of 0. */
  protected override missingStateDefault(key: string): Tensor | null {
    if (key === 'num_batches_tracked' && this.numBatchesTracked) {
      return zeros([], { dtype: 'int64', device: this.numBatchesTracked.device });
    }
    return null;
  }

  override extraRepr(): string {
    const momentum = this.momentum === null ? 'None' : pyFloat(this.momentum);
    return `${this.numFeatures}, eps=${pyFloat(this.eps)}, momentum=${momentum}, affine=${pyBool(this.affine)}, ` +
      `track_running_stats=${pyBool(this.trackRunningStats)}`;
  }
}

/** Batch norm over [N, C] or [N, C, L]. */
export class BatchNorm1d extends BatchNormBase {
  protected checkInputDim(ndim: number): void {
    if (ndim !== 2 && ndim !== 3) throw new RangeError(`expected 2D or 3D input (got ${ndim}D input)`);
  }
}

/** Batch norm over [N, C, H, W]. */
export class BatchNorm2d extends BatchNormBase {
  protected checkInputDim(ndim: number): void {
    if (ndim !== 4) throw new RangeError(`expected 4D input (got ${ndim}D input)`);
  }
}
