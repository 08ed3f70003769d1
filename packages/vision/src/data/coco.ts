// COCO JSON datasets, read and written, extended with the dense MuST labels.
//
// Read: `images`, `annotations` (bbox xywh, segmentation as polygons, uncompressed RLE or
// compressed RLE, iscrowd), `categories` (any ids; class index k is the k-th category by
// ascending id, `catIdToIndex` / `indexToCatId` map between them). Beyond COCO, an image entry may
// carry `semantic_file` (8-bit grayscale PNG of class indices, 255 = ignore), `depth_file` (16-bit
// grayscale PNG, depth * depth_scale with depth_scale from `info.depth_scale`, default 1000 =
// millimeters, 0 = invalid), `normals_file` (8-bit RGB PNG, (n + 1) / 2 * 255, black = invalid)
// and `label` (image-level class as a category id, or a K-vector of probabilities over the class
// indices). `file_name` and the *_file paths are relative to `root` (default: the JSON's folder).
// Polygons are rasterized with COCO's own algorithm (src/masks, byte-identical to pycocotools).
//
// An image is labeled for detection when the file has an `annotations` array (an image without
// annotations then has zero objects); for the other tasks when its entry has the field.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Sample, Task } from './sample';
import { TASKS } from './sample';
import type { RawSample } from './raw';
import { type Dataset, type DatasetSpec, checkIndex, getSample } from './dataset';
import { BadFileError, errorMessage } from './errors';
import {
  decodeImage, readGrayPng, readRgbPng, encodePng, planesToInterleaved, depthToMillimeters, millimetersToDepth,
  normalsToRgb, rgbToNormals,
} from './image-io';
import { segmentationToRle, rleDecode, encodeMaskData, rleToCoco, rleArea, type Segmentation } from '../masks';

export interface CocoCategory {
  id: number;
  name: string;
  supercategory?: string;
}

export interface CocoImage {
  id: number;
  file_name: string;
  width: number;
  height: number;
  semantic_file?: string;
  depth_file?: string;
  normals_file?: string;
  label?: number | number[];
  [key: string]: unknown;
}

export interface CocoAnnotation {
  id: number;
  image_id: number;
  category_id: number;
  bbox: [number, number, number, number];
  area?: number;
  iscrowd?: number;
  segmentation?: Segmentation;
  [key: string]: unknown;
}

export interface CocoFile {
  info?: Record<string, unknown>;
  images: CocoImage[];
  annotations?: CocoAnnotation[];
  categories: CocoCategory[];
  [key: string]: unknown;
}

export interface CocoDatasetOptions {
  /** Path of the annotations JSON. */
  annotations: string;
  /** Folder that `file_name` and the *_file paths are relative to (default: the JSON's folder). */
  root?: string;
  /** Labels to read (default all the file has). */
  tasks?: readonly Task[];
  /** Decode instance masks from `segmentation` (default true). */
  masks?: boolean;
  /** 3 (RGB, default) or 1 (grayscale) image channels. */
  channels?: 1 | 3;
  /** Depth PNG units per meter (default `info.depth_scale` of the file, else 1000: millimeters). */
  depthScale?: number;
}

function fail(file: string, msg: string): never {
  throw new BadFileError(file, msg);
}

/** Parses and checks a COCO JSON file; errors name the file and the offending entry. */
export function readCocoFile(file: string): CocoFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new BadFileError(file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : errorMessage(e), { cause: e });
  }
  let json: CocoFile;
  try {
    json = JSON.parse(text) as CocoFile;
  } catch (e) {
    throw new BadFileError(file, `invalid JSON (${errorMessage(e)})`, { cause: e });
  }
  if (!json || typeof json !== 'object') fail(file, 'not a COCO object');
  if (!Array.isArray(json.images)) fail(file, "missing 'images' array");
  if (!Array.isArray(json.categories)) fail(file, "missing 'categories' array");
  if (json.annotations !== undefined && !Array.isArray(json.annotations)) fail(file, "'annotations' is not an array");
  json.images.forEach((im, i) => {
    if (!im || typeof im.id !== 'number' || typeof im.file_name !== 'string' || !Number.isInteger(im.width) || !Number.isInteger(im.height)) {
      fail(file, `images[${i}] needs id, file_name, width and height`);
    }
  });
  json.categories.forEach((c, i) => {
    if (!c || !Number.isInteger(c.id)) fail(file, `categories[${i}] needs an integer id`);
  });
  (json.annotations ?? []).forEach((a, i) => {
    if (!a || typeof a.image_id !== 'number' || !Number.isInteger(a.category_id)) fail(file, `annotations[${i}] needs image_id and category_id`);
    if (!Array.isArray(a.bbox) || a.bbox.length !== 4 || a.bbox.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
      fail(file, `annotations[${i}] (id ${a.id}) needs bbox [x, y, w, h]`);
    }
  });
  return json;
}

export class CocoDataset implements Dataset {
  readonly options: Readonly<CocoDatasetOptions>;
  readonly root: string;
  readonly file: CocoFile;
  /** Categories sorted by id: class index k is categories[k]. */
  readonly categories: readonly CocoCategory[];
  readonly classes: readonly string[];
  readonly tasks: readonly Task[];
  readonly depthScale: number;
  private readonly catIndex = new Map<number, number>();
  private readonly annsOf = new Map<number, CocoAnnotation[]>();

  constructor(options: CocoDatasetOptions) {
    this.options = { ...options };
    const annFile = path.resolve(options.annotations);
    this.root = path.resolve(options.root ?? path.dirname(annFile));
    this.file = readCocoFile(annFile);
    this.categories = [...this.file.categories].sort((a, b) => a.id - b.id);
    this.categories.forEach((c, k) => {
      if (this.catIndex.has(c.id)) fail(annFile, `duplicate category id ${c.id}`);
      this.catIndex.set(c.id, k);
    });
    this.classes = this.categories.map((c) => c.name ?? String(c.id));
    const imageIds = new Set(this.file.images.map((im) => im.id));
    for (const a of this.file.annotations ?? []) {
      if (!imageIds.has(a.image_id)) fail(annFile, `annotation ${a.id} refers to unknown image ${a.image_id}`);
      if (!this.catIndex.has(a.category_id)) fail(annFile, `annotation ${a.id} has unknown category ${a.category_id}`);
      let list = this.annsOf.get(a.image_id);
      if (!list) this.annsOf.set(a.image_id, (list = []));
      list.push(a);
    }
    const has = new Set<Task>();
    if (this.file.annotations) has.add('detection');
    for (const im of this.file.images) {
      if (im.label !== undefined) has.add('classification');
      if (im.semantic_file !== undefined) has.add('segmentation');
      if (im.depth_file !== undefined) has.add('depth');
      if (im.normals_file !== undefined) has.add('normals');
    }
    const want = options.tasks ?? TASKS;
    this.tasks = TASKS.filter((t) => has.has(t) && want.includes(t));
    const infoScale = this.file.info?.depth_scale;
    this.depthScale = options.depthScale ?? (typeof infoScale === 'number' && infoScale > 0 ? infoScale : 1000);
  }

  get length(): number { return this.file.images.length; }

  /** Contiguous class index of a category id. */
  catIdToIndex(id: number): number {
    const k = this.catIndex.get(id);
    if (k === undefined) throw new RangeError(`unknown category id ${id}`);
    return k;
  }
  /** Category id of a contiguous class index. */
  indexToCatId(index: number): number {
    const c = this.categories[index];
    if (!c) throw new RangeError(`class index ${index} out of range [0, ${this.categories.length})`);
    return c.id;
  }

  /** The image entry of sample i. */
  image(i: number): CocoImage {
    checkIndex(i, this.length, 'CocoDataset');
    return this.file.images[i];
  }
  /** The annotations of sample i (file order). */
  annotationsOf(i: number): CocoAnnotation[] {
    return this.annsOf.get(this.image(i).id) ?? [];
  }

  spec(): DatasetSpec {
    return { module: __filename, export: 'CocoDataset', options: { ...this.options, annotations: path.resolve(this.options.annotations), root: this.root } };
  }

  get(i: number): Promise<Sample> { return getSample(this, i) as Promise<Sample>; }

  async getRaw(i: number): Promise<RawSample> {
    const im = this.image(i);
    const imgFile = path.resolve(this.root, im.file_name);
    const img = await decodeImage(imgFile, this.options.channels ?? 3);
    const H = img.height, W = img.width, HW = H * W;
    if (H !== im.height || W !== im.width) fail(imgFile, `image is ${W}x${H} but its entry says ${im.width}x${im.height}`);
    const r: RawSample = { image: img.data, channels: img.channels, height: H, width: W, id: im.id, file: imgFile };
    const tasks = this.tasks;
    if (tasks.includes('classification') && im.label !== undefined) {
      if (typeof im.label === 'number') r.label = this.catIdToIndex(im.label);
      else if (Array.isArray(im.label) && im.label.length === this.categories.length) r.label = Float32Array.from(im.label);
      else fail(imgFile, `label must be a category id or ${this.categories.length} probabilities`);
    }
    if (tasks.includes('detection')) {
      const anns = this.annsOf.get(im.id) ?? [];
      const n = anns.length;
      const boxes = new Float32Array(4 * n), classes = new Int32Array(n), iscrowd = new Uint8Array(n);
      const withMasks = (this.options.masks ?? true) && n > 0 && anns.every((a) => a.segmentation !== undefined);
      const masks = withMasks ? new Uint8Array(n * HW) : undefined;
      anns.forEach((a, j) => {
        const [x, y, w, h] = a.bbox;
        boxes[4 * j] = x; boxes[4 * j + 1] = y; boxes[4 * j + 2] = x + w; boxes[4 * j + 3] = y + h;
        classes[j] = this.catIdToIndex(a.category_id);
        iscrowd[j] = a.iscrowd ? 1 : 0;
        if (masks) {
          let m: Uint8Array;
          try {
            const rle = segmentationToRle(a.segmentation!, H, W);
            if (rle.height !== H || rle.width !== W) throw new Error(`mask is ${rle.width}x${rle.height}, image ${W}x${H}`);
            m = rleDecode(rle);
          } catch (e) {
            throw new BadFileError(this.options.annotations, `annotation ${a.id}: bad segmentation (${errorMessage(e)})`, { cause: e });
          }
          masks.set(m, j * HW);
        }
      });
      r.instances = { boxes, classes, iscrowd };
      if (masks) r.instances.masks = masks;
    }
    if (tasks.includes('segmentation') && im.semantic_file !== undefined) {
      const f = path.resolve(this.root, im.semantic_file);
      const s = await readGrayPng(f, 8);
      if (s.height !== H || s.width !== W) fail(f, `size ${s.width}x${s.height} differs from the image's ${W}x${H}`);
      r.semantic = s.data as Uint8Array;
    }
    if (tasks.includes('depth') && im.depth_file !== undefined) {
      const f = path.resolve(this.root, im.depth_file);
      const d = await readGrayPng(f, 16);
      if (d.height !== H || d.width !== W) fail(f, `size ${d.width}x${d.height} differs from the image's ${W}x${H}`);
      r.depth = millimetersToDepth(d.data as Uint16Array, this.depthScale);
    }
    if (tasks.includes('normals') && im.normals_file !== undefined) {
      const f = path.resolve(this.root, im.normals_file);
      const nn = await readRgbPng(f);
      if (nn.height !== H || nn.width !== W) fail(f, `size ${nn.width}x${nn.height} differs from the image's ${W}x${H}`);
      r.normals = rgbToNormals(nn.data, H, W);
    }
    return r;
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface WriteCocoOptions {
  /** Categories of the class indices: categories[k] is class k (ids may be any integers). */
  categories: readonly CocoCategory[];
  /** Extra fields for the `info` block (depth_scale is set from `depthScale`). */
  info?: Record<string, unknown>;
  /** Depth PNG units per meter (default 1000: millimeters). */
  depthScale?: number;
  /** Base name of sample i's files (default zero-padded index, 6 digits). */
  name?: (i: number, s: RawSample) => string;
  /** Image id of sample i (default: the sample's numeric id, else i). */
  imageId?: (i: number, s: RawSample) => number;
  /** Called after each sample is written (progress). */
  onSample?: (i: number) => void;
  /** Samples encoded concurrently (default 8). */
  concurrency?: number;
}

/**
 * Writes samples as a COCO dataset in `dir`: images/NAME.png, annotations.json and, for samples
 * that have them, semantic/NAME.png, depth/NAME.png, normals/NAME.png (see the header). Instance
 * masks become compressed RLE (`segmentation`), `area` is the mask's pixel count (the box's area
 * without masks), `bbox` is xywh. Output bytes depend only on the samples and options.
 */
export async function writeCoco(dir: string, samples: Iterable<RawSample> | AsyncIterable<RawSample>,
  opts: WriteCocoOptions): Promise<CocoFile> {
  const depthScale = opts.depthScale ?? 1000;
  const made = new Set<string>();
  const mkdir = (sub: string) => {
    if (!made.has(sub)) { fs.mkdirSync(path.join(dir, sub), { recursive: true }); made.add(sub); }
  };
  mkdir('.');
  const images: CocoImage[] = [];
  const perImage: CocoAnnotation[][] = [];
  const inFlight = new Set<Promise<void>>();
  const concurrency = Math.max(1, opts.concurrency ?? 8);
  let firstError: unknown;
  let i = 0;
  for await (const s of samples as AsyncIterable<RawSample>) {
    const idx = i++;
    const name = opts.name ? opts.name(idx, s) : String(idx).padStart(6, '0');
    const id = opts.imageId ? opts.imageId(idx, s) : typeof s.id === 'number' ? s.id : idx;
    const { entry, anns, files } = describeSample(s, name, id, opts.categories);
    images.push(entry);
    perImage.push(anns);
    for (const f of files) mkdir(path.dirname(f.rel));
    const p = writeSampleFiles(dir, s, files, depthScale).then(() => opts.onSample?.(idx), (e) => { firstError ??= e; });
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (firstError) break;
  }
  await Promise.all(inFlight);
  if (firstError) throw firstError;
  let annId = 1;
  const annotations: CocoAnnotation[] = [];
  for (const list of perImage) for (const a of list) { a.id = annId++; annotations.push(a); }
  const out: CocoFile = {
    info: { ...(opts.info ?? {}), depth_scale: depthScale },
    images,
    annotations,
    categories: opts.categories.map((c) => ({ ...c })),
  };
  await fs.promises.writeFile(path.join(dir, 'annotations.json'), JSON.stringify(out));
  return out;
}

interface PlannedFile { rel: string; kind: 'image' | 'semantic' | 'depth' | 'normals' }

function describeSample(s: RawSample, name: string, id: number, cats: readonly CocoCategory[]):
  { entry: CocoImage; anns: CocoAnnotation[]; files: PlannedFile[] } {
  const H = s.height, W = s.width, HW = H * W;
  const files: PlannedFile[] = [{ rel: `images/${name}.png`, kind: 'image' }];
  const entry: CocoImage = { id, file_name: `images/${name}.png`, width: W, height: H };
  if (s.semantic) { entry.semantic_file = `semantic/${name}.png`; files.push({ rel: entry.semantic_file, kind: 'semantic' }); }
  if (s.depth) { entry.depth_file = `depth/${name}.png`; files.push({ rel: entry.depth_file, kind: 'depth' }); }
  if (s.normals) { entry.normals_file = `normals/${name}.png`; files.push({ rel: entry.normals_file, kind: 'normals' }); }
  if (s.label !== undefined) {
    if (typeof s.label === 'number') {
      const c = cats[s.label];
      if (!c) throw new RangeError(`sample ${id}: label ${s.label} has no category`);
      entry.label = c.id;
    } else {
      entry.label = Array.from(s.label);
    }
  }
  const anns: CocoAnnotation[] = [];
  if (s.instances) {
    const { boxes, classes, iscrowd, masks } = s.instances;
    for (let j = 0; j < classes.length; j++) {
      const c = cats[classes[j]];
      if (!c) throw new RangeError(`sample ${id}: instance class ${classes[j]} has no category`);
      const x0 = boxes[4 * j], y0 = boxes[4 * j + 1], x1 = boxes[4 * j + 2], y1 = boxes[4 * j + 3];
      const a: CocoAnnotation = {
        id: 0, image_id: id, category_id: c.id,
        bbox: [x0, y0, x1 - x0, y1 - y0],
        area: (x1 - x0) * (y1 - y0),
        iscrowd: iscrowd && iscrowd[j] ? 1 : 0,
      };
      if (masks) {
        const rle = encodeMaskData(masks.subarray(j * HW, (j + 1) * HW), H, W);
        a.segmentation = rleToCoco(rle);
        a.area = rleArea(rle);
      }
      anns.push(a);
    }
  }
  return { entry, anns, files };
}

async function writeSampleFiles(dir: string, s: RawSample, files: PlannedFile[], depthScale: number): Promise<void> {
  const H = s.height, W = s.width;
  await Promise.all(files.map(async (f) => {
    let png: Buffer;
    switch (f.kind) {
      case 'image':
        png = await encodePng(planesToInterleaved(s.image, s.channels, H, W), W, H, s.channels === 1 ? 1 : 3);
        break;
      case 'semantic': png = await encodePng(s.semantic!, W, H, 1); break;
      case 'depth': png = await encodePng(depthToMillimeters(s.depth!, depthScale), W, H, 1); break;
      case 'normals': png = await encodePng(normalsToRgb(s.normals!, H, W), W, H, 3); break;
    }
    await fs.promises.writeFile(path.join(dir, f.rel), png);
  }));
}
