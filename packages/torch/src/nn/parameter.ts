// Parameters: ordinary Tensors marked as trainable state. A Module registers every enumerable
// property holding a marked tensor as a parameter (see module.ts). The mark lives in a WeakSet on
// the JavaScript object, so no Tensor subclass is needed and ops keep returning plain Tensors.
import { Tensor } from '../tensor';

const marked = new WeakSet<Tensor>();

/** Whether `t` was made a parameter with `new Parameter(t)` / `parameter(t)`. */
export function isParameter(t: unknown): t is Tensor {
  return t instanceof Tensor && marked.has(t);
}

/**
 * Marks `data` as a parameter and returns it (like `torch.nn.Parameter(data, requires_grad)`).
 * The tensor is exempted from every tidy scope (`keep()`), because modules are often built inside
 * a user's tidy and their parameters must outlive it; it is freed by `Module.dispose()`, by
 * `dispose()` or, once unreachable, by the garbage-collection backstop. A tensor that is the
 * result of a recorded op (not a leaf) is detached first, as PyTorch does, so the parameter is
 * always a leaf that accumulates `.grad`.
 */
export function parameter(data: Tensor, requiresGrad = true): Tensor {
  if (!(data instanceof Tensor)) throw new TypeError('nn.Parameter expects a Tensor');
  const t = data.isLeaf ? data : data.detach();
  t.requiresGrad = requiresGrad;
  t.keep();
  marked.add(t);
  return t;
}

export interface ParameterConstructor {
  /** `new nn.Parameter(t)`: marks `t` (see `parameter`) and returns it; the result is a Tensor. */
  new (data: Tensor, requiresGrad?: boolean): Tensor;
  (data: Tensor, requiresGrad?: boolean): Tensor;
}

/**
 * `new nn.Parameter(tensor, requiresGrad = true)` as in PyTorch. It returns the (marked) tensor
 * itself, so `p instanceof nn.Parameter` tests the mark and `p instanceof Tensor` stays true.
 */
export const Parameter = function Parameter(data: Tensor, requiresGrad = true): Tensor {
  return parameter(data, requiresGrad);
} as unknown as ParameterConstructor;
Object.defineProperty(Parameter, Symbol.hasInstance, { value: isParameter });

/** The type of a parameter: a Tensor (the mark is not visible to the type system). */
export type Parameter = Tensor;
