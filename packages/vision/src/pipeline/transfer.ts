// Transfer: the backbone of a trained run (student, baseline, a teacher) or a fresh one fine-tuned
// on a downstream classification set (Fashion-MNIST: a subset of transfer.data.length training
// images, evaluated on as many test images), with the transfer stage's optim / schedule / train.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import type { Batch } from '../data/batch';
import type { Dataset } from '../data/dataset';
import { Subset } from '../data/dataset';
import { FashionMNIST, FASHION_MNIST_CLASSES } from '../data/fashion-mnist';
import { DataLoader } from '../data/loader';
import { TASKS } from '../data/sample';
import type { MustConfig } from '../config/schema';
import { saveResolvedConfig, stageConfig } from '../config/load';
import { loadWeights } from '../models/weights';
import { buildModel, resolveDevice, writeModelJson } from '../train/run';
import { Trainer } from '../train/trainer';
import { loaderSource } from '../train/data';
import { MultiTaskLoss } from '../train/losses';
import { evaluateMultiTask } from '../train/evaluate';

/** The transfer stage's config for a classification set of `numClasses` classes. */
export function transferConfig(config: MustConfig, numClasses: number): MustConfig {
  const c = stageConfig(config, 'transfer');
  for (const k of TASKS) c.tasks[k].enabled = k === 'classification';
  c.data.numClasses = numClasses;
  c.data.size = 28;
  // not validated again: the synthetic scenes' limit of 8 classes does not apply to this dataset
  return c;
}

/** Evenly spaced indices: n of [0, length). */
function spread(length: number, n: number): number[] {
  const k = Math.min(n, length);
  return Array.from({ length: k }, (_, i) => Math.floor((i * length) / k));
}

export interface FashionSplits { train: Dataset; test: Dataset }

/** Fashion-MNIST subsets (3 channels); throws DatasetNotFoundError when it is not installed. */
export function fashionMnistSplits(config: MustConfig, root?: string): FashionSplits {
  const n = config.transfer.data.length;
  const train = new FashionMNIST({ split: 'train', channels: 3, ...(root ? { root } : {}) });
  const test = new FashionMNIST({ split: 'test', channels: 3, ...(root ? { root } : {}) });
  return { train: new Subset({ dataset: train, indices: spread(train.length, n) }), test: new Subset({ dataset: test, indices: spread(test.length, n) }) };
}

export interface FineTuneOptions {
  config: MustConfig;
  /** model.safetensors whose backbone.* weights start the backbone (null: from scratch). */
  init: string | null;
  runDir: string;
  splits: FashionSplits;
  numClasses?: number;
  progress?: boolean;
}

/** Fine-tunes (resumably, in runDir) and returns the test top1. */
export async function fineTune(o: FineTuneOptions): Promise<{ top1: number }> {
  const config = transferConfig(o.config, o.numClasses ?? FASHION_MNIST_CLASSES.length);
  const device = resolveDevice(config.device);
  const t = config.train;
  torch.manualSeed(config.seed);
  const model = buildModel(config, device);
  if (o.init) {
    const loaded = torch.io.loadSafetensors(o.init) as Record<string, Tensor>;
    const backbone = new Map(Object.entries(loaded).filter(([k]) => k.startsWith('backbone.')));
    try {
      loadWeights(model.backbone, backbone, { stripPrefix: 'backbone.' });
    } finally {
      for (const v of Object.values(loaded)) v.dispose();
    }
  }
  if (config.transfer.freezeBackbone) for (const p of model.backbone.parameters()) p.requiresGrad = false;
  const loss = MultiTaskLoss.fromConfig(model, config.tasks, config.data.numClasses);
  const padTo = model.inputDivisor;
  const trainLoader = new DataLoader(o.splits.train, { batchSize: t.batchSize, shuffle: true, dropLast: o.splits.train.length >= t.batchSize, seed: config.seed, numWorkers: 0, padTo });
  const testLoader = new DataLoader(o.splits.test, { batchSize: 64, numWorkers: 0, padTo });
  fs.mkdirSync(o.runDir, { recursive: true });
  saveResolvedConfig(o.runDir, config, 'transfer run (Fashion-MNIST classification); written by must demo');
  const trainer = new Trainer({
    model, runDir: o.runDir, seed: config.seed,
    loss: (m, b: Batch) => loss.compute(m, b),
    lossWeights: MultiTaskLoss.weights(config.tasks),
    data: () => loaderSource(trainLoader, { device }),
    optim: config.optim, schedule: config.schedule,
    train: { ...t, evalEvery: 0, progress: o.progress ?? false },
    info: { stage: 'transfer', init: o.init },
  });
  try {
    const r = await trainer.run();
    writeModelJson(o.runDir, config, padTo, r.weights);
    // evaluate the weights the run exported (EMA's when enabled)
    loadWeights(model, r.modelFile);
    model.eval();
    const m = await evaluateMultiTask(model, loaderSource(testLoader, { device }), { tasks: ['classification'], numClasses: config.data.numClasses });
    fs.writeFileSync(path.join(o.runDir, 'transfer.json'), `${JSON.stringify({ top1: m['classification/top1'] })}\n`);
    return { top1: m['classification/top1'] };
  } finally {
    trainer.dispose();
    loss.dispose();
    model.dispose();
    await testLoader.close();
  }
}
