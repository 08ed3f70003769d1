// Mixed precision: torch.autocast scoping libtorch's own autocast (the dispatcher's Autocast keys
// cast eligible operators such as conv2d and matmul to the lower precision).
import { native } from '../native';

export type AutocastDevice = 'cpu' | 'cuda';
export type AutocastDType = 'bfloat16' | 'float16';

export interface AutocastOptions {
  dtype?: AutocastDType;
  /** false runs fn with autocast off (e.g. a float32 region inside an autocast one). */
  enabled?: boolean;
}

function checkArgs(device: string, dtype: string): void {
  if (device !== 'cpu' && device !== 'cuda') {
    throw new TypeError(`autocast: device type must be 'cpu' or 'cuda', got '${device}'`);
  }
  if (dtype !== 'bfloat16' && dtype !== 'float16') {
    throw new TypeError(`autocast: dtype must be 'bfloat16' or 'float16', got '${dtype}'`);
  }
  if (device === 'cpu' && dtype !== 'bfloat16') {
    throw new TypeError("autocast: on 'cpu' only bfloat16 is supported (float16 autocast needs 'cuda')");
  }
  if (device === 'cuda' && !native.cudaIsAvailable()) {
    throw new Error("autocast: device type 'cuda' but CUDA is not available");
  }
}

/**
 * Runs fn with autocast on for one device type: `autocast('cuda', 'float16', fn)`,
 * `autocast('cpu', fn)` (bfloat16), `autocast('cuda', { dtype, enabled }, fn)`. Nests; the previous
 * state is restored afterwards, and leaving the outermost region clears the cast-weight cache.
 * fn must be synchronous (autocast state is thread-local and would not cover awaited parts).
 */
export function autocast<T>(device: AutocastDevice, fn: () => T): T;
export function autocast<T>(device: AutocastDevice, dtype: AutocastDType | AutocastOptions, fn: () => T): T;
export function autocast<T>(device: AutocastDevice, a: AutocastDType | AutocastOptions | (() => T), b?: () => T): T {
  const fn = typeof a === 'function' ? a : b;
  if (typeof fn !== 'function') throw new TypeError('autocast expects a function');
  if (fn.constructor.name === 'AsyncFunction') throw new TypeError('autocast cannot take an async function');
  const opts: AutocastOptions = typeof a === 'string' ? { dtype: a } : typeof a === 'object' ? a : {};
  const dtype = opts.dtype ?? (device === 'cuda' ? 'float16' : 'bfloat16');
  const enabled = opts.enabled ?? true;
  if (enabled) checkArgs(device, dtype);
  const [prevEnabled, prevDtype] = native.autocastSet(device, enabled, enabled ? dtype : undefined);
  native.autocastEnterNesting();
  try {
    const result = fn();
    if (result instanceof Promise) throw new TypeError('autocast cannot take a function that returns a Promise');
    return result;
  } finally {
    native.autocastExitNesting();
    native.autocastSet(device, prevEnabled, prevDtype);
  }
}

/** Whether autocast is on for a device type, and its dtype. */
export function autocastState(device: AutocastDevice): { enabled: boolean; dtype: string } {
  const [enabled, dtype] = native.autocastGet(device);
  return { enabled, dtype };
}
