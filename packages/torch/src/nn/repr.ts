// Python-style formatting for module reprs, so printed models read like PyTorch's.

export function pyBool(b: boolean): string {
  return b ? 'True' : 'False';
}

/** Python's repr of a float: 1e-05, 0.1, 1.0. */
export function pyFloat(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  const a = Math.abs(x);
  if (a !== 0 && Number.isFinite(x) && (a < 1e-4 || a >= 1e16)) return x.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  return String(x);
}

export function pyTuple(v: readonly (number | null)[]): string {
  return `(${v.map((n) => n ?? 'None').join(', ')}${v.length === 1 ? ',' : ''})`;
}
