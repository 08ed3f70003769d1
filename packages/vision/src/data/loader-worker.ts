// Entry of the loader's worker threads: builds batches' samples with BatchBuilder and posts them
// back as raw samples, their buffers transferred. See loader.ts.
import { parentPort, workerData } from 'node:worker_threads';
import * as torch from '@must/torch';
import { BatchBuilder, type BatchJob, type BuilderConfig, errorToData } from './loader-core';
import { rawTransferList } from './raw';
import type { DatasetSpec } from './dataset';

export interface WorkerInit {
  dataset: DatasetSpec;
  config: BuilderConfig;
  threads: number;
}

export type ToWorker = { type: 'job'; id: number; job: BatchJob };

const init = workerData as WorkerInit;
torch.setNumThreads(init.threads);
let builder: BatchBuilder | undefined;
let initError: unknown;
try {
  builder = new BatchBuilder(init.dataset, init.config);
} catch (e) {
  initError = e;
}

parentPort!.on('message', (msg: ToWorker) => {
  if (msg.type !== 'job') return;
  if (!builder) {
    parentPort!.postMessage({ type: 'fail', id: msg.id, error: errorToData(initError) });
    return;
  }
  builder.build(msg.job).then((res) => {
    const transfer: ArrayBuffer[] = [];
    for (const s of res.samples) rawTransferList(s, transfer);
    parentPort!.postMessage({ type: 'done', id: msg.id, result: res }, transfer);
  }, (e) => {
    parentPort!.postMessage({ type: 'fail', id: msg.id, error: errorToData(e) });
  });
});
