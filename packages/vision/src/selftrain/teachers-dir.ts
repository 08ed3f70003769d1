// Teachers on disk (what `must pseudo-label --teachers DIR` reads): one sub-folder per task,
//
//   DIR/<task>/model.json     how to build the model (below)
//   DIR/<task>/checkpoint/    a torch.saveCheckpoint folder holding the weights
//
// model.json:
//   {
//     "task": "segmentation",              optional; defaults to the folder name, must match it
//     "model": "multitask",                "multitask" (MultiTaskModel) | "retinanet" (detection.RetinaNet)
//     "config": { ... },                   multitask: the MultiTaskModel config (backbone by registry name);
//                                          retinanet: { "backbone": "resnet50", "backboneOptions": {...},
//                                                       "options": RetinaNetOptions }
//     "teacher": { ... },                  multitask only: MultiTaskTeacherOptions (imageMean, imageStd,
//                                          sizeDivisible, detection decoding)
//     "checkpoint": "checkpoint",          the checkpoint folder, relative to DIR/<task> (default)
//     "component": "model"                 the checkpoint component with the weights (default "model");
//                                          a ModelEma component ({updates, weights}) works too ("ema")
//   }
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { z } from 'zod';
import { TASKS, type Task } from '../data/sample';
import { MultiTaskModel, type MultiTaskConfig } from '../models/multitask';
import { createModel } from '../models/registry';
import { RetinaNet, type FeatureBackbone, type RetinaNetOptions } from '../detection/retinanet';
import { MultiTaskTeacher, RetinaNetTeacher, type MultiTaskTeacherOptions, type Teacher } from './teacher';

const taskSchema = z.enum(TASKS as [Task, ...Task[]]);

export const teacherDescriptionSchema = z.object({
  task: taskSchema.optional(),
  model: z.enum(['multitask', 'retinanet']),
  config: z.record(z.string(), z.unknown()),
  teacher: z.record(z.string(), z.unknown()).optional(),
  checkpoint: z.string().default('checkpoint'),
  component: z.string().default('model'),
}).strict();

export type TeacherDescription = z.input<typeof teacherDescriptionSchema>;

export const MODEL_JSON = 'model.json';

/** Builds the (untrained) model a description names. */
export function buildTeacherModel(d: TeacherDescription): MultiTaskModel | RetinaNet {
  if (d.model === 'multitask') return new MultiTaskModel(d.config as MultiTaskConfig);
  const c = d.config as { backbone?: string; backboneOptions?: Record<string, unknown>; options?: RetinaNetOptions };
  if (typeof c.backbone !== 'string' || !c.options) throw new TypeError('model.json: a retinanet config needs "backbone" (registry name) and "options" (RetinaNetOptions)');
  const backbone = createModel<FeatureBackbone>(c.backbone, { ...(c.backboneOptions ?? {}), numClasses: 0 });
  return new RetinaNet(backbone, c.options);
}

function stateful(model: torch.nn.Module): torch.checkpoint.Stateful {
  return {
    stateDict: () => ({}),
    loadStateDict: (s: unknown) => {
      const w = s && typeof s === 'object' && !(s instanceof Map) && 'weights' in s && !((s as { weights: unknown }).weights instanceof torch.Tensor)
        ? (s as { weights: Record<string, torch.Tensor> }).weights : s;
      model.loadStateDict(w as Record<string, torch.Tensor>);
    },
  };
}

/** Reads one teacher folder (model.json + checkpoint) into a Teacher. */
export function loadTeacherDir(dir: string, expectTask?: Task, opts: { device?: string } = {}): Teacher {
  const file = path.join(dir, MODEL_JSON);
  if (!fs.existsSync(file)) throw new Error(`teacher ${dir}: ${MODEL_JSON} is missing`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`teacher ${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = teacherDescriptionSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`teacher ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
  }
  const d = parsed.data;
  const task = d.task ?? expectTask;
  if (!task) throw new Error(`teacher ${file}: no "task"`);
  if (expectTask && task !== expectTask) throw new Error(`teacher ${file}: says task '${task}' but lies in the folder for '${expectTask}'`);
  const model = buildTeacherModel(d);
  torch.loadCheckpoint(path.resolve(dir, d.checkpoint), { [d.component]: stateful(model) }, { rng: false });
  if (opts.device && opts.device !== 'cpu') model.to({ device: opts.device });
  model.eval();
  if (model instanceof RetinaNet) {
    if (task !== 'detection') throw new Error(`teacher ${file}: a retinanet teaches detection, not '${task}'`);
    return new RetinaNetTeacher(model);
  }
  return new MultiTaskTeacher(model, task, (d.teacher ?? {}) as MultiTaskTeacherOptions);
}

/** Reads DIR/<task>/ for every task folder present (models moved to `device`, default CPU). */
export function loadTeachers(dir: string, opts: { device?: string } = {}): Partial<Record<Task, Teacher>> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`teachers: ${dir} is not a folder`);
  const out: Partial<Record<Task, Teacher>> = {};
  const subs = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const unknown = subs.filter((s) => !TASKS.includes(s as Task) && fs.existsSync(path.join(dir, s, MODEL_JSON)));
  if (unknown.length) throw new Error(`teachers ${dir}: folders ${unknown.join(', ')} are not tasks (${TASKS.join(', ')})`);
  for (const t of TASKS) if (subs.includes(t)) out[t] = loadTeacherDir(path.join(dir, t), t, opts);
  if (Object.keys(out).length === 0) throw new Error(`teachers ${dir}: no task folders (expected some of ${TASKS.join(', ')}, each with ${MODEL_JSON} and a checkpoint)`);
  return out;
}

/** Writes a teacher folder DIR/<task>/ (model.json + checkpoint/) that loadTeachers reads back. */
export function saveTeacherDir(dir: string, task: Task, model: MultiTaskModel | RetinaNet, d: Omit<TeacherDescription, 'task' | 'checkpoint' | 'component'>): void {
  const sub = path.join(dir, task);
  fs.mkdirSync(sub, { recursive: true });
  torch.saveCheckpoint(path.join(sub, 'checkpoint'), { model }, { step: 0 }, { rng: false });
  fs.writeFileSync(path.join(sub, MODEL_JSON), `${JSON.stringify({ task, ...d }, null, 1)}\n`);
}
