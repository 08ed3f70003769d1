// Loads the native addon and checks that the libtorch it runs against is the one it was built for.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Opaque tensor id handed out by the addon (an index into its per-thread tensor table). */
export type TensorId = number;

/** The functions exported by `native/*.cc`. Internal: use the typed API instead. */
export interface Native {
  builtVersion: string;
  version(): string;
  loadedLibrary(): string | null;
  setTensorClass(ctor: new (id: TensorId) => unknown): void;
  // handles
  dispose(t: unknown): void;
  isDisposed(t: unknown): boolean;
  keep(t: unknown): void;
  scopeBegin(): number;
  scopeEnd(escaping: TensorId[]): void;
  scopeDepth(): number;
  memory(): { tensors: number; bytes: number };
  // operators
  resolve(name: string): number;
  call(op: number, tensorMask: number, ...args: unknown[]): unknown;
  call1(op: number, tensorMask: number, ...args: unknown[]): TensorId;
  schemas(): string[];
  overloads(op: number): string[];
  // data
  fromBytes(bytes: ArrayBufferView, dtype: string, shape: number[]): TensorId;
  toBytes(t: TensorId): ArrayBuffer;
  item(t: TensorId): number | boolean;
  info(t: TensorId): [number[], string, string, boolean];
  shape(t: TensorId): number[];
  dtype(t: TensorId): string;
  device(t: TensorId): string;
  numel(t: TensorId): number;
  ndim(t: TensorId): number;
  sameStorage(a: TensorId, b: TensorId): boolean;
  // autograd
  backward(t: TensorId, grad: TensorId | null, retainGraph?: boolean, createGraph?: boolean): void;
  grad(outputs: unknown[], inputs: unknown[], gradOutputs: unknown[] | null,
    retainGraph?: boolean, createGraph?: boolean, allowUnused?: boolean): unknown[];
  getGrad(t: TensorId): unknown;
  setGrad(t: TensorId, g: TensorId | null): void;
  requiresGrad(t: TensorId): boolean;
  setRequiresGrad(t: TensorId, on: boolean): void;
  isLeaf(t: TensorId): boolean;
  gradFn(t: TensorId): string | null;
  setGradEnabled(on: boolean): boolean;
  isGradEnabled(): boolean;
  inferenceEnter(on?: boolean): void;
  inferenceExit(): void;
  isInferenceMode(): boolean;
  isInference(t: TensorId): boolean;
  // runtime
  manualSeed(seed: number | bigint): void;
  getRngState(device?: string): unknown;
  setRngState(device: string, state: TensorId): void;
  setNumThreads(n: number): void;
  getNumThreads(): number;
  cudaIsAvailable(): boolean;
  cudaDeviceCount(): number;
  cudaSynchronize(device?: number): void;
  autocastSet(deviceType: string, enabled: boolean, dtype?: string): [boolean, string];
  autocastGet(deviceType: string): [boolean, string];
  autocastEnterNesting(): number;
  autocastExitNesting(): number;
}

const packageRoot = path.resolve(__dirname, '..', '..');
const addonPath = path.join(packageRoot, 'build', 'Release', 'must_torch.node');

/** The major.minor of a libtorch version string ('2.3.1+cu121' -> '2.3'). */
function majorMinor(v: string): string {
  return v.split('.').slice(0, 2).join('.');
}

/** Reads the version of the libtorch a shared library file belongs to, when it can tell. */
export function libraryVersion(file: string): string | null {
  const real = fs.realpathSync(file);
  const soname = /\.so\.(\d+\.\d+(?:\.\d+)?)$/.exec(real);
  if (soname) return soname[1];
  const dir = path.dirname(real);
  for (const candidate of [path.join(dir, '..', 'build-version'), path.join(dir, '..', 'version.py')]) {
    if (!fs.existsSync(candidate)) continue;
    const text = fs.readFileSync(candidate, 'utf8');
    const m = /(\d+\.\d+\.\d+)/.exec(text);
    if (m) return m[1];
  }
  return null;
}

function load(): Native {
  if (!fs.existsSync(addonPath)) {
    throw new Error(`@must/torch: the native addon is not built (${addonPath}); run 'npm run build:native -w @must/torch'`);
  }
  let addon: Native;
  try {
    addon = require(addonPath) as Native;
  } catch (e) {
    throw new Error(`@must/torch: cannot load the native addon (${(e as Error).message}). ` +
      `If libtorch was moved or upgraded, rebuild with 'npm run build:native -w @must/torch'.`);
  }
  const lib = addon.loadedLibrary();
  const running = lib ? libraryVersion(lib) : null;
  if (running && majorMinor(running) !== majorMinor(addon.builtVersion)) {
    throw new Error(`@must/torch: the addon was built against libtorch ${addon.builtVersion} but libtorch ${running} ` +
      `is loaded (${lib}); rebuild with 'npm run build:native -w @must/torch'`);
  }
  return addon;
}

export const native: Native = load();
