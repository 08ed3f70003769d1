// toString() of tensors, in PyTorch's style: tensor([[1., 2.], [3., 4.]], dtype=float64).
import type { Tensor } from './tensor';

const MAX_ELEMENTS = 1000; // larger tensors print a summary of 3 items per edge
const EDGE = 3;

function formatNumber(v: number, floating: boolean): string {
  if (!floating) return String(v);
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Number.isInteger(v) && Math.abs(v) < 1e8) return `${v}.`;
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-4 || a >= 1e8) ? v.toExponential(4) : String(Number(v.toFixed(4)));
}

export function formatTensor(t: Tensor): string {
  const shape = t.shape;
  const dtype = t.dtype;
  const floating = dtype.startsWith('float') || dtype === 'bfloat16';
  const flat = t.dataSync();
  const numel = shape.reduce((a, b) => a * b, 1);
  const summarize = numel > MAX_ELEMENTS;
  const str = (i: number): string => dtype === 'bool' ? (flat[i] ? 'True' : 'False')
    : formatNumber(Number(flat[i]), floating);
  const strides = shape.map((_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));
  const build = (dim: number, offset: number, indent: string): string => {
    if (dim === shape.length) return str(offset);
    const n = shape[dim];
    const idx: (number | null)[] = summarize && n > 2 * EDGE
      ? [...Array.from({ length: EDGE }, (_, i) => i), null, ...Array.from({ length: EDGE }, (_, i) => n - EDGE + i)]
      : Array.from({ length: n }, (_, i) => i);
    const parts = idx.map((i) => i === null ? '...' : build(dim + 1, offset + i * strides[dim], indent + ' '));
    const sep = dim === shape.length - 1 ? ', ' : ',\n' + indent + ' ';
    return '[' + parts.join(sep) + ']';
  };
  const extras: string[] = [];
  // Empty tensors print like PyTorch: tensor([]) for shape [0], otherwise with their size.
  const empty = numel === 0;
  if (empty && shape.length !== 1) extras.push(`size=(${shape.join(', ')})`);
  const body = empty ? '[]' : build(0, 0, '       ');
  if (dtype !== 'float32' && dtype !== 'int64' && dtype !== 'bool') extras.push(`dtype=${dtype}`);
  if (t.device !== 'cpu') extras.push(`device='${t.device}'`);
  if (t.requiresGrad) extras.push('requires_grad=True');
  return `tensor(${body}${extras.length ? ', ' + extras.join(', ') : ''})`;
}
