// Binary masks in COCO's run-length encoding, byte-identical to pycocotools (maskApi.c).
//
//   const rle = rleEncode(maskTensor);            // [H, W] uint8/bool tensor, or (Uint8Array, h, w)
//   rleToString(rle)                              // COCO's compressed counts string
//   rleFromString(s, h, w), rleFromCoco({size, counts})
//   rleDecode(rle) -> Uint8Array [H*W] row-major; rleToTensor(rle) -> uint8 [H, W]
//   rleArea(rle), rleToBbox(rle) -> [x, y, w, h]
//   rleIou(dts, gts, iscrowd) -> Float64Array m x n (row-major [d][g]); bboxIou for boxes
//   polygonToRle(poly, h, w), polygonsToRle(polys, h, w) (merged), bboxToRle(box, h, w)
//   rleMerge(rles, intersect?), frPyObjects(obj, h, w), segmentationToRle(segm, h, w)
//
// Masks given and returned as arrays or tensors are row-major [H, W]; COCO's counts are
// column-major (see rle.ts). Any non-zero value is foreground.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import {
  type Rle, type CocoRle, type CocoUncompressedRle, type Polygon,
  encodeMaskData, rleDecode, rleFromString, rleFromUncompressed, rleMerge, polygonToRle, bboxToRle,
} from './rle';

export {
  type Rle, type CocoRle, type CocoUncompressedRle, type Polygon, type Bbox,
  makeRle, encodeMaskData, rleDecode, rleToString, rleFromString, rleToCoco, rleFromCoco,
  rleFromUncompressed, rleArea, rleToBbox, rleMerge, bboxIou, bboxIouInto, rleIou, rleIouInto,
  polygonToRle, polygonsToRle, bboxToRle,
} from './rle';

function isTensor(x: unknown): x is Tensor {
  return x instanceof torch.Tensor;
}

/**
 * Encodes a binary mask: a [H, W] tensor (any dtype; non-zero is foreground), or row-major data
 * with its height and width.
 */
export function rleEncode(mask: Tensor): Rle;
export function rleEncode(mask: ArrayLike<number>, height: number, width: number): Rle;
export function rleEncode(mask: Tensor | ArrayLike<number>, height?: number, width?: number): Rle {
  if (isTensor(mask)) {
    const shape = mask.shape;
    if (shape.length !== 2) throw new RangeError(`rleEncode: expected a [H, W] mask tensor, got [${shape}]`);
    return encodeMaskData(tensorValues(mask), shape[0], shape[1]);
  }
  if (height === undefined || width === undefined) throw new TypeError('rleEncode: height and width are required for array data');
  return encodeMaskData(mask, height, width);
}

/** Encodes every mask of a [N, H, W] tensor (or row-major data of n masks of h x w). */
export function rleEncodeMany(masks: Tensor): Rle[];
export function rleEncodeMany(masks: ArrayLike<number>, n: number, height: number, width: number): Rle[];
export function rleEncodeMany(masks: Tensor | ArrayLike<number>, n?: number, height?: number, width?: number): Rle[] {
  let data: ArrayLike<number>;
  if (isTensor(masks)) {
    const shape = masks.shape;
    if (shape.length !== 3) throw new RangeError(`rleEncodeMany: expected a [N, H, W] tensor, got [${shape}]`);
    [n, height, width] = shape;
    data = tensorValues(masks);
  } else {
    if (n === undefined || height === undefined || width === undefined) {
      throw new TypeError('rleEncodeMany: n, height and width are required for array data');
    }
    if (masks.length !== n * height * width) {
      throw new RangeError(`rleEncodeMany: ${masks.length} values for ${n} masks of ${height}x${width}`);
    }
    data = masks;
  }
  const a = height! * width!;
  const out: Rle[] = [];
  const sub = (i: number): ArrayLike<number> =>
    ArrayBuffer.isView(data) ? (data as unknown as Uint8Array).subarray(i * a, (i + 1) * a) : Array.prototype.slice.call(data, i * a, (i + 1) * a);
  for (let i = 0; i < n!; i++) out.push(encodeMaskData(sub(i), height!, width!));
  return out;
}

/** The mask as a uint8 [H, W] tensor of 0/1. */
export function rleToTensor(rle: Rle): Tensor {
  return torch.tensor(rleDecode(rle), { dtype: 'uint8', shape: [rle.height, rle.width] });
}

/** Several masks as a uint8 [N, H, W] tensor (all of one size; [0, h, w] needs the size). */
export function rlesToTensor(rles: readonly Rle[], size?: [number, number]): Tensor {
  const [h, w] = rles.length ? [rles[0].height, rles[0].width] : size ?? [0, 0];
  const out = new Uint8Array(rles.length * h * w);
  rles.forEach((r, i) => {
    if (r.height !== h || r.width !== w) throw new RangeError('rlesToTensor: masks of different sizes');
    out.set(rleDecode(r), i * h * w);
  });
  return torch.tensor(out, { dtype: 'uint8', shape: [rles.length, h, w] });
}

function tensorValues(t: Tensor): ArrayLike<number> {
  const d = t.dataSync();
  if (d instanceof BigInt64Array) {
    const out = new Uint8Array(d.length);
    for (let i = 0; i < d.length; i++) out[i] = d[i] !== 0n ? 1 : 0;
    return out;
  }
  return d;
}

type UncompressedLike = CocoUncompressedRle | CocoRle;

function isRleObject(x: unknown): x is UncompressedLike {
  return !!x && typeof x === 'object' && !Array.isArray(x) && 'counts' in x && 'size' in x;
}

function rleOfObject(o: UncompressedLike): Rle {
  if (!Array.isArray(o.size) || o.size.length !== 2) throw new TypeError('RLE size must be [height, width]');
  return typeof o.counts === 'string' ? rleFromString(o.counts, o.size[0], o.size[1]) : rleFromUncompressed(o as CocoUncompressedRle);
}

/**
 * pycocotools' `mask.frPyObjects(obj, h, w)`:
 * - a list of boxes (first element has 4 numbers) -> one mask per box (rleFrBbox);
 * - a list of polygons (first element has more than 4 numbers) -> one mask per polygon;
 * - a list of RLE objects -> one mask each (size taken from each object, not from h, w);
 * - one box (4 numbers), one polygon (> 4 numbers) or one RLE object -> one mask.
 * RLE objects may be uncompressed (number counts) or, beyond pycocotools, compressed (string).
 * As in pycocotools, a list whose first polygon has exactly 4 numbers is read as boxes.
 */
export function frPyObjects(obj: readonly (readonly number[])[] | readonly UncompressedLike[], height: number, width: number): Rle[];
export function frPyObjects(obj: readonly number[] | UncompressedLike, height: number, width: number): Rle;
export function frPyObjects(obj: unknown, height: number, width: number): Rle | Rle[] {
  if (Array.isArray(obj)) {
    if (obj.length === 0) throw new RangeError('frPyObjects: empty list');
    const first = obj[0] as unknown;
    if (Array.isArray(first)) {
      const polys = obj as number[][];
      if (first.length === 4) {
        return polys.map((b, i) => {
          if (!Array.isArray(b) || b.length !== 4) throw new RangeError(`frPyObjects: box ${i} must have 4 numbers`);
          return bboxToRle(b, height, width);
        });
      }
      if (first.length > 4) {
        return polys.map((p, i) => {
          if (!Array.isArray(p)) throw new TypeError(`frPyObjects: polygon ${i} is not an array`);
          return polygonToRle(p, height, width);
        });
      }
      throw new RangeError(`frPyObjects: a polygon needs at least 3 points (got ${first.length} numbers)`);
    }
    if (isRleObject(first)) return (obj as UncompressedLike[]).map((o) => rleOfObject(o));
    if (typeof first === 'number') {
      const flat = obj as number[];
      if (flat.length === 4) return bboxToRle(flat, height, width);
      if (flat.length > 4) return polygonToRle(flat, height, width);
      throw new RangeError(`frPyObjects: ${flat.length} numbers is neither a box nor a polygon`);
    }
  } else if (isRleObject(obj)) {
    return rleOfObject(obj);
  }
  throw new TypeError('frPyObjects: input type is not supported (polygons, boxes or RLE objects)');
}

/** A COCO `segmentation` field: polygons, uncompressed RLE or compressed RLE. */
export type Segmentation = Polygon[] | CocoUncompressedRle | CocoRle;

/**
 * One object's mask from its COCO `segmentation`, as pycocotools' `COCO.annToRLE`: polygons are
 * rasterized at the image's height x width and merged (union); an RLE keeps its own size.
 */
export function segmentationToRle(segm: Segmentation, height: number, width: number): Rle {
  if (Array.isArray(segm)) {
    if (segm.length === 0) throw new RangeError('segmentation is an empty list of polygons');
    return rleMerge(frPyObjects(segm as number[][], height, width));
  }
  if (isRleObject(segm)) return rleOfObject(segm);
  throw new TypeError('segmentation must be a list of polygons or an RLE object {size, counts}');
}
