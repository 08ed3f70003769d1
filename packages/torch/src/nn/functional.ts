// torch.nn.functional: losses and helpers, on the ATen operators PyTorch 1.13's Python functions
// call, with the same argument checks done up front so that mistakes fail with messages naming the
// argument and the shapes. Every function records autograd like its PyTorch counterpart.
//
// Reductions are strings ('none' | 'mean' | 'sum', and 'batchmean' for klDiv); ATen receives them
// as its integer enum (0 none, 1 mean, 2 sum).
import { Tensor } from '../tensor';
import * as ops from '../ops.generated';
import { tidy } from '../scope';
import { type DType, isFloatingDType } from '../dtype';

export type Reduction = 'none' | 'mean' | 'sum';

const REDUCTIONS: Record<Reduction, number> = { none: 0, mean: 1, sum: 2 };

/** ATen's integer for a reduction string; throws for anything else. */
export function reductionEnum(reduction: string, fn = 'loss'): number {
  if (typeof reduction !== 'string' || !Object.prototype.hasOwnProperty.call(REDUCTIONS, reduction)) {
    throw new RangeError(`${fn}: '${reduction}' is not a valid value for reduction (use 'none', 'mean' or 'sum')`);
  }
  return REDUCTIONS[reduction as Reduction];
}

// ---- argument checks ----

function fmt(shape: number[]): string {
  return `[${shape.join(', ')}]`;
}

function checkTensor(fn: string, name: string, t: unknown): asserts t is Tensor {
  if (!(t instanceof Tensor)) {
    throw new TypeError(`${fn}: '${name}' must be a Tensor, got ${t === null ? 'null' : typeof t}`);
  }
}

function checkFloating(fn: string, name: string, t: Tensor): void {
  if (!isFloatingDType(t.dtype)) {
    throw new TypeError(`${fn}: '${name}' must have a floating dtype, got ${t.dtype} with shape ${fmt(t.shape)}`);
  }
}

function sameShape(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The broadcast shape of two shapes, or null when they do not broadcast. */
export function broadcastShapes(a: number[], b: number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return null;
    out[i] = x === 1 ? y : x;
  }
  return out;
}

const warned = new Set<string>();
function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  process.emitWarning(message, 'UserWarning');
}

/**
 * PyTorch's treatment of regression losses (l1, mse, smooth l1, huber): input and target of
 * different but broadcastable shapes are broadcast with a warning; shapes that do not broadcast
 * are an error.
 */
function broadcastPair(fn: string, input: Tensor, target: Tensor): [Tensor, Tensor, boolean] {
  checkTensor(fn, 'input', input);
  checkTensor(fn, 'target', target);
  checkFloating(fn, 'input', input);
  const a = input.shape;
  const b = target.shape;
  if (sameShape(a, b)) return [input, target, false];
  const shape = broadcastShapes(a, b);
  if (!shape) {
    throw new RangeError(`${fn}: the shapes of 'input' ${fmt(a)} and 'target' ${fmt(b)} do not broadcast`);
  }
  warnOnce(`${fn}:${fmt(a)}:${fmt(b)}`, `${fn}: using a target size (${fmt(b)}) that is different to the input size ` +
    `(${fmt(a)}). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.`);
  const [x, y] = ops.broadcastTensors([input, target]);
  return [x, y, true];
}

/** Checks a class-index target against input (N, C, d1, ...) or unbatched (C). */
function checkClassTarget(fn: string, input: Tensor, target: Tensor): void {
  if (target.dtype !== 'int64') {
    throw new TypeError(`${fn}: class-index 'target' must be int64 (got ${target.dtype} with shape ${fmt(target.shape)}); ` +
      `convert it with target.to('int64')` + (isFloatingDType(target.dtype) ? ', or pass class probabilities with the shape of the input' : ''));
  }
  const s = input.shape;
  const expected = s.length === 1 ? [] : [s[0], ...s.slice(2)];
  if (!sameShape(target.shape, expected)) {
    throw new RangeError(`${fn}: 'target' of shape ${fmt(target.shape)} does not match 'input' of shape ${fmt(s)}: ` +
      `class indices need shape ${fmt(expected)} (input is (N, C, d1, ...) or (C), target (N, d1, ...) or ())`);
  }
}

function checkClassInput(fn: string, input: Tensor): void {
  checkTensor(fn, 'input', input);
  checkFloating(fn, 'input', input);
  if (input.ndim < 1) throw new RangeError(`${fn}: 'input' must have at least 1 dimension (classes), got a 0-d tensor`);
}

function checkClassWeight(fn: string, input: Tensor, weight: Tensor | null | undefined): void {
  if (weight === null || weight === undefined) return;
  checkTensor(fn, 'weight', weight);
  const c = input.ndim === 1 ? input.shape[0] : input.shape[1];
  if (weight.ndim !== 1 || weight.shape[0] !== c) {
    throw new RangeError(`${fn}: 'weight' must be 1-d with one value per class (${c}), got shape ${fmt(weight.shape)}`);
  }
  if (weight.dtype !== input.dtype) {
    throw new TypeError(`${fn}: 'weight' must have the dtype of 'input' (${input.dtype}), got ${weight.dtype}`);
  }
}

function checkBroadcastsTo(fn: string, name: string, t: Tensor, target: number[]): void {
  const shape = broadcastShapes(t.shape, target);
  if (!shape || !sameShape(shape, target)) {
    throw new RangeError(`${fn}: '${name}' of shape ${fmt(t.shape)} does not broadcast to the input shape ${fmt(target)}`);
  }
}

// ---- classification ----

export interface CrossEntropyOptions {
  /** Rescaling weight per class, 1-d of size C. */
  weight?: Tensor | null;
  /** Class index whose targets contribute neither loss nor gradient (class-index targets only). */
  ignoreIndex?: number;
  reduction?: Reduction;
  /** In [0, 1]: mixes the target with the uniform distribution over classes. */
  labelSmoothing?: number;
}

/**
 * Cross entropy between logits `input` (N, C, d1, ...) or (C) and `target`, which is either class
 * indices (int64, shape (N, d1, ...) or ()) or class probabilities (floating, same shape and
 * dtype as input), exactly as torch.nn.functional.cross_entropy in PyTorch 1.13 (one ATen
 * cross_entropy_loss call). With class indices and label smoothing ε the loss is
 * (1 - ε) · nll + ε/C · smooth, where smooth = -Σ_c w_c log p_c per sample (0 where the target is
 * ignoreIndex) and the 'mean' reduction divides both terms by Σ w_{target} over non-ignored
 * samples (by their count without weights).
 */
export function crossEntropy(input: Tensor, target: Tensor, opts: CrossEntropyOptions = {}): Tensor {
  const fn = 'crossEntropy';
  checkClassInput(fn, input);
  checkTensor(fn, 'target', target);
  const reduction = reductionEnum(opts.reduction ?? 'mean', fn);
  const labelSmoothing = opts.labelSmoothing ?? 0;
  if (!(labelSmoothing >= 0 && labelSmoothing <= 1)) {
    throw new RangeError(`${fn}: labelSmoothing must be between 0.0 and 1.0, got ${labelSmoothing}`);
  }
  const ignoreIndex = opts.ignoreIndex ?? -100;
  if (!Number.isInteger(ignoreIndex)) throw new TypeError(`${fn}: ignoreIndex must be an integer, got ${ignoreIndex}`);
  checkClassWeight(fn, input, opts.weight);
  if (isFloatingDType(target.dtype)) {
    if (!sameShape(target.shape, input.shape)) {
      throw new RangeError(`${fn}: class-probability 'target' must have the shape of 'input' ${fmt(input.shape)}, ` +
        `got ${fmt(target.shape)} (class indices must be int64)`);
    }
    if (target.dtype !== input.dtype) {
      throw new TypeError(`${fn}: class-probability 'target' must have the dtype of 'input' (${input.dtype}), got ${target.dtype}`);
    }
  } else {
    checkClassTarget(fn, input, target);
  }
  return ops.crossEntropyLoss(input, target, { weight: opts.weight ?? null, reduction, ignoreIndex, labelSmoothing });
}

export interface NllLossOptions {
  weight?: Tensor | null;
  ignoreIndex?: number;
  reduction?: Reduction;
}

/** Negative log likelihood of log-probabilities `input` (N, C, d1, ...) or (C) at int64 class indices. */
export function nllLoss(input: Tensor, target: Tensor, opts: NllLossOptions = {}): Tensor {
  const fn = 'nllLoss';
  checkClassInput(fn, input);
  checkTensor(fn, 'target', target);
  checkClassTarget(fn, input, target);
  checkClassWeight(fn, input, opts.weight);
  const reduction = reductionEnum(opts.reduction ?? 'mean', fn);
  const ignoreIndex = opts.ignoreIndex ?? -100;
  if (!Number.isInteger(ignoreIndex)) throw new TypeError(`${fn}: ignoreIndex must be an integer, got ${ignoreIndex}`);
  return ops.nllLossNd(input, target, { weight: opts.weight ?? null, reduction, ignoreIndex });
}

export interface BceWithLogitsOptions {
  /** Rescaling weight, broadcast to the input's shape. */
  weight?: Tensor | null;
  /** Weight of positive examples, broadcast along the input (usually one value per class, last dim). */
  posWeight?: Tensor | null;
  reduction?: Reduction;
}

/** Binary cross entropy on logits (sigmoid folded in, numerically stable); target has input's shape. */
export function binaryCrossEntropyWithLogits(input: Tensor, target: Tensor, opts: BceWithLogitsOptions = {}): Tensor {
  const fn = 'binaryCrossEntropyWithLogits';
  checkTensor(fn, 'input', input);
  checkTensor(fn, 'target', target);
  checkFloating(fn, 'input', input);
  if (!sameShape(target.shape, input.shape)) {
    throw new RangeError(`${fn}: 'target' size ${fmt(target.shape)} must be the same as 'input' size ${fmt(input.shape)}`);
  }
  checkFloating(fn, 'target', target);
  const reduction = reductionEnum(opts.reduction ?? 'mean', fn);
  if (opts.weight) {
    checkTensor(fn, 'weight', opts.weight);
    checkBroadcastsTo(fn, 'weight', opts.weight, input.shape);
  }
  if (opts.posWeight) {
    checkTensor(fn, 'posWeight', opts.posWeight);
    checkBroadcastsTo(fn, 'posWeight', opts.posWeight, input.shape);
  }
  return ops.binaryCrossEntropyWithLogits(input, target, {
    weight: opts.weight ?? null, posWeight: opts.posWeight ?? null, reduction,
  });
}

/** Binary cross entropy on probabilities in [0, 1]; prefer binaryCrossEntropyWithLogits. */
export function binaryCrossEntropy(input: Tensor, target: Tensor,
  opts: { weight?: Tensor | null; reduction?: Reduction } = {}): Tensor {
  const fn = 'binaryCrossEntropy';
  checkTensor(fn, 'input', input);
  checkTensor(fn, 'target', target);
  checkFloating(fn, 'input', input);
  if (!sameShape(target.shape, input.shape)) {
    throw new RangeError(`${fn}: 'target' size ${fmt(target.shape)} must be the same as 'input' size ${fmt(input.shape)}`);
  }
  checkFloating(fn, 'target', target);
  const reduction = reductionEnum(opts.reduction ?? 'mean', fn);
  const w = opts.weight;
  if (!w) return ops.binaryCrossEntropy(input, target, { reduction });
  checkTensor(fn, 'weight', w);
  checkBroadcastsTo(fn, 'weight', w, input.shape);
  return tidy(() => {
    const expanded = sameShape(w.shape, input.shape) ? w : w.expand(input.shape);
    return ops.binaryCrossEntropy(input, target, { weight: expanded, reduction });
  });
}

export interface SigmoidFocalLossOptions {
  /** Weight of the positive class in (0, 1); negative disables the weighting. Default 0.25. */
  alpha?: number;
  /** Focusing exponent on (1 - p_t). Default 2. */
  gamma?: number;
  /** Default 'none', as torchvision. */
  reduction?: Reduction;
}

/**
 * Focal loss (Lin et al., RetinaNet) on logits, as torchvision.ops.sigmoid_focal_loss:
 * p = σ(x), ce = BCEWithLogits(x, t), p_t = p·t + (1 - p)(1 - t), loss = ce · (1 - p_t)^γ, times
 * α_t = α·t + (1 - α)(1 - t) when α ≥ 0.
 */
export function sigmoidFocalLoss(inputs: Tensor, targets: Tensor, opts: SigmoidFocalLossOptions = {}): Tensor {
  const fn = 'sigmoidFocalLoss';
  const alpha = opts.alpha ?? 0.25;
  const gamma = opts.gamma ?? 2;
  const reduction = opts.reduction ?? 'none';
  reductionEnum(reduction, fn);
  checkTensor(fn, 'inputs', inputs);
  checkTensor(fn, 'targets', targets);
  if (!sameShape(targets.shape, inputs.shape)) {
    throw new RangeError(`${fn}: 'targets' size ${fmt(targets.shape)} must be the same as 'inputs' size ${fmt(inputs.shape)}`);
  }
  checkFloating(fn, 'inputs', inputs);
  checkFloating(fn, 'targets', targets);
  if (typeof gamma !== 'number' || !(gamma >= 0)) throw new RangeError(`${fn}: gamma must be >= 0, got ${gamma}`);
  if (typeof alpha !== 'number' || !(alpha <= 1)) throw new RangeError(`${fn}: alpha must be <= 1 (negative disables it), got ${alpha}`);
  return tidy(() => {
    const p = ops.sigmoid(inputs);
    const ce = ops.binaryCrossEntropyWithLogits(inputs, targets, { reduction: 0 });
    const pT = p.mul(targets).add(ops.rsub(p, 1).mul(ops.rsub(targets, 1)));
    let loss = ce.mul(ops.rsub(pT, 1).pow(gamma));
    if (alpha >= 0) {
      const alphaT = targets.mul(alpha).add(ops.rsub(targets, 1).mul(1 - alpha));
      loss = alphaT.mul(loss);
    }
    if (reduction === 'mean') return loss.mean();
    if (reduction === 'sum') return loss.sum();
    return loss;
  });
}

// ---- regression ----

function regression(fn: string, input: Tensor, target: Tensor, call: (x: Tensor, y: Tensor) => Tensor): Tensor {
  const [x, y, owned] = broadcastPair(fn, input, target);
  if (!owned) return call(x, y);
  try {
    return call(x, y);
  } finally {
    x.dispose();
    y.dispose();
  }
}

/** Mean absolute error. */
export function l1Loss(input: Tensor, target: Tensor, opts: { reduction?: Reduction } = {}): Tensor {
  const reduction = reductionEnum(opts.reduction ?? 'mean', 'l1Loss');
  return regression('l1Loss', input, target, (x, y) => ops.l1Loss(x, y, { reduction }));
}

/** Mean squared error. */
export function mseLoss(input: Tensor, target: Tensor, opts: { reduction?: Reduction } = {}): Tensor {
  const reduction = reductionEnum(opts.reduction ?? 'mean', 'mseLoss');
  return regression('mseLoss', input, target, (x, y) => ops.mseLoss(x, y, { reduction }));
}

/**
 * Smooth L1: 0.5·d²/β where |d| < β, |d| - 0.5·β elsewhere (β = 0 is the L1 loss, as PyTorch).
 */
export function smoothL1Loss(input: Tensor, target: Tensor, opts: { reduction?: Reduction; beta?: number } = {}): Tensor {
  const fn = 'smoothL1Loss';
  const reduction = reductionEnum(opts.reduction ?? 'mean', fn);
  const beta = opts.beta ?? 1;
  if (typeof beta !== 'number' || !(beta >= 0)) throw new RangeError(`${fn}: beta must be >= 0, got ${beta}`);
  return regression(fn, input, target, (x, y) => beta === 0
    ? ops.l1Loss(x, y, { reduction })
    : ops.smoothL1Loss(x, y, { reduction, beta }));
}

/** Huber: 0.5·d² where |d| < δ, δ·(|d| - 0.5·δ) elsewhere. */
export function huberLoss(input: Tensor, target: Tensor, opts: { reduction?: Reduction; delta?: number } = {}): Tensor {
  const fn = 'huberLoss';
  const reduction = reductionEnum(opts.reduction ?? 'mean', fn);
  const delta = opts.delta ?? 1;
  if (typeof delta !== 'number' || !(delta > 0)) throw new RangeError(`${fn}: delta must be > 0, got ${delta}`);
  return regression(fn, input, target, (x, y) => ops.huberLoss(x, y, { reduction, delta }));
}

/**
 * Kullback-Leibler divergence with `input` log-probabilities and `target` probabilities (or
 * log-probabilities with logTarget). Pointwise target·(log target - input). 'mean' divides by the
 * number of elements (PyTorch's default, kept for compatibility); 'batchmean' divides the sum by
 * the batch size (input.shape[0]), which is the mathematical KL divergence.
 */
export function klDiv(input: Tensor, target: Tensor,
  opts: { reduction?: Reduction | 'batchmean'; logTarget?: boolean } = {}): Tensor {
  const fn = 'klDiv';
  checkTensor(fn, 'input', input);
  checkTensor(fn, 'target', target);
  checkFloating(fn, 'input', input);
  checkFloating(fn, 'target', target);
  if (!broadcastShapes(input.shape, target.shape)) {
    throw new RangeError(`${fn}: the shapes of 'input' ${fmt(input.shape)} and 'target' ${fmt(target.shape)} do not broadcast`);
  }
  const r = opts.reduction ?? 'mean';
  const logTarget = opts.logTarget ?? false;
  if (r !== 'batchmean') return ops.klDiv(input, target, { reduction: reductionEnum(r, fn), logTarget });
  const summed = ops.klDiv(input, target, { reduction: 2, logTarget });
  if (input.ndim === 0) return summed;
  try {
    return summed.div(input.shape[0]);
  } finally {
    summed.dispose();
  }
}

// ---- helpers ----

/** Cosine similarity along `dim` (default 1) of broadcast x1 and x2: x1·x2 / max(‖x1‖·‖x2‖, eps). */
export function cosineSimilarity(x1: Tensor, x2: Tensor, opts: { dim?: number; eps?: number } = {}): Tensor {
  const fn = 'cosineSimilarity';
  checkTensor(fn, 'x1', x1);
  checkTensor(fn, 'x2', x2);
  checkFloating(fn, 'x1', x1);
  checkFloating(fn, 'x2', x2);
  const shape = broadcastShapes(x1.shape, x2.shape);
  if (!shape) throw new RangeError(`${fn}: the shapes of 'x1' ${fmt(x1.shape)} and 'x2' ${fmt(x2.shape)} do not broadcast`);
  const dim = opts.dim ?? 1;
  const n = Math.max(shape.length, 1);
  if (!Number.isInteger(dim) || dim < -n || dim >= n) {
    throw new RangeError(`${fn}: dim ${dim} is out of range for the broadcast shape ${fmt(shape)}`);
  }
  return ops.cosineSimilarity(x1, x2, { dim, eps: opts.eps ?? 1e-8 });
}

/**
 * One-hot encoding of int64 class indices: a new last dimension of size numClasses (default -1:
 * max index + 1). The result is int64, as PyTorch.
 */
export function oneHot(indices: Tensor, numClasses = -1): Tensor {
  const fn = 'oneHot';
  checkTensor(fn, 'indices', indices);
  if (indices.dtype !== 'int64') {
    throw new TypeError(`${fn}: 'indices' must be int64 class indices, got ${indices.dtype} (convert with .to('int64'))`);
  }
  if (!Number.isInteger(numClasses) || numClasses < -1) {
    throw new RangeError(`${fn}: numClasses must be a non-negative integer or -1 (infer), got ${numClasses}`);
  }
  return ops.oneHot(indices, { numClasses });
}

/** Softmax along `dim`; `dtype` casts the input first (e.g. float32 for float16 logits). */
export function softmax(input: Tensor, dim: number, opts: { dtype?: DType | null } = {}): Tensor {
  checkTensor('softmax', 'input', input);
  return ops.softmax(input, dim, { dtype: opts.dtype ?? null });
}

/** log(softmax(x)) along `dim`, computed stably; `dtype` casts the input first. */
export function logSoftmax(input: Tensor, dim: number, opts: { dtype?: DType | null } = {}): Tensor {
  checkTensor('logSoftmax', 'input', input);
  return ops.logSoftmax(input, dim, { dtype: opts.dtype ?? null });
}
