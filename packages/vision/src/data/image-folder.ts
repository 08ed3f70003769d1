// ImageFolder (torchvision's layout): root/<class>/**/<image>. Classes are the sub-folders of
// root sorted by name (class index = position); images are every file with an image extension
// below a class folder, sorted by path. Decoding is sharp's (asynchronous).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Sample } from './sample';
import type { RawSample } from './raw';
import { type Dataset, type DatasetSpec, checkIndex, getSample } from './dataset';
import { DatasetNotFoundError } from './errors';
import { decodeImage, encodePng, planesToInterleaved } from './image-io';

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.bmp', '.gif', '.tif', '.tiff'] as const;

export interface ImageFolderOptions {
  root: string;
  /** 3 (RGB, default) or 1 (grayscale). */
  channels?: 1 | 3;
  /** File extensions taken as images (lower case, with the dot; default IMAGE_EXTENSIONS). */
  extensions?: readonly string[];
}

/** Appends every file below dir with one of the extensions, sorted by path, to out. */
export function listImageFiles(dir: string, exts: readonly string[], out: string[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listImageFiles(p, exts, out);
    else if (exts.includes(path.extname(e.name).toLowerCase())) out.push(p);
  }
}

export class ImageFolder implements Dataset {
  readonly options: Readonly<ImageFolderOptions>;
  readonly root: string;
  readonly classes: readonly string[];
  /** [file, class index] of every sample. */
  readonly samples: readonly (readonly [string, number])[];

  constructor(options: ImageFolderOptions) {
    this.options = { ...options };
    this.root = path.resolve(options.root);
    if (!fs.existsSync(this.root) || !fs.statSync(this.root).isDirectory()) {
      throw new DatasetNotFoundError(`ImageFolder: ${this.root} is not a folder`);
    }
    const exts = options.extensions ?? IMAGE_EXTENSIONS;
    this.classes = fs.readdirSync(this.root, { withFileTypes: true })
      .filter((e) => e.isDirectory()).map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (this.classes.length === 0) throw new DatasetNotFoundError(`ImageFolder: no class folders in ${this.root}`);
    const samples: [string, number][] = [];
    this.classes.forEach((c, k) => {
      const files: string[] = [];
      listImageFiles(path.join(this.root, c), exts, files);
      for (const f of files) samples.push([f, k]);
    });
    this.samples = samples;
  }

  get length(): number { return this.samples.length; }

  spec(): DatasetSpec {
    return { module: __filename, export: 'ImageFolder', options: { ...this.options, root: this.root } };
  }

  get(i: number): Promise<Sample> { return getSample(this, i) as Promise<Sample>; }

  async getRaw(i: number): Promise<RawSample> {
    checkIndex(i, this.length, 'ImageFolder');
    const [file, label] = this.samples[i];
    const img = await decodeImage(file, this.options.channels ?? 3);
    return { image: img.data, channels: img.channels, height: img.height, width: img.width, label, id: i, file };
  }
}

/**
 * Writes samples as an ImageFolder: root/<classes[label]>/<name>.png (name: zero-padded index by
 * default). Samples need an index label.
 */
export async function writeImageFolder(root: string, samples: Iterable<RawSample> | AsyncIterable<RawSample>,
  classes: readonly string[], name: (i: number, s: RawSample) => string = (i) => String(i).padStart(6, '0')): Promise<number> {
  for (const c of classes) fs.mkdirSync(path.join(root, c), { recursive: true });
  let i = 0;
  for await (const s of samples as AsyncIterable<RawSample>) {
    if (typeof s.label !== 'number' || !classes[s.label]) throw new RangeError(`writeImageFolder: sample ${i} has no index label among ${classes.length} classes`);
    const png = await encodePng(planesToInterleaved(s.image, s.channels, s.height, s.width), s.width, s.height, s.channels === 1 ? 1 : 3);
    await fs.promises.writeFile(path.join(root, classes[s.label], `${name(i, s)}.png`), png);
    i++;
  }
  return i;
}
