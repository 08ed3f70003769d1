// Tests of torch.io safetensors reading and writing: round trips, the reference layout, a file
// written by PyTorch (test/fixtures/safetensors, see make_fixture.py), corrupt files, atomic
// saving and one-tensor-at-a-time reading.
import { test, describe, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as torch from '../src';
import { native } from '../src/native';
import { Tensor } from '../src/tensor';
import type { DType } from '../src/dtype';

const { loadSafetensors, saveSafetensors, readSafetensorsHeader, openSafetensors, SafetensorsError, MAX_HEADER_SIZE } = torch.io;

torch.setNumThreads(1);

const FIXTURES = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'safetensors');
const PYTHON = '/usr/bin/python3';

let dir = '';
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'must-safetensors-'));
});
after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
let counter = 0;
const tmpPath = (name = 'file') => path.join(dir, `${name}-${counter++}.safetensors`);

const hex = (b: ArrayBuffer | Uint8Array) => Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)).toString('hex');
const rawHex = (t: Tensor) => hex(native.toBytes(t._h));

function fromRaw(bytes: Uint8Array, dtype: DType, shape: number[]): Tensor {
  return new Tensor(native.fromBytes(bytes, dtype, shape));
}

/** Deterministic pseudo-random bytes. */
function bytesOf(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    out[i] = s & 0xff;
  }
  return out;
}

const SIZE: Record<DType, number> = {
  float64: 8, float32: 4, float16: 2, bfloat16: 2, int64: 8, int32: 4, int16: 2, int8: 1, uint8: 1, bool: 1,
};

/** Builds a file from a header (object or raw JSON text) and data bytes, padding like the reference writer. */
function craft(header: unknown, data: Uint8Array | number[] = [], opts: { n?: bigint; pad?: boolean } = {}): string {
  const text = typeof header === 'string' ? header : JSON.stringify(header);
  let json = Buffer.from(text, 'utf8');
  if (opts.pad !== false) json = Buffer.concat([json, Buffer.alloc((8 - (json.length % 8)) % 8, 0x20)]);
  const prefix = Buffer.alloc(8);
  prefix.writeBigUInt64LE(opts.n ?? BigInt(json.length));
  const file = tmpPath('crafted');
  fs.writeFileSync(file, Buffer.concat([prefix, json, Buffer.from(data)]));
  return file;
}

/** Asserts that loading `file` fails with a SafetensorsError naming the file and matching `re`. */
function assertCorrupt(file: string, re: RegExp): void {
  for (const fn of [() => loadSafetensors(file), () => readSafetensorsHeader(file), () => openSafetensors(file)]) {
    assert.throws(fn, (e: unknown) => {
      assert.ok(e instanceof SafetensorsError, `expected a SafetensorsError, got ${e}`);
      assert.ok(e.message.includes(file), `message does not name the file: ${e.message}`);
      assert.equal(e.file, file);
      assert.match(e.message, re);
      return true;
    });
  }
}

const filesIn = (d: string) => fs.readdirSync(d).sort();

describe('round trips', () => {
  test('every dtype keeps its bytes exactly, incl. 0-d and empty tensors', () => {
    const dtypes = Object.keys(SIZE) as DType[];
    const shapes = [[2, 3], [], [0], [3, 0, 2], [5]];
    const tensors: Record<string, Tensor> = {};
    let seed = 1;
    for (const d of dtypes) {
      for (const shape of shapes) {
        const numel = shape.reduce((a, b) => a * b, 1);
        let bytes = bytesOf(numel * SIZE[d], seed++);
        if (d === 'bool') bytes = bytes.map((b) => b & 1);
        tensors[`${d}.${shape.join('x') || 'scalar'}`] = fromRaw(bytes, d, shape);
      }
    }
    const file = tmpPath();
    saveSafetensors(file, tensors);
    const back = loadSafetensors(file);
    assert.deepEqual(Object.keys(back).sort(), Object.keys(tensors).sort());
    for (const [name, t] of Object.entries(tensors)) {
      const u = back[name];
      assert.equal(u.dtype, t.dtype, name);
      assert.deepEqual(u.shape, t.shape, name);
      assert.equal(u.device, 'cpu');
      assert.equal(rawHex(u), rawHex(t), name);
    }
    // float16/bfloat16 NaN payloads and signed zeros survive (raw bits, no conversion).
    const special = fromRaw(new Uint8Array(new Uint16Array([0x7e01, 0xfc00, 0x8000, 0x0001, 0x7fff]).buffer), 'bfloat16', [5]);
    const half = fromRaw(new Uint8Array(new Uint16Array([0x7e01, 0xfc00, 0x8000, 0x0001, 0x7bff]).buffer), 'float16', [5]);
    const file2 = tmpPath();
    saveSafetensors(file2, { special, half });
    const b2 = loadSafetensors(file2);
    assert.equal(rawHex(b2.special), rawHex(special));
    assert.equal(rawHex(b2.half), rawHex(half));
  });

  test('values through the public API, and metadata', () => {
    const tensors = {
      w: torch.tensor([[1.5, -2], [0.25, 3]]),
      ids: torch.tensor([1n, -(2n ** 62n), 2n ** 53n + 1n]),
      flags: torch.tensor([true, false, true]),
      s: torch.tensor(7, { dtype: 'int32' }),
    };
    const metadata = { format: 'pt', 'ünïcode ✓': 'värde "quoted"\n\ttabbed', empty: '', '0': 'integer-like key', '\u{1F600}': 'astral \u{1F600}' };
    const file = tmpPath();
    saveSafetensors(file, tensors, metadata);
    const back = loadSafetensors(file);
    assert.deepEqual(back.w.toArray(), [[1.5, -2], [0.25, 3]]);
    assert.deepEqual([...(back.ids.dataSync() as BigInt64Array)], [1n, -(2n ** 62n), 2n ** 53n + 1n]);
    assert.deepEqual(back.flags.toArray(), [true, false, true]);
    assert.equal(back.s.item(), 7);
    assert.deepEqual(back.s.shape, []);
    const h = readSafetensorsHeader(file);
    assert.deepEqual(h.metadata, metadata);
    assert.deepEqual(h.tensors.w, { dtype: 'float32', fileDType: 'F32', shape: [2, 2], dataOffsets: [24, 40] });
    assert.equal(h.dataStart % 8, 0);
    assert.equal(h.dataStart, 8 + h.headerSize);
    assert.equal(h.fileSize, fs.statSync(file).size);
    // order of the data: I64 first, then F32, I32, BOOL (reference writer order)
    assert.deepEqual(Object.keys(h.tensors), ['ids', 'w', 's', 'flags']);
  });

  test('no metadata reads as null; empty metadata is written and read as {}', () => {
    const a = tmpPath();
    saveSafetensors(a, { x: torch.zeros([2]) });
    assert.equal(readSafetensorsHeader(a).metadata, null);
    const b = tmpPath();
    saveSafetensors(b, { x: torch.zeros([2]) }, {});
    assert.deepEqual(readSafetensorsHeader(b).metadata, {});
    assert.match(fs.readFileSync(b).toString('latin1'), /^.{8}\{"__metadata__":\{\},"x":/s);
  });

  test('awkward names: integer-like, __proto__, unicode, Maps as input', () => {
    const file = tmpPath();
    const tensors = new Map<string, Tensor>([
      ['__proto__', torch.tensor([1])], ['10', torch.tensor([2])], ['2', torch.tensor([3])],
      ['größe', torch.tensor([4])], ['a/b.c', torch.tensor([5])],
    ]);
    saveSafetensors(file, tensors, new Map([['__proto__', 'x']]));
    const back = loadSafetensors(file);
    assert.ok(Object.prototype.hasOwnProperty.call(back, '__proto__'));
    assert.equal(Object.getPrototypeOf(back), Object.prototype);
    assert.deepEqual(Object.keys(back).sort(), ['10', '2', '__proto__', 'a/b.c', 'größe']);
    for (const [name, t] of tensors) assert.deepEqual(back[name].toArray(), t.toArray(), name);
    using f = openSafetensors(file);
    // sorted by name as UTF-8 bytes (all F32): '10' < '2' < '__proto__' < 'a/b.c' < 'größe'
    assert.deepEqual(f.keys(), ['10', '2', '__proto__', 'a/b.c', 'größe']);
    assert.equal(f.metadata!['__proto__'], 'x');
  });

  test('non-contiguous, requires-grad and empty dict inputs', () => {
    const base = torch.arange(12, { dtype: 'float32' }).reshape([3, 4]);
    const tr = torch.t(base);
    const grad = torch.ones([2, 2]).requiresGrad_();
    const file = tmpPath();
    saveSafetensors(file, { tr, grad });
    const back = loadSafetensors(file);
    assert.deepEqual(back.tr.shape, [4, 3]);
    assert.deepEqual(back.tr.toArray(), tr.toArray());
    assert.equal(back.grad.requiresGrad, false);
    const empty = tmpPath();
    saveSafetensors(empty, {});
    assert.deepEqual(loadSafetensors(empty), {});
  });

  test('CUDA tensors are copied to the CPU when saving and can be loaded onto a device', { skip: !torch.cuda.isAvailable() }, () => {
    const t = torch.arange(6, { dtype: 'float32', device: 'cuda' });
    const file = tmpPath();
    saveSafetensors(file, { t });
    assert.deepEqual(loadSafetensors(file).t.toArray(), [0, 1, 2, 3, 4, 5]);
    const back = loadSafetensors(file, { device: 'cuda:0' });
    assert.equal(back.t.device, 'cuda:0');
  });
});

describe('layout of the reference writer', () => {
  // Byte vectors from the reference implementation's own unit tests (safetensors/src/tensor.rs).
  test('one F32 tensor, unpadded header', () => {
    const file = tmpPath();
    saveSafetensors(file, { 'attn.0': torch.tensor([0, 1, 2, 3, 4, 5], { shape: [1, 2, 3] }) });
    const expected = [
      64, 0, 0, 0, 0, 0, 0, 0, 123, 34, 97, 116, 116, 110, 46, 48, 34, 58, 123, 34, 100,
      116, 121, 112, 101, 34, 58, 34, 70, 51, 50, 34, 44, 34, 115, 104, 97, 112, 101, 34,
      58, 91, 49, 44, 50, 44, 51, 93, 44, 34, 100, 97, 116, 97, 95, 111, 102, 102, 115,
      101, 116, 115, 34, 58, 91, 48, 44, 50, 52, 93, 125, 125, 0, 0, 0, 0, 0, 0, 128, 63,
      0, 0, 0, 64, 0, 0, 64, 64, 0, 0, 128, 64, 0, 0, 160, 64,
    ];
    assert.deepEqual([...fs.readFileSync(file)], expected);
  });

  test('header padded with spaces to 8 bytes', () => {
    const file = tmpPath();
    saveSafetensors(file, { attn0: torch.tensor([0, 1, 2, 3, 4, 5], { shape: [1, 1, 2, 3] }) });
    const buf = fs.readFileSync(file);
    assert.equal(buf.readBigUInt64LE(0), 72n);
    assert.equal(buf.subarray(8, 80).toString(), '{"attn0":{"dtype":"F32","shape":[1,1,2,3],"data_offsets":[0,24]}}       ');
  });

  test('no tensors, with and without metadata', () => {
    const a = tmpPath();
    saveSafetensors(a, {});
    assert.deepEqual([...fs.readFileSync(a)], [8, 0, 0, 0, 0, 0, 0, 0, 123, 125, 32, 32, 32, 32, 32, 32]);
    const b = tmpPath();
    saveSafetensors(b, {}, { framework: 'pt' });
    assert.deepEqual([...fs.readFileSync(b)], [
      40, 0, 0, 0, 0, 0, 0, 0, 123, 34, 95, 95, 109, 101, 116, 97, 100, 97, 116, 97, 95,
      95, 34, 58, 123, 34, 102, 114, 97, 109, 101, 119, 111, 114, 107, 34, 58, 34, 112,
      116, 34, 125, 125, 32, 32, 32, 32, 32,
    ]);
  });

  test('tensors sorted by dtype alignment descending, then by name', () => {
    const file = tmpPath();
    const mk = (d: DType) => torch.zeros([1], { dtype: d });
    saveSafetensors(file, {
      b_bool: mk('bool'), a_u8: mk('uint8'), i8: mk('int8'), i16: mk('int16'), f16: mk('float16'),
      bf16: mk('bfloat16'), i32: mk('int32'), z_f32: mk('float32'), a_f32: mk('float32'), f64: mk('float64'), i64: mk('int64'),
    });
    using f = openSafetensors(file);
    assert.deepEqual(f.keys(), ['i64', 'f64', 'a_f32', 'z_f32', 'i32', 'bf16', 'f16', 'i16', 'i8', 'a_u8', 'b_bool']);
  });

  test('names compare by UTF-8 bytes (as Rust strings do), not UTF-16 code units', () => {
    const file = tmpPath();
    // UTF-16: '\u{1F600}' (D83D DE00) < '\uFF01'; UTF-8: '\uFF01' (EF BC 81) < '\u{1F600}' (F0 9F 98 80)
    saveSafetensors(file, { '\u{1F600}': torch.zeros([1]), '\uFF01': torch.zeros([1]), z: torch.zeros([1]) });
    using f = openSafetensors(file);
    assert.deepEqual(f.keys(), ['z', '\uFF01', '\u{1F600}']);
  });
});

describe('PyTorch fixture', () => {
  const fixture = path.join(FIXTURES, 'torch_fixture.safetensors');
  const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'torch_fixture.expected.json'), 'utf8')) as {
    metadata: Record<string, string>;
    order: string[];
    tensors: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number]; hex: string; values: unknown }>;
  };
  const decode = (v: unknown): unknown => Array.isArray(v) ? v.map(decode)
    : v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v;
  const flat = (v: unknown): unknown[] => Array.isArray(v) ? v.flatMap(flat) : [v];

  test('loads every tensor with exact values', () => {
    const back = loadSafetensors(fixture);
    assert.deepEqual(Object.keys(back).sort(), Object.keys(expected.tensors).sort());
    for (const [name, e] of Object.entries(expected.tensors)) {
      const t = back[name];
      assert.equal(rawHex(t), e.hex, name);
      assert.deepEqual(t.shape, e.shape, name);
      if (e.dtype === 'I64') {
        assert.deepEqual([...(t.dataSync() as BigInt64Array)], flat(e.values).map((s) => BigInt(s as string)), name);
      } else {
        // deepStrictEqual compares with Object.is: NaN matches NaN, -0 differs from 0.
        assert.deepEqual(t.toArray(), decode(e.values), name);
      }
    }
    const dt: Record<string, DType> = { F64: 'float64', F32: 'float32', F16: 'float16', BF16: 'bfloat16', I64: 'int64', I32: 'int32', I16: 'int16', I8: 'int8', U8: 'uint8', BOOL: 'bool' };
    for (const [name, e] of Object.entries(expected.tensors)) assert.equal(back[name].dtype, dt[e.dtype], name);
  });

  test('header, metadata and order', () => {
    const h = readSafetensorsHeader(fixture);
    assert.deepEqual(h.metadata, expected.metadata);
    assert.deepEqual(Object.keys(h.tensors), expected.order);
    for (const [name, e] of Object.entries(expected.tensors)) {
      assert.deepEqual(h.tensors[name].dataOffsets, e.data_offsets);
      assert.equal(h.tensors[name].fileDType, e.dtype);
    }
  });

  test('saving what was loaded reproduces the PyTorch-written file byte for byte', () => {
    const back = loadSafetensors(fixture);
    const file = tmpPath();
    saveSafetensors(file, back, expected.metadata);
    assert.equal(hex(fs.readFileSync(file)), hex(fs.readFileSync(fixture)));
  });

  test('a file written here reads back in Python (make_fixture.py --describe)', { skip: fs.existsSync(PYTHON) ? false : `no ${PYTHON}` }, (t) => {
    const tensors: Record<string, Tensor> = {
      f32: torch.tensor([[1.5, -0.0], [Infinity, NaN]]),
      f64: torch.tensor([0.1, 1 / 3], { dtype: 'float64' }),
      f16: torch.tensor([0.5, 65504, -2], { dtype: 'float16' }),
      bf16: torch.tensor([1.5, -3, 1e30], { dtype: 'bfloat16' }),
      i64: torch.tensor([-(2n ** 63n), 2n ** 53n + 1n]),
      i32: torch.tensor([[-1, 2, 3]], { dtype: 'int32' }),
      i16: torch.tensor([-32768, 32767], { dtype: 'int16' }),
      i8: torch.tensor([-128, 127], { dtype: 'int8' }),
      u8: torch.tensor([0, 255], { dtype: 'uint8' }),
      mask: torch.tensor([true, false]),
      scalar: torch.tensor(2.5),
      empty: torch.zeros([0, 2], { dtype: 'int32' }),
      'größe': torch.tensor([1]),
    };
    const metadata = { format: 'pt', note: 'größe ✓ "q"' };
    const file = tmpPath('for-python');
    saveSafetensors(file, tensors, metadata);
    const r = spawnSync(PYTHON, [path.join(FIXTURES, 'make_fixture.py'), '--describe', file], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0 && /No module named 'torch'/.test(r.stderr)) {
      t.skip(`${PYTHON} has no torch`);
      return;
    }
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout) as typeof expected;
    assert.deepEqual(got.metadata, metadata);
    using f = openSafetensors(file);
    assert.deepEqual(got.order, f.keys());
    for (const [name, t] of Object.entries(tensors)) {
      assert.equal(got.tensors[name].hex, rawHex(t), name);
      assert.deepEqual(got.tensors[name].shape, t.shape, name);
    }
    assert.deepEqual(decode(got.tensors.f32.values), [[1.5, -0], [Infinity, NaN]]);
    assert.deepEqual(got.tensors.i64.values, ['-9223372036854775808', '9007199254740993']);
    assert.deepEqual(got.tensors.bf16.values, (tensors.bf16.toArray() as number[]));
    assert.deepEqual(got.tensors.mask.values, [true, false]);
    assert.equal(got.tensors.scalar.values, 2.5);
  });
});

describe('corrupt files', () => {
  const f32 = (shape: number[], offsets: [number, number]) => ({ dtype: 'F32', shape, data_offsets: offsets });
  const zeros = (n: number) => new Uint8Array(n);

  test('missing file and directories', () => {
    const missing = path.join(dir, 'nope.safetensors');
    assertCorrupt(missing, /cannot open: ENOENT/);
    const sub = path.join(dir, 'a-directory');
    fs.mkdirSync(sub);
    assertCorrupt(sub, /directory|EISDIR/);
  });

  test('shorter than 8 bytes', () => {
    const empty = tmpPath();
    fs.writeFileSync(empty, Buffer.alloc(0));
    assertCorrupt(empty, /0 bytes long, shorter than the 8-byte header size/);
    const short = tmpPath();
    fs.writeFileSync(short, Buffer.from([8, 0, 0, 0, 0]));
    assertCorrupt(short, /5 bytes long/);
  });

  test('header size larger than the file or than the limit', () => {
    assertCorrupt(craft({}, [], { n: 1000n }), /header size 1000 is larger than the 8 bytes that follow it/);
    assertCorrupt(craft({}, [], { n: BigInt(MAX_HEADER_SIZE) + 1n }), /header size 100000001 is larger than the limit of 100000000/);
    assertCorrupt(craft({}, [], { n: 2n ** 64n - 1n }), /header size 18446744073709551615 is larger than the limit/);
  });

  test('header not UTF-8, not JSON, not an object', () => {
    const bad = tmpPath();
    fs.writeFileSync(bad, Buffer.concat([Buffer.from([8, 0, 0, 0, 0, 0, 0, 0]), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 32, 32, 32, 32])]));
    assertCorrupt(bad, /not valid UTF-8/);
    assertCorrupt(craft('{"a": {"dtype": "F32",}'), /not valid JSON: expected a string key, found "}" at character/);
    assertCorrupt(craft('{"a": 1} x'), /not valid JSON: unexpected "x" after the JSON value/);
    assertCorrupt(craft(''), /not valid JSON: unexpected end of input/);
    assertCorrupt(craft('\ufeff{}'), /not valid JSON/);
    assertCorrupt(craft('[]'), /header must be a JSON object, got an array/);
    assertCorrupt(craft('"text"'), /header must be a JSON object, got a string/);
    assertCorrupt(craft('{"a": [1, 2]}'), /tensor "a": entry must be an object, got an array/);
  });

  test('duplicate keys', () => {
    assertCorrupt(craft('{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}', zeros(8)),
      /not valid JSON: duplicate key "a"/);
    assertCorrupt(craft('{"__metadata__":{"k":"1","k":"2"}}'), /duplicate key "k"/);
    assertCorrupt(craft('{"a":{"dtype":"F32","dtype":"F32","shape":[1],"data_offsets":[0,4]}}', zeros(4)), /duplicate key "dtype"/);
  });

  test('unknown or unsupported dtype, missing fields', () => {
    assertCorrupt(craft({ a: { dtype: 'F128', shape: [1], data_offsets: [0, 16] } }, zeros(16)), /tensor "a": unknown dtype "F128" \(supported: F64, F32/);
    assertCorrupt(craft({ a: { dtype: 'U16', shape: [1], data_offsets: [0, 2] } }, zeros(2)), /tensor "a": dtype U16 is not supported/);
    assertCorrupt(craft({ a: { dtype: 'f32', shape: [1], data_offsets: [0, 4] } }, zeros(4)), /unknown dtype "f32"/);
    assertCorrupt(craft({ a: { dtype: 3, shape: [1], data_offsets: [0, 4] } }, zeros(4)), /"dtype" must be a string, got the number 3/);
    assertCorrupt(craft({ a: { shape: [1], data_offsets: [0, 4] } }, zeros(4)), /tensor "a": missing "dtype"/);
    assertCorrupt(craft({ a: { dtype: 'F32', data_offsets: [0, 4] } }, zeros(4)), /missing "shape"/);
    assertCorrupt(craft({ a: { dtype: 'F32', shape: [1] } }, zeros(4)), /missing "data_offsets"/);
  });

  test('shape not a list of non-negative integers', () => {
    const bad = /tensor "a": "shape" must be a list of non-negative integers/;
    assertCorrupt(craft({ a: f32(-1 as unknown as number[], [0, 4]) }, zeros(4)), bad);
    assertCorrupt(craft({ a: f32([-1], [0, 4]) }, zeros(4)), bad);
    assertCorrupt(craft('{"a":{"dtype":"F32","shape":[1.0],"data_offsets":[0,4]}}', zeros(4)), bad);
    assertCorrupt(craft('{"a":{"dtype":"F32","shape":[1e0],"data_offsets":[0,4]}}', zeros(4)), bad);
    assertCorrupt(craft({ a: f32(['1'] as unknown as number[], [0, 4]) }, zeros(4)), bad);
    assertCorrupt(craft('{"a":{"dtype":"F32","shape":[18446744073709551616],"data_offsets":[0,4]}}', zeros(4)), bad);
    assertCorrupt(craft({ a: f32(null as unknown as number[], [0, 4]) }, zeros(4)), bad);
  });

  test('data_offsets not [begin, end] inside the data section', () => {
    const bad = /tensor "a": "data_offsets" must be \[begin, end\] with non-negative integers/;
    assertCorrupt(craft({ a: f32([1], [0] as unknown as [number, number]) }, zeros(4)), bad);
    assertCorrupt(craft({ a: { dtype: 'F32', shape: [1], data_offsets: [0, 4, 8] } }, zeros(4)), bad);
    assertCorrupt(craft({ a: f32([1], [-4, 0]) }, zeros(4)), bad);
    assertCorrupt(craft('{"a":{"dtype":"F32","shape":[1],"data_offsets":{"begin":0,"end":4}}}', zeros(4)), bad);
    assertCorrupt(craft({ a: f32([0], [4, 0]) }, zeros(4)), /"data_offsets" \[4, 0\] end before they begin/);
    // past the end of the data section: the file is truncated
    assertCorrupt(craft({ a: f32([1], [0, 4]), b: f32([2], [4, 12]) }, zeros(8)),
      /file is truncated: the header describes 12 bytes of tensor data \(tensor "b" ends at 12\) but only 8 bytes follow the header/);
  });

  test('size not matching shape and dtype', () => {
    assertCorrupt(craft({ a: f32([2, 3], [0, 20]) }, zeros(20)),
      /tensor "a": "data_offsets" \[0, 20\] span 20 bytes but shape \[2,3\] of dtype F32 needs 24 bytes/);
    assertCorrupt(craft({ a: { dtype: 'BF16', shape: [3], data_offsets: [0, 3] } }, zeros(3)), /needs 6 bytes/);
    // huge shapes do not overflow into a match
    assertCorrupt(craft({ a: f32([2 ** 52, 2 ** 52], [0, 0]) }, []), /needs 81129638414606681695789005144064 bytes/);
  });

  test('overlapping tensors, holes and trailing bytes', () => {
    assertCorrupt(craft({ a: f32([2], [0, 8]), b: f32([2], [4, 12]) }, zeros(12)),
      /tensor "b" \(data_offsets \[4, 12\]\) overlaps tensor "a" \(data_offsets \[0, 8\]\)/);
    assertCorrupt(craft({ a: f32([1], [0, 4]), b: f32([1], [0, 4]) }, zeros(4)), /overlaps/);
    assertCorrupt(craft({ a: f32([1], [0, 4]), b: f32([1], [8, 12]) }, zeros(12)),
      /4 bytes of the data section before tensor "b" \(data_offsets \[8, 12\]\) belong to no tensor; the format requires the data section to have no holes/);
    assertCorrupt(craft({ a: f32([1], [4, 8]) }, zeros(8)), /4 bytes of the data section before tensor "a"/);
    assertCorrupt(craft({ a: f32([1], [0, 4]) }, zeros(6)), /2 bytes after the end of the last tensor's data belong to no tensor/);
    assertCorrupt(craft({}, zeros(1)), /1 bytes after the end/);
    // zero-sized tensors may share an offset
    const ok = craft({ a: f32([0], [4, 4]), b: f32([1], [0, 4]), c: f32([0, 5], [4, 4]) }, zeros(4));
    assert.deepEqual(Object.keys(readSafetensorsHeader(ok).tensors), ['b', 'a', 'c']);
  });

  test('truncated data', () => {
    const file = tmpPath();
    saveSafetensors(file, { a: torch.ones([4]), b: torch.ones([8]) });
    const full = fs.readFileSync(file);
    fs.truncateSync(file, full.length - 1);
    assertCorrupt(file, /file is truncated: the header describes 48 bytes of tensor data .* but only 47 bytes follow the header/);
    fs.truncateSync(file, 8 + full.readUInt32LE(0));
    assertCorrupt(file, /file is truncated/);
  });

  test('metadata that is not string -> string', () => {
    assertCorrupt(craft({ __metadata__: { a: 1 } }), /__metadata__ value for key "a" must be a string, got the number 1/);
    assertCorrupt(craft({ __metadata__: { a: null } }), /__metadata__ value for key "a" must be a string, got null/);
    assertCorrupt(craft({ __metadata__: { a: { b: 'c' } } }), /got an object/);
    assertCorrupt(craft({ __metadata__: ['a'] }), /__metadata__ must be an object of strings, got an array/);
    assertCorrupt(craft({ __metadata__: 'a' }), /__metadata__ must be an object of strings, got a string/);
    assert.equal(readSafetensorsHeader(craft({ __metadata__: null })).metadata, null);
  });

  test('BOOL bytes other than 0 and 1', () => {
    const file = craft({ m: { dtype: 'BOOL', shape: [3], data_offsets: [0, 3] } }, [1, 0, 2]);
    using f = openSafetensors(file);
    assert.throws(() => f.get('m'), /tensor "m" is BOOL but element 2 holds the byte 2/);
  });

  test('a failed load frees the tensors it had made', () => {
    const file = craft({ a: f32([4], [0, 16]), m: { dtype: 'BOOL', shape: [1], data_offsets: [16, 17] } }, [...zeros(16), 7]);
    const before = torch.memory().tensors;
    assert.throws(() => loadSafetensors(file), /BOOL/);
    assert.equal(torch.memory().tensors, before);
  });
});

describe('saving: argument checks and atomic writes', () => {
  test('bad names, tensors and metadata are refused before anything is written', () => {
    const file = tmpPath();
    const x = torch.zeros([2]);
    const dead = torch.zeros([2]);
    dead.dispose();
    const cases: [() => void, RegExp][] = [
      [() => saveSafetensors(file, { '': x }), /tensor names must be non-empty strings, got an empty string/],
      [() => saveSafetensors(file, { __metadata__: x }), /"__metadata__" is reserved/],
      [() => saveSafetensors(file, { a: [1, 2] as unknown as Tensor }), /"a" is not a Tensor/],
      [() => saveSafetensors(file, { a: dead }), /tensor "a" has been disposed/],
      [() => saveSafetensors(file, { a: x }, { k: 1 as unknown as string }), /metadata value for key "k" must be a string, got number/],
      [() => saveSafetensors(file, { a: x }, { k: null as unknown as string }), /got null/],
      [() => saveSafetensors(file, { '\ud800': x }), /not valid Unicode/],
      [() => saveSafetensors(file, null as unknown as Record<string, Tensor>), /tensors must be an object or a Map/],
      [() => saveSafetensors('', { a: x }), /path must be a non-empty string/],
    ];
    for (const [fn, re] of cases) {
      assert.throws(fn, (e: unknown) => {
        assert.ok(e instanceof TypeError, String(e));
        assert.match(e.message, re);
        return true;
      });
    }
    assert.equal(fs.existsSync(file), false);
    assert.equal(filesIn(dir).some((n) => n.endsWith('.tmp')), false);
  });

  test('a folder that does not exist fails cleanly', () => {
    const file = path.join(dir, 'no-such-folder', 'x.safetensors');
    assert.throws(() => saveSafetensors(file, { a: torch.zeros([2]) }), (e: unknown) => {
      assert.ok(e instanceof SafetensorsError);
      assert.ok(e.message.includes(file));
      assert.match(e.message, /cannot save: ENOENT/);
      return true;
    });
    assert.equal(fs.existsSync(path.dirname(file)), false);
  });

  test('a failure during writing keeps the previous file and leaves no temporary file', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'atomic-'));
    const file = path.join(sub, 'model.safetensors');
    saveSafetensors(file, { a: torch.ones([3]) }, { version: '1' });
    const original = fs.readFileSync(file);
    const realFs = require('node:fs') as typeof fs;
    const failing = (fnName: 'writeSync' | 'fsyncSync' | 'renameSync', afterCalls: number) => {
      const orig = realFs[fnName] as (...args: unknown[]) => unknown;
      let calls = 0;
      (realFs as unknown as Record<string, unknown>)[fnName] = (...args: unknown[]) => {
        if (calls++ >= afterCalls) throw Object.assign(new Error(`${fnName} failed (simulated ENOSPC)`), { code: 'ENOSPC' });
        return orig.apply(realFs, args);
      };
      return () => { (realFs as unknown as Record<string, unknown>)[fnName] = orig; };
    };
    for (const [fnName, after] of [['writeSync', 1], ['writeSync', 0], ['fsyncSync', 0], ['renameSync', 0]] as const) {
      const restore = failing(fnName, after);
      try {
        assert.throws(() => saveSafetensors(file, { a: torch.zeros([5]), b: torch.zeros([7]) }, { version: '2' }),
          (e: unknown) => e instanceof SafetensorsError && e.message.includes(file) && /simulated ENOSPC/.test(e.message));
      } finally {
        restore();
      }
      assert.deepEqual(filesIn(sub), ['model.safetensors'], `after a failing ${fnName}`);
      assert.equal(hex(fs.readFileSync(file)), hex(original));
    }
    // Saving over a directory fails at the rename; the directory and its contents stay.
    const asDir = path.join(sub, 'occupied');
    fs.mkdirSync(asDir);
    fs.writeFileSync(path.join(asDir, 'keep'), 'x');
    assert.throws(() => saveSafetensors(asDir, { a: torch.zeros([1]) }), (e: unknown) => e instanceof SafetensorsError && /cannot save/.test(e.message));
    assert.deepEqual(filesIn(sub), ['model.safetensors', 'occupied']);
    assert.deepEqual(filesIn(asDir), ['keep']);
    // And a successful save replaces the file.
    saveSafetensors(file, { b: torch.zeros([2]) });
    assert.deepEqual(Object.keys(loadSafetensors(file)), ['b']);
    assert.deepEqual(filesIn(sub), ['model.safetensors', 'occupied']);
  });

  test('saving through a symbolic link writes the target and keeps the link', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'link-'));
    const target = path.join(sub, 'real.safetensors');
    const link = path.join(sub, 'link.safetensors');
    saveSafetensors(target, { a: torch.ones([1]) });
    fs.symlinkSync(target, link);
    saveSafetensors(link, { b: torch.ones([2]) });
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.deepEqual(Object.keys(loadSafetensors(target)), ['b']);
  });
});

describe('streaming reader', () => {
  test('get(name) reads only that tensor', () => {
    const file = tmpPath();
    const a = torch.arange(4, { dtype: 'float32' });
    const m = torch.tensor([true, false, true]);
    const c = torch.arange(6, { dtype: 'int32' }).reshape([2, 3]);
    saveSafetensors(file, { a, m, c }, { k: 'v' });
    const h = readSafetensorsHeader(file);
    // Corrupt m's data (BOOL bytes must be 0 or 1): loading everything fails, but a and c still read.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.from([0xff, 0xff, 0xff]), 0, 3, h.dataStart + h.tensors.m.dataOffsets[0]);
    fs.closeSync(fd);
    assert.throws(() => loadSafetensors(file), /tensor "m" is BOOL but element 0 holds the byte 255/);

    const realFs = require('node:fs') as typeof fs;
    const origRead = realFs.readSync;
    const reads: [number, number][] = [];
    using f = openSafetensors(file);
    assert.deepEqual(f.keys(), ['a', 'c', 'm']);
    assert.equal(f.size, 3);
    assert.ok(f.has('c') && !f.has('x'));
    assert.deepEqual(f.metadata, { k: 'v' });
    assert.deepEqual(f.info('c'), { dtype: 'int32', fileDType: 'I32', shape: [2, 3], dataOffsets: [16, 40] });
    (realFs as unknown as Record<string, unknown>).readSync = (fdArg: number, buf: Uint8Array, off: number, len: number, pos: number) => {
      reads.push([pos, len]);
      return origRead(fdArg, buf, off, len, pos);
    };
    let ca: Tensor, cc: Tensor;
    try {
      cc = f.get('c');
      ca = f.get('a');
    } finally {
      realFs.readSync = origRead;
    }
    assert.deepEqual(reads, [[f.dataStart + 16, 24], [f.dataStart + 0, 16]]);
    assert.deepEqual(cc.toArray(), [[0, 1, 2], [3, 4, 5]]);
    assert.deepEqual(ca.toArray(), [0, 1, 2, 3]);
    assert.throws(() => f.get('m'), /BOOL/);
    assert.deepEqual([...f.getBytes('m')], [0xff, 0xff, 0xff]);
    assert.throws(() => f.get('zz'), (e: unknown) => e instanceof SafetensorsError && /no tensor named "zz" \(the file has 3 tensors\)/.test(e.message));
  });

  test('close, dispose and a file truncated after opening', () => {
    const file = tmpPath();
    saveSafetensors(file, { a: torch.ones([2]), b: torch.ones([100]) });
    const f = openSafetensors(file);
    assert.equal(f.closed, false);
    fs.truncateSync(file, f.dataStart + 100);
    assert.deepEqual(f.get('a').toArray(), [1, 1]);
    assert.throws(() => f.get('b'), /unexpected end of file reading tensor "b"; the file was truncated after it was opened/);
    f[Symbol.dispose]();
    assert.equal(f.closed, true);
    assert.throws(() => f.get('a'), /the file is closed/);
    f.close();
    assert.deepEqual(f.keys(), ['a', 'b']);
  });
});
