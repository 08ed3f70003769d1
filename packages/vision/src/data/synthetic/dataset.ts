// SyntheticScenes: procedurally rendered 3D scenes with exact labels for all five MuST tasks.
// Sample i of (seed, split) is a pure function of (seed, split, i, options): rendering uses a
// PRNG stream keyed by those three, so any sample can be built alone, in any order or thread.
import type { Sample, Task } from '../sample';
import { TASKS, IGNORE_INDEX } from '../sample';
import type { RawSample } from '../raw';
import { type Dataset, type DatasetSpec, checkIndex, getSample } from '../dataset';
import { Rng, hashKeys } from '../rng';
import { Scene, sampleScene, SHAPE_CLASSES, O_CLS, OS, type SceneOptions } from './scene';
import { allocBuffers, renderScene, type RenderBuffers } from './render';

export interface SyntheticScenesOptions {
  /** Number of samples (default 1000). */
  length?: number;
  /** Image size: S (square) or [height, width] (default 64). */
  size?: number | [number, number];
  /** Object classes: the first K of SHAPE_CLASSES, 1..8 (default 8). */
  numClasses?: number;
  /** Inclusive range of objects placed per scene (default [3, 7]). */
  objects?: [number, number];
  /** Inclusive range of flat background clutter slabs per scene (default [0, 3]). */
  clutter?: [number, number];
  /** Seed of the dataset (default 0). Different seeds give disjoint splits. */
  seed?: number;
  /** Split name, hashed into the stream key with the seed (default 'train'). */
  split?: string;
  /** Labels to include (default all five). */
  tasks?: readonly Task[];
  /** Include [N, H, W] instance masks with the detection labels (default true). */
  masks?: boolean;
  /**
   * Objects with fewer visible pixels are not annotated (no instance; their pixels are
   * IGNORE_INDEX in the semantic mask). Default max(4, round(0.002 * H * W)): 8 at 64x64.
   */
  minArea?: number;
}

interface Resolved {
  length: number; height: number; width: number; numClasses: number;
  objects: [number, number]; clutter: [number, number]; seed: number; split: string;
  tasks: Task[]; masks: boolean; minArea: number;
}

function range(v: [number, number] | undefined, def: [number, number], what: string, lo: number): [number, number] {
  const r = v ?? def;
  if (!Array.isArray(r) || r.length !== 2 || !Number.isInteger(r[0]) || !Number.isInteger(r[1]) || r[0] < lo || r[1] < r[0] || r[1] > 48) {
    throw new RangeError(`SyntheticScenes: ${what} must be [min, max] integers with ${lo} <= min <= max <= 48, got ${JSON.stringify(v)}`);
  }
  return [r[0], r[1]];
}

function resolve(o: SyntheticScenesOptions): Resolved {
  const size = o.size ?? 64;
  const [height, width] = typeof size === 'number' ? [size, size] : size;
  if (!Number.isInteger(height) || !Number.isInteger(width) || height < 8 || width < 8 || height > 4096 || width > 4096) {
    throw new RangeError(`SyntheticScenes: size must be integers in [8, 4096], got ${JSON.stringify(size)}`);
  }
  const numClasses = o.numClasses ?? SHAPE_CLASSES.length;
  if (!Number.isInteger(numClasses) || numClasses < 1 || numClasses > SHAPE_CLASSES.length) {
    throw new RangeError(`SyntheticScenes: numClasses must be in [1, ${SHAPE_CLASSES.length}], got ${numClasses}`);
  }
  const length = o.length ?? 1000;
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`SyntheticScenes: bad length ${length}`);
  const tasks = [...(o.tasks ?? TASKS)];
  for (const t of tasks) if (!TASKS.includes(t)) throw new RangeError(`SyntheticScenes: unknown task '${t}'`);
  const objects = range(o.objects, [3, 7], 'objects', 1);
  const clutter = range(o.clutter, [0, 3], 'clutter', 0);
  return {
    length, height, width, numClasses, objects, clutter,
    seed: o.seed ?? 0, split: o.split ?? 'train', tasks, masks: o.masks ?? true,
    minArea: o.minArea ?? Math.max(4, Math.round(0.002 * height * width)),
  };
}

function splitKey(split: string): number {
  const codes: number[] = [];
  for (let i = 0; i < split.length; i++) codes.push(split.charCodeAt(i));
  return hashKeys(codes);
}

/** Everything a render produces: the raw sample and the per-pixel object ids (for tests and tools). */
export interface RenderedScene {
  sample: RawSample;
  /** H*W: object index in the scene (>= 0), -1 ground, -2 sky (a copy). */
  ids: Int16Array;
  /** Per scene object: its class (-1 = clutter) and whether it was annotated. */
  objectClasses: Int32Array;
  annotated: Uint8Array;
  /** Pinhole intrinsics (pixel centres at u + 0.5): x = fx * X / Z + cx. */
  camera: { fx: number; fy: number; cx: number; cy: number };
  /** Ground plane in the camera frame: n . p = d (n: unit normal pointing up, towards the camera). */
  ground: { normal: [number, number, number]; d: number };
}

export class SyntheticScenes implements Dataset {
  readonly options: Readonly<Resolved>;
  /** Names of the object classes (instance and image-level class indices). */
  readonly classes: readonly string[];
  /** Names of the semantic classes: 'background' then the object classes (index c + 1). */
  readonly semanticClasses: readonly string[];
  private readonly scene: Scene;
  private readonly sceneOpts: SceneOptions;
  private readonly splitKey: number;
  private ids?: Int16Array;

  constructor(options: SyntheticScenesOptions = {}) {
    this.options = resolve(options);
    const o = this.options;
    this.classes = SHAPE_CLASSES.slice(0, o.numClasses);
    this.semanticClasses = ['background', ...this.classes];
    this.scene = new Scene(o.objects[1] + o.clutter[1]);
    this.sceneOpts = { height: o.height, width: o.width, numClasses: o.numClasses, objects: o.objects, clutter: o.clutter };
    this.splitKey = splitKey(o.split);
  }

  get length(): number { return this.options.length; }

  spec(): DatasetSpec {
    const { height, width, ...rest } = this.options;
    const options: SyntheticScenesOptions = { ...rest, size: [height, width] };
    return { module: __filename, export: 'SyntheticScenes', options };
  }

  get(i: number): Sample { return getSample(this, i) as Sample; }

  getRaw(i: number): RawSample {
    return this.draw(i, false).sample;
  }

  /** Renders sample i with its id buffer and scene facts (see RenderedScene). */
  render(i: number): RenderedScene {
    return this.draw(i, true);
  }

  private draw(i: number, keepIds: boolean): RenderedScene {
    checkIndex(i, this.options.length, 'SyntheticScenes');
    const o = this.options;
    const H = o.height, W = o.width, HW = H * W;
    const rng = new Rng(o.seed, this.splitKey, i);
    // fresh output arrays (they leave with the sample); the id buffer is reused
    this.ids ??= new Int16Array(HW);
    const buf: RenderBuffers = { ...allocBuffers(H, W, false), ids: this.ids };
    const scene = this.scene;
    // A scene in which no object is visible enough is redrawn (same stream, so still deterministic).
    let counts = new Int32Array(0);
    for (let attempt = 0; ; attempt++) {
      sampleScene(scene, rng, this.sceneOpts);
      renderScene(scene, H, W, buf);
      counts = new Int32Array(scene.n);
      for (let p = 0; p < HW; p++) { const id = buf.ids[p]; if (id >= 0) counts[id]++; }
      let any = false;
      for (let k = 0; k < scene.n; k++) if (scene.obj[k * OS + O_CLS] >= 0 && counts[k] >= o.minArea) any = true;
      if (any || attempt >= 31) break;
    }
    const n = scene.n;
    const objectClasses = new Int32Array(n);
    const annotated = new Uint8Array(n);
    const instOf = new Int32Array(n).fill(-1);
    let nInst = 0;
    for (let k = 0; k < n; k++) {
      const cls = scene.obj[k * OS + O_CLS];
      objectClasses[k] = cls;
      if (cls >= 0 && counts[k] >= o.minArea) { annotated[k] = 1; instOf[k] = nInst++; }
    }
    // boxes: tight pixel-edge boxes of the visible pixels (COCO's convention: x1 = max col + 1)
    const x0 = new Int32Array(nInst).fill(W), y0 = new Int32Array(nInst).fill(H);
    const x1 = new Int32Array(nInst).fill(-1), y1 = new Int32Array(nInst).fill(-1);
    const area = new Int32Array(nInst);
    const wantMasks = o.masks && o.tasks.includes('detection');
    const masks = wantMasks ? new Uint8Array(nInst * HW) : undefined;
    const semantic = new Uint8Array(HW);
    const classes = new Int32Array(nInst);
    for (let k = 0; k < n; k++) if (instOf[k] >= 0) classes[instOf[k]] = objectClasses[k];
    for (let y = 0, p = 0; y < H; y++) {
      for (let x = 0; x < W; x++, p++) {
        const id = buf.ids[p];
        if (id < 0) continue;
        const j = instOf[id];
        if (j < 0) {
          semantic[p] = objectClasses[id] >= 0 ? IGNORE_INDEX : 0;
          continue;
        }
        semantic[p] = classes[j] + 1;
        area[j]++;
        if (x < x0[j]) x0[j] = x;
        if (x > x1[j]) x1[j] = x;
        if (y < y0[j]) y0[j] = y;
        if (y > y1[j]) y1[j] = y;
        if (masks) masks[j * HW + p] = 1;
      }
    }
    const boxes = new Float32Array(4 * nInst);
    let label = -1, bestArea = -1;
    for (let j = 0; j < nInst; j++) {
      boxes[4 * j] = x0[j]; boxes[4 * j + 1] = y0[j]; boxes[4 * j + 2] = x1[j] + 1; boxes[4 * j + 3] = y1[j] + 1;
      if (area[j] > bestArea) { bestArea = area[j]; label = classes[j]; }
    }
    const sample: RawSample = { image: buf.image, channels: 3, height: H, width: W, id: i };
    const t = o.tasks;
    if (t.includes('classification') && label >= 0) sample.label = label;
    if (t.includes('detection')) {
      sample.instances = { boxes, classes, iscrowd: new Uint8Array(nInst) };
      if (masks) sample.instances.masks = masks;
    }
    if (t.includes('segmentation')) sample.semantic = semantic;
    if (t.includes('depth')) sample.depth = buf.depth;
    if (t.includes('normals')) sample.normals = buf.normals;
    return {
      sample, ids: keepIds ? buf.ids.slice() : buf.ids, objectClasses, annotated,
      camera: { fx: scene.fx, fy: scene.fy, cx: scene.cx, cy: scene.cy },
      ground: { normal: [scene.gn[0], scene.gn[1], scene.gn[2]], d: -scene.camHeight },
    };
  }
}
