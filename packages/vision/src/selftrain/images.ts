// UnlabeledImages: every image file below a folder (recursively, sorted by path), without labels —
// the "unlabeled image set" that the teachers pseudo-label. Index i is the i-th file in that order.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Sample } from '../data/sample';
import type { RawSample } from '../data/raw';
import { type Dataset, type DatasetSpec, checkIndex, getSample } from '../data/dataset';
import { DatasetNotFoundError } from '../data/errors';
import { decodeImage } from '../data/image-io';
import { IMAGE_EXTENSIONS, listImageFiles } from '../data/image-folder';

export interface UnlabeledImagesOptions {
  root: string;
  /** 3 (RGB, default) or 1 (grayscale). */
  channels?: 1 | 3;
  /** Extensions taken as images (lower case, with the dot; default IMAGE_EXTENSIONS). */
  extensions?: readonly string[];
}

export class UnlabeledImages implements Dataset {
  readonly options: Readonly<UnlabeledImagesOptions>;
  readonly root: string;
  readonly files: readonly string[];

  constructor(options: UnlabeledImagesOptions) {
    this.root = path.resolve(options.root);
    this.options = { ...options, root: this.root };
    if (!fs.existsSync(this.root) || !fs.statSync(this.root).isDirectory()) throw new DatasetNotFoundError(`UnlabeledImages: ${this.root} is not a folder`);
    const files: string[] = [];
    listImageFiles(this.root, options.extensions ?? IMAGE_EXTENSIONS, files);
    if (files.length === 0) throw new DatasetNotFoundError(`UnlabeledImages: no image files below ${this.root}`);
    this.files = files;
  }

  get length(): number { return this.files.length; }

  spec(): DatasetSpec {
    return { module: __filename, export: 'UnlabeledImages', options: { ...this.options } };
  }

  get(i: number): Promise<Sample> { return getSample(this, i) as Promise<Sample>; }

  async getRaw(i: number): Promise<RawSample> {
    checkIndex(i, this.length, 'UnlabeledImages');
    const file = this.files[i];
    const img = await decodeImage(file, this.options.channels ?? 3);
    return { image: img.data, channels: img.channels, height: img.height, width: img.width, id: path.relative(this.root, file), file };
  }
}
