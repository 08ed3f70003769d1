// Autograd: grad-mode scopes, inference mode, and torch.autograd.grad. Grad mode is thread-local in
// ATen; the addon runs every operator on the JavaScript thread that calls it, so these scopes apply
// to exactly the operators that run inside them.
import { native } from './native';
import type { Tensor } from './tensor';

function checkSync<T>(what: string, result: T): T {
  if (result instanceof Promise) {
    throw new TypeError(`${what} cannot take an async function: the mode would not cover its awaited parts`);
  }
  return result;
}

function withGradMode<T>(what: string, enabled: boolean, fn: () => T): T {
  if (fn.constructor.name === 'AsyncFunction') {
    throw new TypeError(`${what} cannot take an async function: the mode would not cover its awaited parts`);
  }
  const prev = native.setGradEnabled(enabled);
  try {
    return checkSync(what, fn());
  } finally {
    native.setGradEnabled(prev);
  }
}

/** Runs fn with gradient recording off (like `with torch.no_grad()`). */
export function noGrad<T>(fn: () => T): T {
  return withGradMode('noGrad', false, fn);
}

/** Runs fn with gradient recording on, e.g. inside noGrad (like `with torch.enable_grad()`). */
export function enableGrad<T>(fn: () => T): T {
  return withGradMode('enableGrad', true, fn);
}

export function isGradEnabled(): boolean {
  return native.isGradEnabled();
}

/** Switches gradient recording and returns the previous setting. */
export function setGradEnabled(on: boolean): boolean {
  return native.setGradEnabled(on);
}

/**
 * Runs fn in inference mode (like `with torch.inference_mode()`): no autograd recording and no
 * version counters; tensors made inside cannot be used in autograd later.
 */
export function inferenceMode<T>(fn: () => T): T {
  if (fn.constructor.name === 'AsyncFunction') throw new TypeError('inferenceMode cannot take an async function');
  native.inferenceEnter(true);
  try {
    return checkSync('inferenceMode', fn());
  } finally {
    native.inferenceExit();
  }
}

export function isInferenceModeEnabled(): boolean {
  return native.isInferenceMode();
}

export interface GradOptions {
  /** The vector of the vector-Jacobian product, one per output (null for scalar outputs). */
  gradOutputs?: (Tensor | null)[];
  /** Keep the graph for another backward pass (defaults to createGraph). */
  retainGraph?: boolean;
  /** Record the gradient computation, for higher-order derivatives. */
  createGraph?: boolean;
  /** Return null for inputs the outputs do not depend on instead of failing. */
  allowUnused?: boolean;
}

/** Gradients of outputs with respect to inputs, without touching `.grad` (torch.autograd.grad). */
export function grad(outputs: Tensor | Tensor[], inputs: Tensor | Tensor[], opts: GradOptions = {}): (Tensor | null)[] {
  const outs = Array.isArray(outputs) ? outputs : [outputs];
  const ins = Array.isArray(inputs) ? inputs : [inputs];
  return native.grad(outs, ins, opts.gradOutputs ?? null, opts.retainGraph, opts.createGraph, opts.allowUnused) as (Tensor | null)[];
}

/** Backward from several outputs at once (torch.autograd.backward). */
export function backward(tensors: Tensor[], grads?: (Tensor | null)[], opts: { retainGraph?: boolean; createGraph?: boolean } = {}): void {
  tensors.forEach((t, i) => {
    const last = i === tensors.length - 1;
    t.backward(grads?.[i] ?? null, { retainGraph: last ? opts.retainGraph : true, createGraph: opts.createGraph });
  });
}
