// The datasets of the MuST stages.
//
// Teachers' splits: teacher k (task t) trains on its own labeled split, disjoint from the other
// teachers' and from the unlabeled and held-out splits: for synthetic data, the scenes of
// (data.train.seed, `${data.train.split}-${t}`) (a different split name gives different scenes),
// data.train.length images each, labeled for task t only (SyntheticScenes' `tasks`), so the
// taskMask of a batch supervises only that task. For a COCO training file, teacher k takes the
// images i with i % (number of teachers) == k (all their labels; only its task's loss is on).
//
// Student images: the unlabeled split (its images only: ImagesOnly drops any label), then (student.humanLabels) the teachers' splits; the
// teachers pseudo-label all of them and PseudoLabeledDataset keeps the human label of a task where
// the image has one (human wins). Baseline: the union of the teachers' splits with their human
// labels only.
import type { Dataset, DatasetSpec } from '../data/dataset';
import { datasetFromSpec, getSample, Subset } from '../data/dataset';
import type { RawSample } from '../data/raw';
import type { Sample, Task } from '../data/sample';
import { SyntheticScenes } from '../data/synthetic';
import type { MustConfig } from '../config/schema';
import { buildDataset } from '../train/run';

export interface ConcatDatasetOptions {
  datasets: (Dataset | DatasetSpec)[];
}

/** Datasets one after another (index i of the concatenation is in the first dataset that reaches it). */
export class ConcatDataset implements Dataset {
  readonly datasets: Dataset[];
  readonly offsets: number[];
  constructor(opts: ConcatDatasetOptions) {
    this.datasets = opts.datasets.map((d) => ('getRaw' in d ? d : datasetFromSpec(d)));
    this.offsets = [];
    let n = 0;
    for (const d of this.datasets) { this.offsets.push(n); n += d.length; }
    this.length = n;
  }
  readonly length: number;
  get classes(): readonly string[] | undefined { return this.datasets[0]?.classes; }
  /** [dataset number, index in it] of index i. */
  locate(i: number): [number, number] {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) throw new RangeError(`ConcatDataset: index ${i} out of range [0, ${this.length})`);
    let k = this.offsets.length - 1;
    while (this.offsets[k] > i) k--;
    // skip empty datasets sharing the offset
    while (k < this.datasets.length - 1 && i - this.offsets[k] >= this.datasets[k].length) k++;
    return [k, i - this.offsets[k]];
  }
  getRaw(i: number): RawSample | Promise<RawSample> {
    const [k, j] = this.locate(i);
    return this.datasets[k].getRaw(j);
  }
  get(i: number): Sample | Promise<Sample> { return getSample(this, i); }
  spec(): DatasetSpec {
    return {
      module: __filename, export: 'ConcatDataset',
      options: {
        datasets: this.datasets.map((d) => {
          if (!d.spec) throw new TypeError('ConcatDataset: a dataset has no spec() (it cannot run in workers)');
          return d.spec();
        }),
      },
    };
  }
}

export interface ImagesOnlyOptions {
  dataset: Dataset | DatasetSpec;
}

/** A dataset's images without any label (the unlabeled split: whatever labels its files carry are dropped). */
export class ImagesOnly implements Dataset {
  readonly dataset: Dataset;
  constructor(opts: ImagesOnlyOptions) {
    const d = opts.dataset;
    this.dataset = 'getRaw' in d ? d : datasetFromSpec(d);
  }
  get length(): number { return this.dataset.length; }
  get classes(): readonly string[] | undefined { return this.dataset.classes; }
  getRaw(i: number): RawSample | Promise<RawSample> {
    const strip = (r: RawSample): RawSample => ({
      image: r.image, channels: r.channels, height: r.height, width: r.width,
      ...(r.id !== undefined ? { id: r.id } : {}), ...(r.file !== undefined ? { file: r.file } : {}),
    });
    const r = this.dataset.getRaw(i);
    return r instanceof Promise ? r.then(strip) : strip(r);
  }
  get(i: number): Sample | Promise<Sample> { return getSample(this, i); }
  spec(): DatasetSpec {
    if (!this.dataset.spec) throw new TypeError('ImagesOnly: the wrapped dataset has no spec() (it cannot run in workers)');
    return { module: __filename, export: 'ImagesOnly', options: { dataset: this.dataset.spec() } };
  }
}

/** The labeled split of the teacher of `task` (see the top of this file). */
export function teacherDataset(config: MustConfig, task: Task): Dataset {
  const s = config.data.train;
  const d = config.data;
  if (s.annotations === null) {
    return new SyntheticScenes({
      length: s.length, size: d.size, numClasses: d.numClasses, objects: d.objects, seed: s.seed, split: `${s.split}-${task}`, tasks: [task],
    });
  }
  const all = buildDataset(config, 'train');
  const teachers = config.teachers.tasks;
  const k = teachers.indexOf(task);
  const indices: number[] = [];
  for (let i = k; i < all.length; i += teachers.length) indices.push(i);
  return new Subset({ dataset: all, indices });
}

/** The union of the teachers' labeled splits (the baseline's training set). */
export function labeledUnion(config: MustConfig): ConcatDataset {
  return new ConcatDataset({ datasets: config.teachers.tasks.map((t) => teacherDataset(config, t)) });
}

/** The images the teachers label and the student trains on. */
export function studentImages(config: MustConfig): ConcatDataset {
  const unlabeled = new ImagesOnly({ dataset: buildDataset(config, 'unlabeled') });
  return new ConcatDataset({ datasets: config.student.humanLabels ? [unlabeled, ...labeledUnion(config).datasets] : [unlabeled] });
}
