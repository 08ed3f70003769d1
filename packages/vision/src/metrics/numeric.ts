// Numerical details that make our numbers equal, bit for bit, to the Python references.

/**
 * numpy's float64 sum (`np.add.reduce` on a contiguous 1-D array): pairwise summation with an
 * 8-way unrolled base case of up to 128 elements, applied to blocks of 8192 elements (the ufunc
 * buffer size) whose sums are added in order.
 */
export function numpySum(a: ArrayLike<number>, start = 0, end = a.length): number {
  let res = 0;
  for (let b = start; b < end; b += 8192) res += pairwise(a, b, Math.min(8192, end - b));
  return res;
}

function pairwise(a: ArrayLike<number>, lo: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[lo + i];
    return res;
  }
  if (n <= 128) {
    let r0 = a[lo], r1 = a[lo + 1], r2 = a[lo + 2], r3 = a[lo + 3];
    let r4 = a[lo + 4], r5 = a[lo + 5], r6 = a[lo + 6], r7 = a[lo + 7];
    let i = 8;
    const lim = n - (n % 8);
    for (; i < lim; i += 8) {
      r0 += a[lo + i]; r1 += a[lo + i + 1]; r2 += a[lo + i + 2]; r3 += a[lo + i + 3];
      r4 += a[lo + i + 4]; r5 += a[lo + i + 5]; r6 += a[lo + i + 6]; r7 += a[lo + i + 7];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) res += a[lo + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise(a, lo, n2) + pairwise(a, lo + n2, n - n2);
}

/** `np.mean` of a contiguous float64 array (NaN when empty). */
export function numpyMean(a: ArrayLike<number>, start = 0, end = a.length): number {
  return numpySum(a, start, end) / (end - start);
}

/** `np.linspace(start, stop, num)` with endpoint, value for value (k * step + start, last = stop). */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const step = (stop - start) / div;
  for (let k = 0; k < num; k++) out[k] = k * step + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}

/**
 * Python's `'{:0.<digits>f}'.format(x)`: correctly rounded, ties to even. JavaScript's toFixed
 * rounds exact ties up instead; ties are decimals k + 0.5 at the last digit, which a double holds
 * exactly only as odd multiples of 2^-(digits + 1).
 */
export function pyFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : x < 0 ? '-inf' : 'nan';
  const scaled = x * 2 ** (digits + 1);
  if (Number.isInteger(scaled) && Math.abs(scaled % 2) === 1 && Math.abs(x) < 2 ** 40) {
    // exact tie: x = (n + 1/2) / 10^digits; pick the even n
    const t = Math.abs(x) * 10 ** digits; // exact: odd multiple of 1/2 below 2^53
    let n = Math.floor(t);
    if (n % 2 === 1) n += 1;
    const s = String(n).padStart(digits + 1, '0');
    const body = digits ? `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}` : s;
    return (x < 0 ? '-' : '') + body;
  }
  return x.toFixed(digits);
}
