// Calling operators by name, and the small helpers the generated wrappers use.
import { native, type TensorId } from './native';
import type { Tensor } from './tensor';

let TensorClass: (new (id: TensorId) => Tensor) | null = null;

/** Internal: set once by tensor.ts. */
export function setDispatchTensorClass(c: new (id: TensorId) => Tensor): void {
  TensorClass = c;
}

const resolved = new Map<string, number>();

/** The addon's id of an operator set, e.g. 'add' or 'aten::add' (resolved once, then cached). */
export function resolveOp(name: string): number {
  let id = resolved.get(name);
  if (id === undefined) {
    id = native.resolve(name);
    resolved.set(name, id);
  }
  return id;
}

/** Internal (generated code): the id of a tensor argument, any other value unchanged. */
export function $h(x: unknown): unknown {
  return x instanceof TensorClass! ? (x as Tensor)._h : x;
}
/** Internal (generated code): `bit` when x is a tensor, else 0. */
export function $m(x: unknown, bit: number): number {
  return x instanceof TensorClass! ? bit : 0;
}
/** Internal (generated code): wraps a tensor id returned by call1. */
export function $t(id: TensorId): Tensor {
  return new TensorClass!(id);
}

/** Bit i: argument i is a tensor passed as its id; bits 24..29: the argument count. */
function maskOf(args: unknown[]): number {
  if (args.length > 24) throw new TypeError(`callOp: at most 24 arguments, got ${args.length}`);
  let mask = args.length << 24;
  for (let i = 0; i < args.length; i++) if (args[i] instanceof TensorClass!) mask |= 1 << i;
  return mask;
}

/**
 * Calls an operator by name with positional arguments and an optional trailing options object
 * (defaulted arguments by camelCase name). Returns Tensors, arrays of them, numbers, booleans...
 * The overload is chosen from the argument kinds as described in the package README.
 */
export function callOp(name: string, ...args: unknown[]): unknown {
  const id = resolveOp(name);
  // Tensor objects (not their ids) go to the addon, so that an in-place result (add_, index_put_)
  // comes back as the caller's object instead of a second handle to the same id.
  return native.call(id, maskOf(args), ...args);
}

/** Like callOp, for operators that return exactly one Tensor. */
export function callOp1(name: string, ...args: unknown[]): Tensor {
  const id = resolveOp(name);
  const result = native.call1(id, maskOf(args), ...args.map($h));
  // An in-place operator returns the id of its argument: hand back that argument. A second Tensor
  // object with the same id would, once garbage-collected, dispose the argument (the backstop).
  for (const a of args) if (a instanceof TensorClass! && (a as Tensor)._h === result) return a as Tensor;
  return new TensorClass!(result);
}

/** The schemas of an operator's overloads, in the order calls try them. */
export function schemasOf(name: string): string[] {
  return native.overloads(resolveOp(name));
}
