// What the Trainer reads batches from: a BatchSource, iterated epoch by epoch from any position.
//
// The Trainer records its position as (epoch, batches consumed in that epoch) and, on resume, asks
// the source for the epoch's batches after the first `skip`. The DataLoader's batches are a pure
// function of (seed, epoch, batch index), so the resumed run sees the very batches the
// interrupted one would have. The DataLoader has no way to start an epoch in the middle, so
// loaderSource builds and drops the first `skip` batches of the epoch (at most one epoch of data
// work after a resume; the model does not see them). A source that can seek should do so.
import type { Tensor } from '@must/torch';
import type { DataLoader } from '../data/loader';
import { type Batch, disposeBatch } from '../data/batch';

export interface BatchSource<B> {
  /** Batches per epoch (what steps = epochs x length uses). */
  readonly length: number;
  /** The batches of epoch `epoch` after its first `skip` (0 from the start). */
  batches(epoch: number, skip: number): AsyncIterable<B>;
  /** Frees a batch the trainer is done with. */
  dispose(batch: B): void;
  /** Stops workers and the like (called when training ends or fails). */
  close?(): Promise<void>;
}

/** Moves every tensor of a batch to `device` (the originals are freed); a no-op on the same device. */
export function batchToDevice(b: Batch, device: string): Batch {
  if (b.images.device === device) return b;
  const mv = (t: Tensor): Tensor => {
    const out = t.to({ device });
    if (out !== t) t.dispose();
    return out;
  };
  const mvOpt = (t: Tensor | undefined) => (t ? mv(t) : undefined);
  return {
    ...b,
    images: mv(b.images),
    taskMask: mv(b.taskMask),
    labels: mvOpt(b.labels),
    semantic: mvOpt(b.semantic),
    depth: mvOpt(b.depth),
    normals: mvOpt(b.normals),
    instances: b.instances?.map((i) => ({
      boxes: mv(i.boxes), classes: mv(i.classes), iscrowd: mvOpt(i.iscrowd), masks: mvOpt(i.masks),
    })),
  };
}

export interface LoaderSourceOptions {
  /** Move batches to this device ('cpu' default: left as built). */
  device?: string;
  /** Close the loader when the trainer is done (default true). */
  closeLoader?: boolean;
}

/** A DataLoader as a BatchSource (skipping = building and dropping; see the top of this file). */
export function loaderSource(loader: DataLoader, opts: LoaderSourceOptions = {}): BatchSource<Batch> {
  const device = opts.device ?? 'cpu';
  return {
    get length() {
      return loader.length;
    },
    async *batches(epoch: number, skip: number) {
      let i = 0;
      for await (const b of loader.epoch(epoch)) {
        if (i++ < skip) {
          disposeBatch(b);
          continue;
        }
        yield device === 'cpu' ? b : batchToDevice(b, device);
      }
    },
    dispose: disposeBatch,
    close: opts.closeLoader === false ? undefined : () => loader.close(),
  };
}
