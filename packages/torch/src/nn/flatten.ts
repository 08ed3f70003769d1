// Flatten (torch/nn/modules/flatten.py): merges dims startDim..endDim (a view when possible).
import type { Tensor } from '../tensor';
import { Module } from './module';

export class Flatten extends Module {
  constructor(readonly startDim = 1, readonly endDim = -1) {
    super();
  }

  override forward(x: Tensor): Tensor {
    return x.flatten({ startDim: this.startDim, endDim: this.endDim });
  }

  override extraRepr(): string {
    return `start_dim=${this.startDim}, end_dim=${this.endDim}`;
  }
}
