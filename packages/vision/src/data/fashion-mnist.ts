// Fashion-MNIST from IDX files (Debian's dataset-fashion-mnist installs them, gzipped, in
// /usr/share/datasets/fashion-mnist). Files are read once per process and shared.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { Sample } from './sample';
import type { RawSample } from './raw';
import { type Dataset, type DatasetSpec, checkIndex, getSample } from './dataset';
import { BadFileError, DatasetNotFoundError, errorMessage } from './errors';

export const FASHION_MNIST_ROOT = '/usr/share/datasets/fashion-mnist';
export const FASHION_MNIST_CLASSES = [
  'T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot',
] as const;

export interface FashionMNISTOptions {
  /** Folder of the IDX files (gzipped or not). Default /usr/share/datasets/fashion-mnist. */
  root?: string;
  /** 'train' (60000 images, default) or 'test' (10000). */
  split?: 'train' | 'test';
  /** Image channels: 1 ([1, 28, 28], default) or 3 (gray replicated to [3, 28, 28]). */
  channels?: 1 | 3;
}

export interface IdxArray {
  /** Dimensions, e.g. [60000, 28, 28]. */
  shape: number[];
  data: Uint8Array;
}

/** Parses an IDX file of unsigned bytes (type 0x08), gzipped or not. */
export function readIdx(file: string): IdxArray {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
    if (buf[0] === 0x1f && buf[1] === 0x8b) buf = zlib.gunzipSync(buf);
  } catch (e) {
    throw new BadFileError(file, `cannot read IDX file (${errorMessage(e)})`, { cause: e });
  }
  if (buf.length < 4 || buf[0] !== 0 || buf[1] !== 0) throw new BadFileError(file, 'not an IDX file (bad magic)');
  if (buf[2] !== 0x08) throw new BadFileError(file, `IDX element type 0x${buf[2].toString(16)} is not unsigned byte`);
  const ndim = buf[3];
  const shape: number[] = [];
  for (let i = 0; i < ndim; i++) shape.push(buf.readUInt32BE(4 + 4 * i));
  const off = 4 + 4 * ndim;
  const n = shape.reduce((a, b) => a * b, 1);
  if (buf.length < off + n) throw new BadFileError(file, `truncated: ${buf.length - off} bytes for shape [${shape}]`);
  return { shape, data: new Uint8Array(buf.buffer, buf.byteOffset + off, n) };
}

const cache = new Map<string, { images: IdxArray; labels: IdxArray }>();

function locate(root: string, base: string): string {
  for (const f of [`${base}.gz`, base]) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) return p;
  }
  throw new DatasetNotFoundError(
    `Fashion-MNIST: ${path.join(root, base)}(.gz) not found. Install the Debian package dataset-fashion-mnist ` +
    `(apt-get install dataset-fashion-mnist), or pass root: a folder with the IDX files ` +
    '(train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, gzipped or not).');
}

export class FashionMNIST implements Dataset {
  readonly options: Readonly<Required<FashionMNISTOptions>>;
  readonly classes = FASHION_MNIST_CLASSES;
  readonly images: IdxArray;
  readonly labels: IdxArray;

  constructor(options: FashionMNISTOptions = {}) {
    const root = path.resolve(options.root ?? FASHION_MNIST_ROOT);
    const split = options.split ?? 'train';
    if (split !== 'train' && split !== 'test') throw new RangeError(`FashionMNIST: split must be 'train' or 'test', got '${split}'`);
    const channels = options.channels ?? 1;
    if (channels !== 1 && channels !== 3) throw new RangeError(`FashionMNIST: channels must be 1 or 3, got ${channels}`);
    this.options = { root, split, channels };
    const prefix = split === 'train' ? 'train' : 't10k';
    const imgFile = locate(root, `${prefix}-images-idx3-ubyte`);
    const lblFile = locate(root, `${prefix}-labels-idx1-ubyte`);
    const key = `${imgFile}\n${lblFile}`;
    let c = cache.get(key);
    if (!c) {
      c = { images: readIdx(imgFile), labels: readIdx(lblFile) };
      if (c.images.shape.length !== 3) throw new BadFileError(imgFile, `expected [N, H, W] images, got [${c.images.shape}]`);
      if (c.labels.shape.length !== 1 || c.labels.shape[0] !== c.images.shape[0]) {
        throw new BadFileError(lblFile, `${c.labels.shape[0]} labels for ${c.images.shape[0]} images`);
      }
      cache.set(key, c);
    }
    this.images = c.images;
    this.labels = c.labels;
  }

  get length(): number { return this.images.shape[0]; }

  spec(): DatasetSpec {
    return { module: __filename, export: 'FashionMNIST', options: { ...this.options } };
  }

  get(i: number): Sample { return getSample(this, i) as Sample; }

  getRaw(i: number): RawSample {
    checkIndex(i, this.length, 'FashionMNIST');
    const [, h, w] = this.images.shape;
    const hw = h * w;
    const c = this.options.channels;
    const image = new Float32Array(c * hw);
    const src = this.images.data.subarray(i * hw, (i + 1) * hw);
    for (let p = 0; p < hw; p++) image[p] = src[p] / 255;
    for (let k = 1; k < c; k++) image.copyWithin(k * hw, 0, hw);
    return { image, channels: c, height: h, width: w, label: this.labels.data[i], id: i };
  }
}
