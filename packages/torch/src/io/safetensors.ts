// Reading and writing the safetensors format (https://github.com/huggingface/safetensors):
//
//   8 bytes   N, the header size, an unsigned 64-bit little-endian integer
//   N bytes   a UTF-8 JSON object: {"name": {"dtype": "F32", "shape": [2, 3], "data_offsets": [begin, end]},
//             ..., "__metadata__": {"key": "value"}} (metadata optional, string -> string);
//             the reference writer pads it with spaces so that the data starts 8-byte aligned
//   the rest  the data section: every tensor's raw little-endian bytes in row-major order at
//             [begin, end) relative to the start of the section, with no holes, no overlaps and
//             nothing after the last tensor
//
// Reading goes through a file descriptor one tensor at a time (fs.readSync at the tensor's
// offset), so loading a file never needs the whole file in memory at once on top of the tensors;
// openSafetensors gives lazy access to single tensors. Writing matches the reference writer byte
// for byte (tensors sorted by dtype alignment descending, then by name; compact JSON; metadata
// first; space padding) and is atomic: a temporary file in the target folder, fsync, rename.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { native } from '../native';
import { Tensor } from '../tensor';
import { type DType, DTYPES, elementSize } from '../dtype';
import { JsonFloat, JsonSyntaxError, jsonKind, parseJson, type JsonObject, type JsonValue } from './json';

/** The dtype names of the safetensors format that this binding reads and writes. */
export type SafetensorsDType = 'F64' | 'F32' | 'F16' | 'BF16' | 'I64' | 'I32' | 'I16' | 'I8' | 'U8' | 'BOOL';

const TO_DTYPE: Readonly<Record<SafetensorsDType, DType>> = {
  F64: 'float64', F32: 'float32', F16: 'float16', BF16: 'bfloat16',
  I64: 'int64', I32: 'int32', I16: 'int16', I8: 'int8', U8: 'uint8', BOOL: 'bool',
};
const FROM_DTYPE: Readonly<Record<DType, SafetensorsDType>> = {
  float64: 'F64', float32: 'F32', float16: 'F16', bfloat16: 'BF16',
  int64: 'I64', int32: 'I32', int16: 'I16', int8: 'I8', uint8: 'U8', bool: 'BOOL',
};
/**
 * Position of each dtype in the reference implementation's `Dtype` enum, which is declared in
 * increasing alignment order; its writer sorts tensors by this rank, descending, then by name.
 */
const RANK: Readonly<Record<SafetensorsDType, number>> = {
  BOOL: 0, U8: 1, I8: 2, /* F8_E5M2: 3, F8_E4M3: 4, */ I16: 5, /* U16: 6, */ F16: 7, BF16: 8,
  I32: 9, /* U32: 10, */ F32: 11, F64: 12, I64: 13, /* U64: 14 */
};
/** Dtypes other writers may use that libtorch 1.13 (and so this binding) has no tensor type for. */
const UNSUPPORTED = new Set(['U16', 'U32', 'U64', 'F8_E5M2', 'F8_E4M3', 'F8_E8M0', 'F6_E2M3', 'F6_E3M2', 'F4', 'C64']);

function isSafetensorsDType(s: string): s is SafetensorsDType {
  return Object.prototype.hasOwnProperty.call(TO_DTYPE, s);
}

/** The largest header accepted, as in the reference implementation (100 MB). */
export const MAX_HEADER_SIZE = 100_000_000;

/** Largest single read or write (the fs calls take 32-bit lengths). */
const IO_CHUNK = 1 << 30;

/** An error about a particular file: a malformed file, or an I/O failure while reading or writing it. */
export class SafetensorsError extends Error {
  /** The file the error is about, as given by the caller. */
  readonly file: string;
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(`safetensors: ${file}: ${message}`, options);
    this.name = 'SafetensorsError';
    this.file = file;
  }
}

/** Where one tensor lies in a file and how to interpret its bytes. */
export interface SafetensorsTensorInfo {
  /** The tensor's dtype in this binding's names ('float32', ...). */
  dtype: DType;
  /** The dtype as written in the file ('F32', ...). */
  fileDType: SafetensorsDType;
  shape: number[];
  /** [begin, end) byte offsets relative to the start of the data section, as in the file. */
  dataOffsets: [number, number];
}

export interface SafetensorsHeader {
  /** Every tensor, in the order of its data in the file. */
  tensors: Record<string, SafetensorsTensorInfo>;
  /** The `__metadata__` map, or null when the file has none. */
  metadata: Record<string, string> | null;
  /** N, the size of the JSON header in bytes (padding included). */
  headerSize: number;
  /** Absolute offset of the data section in the file (8 + N). */
  dataStart: number;
  /** Size of the whole file in bytes. */
  fileSize: number;
}

interface Entry {
  name: string;
  info: SafetensorsTensorInfo;
}

interface ParsedHeader {
  entries: Entry[]; // in data order
  byName: Map<string, Entry>;
  metadata: Map<string, string> | null;
  headerSize: number;
  dataStart: number;
  fileSize: number;
}

function checkLittleEndian(what: string): void {
  if (os.endianness() !== 'LE') {
    throw new Error(`safetensors: ${what} needs a little-endian machine (the format and the tensor bytes are little-endian)`);
  }
}

/** Defines an own enumerable property even for names such as '__proto__'. */
function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  // Only '__proto__' is an accessor on Object.prototype; any other name is a plain assignment.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

function copyInfo(info: SafetensorsTensorInfo): SafetensorsTensorInfo {
  return { dtype: info.dtype, fileDType: info.fileDType, shape: [...info.shape], dataOffsets: [info.dataOffsets[0], info.dataOffsets[1]] };
}

/** Short JSON rendering of a parsed value for error messages. */
function show(v: JsonValue): string {
  const plain = (x: JsonValue): unknown => {
    if (x instanceof Map) return Object.fromEntries([...x].map(([k, y]) => [k, plain(y)]));
    if (Array.isArray(x)) return x.map(plain);
    if (x instanceof JsonFloat) return x.value;
    return x;
  };
  const s = JSON.stringify(plain(v));
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function quote(name: string): string {
  return JSON.stringify(name.length > 200 ? `${name.slice(0, 197)}...` : name);
}

/** Reads exactly `length` bytes at `position` into `buf` starting at `offset`, or throws. */
function readFully(fd: number, buf: Uint8Array, offset: number, length: number, position: number,
  onShort: () => Error): void {
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buf, offset + done, Math.min(length - done, IO_CHUNK), position + done);
    if (n === 0) throw onShort();
    done += n;
  }
}

function writeFully(fd: number, buf: Uint8Array, position: number): void {
  let done = 0;
  while (done < buf.byteLength) {
    const n = fs.writeSync(fd, buf, done, Math.min(buf.byteLength - done, IO_CHUNK), position + done);
    done += n;
  }
}

const isNonNegativeInt = (v: JsonValue): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Reads and validates the header of an open file. Throws SafetensorsError naming `file`. */
function parseHeader(fd: number, file: string): ParsedHeader {
  const err = (msg: string) => new SafetensorsError(file, msg);
  const fileSize = fs.fstatSync(fd).size;
  if (fileSize < 8) {
    throw err(`file is ${fileSize} bytes long, shorter than the 8-byte header size field; not a safetensors file`);
  }
  const prefix = new Uint8Array(8);
  readFully(fd, prefix, 0, 8, 0, () => err('unexpected end of file reading the header size'));
  const n64 = Buffer.from(prefix.buffer).readBigUInt64LE(0);
  if (n64 > BigInt(MAX_HEADER_SIZE)) {
    throw err(`header size ${n64} is larger than the limit of ${MAX_HEADER_SIZE} bytes; not a safetensors file or corrupt`);
  }
  const headerSize = Number(n64);
  if (8 + headerSize > fileSize) {
    throw err(`header size ${headerSize} is larger than the ${fileSize - 8} bytes that follow it; the file is truncated or not a safetensors file`);
  }
  const raw = new Uint8Array(headerSize);
  readFully(fd, raw, 0, headerSize, 8, () => err('unexpected end of file reading the header'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    throw err('header is not valid UTF-8');
  }
  let root: JsonValue;
  try {
    root = parseJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw err(`header is not valid JSON: ${e.message}`);
    throw e;
  }
  if (!(root instanceof Map)) throw err(`header must be a JSON object, got ${jsonKind(root)}`);

  let metadata: Map<string, string> | null = null;
  const entries: Entry[] = [];
  for (const [name, value] of root) {
    if (name === '__metadata__') {
      if (value === null) continue;
      if (!(value instanceof Map)) throw err(`__metadata__ must be an object of strings, got ${jsonKind(value)}`);
      metadata = new Map();
      for (const [k, v] of value) {
        if (typeof v !== 'string') throw err(`__metadata__ value for key ${quote(k)} must be a string, got ${jsonKind(v)}`);
        metadata.set(k, v);
      }
      continue;
    }
    const where = `tensor ${quote(name)}`;
    if (!(value instanceof Map)) throw err(`${where}: entry must be an object, got ${jsonKind(value)}`);
    entries.push({ name, info: parseEntry(value, where, err) });
  }

  // The data section: tensors sorted by offsets must tile [0, dataLength) exactly.
  const dataStart = 8 + headerSize;
  const dataLength = fileSize - dataStart;
  entries.sort((a, b) => a.info.dataOffsets[0] - b.info.dataOffsets[0] || a.info.dataOffsets[1] - b.info.dataOffsets[1]);
  let cursor = 0;
  let previous: Entry | null = null;
  for (const e of entries) {
    const [begin, end] = e.info.dataOffsets;
    if (begin < cursor) {
      throw err(`tensor ${quote(e.name)} (data_offsets [${begin}, ${end}]) overlaps tensor ${quote(previous!.name)} ` +
        `(data_offsets [${previous!.info.dataOffsets[0]}, ${previous!.info.dataOffsets[1]}]); the format requires tensors not to overlap`);
    }
    if (begin > cursor) {
      throw err(`${begin - cursor} bytes of the data section before tensor ${quote(e.name)} (data_offsets [${begin}, ${end}]) ` +
        `belong to no tensor; the format requires the data section to have no holes`);
    }
    cursor = end;
    previous = e;
  }
  if (cursor > dataLength) {
    throw err(`file is truncated: the header describes ${cursor} bytes of tensor data` +
      (previous ? ` (tensor ${quote(previous.name)} ends at ${cursor})` : '') +
      ` but only ${dataLength} bytes follow the header (file size ${fileSize}, expected ${dataStart + cursor})`);
  }
  if (cursor < dataLength) {
    throw err(`${dataLength - cursor} bytes after the end of the last tensor's data belong to no tensor ` +
      `(file size ${fileSize}, expected ${dataStart + cursor}); the format allows no trailing data`);
  }
  const byName = new Map<string, Entry>();
  for (const e of entries) byName.set(e.name, e);
  return { entries, byName, metadata, headerSize, dataStart, fileSize };
}

function parseEntry(value: JsonObject, where: string, err: (msg: string) => Error): SafetensorsTensorInfo {
  const dt = value.get('dtype');
  if (dt === undefined) throw err(`${where}: missing "dtype"`);
  if (typeof dt !== 'string') throw err(`${where}: "dtype" must be a string, got ${jsonKind(dt)}`);
  if (!isSafetensorsDType(dt)) {
    if (UNSUPPORTED.has(dt)) {
      throw err(`${where}: dtype ${dt} is not supported (supported: ${Object.keys(TO_DTYPE).join(', ')})`);
    }
    throw err(`${where}: unknown dtype ${JSON.stringify(dt)} (supported: ${Object.keys(TO_DTYPE).join(', ')})`);
  }
  const shape = value.get('shape');
  if (shape === undefined) throw err(`${where}: missing "shape"`);
  if (!Array.isArray(shape) || !shape.every(isNonNegativeInt)) {
    throw err(`${where}: "shape" must be a list of non-negative integers, got ${show(shape)}`);
  }
  const offsets = value.get('data_offsets');
  if (offsets === undefined) throw err(`${where}: missing "data_offsets"`);
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isNonNegativeInt)) {
    throw err(`${where}: "data_offsets" must be [begin, end] with non-negative integers, got ${show(offsets)}`);
  }
  const [begin, end] = offsets as [number, number];
  if (end < begin) throw err(`${where}: "data_offsets" [${begin}, ${end}] end before they begin`);
  const dtype = TO_DTYPE[dt];
  const need = (shape as number[]).reduce((a, s) => a * BigInt(s), 1n) * BigInt(elementSize(dtype));
  if (need !== BigInt(end - begin)) {
    throw err(`${where}: "data_offsets" [${begin}, ${end}] span ${end - begin} bytes but shape [${shape}] of dtype ${dt} ` +
      `needs ${need} bytes`);
  }
  return { dtype, fileDType: dt, shape: shape as number[], dataOffsets: [begin, end] };
}

// A backstop for readers that are never closed: the descriptor is closed when the reader is
// collected. close() unregisters it, so a descriptor number is never closed twice.
const fdFinalizers = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    // already closed or the process is exiting
  }
});

/**
 * An open safetensors file: the header is read and validated on opening; each get() reads one
 * tensor's bytes at its offset. Close it (or use `using`) when done.
 */
export class SafetensorsFile implements Disposable {
  /** The path the file was opened with. */
  readonly path: string;
  private fd: number;
  private readonly header: ParsedHeader;
  private readonly _metadata: Record<string, string> | null;

  /** Internal: use openSafetensors(). */
  constructor(file: string) {
    checkLittleEndian('reading');
    this.path = file;
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch (e) {
      throw new SafetensorsError(file, `cannot open: ${(e as Error).message}`, { cause: e });
    }
    try {
      if (fs.fstatSync(fd).isDirectory()) throw new SafetensorsError(file, 'is a directory, not a safetensors file');
      this.header = parseHeader(fd, file);
    } catch (e) {
      fs.closeSync(fd);
      if (e instanceof SafetensorsError) throw e;
      throw new SafetensorsError(file, `cannot read: ${(e as Error).message}`, { cause: e });
    }
    this.fd = fd;
    fdFinalizers.register(this, fd, this);
    const m = this.header.metadata;
    if (m) {
      const obj: Record<string, string> = {};
      for (const [k, v] of m) setOwn(obj, k, v);
      this._metadata = Object.freeze(obj);
    } else {
      this._metadata = null;
    }
  }

  /** The `__metadata__` map (frozen), or null when the file has none. */
  get metadata(): Record<string, string> | null {
    return this._metadata;
  }
  /** Whether close() was called. */
  get closed(): boolean {
    return this.fd < 0;
  }
  /** Number of tensors in the file. */
  get size(): number {
    return this.header.entries.length;
  }
  /** Offset of the data section in the file (8 + header size). */
  get dataStart(): number {
    return this.header.dataStart;
  }
  /** Tensor names in the order of their data in the file. */
  keys(): string[] {
    return this.header.entries.map((e) => e.name);
  }
  has(name: string): boolean {
    return this.header.byName.has(name);
  }
  /** The dtype, shape and offsets of one tensor (a copy). */
  info(name: string): SafetensorsTensorInfo {
    return copyInfo(this.entry(name).info);
  }
  /** The whole header, as readSafetensorsHeader returns it. */
  readHeader(): SafetensorsHeader {
    const tensors: Record<string, SafetensorsTensorInfo> = {};
    for (const e of this.header.entries) setOwn(tensors, e.name, copyInfo(e.info));
    return {
      tensors,
      metadata: this._metadata ? { ...this._metadata } : null,
      headerSize: this.header.headerSize,
      dataStart: this.header.dataStart,
      fileSize: this.header.fileSize,
    };
  }

  /** The raw little-endian bytes of one tensor, read from the file. */
  getBytes(name: string): Uint8Array {
    const e = this.entry(name);
    if (this.fd < 0) throw new SafetensorsError(this.path, `cannot read tensor ${quote(name)}: the file is closed`);
    const [begin, end] = e.info.dataOffsets;
    const length = end - begin;
    let buf: Uint8Array;
    try {
      buf = Buffer.allocUnsafeSlow(length);
    } catch (err) {
      throw new SafetensorsError(this.path, `cannot allocate ${length} bytes for tensor ${quote(name)}: ${(err as Error).message}`, { cause: err });
    }
    try {
      readFully(this.fd, buf, 0, length, this.header.dataStart + begin, () => new SafetensorsError(this.path,
        `unexpected end of file reading tensor ${quote(name)}; the file was truncated after it was opened`));
    } catch (err) {
      if (err instanceof SafetensorsError) throw err;
      throw new SafetensorsError(this.path, `cannot read tensor ${quote(name)}: ${(err as Error).message}`, { cause: err });
    }
    return buf;
  }

  /** Reads one tensor into a new CPU tensor (only that tensor's bytes are read). */
  get(name: string): Tensor {
    const e = this.entry(name);
    const bytes = this.getBytes(name);
    if (e.info.dtype === 'bool') {
      for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] > 1) {
          throw new SafetensorsError(this.path, `tensor ${quote(name)} is BOOL but element ${i} holds the byte ${bytes[i]} (only 0 and 1 are valid)`);
        }
      }
    }
    return new Tensor(native.fromBytes(bytes, e.info.dtype, e.info.shape));
  }

  /** Closes the file. Further get() calls throw; closing twice is allowed. */
  close(): void {
    if (this.fd < 0) return;
    const fd = this.fd;
    this.fd = -1;
    fdFinalizers.unregister(this);
    fs.closeSync(fd);
  }
  [Symbol.dispose](): void {
    this.close();
  }

  private entry(name: string): Entry {
    const e = this.header.byName.get(name);
    if (!e) {
      const n = this.header.entries.length;
      throw new SafetensorsError(this.path, `no tensor named ${quote(String(name))} (the file has ${n} tensor${n === 1 ? '' : 's'})`);
    }
    return e;
  }
}

/**
 * Opens a safetensors file for reading tensors one at a time. The header is read and fully
 * validated now; get(name) reads only that tensor's bytes. Close the returned file when done
 * (`using f = openSafetensors(p)` closes it automatically).
 */
export function openSafetensors(file: string): SafetensorsFile {
  return new SafetensorsFile(file);
}

/** Reads and validates the header of a safetensors file without reading any tensor data. */
export function readSafetensorsHeader(file: string): SafetensorsHeader {
  const f = new SafetensorsFile(file);
  try {
    return f.readHeader();
  } finally {
    f.close();
  }
}

export interface LoadOptions {
  /** Move every tensor to this device after reading ('cuda:0', ...); default CPU. */
  device?: string;
}

/**
 * Loads every tensor of a safetensors file, reading them one at a time. The result's keys follow
 * the order of the data in the file (except that JavaScript lists integer-like keys first).
 */
export function loadSafetensors(file: string, opts: LoadOptions = {}): Record<string, Tensor> {
  const out: Record<string, Tensor> = {};
  const made: Tensor[] = [];
  const f = new SafetensorsFile(file);
  try {
    for (const name of f.keys()) {
      let t = f.get(name);
      made.push(t);
      if (opts.device && opts.device !== 'cpu') {
        const moved = t.to({ device: opts.device });
        t.dispose();
        made[made.length - 1] = moved;
        t = moved;
      }
      setOwn(out, name, t);
    }
  } catch (e) {
    for (const t of made) t.dispose();
    throw e;
  } finally {
    f.close();
  }
  return out;
}

/** Compares strings by their UTF-8 bytes, as Rust's str ordering does. */
function compareUtf8(a: Buffer, b: Buffer): number {
  return Buffer.compare(a, b);
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Writes tensors (and optional string metadata) to a safetensors file, replacing any file at
 * `file` atomically: the data goes to a temporary file in the same folder, which is flushed to
 * disk and then renamed over the target. On failure the temporary file is removed and an existing
 * file is left as it was. Tensors on other devices or non-contiguous are copied as needed; one
 * tensor's bytes are held in memory at a time. The layout matches the reference writer byte for
 * byte: tensors sorted by dtype alignment (descending) then name, compact JSON header with
 * `__metadata__` first (keys sorted), padded with spaces to a multiple of 8 bytes.
 */
export function saveSafetensors(file: string, tensors: Record<string, Tensor> | Map<string, Tensor>,
  metadata?: Record<string, string> | Map<string, string> | null): void {
  checkLittleEndian('writing');
  if (typeof file !== 'string' || file === '') throw new TypeError('saveSafetensors: the path must be a non-empty string');
  if (tensors === null || typeof tensors !== 'object') {
    throw new TypeError(`saveSafetensors(${file}): tensors must be an object or a Map of name -> Tensor`);
  }
  const pairs: [string, unknown][] = tensors instanceof Map ? [...tensors] : Object.entries(tensors);

  interface Out { name: string; key: Buffer; tensor: Tensor; fileDType: SafetensorsDType; shape: number[]; nbytes: number }
  const items: Out[] = [];
  for (const [name, t] of pairs) {
    if (typeof name !== 'string' || name === '') {
      throw new TypeError(`saveSafetensors(${file}): tensor names must be non-empty strings, got ${name === '' ? 'an empty string' : typeof name}`);
    }
    if (name === '__metadata__') throw new TypeError(`saveSafetensors(${file}): "__metadata__" is reserved and cannot name a tensor`);
    if (LONE_SURROGATE.test(name)) throw new TypeError(`saveSafetensors(${file}): tensor name ${quote(name)} is not valid Unicode (lone surrogate)`);
    if (!(t instanceof Tensor)) throw new TypeError(`saveSafetensors(${file}): ${quote(name)} is not a Tensor`);
    if (t.isDisposed) throw new TypeError(`saveSafetensors(${file}): tensor ${quote(name)} has been disposed`);
    const [shape, dtype] = native.info(t._h);
    if (!(DTYPES as readonly string[]).includes(dtype)) {
      throw new TypeError(`saveSafetensors(${file}): tensor ${quote(name)} has dtype ${dtype}, which safetensors cannot hold here ` +
        `(supported: ${DTYPES.join(', ')})`);
    }
    const nbytes = shape.reduce((a, s) => a * s, 1) * elementSize(dtype as DType);
    items.push({ name, key: Buffer.from(name, 'utf8'), tensor: t, fileDType: FROM_DTYPE[dtype as DType], shape, nbytes });
  }

  let meta: [string, string][] | null = null;
  if (metadata !== undefined && metadata !== null) {
    if (typeof metadata !== 'object') throw new TypeError(`saveSafetensors(${file}): metadata must be an object of strings`);
    meta = metadata instanceof Map ? [...metadata] : Object.entries(metadata);
    for (const [k, v] of meta) {
      if (typeof k !== 'string') throw new TypeError(`saveSafetensors(${file}): metadata keys must be strings`);
      if (typeof v !== 'string') {
        throw new TypeError(`saveSafetensors(${file}): metadata value for key ${quote(k)} must be a string, got ${v === null ? 'null' : typeof v}`);
      }
      if (LONE_SURROGATE.test(k) || LONE_SURROGATE.test(v)) {
        throw new TypeError(`saveSafetensors(${file}): metadata entry ${quote(k)} is not valid Unicode (lone surrogate)`);
      }
    }
    meta.sort((a, b) => compareUtf8(Buffer.from(a[0], 'utf8'), Buffer.from(b[0], 'utf8')));
  }

  items.sort((a, b) => RANK[b.fileDType] - RANK[a.fileDType] || compareUtf8(a.key, b.key));

  // The header, built by hand to keep this order (JSON.stringify of an object would list
  // integer-like names first).
  const parts: string[] = [];
  if (meta) parts.push(`"__metadata__":{${meta.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`);
  let offset = 0;
  for (const it of items) {
    const info = { dtype: it.fileDType, shape: it.shape, data_offsets: [offset, offset + it.nbytes] };
    parts.push(`${JSON.stringify(it.name)}:${JSON.stringify(info)}`);
    offset += it.nbytes;
  }
  const json = Buffer.from(`{${parts.join(',')}}`, 'utf8');
  const headerSize = json.length + ((8 - (json.length % 8)) % 8);
  if (headerSize > MAX_HEADER_SIZE) {
    throw new SafetensorsError(file, `cannot save: the header would be ${headerSize} bytes, over the limit of ${MAX_HEADER_SIZE}`);
  }
  const head = Buffer.alloc(8 + headerSize, 0x20);
  head.writeBigUInt64LE(BigInt(headerSize), 0);
  json.copy(head, 8);

  // Write through a symbolic link rather than replacing it.
  let target = path.resolve(file);
  try {
    target = fs.realpathSync(target);
  } catch {
    // does not exist yet
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd = -1;
  let created = false;
  try {
    fd = fs.openSync(tmp, 'wx', 0o666);
    created = true;
    writeFully(fd, head, 0);
    let pos = head.length;
    for (const it of items) {
      const bytes = new Uint8Array(native.toBytes(it.tensor._h));
      if (bytes.byteLength !== it.nbytes) {
        throw new Error(`tensor ${quote(it.name)} gave ${bytes.byteLength} bytes, expected ${it.nbytes}`);
      }
      writeFully(fd, bytes, pos);
      pos += bytes.byteLength;
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = -1;
    fs.renameSync(tmp, target);
    created = false;
  } catch (e) {
    if (fd >= 0) {
      try {
        fs.closeSync(fd);
      } catch {
        // keep the original error
      }
    }
    if (created) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        // keep the original error
      }
    }
    throw new SafetensorsError(file, `cannot save: ${(e as Error).message}`, { cause: e });
  }
  // Make the rename itself durable; not every platform lets a directory be opened and synced.
  try {
    const dfd = fs.openSync(path.dirname(target), 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    // best effort
  }
}
