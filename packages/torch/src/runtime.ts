// Process-level settings: seeds, threads, CUDA queries, versions.
import { native } from './native';
import { Tensor } from './tensor';

/** Seeds the CPU generator and every CUDA generator. */
export function manualSeed(seed: number | bigint): void {
  if (typeof seed === 'number' && (!Number.isInteger(seed) || seed < 0)) {
    throw new RangeError(`manualSeed needs a non-negative integer, got ${seed}`);
  }
  native.manualSeed(seed);
}

/** The state of the default generator of a device ('cpu' or 'cuda:N') as a uint8 tensor. */
export function getRngState(device = 'cpu'): Tensor {
  return native.getRngState(device) as Tensor;
}

export function setRngState(state: Tensor, device = 'cpu'): void {
  native.setRngState(device, state._h);
}

/** Threads ATen uses for intra-op parallelism. */
export function setNumThreads(n: number): void {
  native.setNumThreads(n);
}
export function getNumThreads(): number {
  return native.getNumThreads();
}

/** The libtorch version the addon was built against, e.g. '1.13.0'. */
export function version(): string {
  return native.version();
}

export const cuda = {
  isAvailable(): boolean {
    return native.cudaIsAvailable();
  },
  deviceCount(): number {
    return native.cudaDeviceCount();
  },
  /** Waits for every kernel on a device (default: the current one). */
  synchronize(device?: number): void {
    native.cudaSynchronize(device);
  },
};
