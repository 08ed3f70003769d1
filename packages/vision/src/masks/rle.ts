// COCO run-length encoding of binary masks: a port of the operations of COCO's maskApi.c (the C
// library under pycocotools), kept byte-identical: the same counts, the same compressed strings,
// the same polygon rasterization, the same IoU values.
//
// Layout. COCO encodes masks in column-major order (Fortran order, as MATLAB): the runs walk down
// column 0, then column 1, and so on. The counts alternate zeros and ones and always start with a
// run of zeros (possibly empty): [0 0 1 1 1 0 1] -> [2 3 1 1], [1 1 1 0] -> [0 3 1].
// The masks this module takes and returns (Uint8Array, Tensor) are row-major [H, W], as everywhere
// else in MuST; the transposition is done here.

/** A run-length encoded binary mask of `height` x `width` pixels (COCO's uncompressed RLE). */
export interface Rle {
  readonly height: number;
  readonly width: number;
  /** Run lengths, column-major, starting with a run of zeros. */
  readonly counts: Uint32Array;
}

/** COCO's JSON form of a compressed RLE: `{"size": [h, w], "counts": "<string>"}`. */
export interface CocoRle {
  size: [number, number];
  counts: string;
}

/** COCO's JSON form of an uncompressed RLE (used for crowd annotations): counts as numbers. */
export interface CocoUncompressedRle {
  size: [number, number];
  counts: number[];
}

/** A polygon as COCO stores it: [x1, y1, x2, y2, ...] in pixel coordinates. */
export type Polygon = number[];

/** [x, y, width, height], COCO's box format. */
export type Bbox = [number, number, number, number];

const U32 = 4294967296;

function checkSize(height: number, width: number, what: string): void {
  if (!Number.isInteger(height) || !Number.isInteger(width) || height < 0 || width < 0) {
    throw new RangeError(`${what}: mask size must be non-negative integers, got ${height}x${width}`);
  }
}

/** Makes an Rle, checking that the counts add up to height * width. */
export function makeRle(height: number, width: number, counts: ArrayLike<number>): Rle {
  checkSize(height, width, 'makeRle');
  const c = counts instanceof Uint32Array ? counts : Uint32Array.from(counts as ArrayLike<number>);
  let total = 0;
  for (let i = 0; i < c.length; i++) total += c[i];
  if (total !== height * width) {
    throw new RangeError(`RLE counts sum to ${total}, expected ${height}x${width} = ${height * width}`);
  }
  return { height, width, counts: c };
}

// ---------------------------------------------------------------------------------------------
// Encode / decode

let scratch = new Uint32Array(1024);
function scratchOf(n: number): Uint32Array {
  if (scratch.length < n) scratch = new Uint32Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/**
 * Encodes one binary mask (any non-zero value is foreground). `data` is row-major [height, width]
 * unless `order: 'column'` says it is already column-major (as pycocotools' Fortran arrays).
 */
export function encodeMaskData(
  data: ArrayLike<number>, height: number, width: number, order: 'row' | 'column' = 'row',
): Rle {
  checkSize(height, width, 'rleEncode');
  const a = height * width;
  if (data.length !== a) throw new RangeError(`rleEncode: ${data.length} values for a ${height}x${width} mask`);
  const cnts = scratchOf(a + 1);
  let k = 0;
  let p = 0;
  let c = 0;
  if (order === 'column') {
    for (let j = 0; j < a; j++) {
      const v = data[j] ? 1 : 0;
      if (v !== p) { cnts[k++] = c; c = 0; p = v; }
      c++;
    }
  } else {
    for (let x = 0; x < width; x++) {
      for (let y = 0, j = x; y < height; y++, j += width) {
        const v = data[j] ? 1 : 0;
        if (v !== p) { cnts[k++] = c; c = 0; p = v; }
        c++;
      }
    }
  }
  cnts[k++] = c;
  return { height, width, counts: cnts.slice(0, k) };
}

/** Decodes to a row-major (or, with `order: 'column'`, column-major) Uint8Array of 0/1. */
export function rleDecode(rle: Rle, order: 'row' | 'column' = 'row'): Uint8Array {
  const { height: h, width: w, counts } = rle;
  const out = new Uint8Array(h * w);
  let j = 0;
  let v = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i];
    if (j + n > h * w) throw new RangeError(`rleDecode: counts sum past ${h}x${w}`);
    if (v && n) {
      if (order === 'column') out.fill(1, j, j + n);
      else {
        let x = Math.floor(j / h);
        let y = j - x * h;
        for (let q = 0; q < n; q++) {
          out[y * w + x] = 1;
          if (++y === h) { y = 0; x++; }
        }
      }
    }
    j += n;
    v = 1 - v;
  }
  if (j !== h * w) throw new RangeError(`rleDecode: counts sum to ${j}, expected ${h * w}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Compressed strings (rleToString / rleFrString): LEB128-like, 5 data bits + 1 continuation bit per
// character, characters 48..111; from the fourth count on, the difference to the count two places
// earlier is stored.

/** The compressed COCO string of an RLE (identical to pycocotools' `counts` bytes). */
export function rleToString(rle: Rle): string {
  const cnts = rle.counts;
  const out: number[] = [];
  for (let i = 0; i < cnts.length; i++) {
    let x = cnts[i];
    if (i > 2) x -= cnts[i - 2];
    let more = true;
    while (more) {
      let c = ((x % 32) + 32) % 32; // x & 0x1f (two's complement)
      x = Math.floor(x / 32); // x >>= 5 (arithmetic)
      more = c & 0x10 ? x !== -1 : x !== 0;
      if (more) c |= 0x20;
      out.push(c + 48);
    }
  }
  let s = '';
  for (let i = 0; i < out.length; i += 8192) s += String.fromCharCode(...out.slice(i, i + 8192));
  return s;
}

/** Parses a compressed COCO string of a `height` x `width` mask. */
export function rleFromString(s: string, height: number, width: number): Rle {
  checkSize(height, width, 'rleFromString');
  if (typeof s !== 'string') throw new TypeError('rleFromString: counts must be a string');
  const cnts: number[] = [];
  let p = 0;
  const n = s.length;
  while (p < n) {
    let x = 0;
    let k = 0;
    let more = true;
    while (more) {
      if (p >= n) throw new SyntaxError(`rleFromString: truncated compressed RLE string`);
      const c = s.charCodeAt(p) - 48;
      if (c < 0 || c > 63) {
        throw new SyntaxError(`rleFromString: invalid character ${JSON.stringify(s[p])} at ${p} in compressed RLE`);
      }
      x += (c & 0x1f) * 2 ** (5 * k);
      more = (c & 0x20) !== 0;
      p++;
      k++;
      if (!more && c & 0x10) x -= 2 ** (5 * k);
    }
    const m = cnts.length;
    if (m > 2) x += cnts[m - 2];
    cnts.push(((x % U32) + U32) % U32);
  }
  return makeRle(height, width, cnts);
}

/** `{size: [h, w], counts: string}` as in COCO JSON files. */
export function rleToCoco(rle: Rle): CocoRle {
  return { size: [rle.height, rle.width], counts: rleToString(rle) };
}

/** An Rle from COCO's JSON form, compressed (string counts) or uncompressed (number counts). */
export function rleFromCoco(obj: CocoRle | CocoUncompressedRle): Rle {
  if (!obj || typeof obj !== 'object' || !Array.isArray(obj.size) || obj.size.length !== 2) {
    throw new TypeError('RLE must be an object {size: [h, w], counts}');
  }
  const [h, w] = obj.size;
  if (typeof obj.counts === 'string') return rleFromString(obj.counts, h, w);
  if (Array.isArray(obj.counts)) return rleFromUncompressed(obj as CocoUncompressedRle);
  throw new TypeError('RLE counts must be a string (compressed) or an array of numbers (uncompressed)');
}

/**
 * pycocotools' frUncompressedRLE: the counts as given (cast to uint32), size from the object.
 * Counts must be non-negative integers adding up to h * w.
 */
export function rleFromUncompressed(obj: CocoUncompressedRle): Rle {
  const [h, w] = obj.size;
  checkSize(h, w, 'rleFromUncompressed');
  const c = new Uint32Array(obj.counts.length);
  for (let i = 0; i < c.length; i++) {
    const v = obj.counts[i];
    if (!Number.isInteger(v) || v < 0 || v >= U32) throw new RangeError(`uncompressed RLE count ${v} at ${i} is not a uint32`);
    c[i] = v;
  }
  return makeRle(h, w, c);
}

// ---------------------------------------------------------------------------------------------
// Area, bounding box, merge

/** Number of foreground pixels. */
export function rleArea(rle: Rle): number {
  const c = rle.counts;
  let a = 0;
  for (let j = 1; j < c.length; j += 2) a += c[j];
  return a;
}

/** The tight [x, y, w, h] box of the foreground ([0, 0, 0, 0] when empty), as maskApi's rleToBbox. */
export function rleToBbox(rle: Rle): Bbox {
  const h = rle.height;
  const w = rle.width;
  const cnts = rle.counts;
  const m = Math.floor(cnts.length / 2) * 2;
  if (m === 0 || h === 0) return [0, 0, 0, 0];
  let xs = w;
  let ys = h;
  let xe = 0;
  let ye = 0;
  let cc = 0;
  let xp = 0;
  for (let j = 0; j < m; j++) {
    cc = (cc + cnts[j]) >>> 0;
    const t = (cc - (j % 2)) >>> 0;
    const y = t % h;
    const x = (t - y) / h;
    if (j % 2 === 0) xp = x;
    else if (xp < x) { ys = 0; ye = h - 1; }
    if (x < xs) xs = x;
    if (x > xe) xe = x;
    if (y < ys) ys = y;
    if (y > ye) ye = y;
  }
  return [xs, ys, (xe - xs + 1) >>> 0, (ye - ys + 1) >>> 0];
}

/** Union (default) or intersection of RLEs of one size, as maskApi's rleMerge. */
export function rleMerge(rles: readonly Rle[], intersect = false): Rle {
  const n = rles.length;
  if (n === 0) return { height: 0, width: 0, counts: new Uint32Array(0) };
  const h = rles[0].height;
  const w = rles[0].width;
  if (n === 1) return { height: h, width: w, counts: rles[0].counts.slice() };
  for (let i = 1; i < n; i++) {
    if (rles[i].height !== h || rles[i].width !== w) {
      throw new RangeError(`rleMerge: masks of different sizes (${h}x${w} and ${rles[i].height}x${rles[i].width})`);
    }
  }
  let cur = rles[0].counts;
  const buf = new Uint32Array(h * w + 1);
  for (let i = 1; i < n; i++) {
    const A = cur;
    const B = rles[i].counts;
    let ca = A.length ? A[0] : 0;
    let cb = B.length ? B[0] : 0;
    let v = 0, va = 0, vb = 0, m = 0, a = 1, b = 1, cc = 0, ct = 1;
    while (ct > 0) {
      const c = Math.min(ca, cb);
      cc += c;
      ct = 0;
      ca -= c;
      if (!ca && a < A.length) { ca = A[a++]; va = 1 - va; }
      ct += ca;
      cb -= c;
      if (!cb && b < B.length) { cb = B[b++]; vb = 1 - vb; }
      ct += cb;
      const vp = v;
      v = intersect ? (va && vb ? 1 : 0) : (va || vb ? 1 : 0);
      if (v !== vp || ct === 0) { buf[m++] = cc; cc = 0; }
    }
    cur = buf.slice(0, m);
  }
  return { height: h, width: w, counts: cur };
}

// ---------------------------------------------------------------------------------------------
// IoU

/**
 * IoU between boxes [x, y, w, h] (maskApi's bbIou): `dt` is m boxes, `gt` n boxes, flat or as
 * arrays of 4. For a crowd gt the union is the detection's area. Returns m x n, row-major [d][g].
 */
export function bboxIou(
  dt: ArrayLike<number> | readonly ArrayLike<number>[],
  gt: ArrayLike<number> | readonly ArrayLike<number>[],
  iscrowd?: ArrayLike<number | boolean>,
): Float64Array {
  const D = flatBoxes(dt, 'dt');
  const G = flatBoxes(gt, 'gt');
  const m = D.length / 4;
  const n = G.length / 4;
  if (iscrowd && iscrowd.length !== n) throw new RangeError(`bboxIou: ${iscrowd.length} iscrowd flags for ${n} gt boxes`);
  const out = new Float64Array(m * n);
  bboxIouInto(D, 0, m, G, 0, n, iscrowd, out);
  return out;
}

/** bbIou on flat xywh arrays starting at box offsets; writes out[d * n + g]. */
export function bboxIouInto(
  D: ArrayLike<number>, d0: number, m: number,
  G: ArrayLike<number>, g0: number, n: number,
  iscrowd: ArrayLike<number | boolean> | undefined, out: Float64Array, outOffset = 0,
): void {
  for (let g = 0; g < n; g++) {
    const gi = (g0 + g) * 4;
    const gx = G[gi], gy = G[gi + 1], gw = G[gi + 2], gh = G[gi + 3];
    const ga = gw * gh;
    const crowd = iscrowd ? !!iscrowd[g] : false;
    for (let d = 0; d < m; d++) {
      const di = (d0 + d) * 4;
      const dx = D[di], dy = D[di + 1], dw = D[di + 2], dh = D[di + 3];
      const da = dw * dh;
      let o = 0;
      const iw = Math.min(dw + dx, gw + gx) - Math.max(dx, gx);
      if (iw > 0) {
        const ih = Math.min(dh + dy, gh + gy) - Math.max(dy, gy);
        if (ih > 0) {
          const i = iw * ih;
          const u = crowd ? da : da + ga - i;
          o = i / u;
        }
      }
      out[outOffset + d * n + g] = o;
    }
  }
}

function flatBoxes(b: ArrayLike<number> | readonly ArrayLike<number>[], what: string): ArrayLike<number> {
  if (b.length > 0 && typeof (b as ArrayLike<unknown>)[0] === 'object') {
    const arr = b as readonly ArrayLike<number>[];
    const out = new Float64Array(arr.length * 4);
    arr.forEach((x, i) => {
      if (x.length !== 4) throw new RangeError(`${what} box ${i} has ${x.length} values, expected 4`);
      for (let j = 0; j < 4; j++) out[i * 4 + j] = x[j];
    });
    return out;
  }
  if (b.length % 4) throw new RangeError(`${what}: ${b.length} values is not a multiple of 4`);
  return b as ArrayLike<number>;
}

/**
 * IoU between RLE masks (maskApi's rleIou): m x n, row-major [d][g]. With iscrowd[g] the union is
 * the detection's area. Masks of different sizes are an error (pycocotools returns -1 there).
 */
export function rleIou(dt: readonly Rle[], gt: readonly Rle[], iscrowd?: ArrayLike<number | boolean>): Float64Array {
  const m = dt.length;
  const n = gt.length;
  if (iscrowd && iscrowd.length !== n) throw new RangeError(`rleIou: ${iscrowd.length} iscrowd flags for ${n} masks`);
  const out = new Float64Array(m * n);
  const db = new Float64Array(m * 4);
  const gb = new Float64Array(n * 4);
  for (let d = 0; d < m; d++) db.set(rleToBbox(dt[d]), d * 4);
  for (let g = 0; g < n; g++) gb.set(rleToBbox(gt[g]), g * 4);
  rleIouInto(dt, db, gt, gb, iscrowd, out, 0);
  return out;
}

/** rleIou with precomputed boxes (rleToBbox of each mask): writes out[offset + d * n + g]. */
export function rleIouInto(
  dt: readonly Rle[], dtBoxes: ArrayLike<number>, gt: readonly Rle[], gtBoxes: ArrayLike<number>,
  iscrowd: ArrayLike<number | boolean> | undefined, out: Float64Array, offset: number,
): void {
  const m = dt.length;
  const n = gt.length;
  bboxIouInto(dtBoxes, 0, m, gtBoxes, 0, n, iscrowd, out, offset);
  for (let g = 0; g < n; g++) {
    const G = gt[g];
    const crowd = iscrowd ? !!iscrowd[g] : false;
    for (let d = 0; d < m; d++) {
      const oi = offset + d * n + g;
      if (!(out[oi] > 0)) continue;
      const Dm = dt[d];
      if (Dm.height !== G.height || Dm.width !== G.width) {
        throw new RangeError(`rleIou: masks of different sizes (${Dm.height}x${Dm.width} and ${G.height}x${G.width})`);
      }
      const A = Dm.counts;
      const B = G.counts;
      const ka = A.length;
      const kb = B.length;
      let ca = A[0], cb = B[0], va = 0, vb = 0, a = 1, b = 1, i = 0, u = 0, ct = 1;
      while (ct > 0) {
        const c = ca < cb ? ca : cb;
        if (va || vb) { u += c; if (va && vb) i += c; }
        ct = 0;
        ca -= c;
        if (!ca && a < ka) { ca = A[a++]; va = 1 - va; }
        ct += ca;
        cb -= c;
        if (!cb && b < kb) { cb = B[b++]; vb = 1 - vb; }
        ct += cb;
      }
      if (i === 0) u = 1;
      else if (crowd) u = rleArea(Dm);
      out[oi] = i / u;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Polygons and boxes to masks

/** C's (int) cast of a double as x86-64 does it: truncation; NaN and out-of-range give INT_MIN. */
function cInt(x: number): number {
  return x > -2147483649 && x < 2147483648 ? Math.trunc(x) : -2147483648;
}

/**
 * Rasterizes one polygon [x1, y1, x2, y2, ...] into an h x w mask exactly as maskApi's rleFrPoly:
 * the vertices are scaled by 5 and rounded, the edges walked densely, and a pixel is inside when
 * its centre is (an odd number of) crossings of its column below the boundary. An odd trailing
 * coordinate is ignored, as pycocotools does.
 */
export function polygonToRle(xy: ArrayLike<number>, height: number, width: number): Rle {
  checkSize(height, width, 'polygonToRle');
  const h = height;
  const w = width;
  const k = Math.floor(xy.length / 2);
  for (let i = 0; i < 2 * k; i++) {
    if (!Number.isFinite(xy[i])) throw new RangeError(`polygon coordinate ${i} is not a finite number (${xy[i]})`);
  }
  const scale = 5;
  const x = new Int32Array(k + 1);
  const y = new Int32Array(k + 1);
  for (let j = 0; j < k; j++) x[j] = cInt(scale * xy[j * 2] + 0.5);
  x[k] = x[0];
  for (let j = 0; j < k; j++) y[j] = cInt(scale * xy[j * 2 + 1] + 0.5);
  y[k] = y[0];
  let m = 0;
  for (let j = 0; j < k; j++) m += Math.max(Math.abs(x[j] - x[j + 1]), Math.abs(y[j] - y[j + 1])) + 1;
  const u = new Int32Array(m);
  const v = new Int32Array(m);
  m = 0;
  for (let j = 0; j < k; j++) {
    let xs = x[j], xe = x[j + 1], ys = y[j], ye = y[j + 1];
    const dx = Math.abs(xe - xs);
    const dy = Math.abs(ys - ye);
    const flip = (dx >= dy && xs > xe) || (dx < dy && ys > ye);
    if (flip) {
      let t = xs; xs = xe; xe = t;
      t = ys; ys = ye; ye = t;
    }
    const s = dx >= dy ? (ye - ys) / dx : (xe - xs) / dy;
    if (dx >= dy) {
      for (let d = 0; d <= dx; d++) {
        const t = flip ? dx - d : d;
        u[m] = t + xs;
        v[m] = cInt(ys + s * t + 0.5);
        m++;
      }
    } else {
      for (let d = 0; d <= dy; d++) {
        const t = flip ? dy - d : d;
        v[m] = t + ys;
        u[m] = cInt(xs + s * t + 0.5);
        m++;
      }
    }
  }
  // points along the y-boundary, downsampled
  const kk = m;
  const bx: number[] = [];
  const by: number[] = [];
  const wMax = w === 0 ? Infinity : w - 1;
  for (let j = 1; j < kk; j++) {
    if (u[j] !== u[j - 1]) {
      let xd = u[j] < u[j - 1] ? u[j] : u[j] - 1;
      xd = (xd + 0.5) / scale - 0.5;
      if (Math.floor(xd) !== xd || xd < 0 || xd > wMax) continue;
      let yd = v[j] < v[j - 1] ? v[j] : v[j - 1];
      yd = (yd + 0.5) / scale - 0.5;
      if (yd < 0) yd = 0;
      else if (yd > h) yd = h;
      yd = Math.ceil(yd);
      bx.push(xd);
      by.push(yd);
    }
  }
  // RLE from the y-boundary points
  const nb = bx.length;
  const a = new Uint32Array(nb + 1);
  for (let j = 0; j < nb; j++) a[j] = (Math.imul(bx[j], h) + by[j]) >>> 0;
  a[nb] = (h * w) >>> 0;
  a.sort();
  let p = 0;
  for (let j = 0; j <= nb; j++) {
    const t = a[j];
    a[j] = (a[j] - p) >>> 0;
    p = t;
  }
  const K = nb + 1;
  const b = new Uint32Array(K);
  let j = 0;
  m = 0;
  b[m++] = a[j++];
  while (j < K) {
    if (a[j] > 0) b[m++] = a[j++];
    else {
      j++;
      if (j < K) b[m - 1] += a[j++];
    }
  }
  return { height: h, width: w, counts: b.slice(0, m) };
}

/** One box [x, y, w, h] as a mask (maskApi's rleFrBbox: the box's polygon, rasterized). */
export function bboxToRle(bbox: ArrayLike<number>, height: number, width: number): Rle {
  const xs = bbox[0], xe = xs + bbox[2];
  const ys = bbox[1], ye = ys + bbox[3];
  return polygonToRle([xs, ys, xs, ye, xe, ye, xe, ys], height, width);
}

/** Several polygons (the parts of one object) merged into one mask, as pycocotools' annToRLE. */
export function polygonsToRle(polygons: readonly ArrayLike<number>[], height: number, width: number): Rle {
  if (polygons.length === 0) throw new RangeError('polygonsToRle: no polygons');
  return rleMerge(polygons.map((p) => polygonToRle(p, height, width)));
}
