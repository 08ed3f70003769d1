// Evaluators. Every one streams (update per batch, compute at the end), takes tensors or plain
// arrays, and rejects inconsistent inputs with errors naming the argument.
export * from './coco';
export { numpySum, numpyMean, linspace, pyFixed } from './numeric';
export type { ArrayInput, ShapedArray } from './input';
