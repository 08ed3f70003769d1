// Loading a trained run folder's model and evaluating it on the held-out split, in the metric
// names of results.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dataset } from '../data/dataset';
import { DataLoader } from '../data/loader';
import type { Task } from '../data/sample';
import type { MustConfig } from '../config/schema';
import { readResolvedConfig } from '../config/load';
import type { MultiTaskModel } from '../models/multitask';
import { loadWeights } from '../models/weights';
import { buildModel, enabledTasks } from '../train/run';
import { loaderSource } from '../train/data';
import { MultiTaskLoss } from '../train/losses';
import { evaluateMultiTask } from '../train/evaluate';

/** A run folder without a trained model (no config.yaml or model.safetensors). */
export class MissingModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingModelError';
  }
}

/** results.json metric name <- evaluateMultiTask key, per task. */
export const RESULT_METRICS: Record<Task, [string, string][]> = {
  classification: [['top1', 'classification/top1']],
  detection: [['AP', 'detection/AP'], ['AP50', 'detection/AP50']],
  segmentation: [['mIoU', 'segmentation/mIoU']],
  depth: [['absRel', 'depth/absRel'], ['delta1', 'depth/delta1']],
  normals: [['meanAngle', 'normals/mean'], ['within11_25', 'normals/within11_25']],
};

export type TaskMetrics = Partial<Record<Task, Record<string, number>>>;

/** The trained model of a run folder (RUN/config.yaml + RUN/model.safetensors) and its config. */
export function loadRunModel(runDir: string, device = 'cpu'): { model: MultiTaskModel; config: MustConfig } {
  const cfgFile = path.join(runDir, 'config.yaml');
  const weights = path.join(runDir, 'model.safetensors');
  if (!fs.existsSync(cfgFile) || !fs.existsSync(weights)) {
    throw new MissingModelError(`no trained model in ${runDir} (${fs.existsSync(cfgFile) ? 'model.safetensors' : 'config.yaml'} is missing)`);
  }
  const config = readResolvedConfig(cfgFile);
  const model = buildModel(config, device);
  loadWeights(model, weights);
  model.eval();
  return { model, config };
}

/** Evaluates `tasks` of a model on a dataset (all of it) and returns results.json's metrics. */
export async function evaluateModel(model: MultiTaskModel, config: MustConfig, dataset: Dataset, opts: { tasks?: Task[]; device?: string; batchSize?: number } = {}): Promise<TaskMetrics> {
  const tasks = (opts.tasks ?? enabledTasks(config)).filter((t) => model.tasks.includes(t));
  const loss = MultiTaskLoss.fromConfig(model, config.tasks, config.data.numClasses);
  const loader = new DataLoader(dataset, { batchSize: opts.batchSize ?? config.train.batchSize, numWorkers: 0, padTo: model.inputDivisor });
  const source = loaderSource(loader, { device: opts.device ?? 'cpu' });
  const wasTraining = model.training;
  model.eval();
  try {
    const m = await evaluateMultiTask(model, source, { tasks, numClasses: config.data.numClasses, detection: loss.detection });
    const out: TaskMetrics = {};
    for (const t of tasks) {
      out[t] = {};
      for (const [name, key] of RESULT_METRICS[t]) out[t]![name] = m[key];
    }
    return out;
  } finally {
    if (wasTraining) model.train();
    loss.dispose();
    await loader.close();
  }
}
