// Robustness to common corruptions (CIFAR-10-C / ImageNet-C, Hendrycks & Dietterich 2019) and
// calibration (RMS calibration error with adaptive bins, ECE).
//
// Corruption errors: record the accuracy (or error, or correct/total counts) of every
// (corruption, severity), or let evaluateCorruptions call a function for each. Then:
// - meanError: the CIFAR-style mean corruption error, the plain mean over all recorded
//   (corruption, severity) errors (fractions in [0, 1]);
// - CE_c = sum_s E_{s,c} / sum_s E^ref_{s,c} and mCE = mean_c CE_c, in percent (the reference model
//   scores 100), the ImageNet-style number. The reference is an input: per-corruption errors, either
//   the 5 per-severity values or their mean (the ratio of sums equals the ratio of means when both
//   cover the same severities). ALEXNET_ERRORS holds AlexNet's per-corruption mean errors as used
//   by the AugMix reference code (imagenet.py, "taken from hendrycks/robustness").
// - relative mCE (optional, needs both clean errors): mean_c sum_s (E_{s,c} - E_clean) /
//   sum_s (E^ref_{s,c} - E^ref_clean), in percent.
import { type ArrayInput, shapeStr, toShaped } from './input';
import { numpyMean } from './numeric';

/** The 15 test corruptions of ImageNet-C / CIFAR-10-C, in their usual order. */
export const CORRUPTIONS: readonly string[] = [
  'gaussian_noise', 'shot_noise', 'impulse_noise', 'defocus_blur', 'glass_blur', 'motion_blur',
  'zoom_blur', 'snow', 'frost', 'fog', 'brightness', 'contrast', 'elastic_transform', 'pixelate',
  'jpeg_compression',
];
/** The 4 held-out (validation) corruptions. */
export const EXTRA_CORRUPTIONS: readonly string[] = ['speckle_noise', 'gaussian_blur', 'spatter', 'saturate'];
export const SEVERITIES: readonly number[] = [1, 2, 3, 4, 5];

/**
 * AlexNet's top-1 error on ImageNet-C per corruption, averaged over severities 1-5 (fractions), as
 * in the AugMix reference code (ALEXNET_ERR in imagenet.py, "raw AlexNet errors taken from
 * https://github.com/hendrycks/robustness").
 */
export const ALEXNET_ERRORS: Readonly<Record<string, number>> = Object.freeze({
  gaussian_noise: 0.886428, shot_noise: 0.894468, impulse_noise: 0.922640, defocus_blur: 0.819880,
  glass_blur: 0.826268, motion_blur: 0.785948, zoom_blur: 0.798360, snow: 0.866816, frost: 0.826572,
  fog: 0.819324, brightness: 0.564592, contrast: 0.853204, elastic_transform: 0.646056,
  pixelate: 0.717840, jpeg_compression: 0.606500,
});

export type CorruptionOutcome = number | { accuracy: number } | { error: number } | { correct: number; total: number };

export interface CorruptionReport {
  /** Error per corruption and severity (fractions), severities in ascending order. */
  errors: Record<string, Record<number, number>>;
  /** Mean error over the severities of each corruption. */
  corruptionErrors: Record<string, number>;
  /** CIFAR-style mean corruption error: mean over every (corruption, severity). */
  meanError: number;
  /** ImageNet-style mean corruption error in percent (reference = 100), when a reference is given. */
  mCE?: number;
  /** CE_c in percent per corruption, when a reference is given. */
  ce?: Record<string, number>;
  /** Relative mCE in percent, when clean errors are given too. */
  relativeMCE?: number;
}

export interface MceReference {
  /** Per corruption: the reference errors per severity (same severities as recorded), or their mean. */
  errors: Readonly<Record<string, number | readonly number[]>>;
  /** The reference model's clean error (for relative mCE). */
  cleanError?: number;
}

function errorOf(o: CorruptionOutcome, what: string): number {
  let e: number;
  if (typeof o === 'number') e = 1 - o;
  else if ('accuracy' in o) e = 1 - o.accuracy;
  else if ('error' in o) e = o.error;
  else {
    if (!(o.total > 0) || !(o.correct >= 0) || o.correct > o.total) throw new RangeError(`${what}: need 0 <= correct <= total, total > 0`);
    e = 1 - o.correct / o.total;
  }
  if (!(e >= 0 && e <= 1)) throw new RangeError(`${what}: error ${e} is not in [0, 1] (accuracies and errors are fractions)`);
  return e;
}

/** Accumulates errors per (corruption, severity). Accuracies are given as numbers by default. */
export class CorruptionEvaluator {
  private readonly table = new Map<string, Map<number, number>>();

  /**
   * From a table: per corruption, the values for severities 1, 2, ... (an array) or a
   * { severity: value } object; `values` says whether they are accuracies (default) or errors.
   */
  static fromTable(
    table: Readonly<Record<string, readonly number[] | Readonly<Record<number, number>>>>,
    values: 'accuracy' | 'error' = 'accuracy',
  ): CorruptionEvaluator {
    const ev = new CorruptionEvaluator();
    for (const [c, row] of Object.entries(table)) {
      const entries: [number, number][] = Array.isArray(row)
        ? (row as readonly number[]).map((v, i) => [i + 1, v])
        : Object.entries(row).map(([k, v]) => [Number(k), v as number]);
      for (const [sev, v] of entries) ev.record(c, sev, values === 'accuracy' ? { accuracy: v } : { error: v });
    }
    return ev;
  }

  /** Records one (corruption, severity): a number is an accuracy in [0, 1]. */
  record(corruption: string, severity: number, outcome: CorruptionOutcome): void {
    if (typeof corruption !== 'string' || !corruption) throw new TypeError('corruption must be a non-empty string');
    if (!Number.isInteger(severity) || severity < 1) throw new RangeError(`severity must be a positive integer, got ${severity}`);
    const e = errorOf(outcome, `${corruption}/${severity}`);
    let m = this.table.get(corruption);
    if (!m) this.table.set(corruption, (m = new Map()));
    if (m.has(severity)) throw new RangeError(`${corruption} severity ${severity} recorded twice`);
    m.set(severity, e);
  }

  /**
   * The report. With `reference` ('alexnet' or a table), mCE over the recorded corruptions, each
   * of which must be in the reference; `cleanError` and reference.cleanError give relative mCE.
   */
  compute(options: { reference?: 'alexnet' | MceReference; cleanError?: number } = {}): CorruptionReport {
    if (this.table.size === 0) throw new RangeError('no corruption recorded');
    const errors: Record<string, Record<number, number>> = {};
    const corruptionErrors: Record<string, number> = {};
    const all: number[] = [];
    for (const [c, m] of this.table) {
      const sev = [...m.keys()].sort((a, b) => a - b);
      errors[c] = {};
      let s = 0;
      for (const k of sev) { errors[c][k] = m.get(k)!; s += m.get(k)!; all.push(m.get(k)!); }
      corruptionErrors[c] = s / sev.length;
    }
    const report: CorruptionReport = { errors, corruptionErrors, meanError: numpyMean(all) };
    if (options.reference) {
      const ref: MceReference = options.reference === 'alexnet' ? { errors: ALEXNET_ERRORS } : options.reference;
      const ce: Record<string, number> = {};
      const rel: number[] = [];
      for (const [c, m] of this.table) {
        const r = ref.errors[c];
        if (r === undefined) throw new RangeError(`the reference has no error for corruption '${c}'`);
        const sev = [...m.keys()].sort((a, b) => a - b);
        const sumE = sev.reduce((a, k) => a + m.get(k)!, 0);
        let sumRef: number;
        if (typeof r === 'number') sumRef = r * sev.length;
        else {
          if (r.length !== sev.length) throw new RangeError(`reference for '${c}' has ${r.length} severities, ${sev.length} recorded`);
          sumRef = r.reduce((a, b) => a + b, 0);
        }
        ce[c] = (100 * sumE) / sumRef;
        if (options.cleanError !== undefined && ref.cleanError !== undefined) {
          rel.push((100 * (sumE - sev.length * options.cleanError)) / (sumRef - sev.length * ref.cleanError));
        }
      }
      report.ce = ce;
      report.mCE = Object.values(ce).reduce((a, b) => a + b, 0) / Object.keys(ce).length;
      if (rel.length) report.relativeMCE = rel.reduce((a, b) => a + b, 0) / rel.length;
    }
    return report;
  }
}

/**
 * Calls `accuracy(corruption, severity)` (sync or async, returning an accuracy in [0, 1]) for every
 * corruption and severity, in order, and returns the evaluator holding the results.
 */
export async function evaluateCorruptions(
  accuracy: (corruption: string, severity: number) => number | Promise<number>,
  options: { corruptions?: readonly string[]; severities?: readonly number[] } = {},
): Promise<CorruptionEvaluator> {
  const ev = new CorruptionEvaluator();
  for (const c of options.corruptions ?? CORRUPTIONS) {
    for (const s of options.severities ?? SEVERITIES) ev.record(c, s, await accuracy(c, s));
  }
  return ev;
}

// ---------------------------------------------------------------------------------------------
// Calibration

export interface CalibrationOptions {
  /** 'logits' (default; softmax taken) or 'probabilities' for [N, C] outputs. */
  inputs?: 'logits' | 'probabilities';
  /** Target examples per adaptive bin of the RMS calibration error (default 100). */
  binSize?: number;
  /** Equal-width bins of the ECE (default 15). */
  eceBins?: number;
  /** Count the last adaptive bin in the RMS error (default false, as the reference code). */
  includeLastBin?: boolean;
}

export interface CalibrationResult {
  /** RMS calibration error with adaptive bins (fraction, not percent). */
  rmsCalibrationError: number;
  /** Expected calibration error with equal-width bins (fraction). */
  ece: number;
  /** Top-1 accuracy of the predictions. */
  accuracy: number;
  count: number;
}

/**
 * RMS calibration error with adaptive bins, as `calib_err(confidence, correct, p='2', beta=100)` of
 * Hendrycks' calibration_tools.py (used by AugMix): examples sorted by confidence (stably, where
 * numpy's default sort is not), cut into floor(n / binSize) bins of binSize, the last one taking
 * the remainder; error = sqrt(sum_b n_b / n * (mean conf_b - mean correct_b)^2). The reference
 * loops over all bins but the last (`range(len(bins) - 1)`), which we follow unless includeLastBin.
 * With fewer than 2 * binSize examples there is a single bin, which we use (the reference returns 0
 * there, or fails below binSize).
 */
export function rmsCalibrationError(
  confidence: ArrayLike<number>, correct: ArrayLike<number | boolean>, options: { binSize?: number; includeLastBin?: boolean } = {},
): number {
  const beta = options.binSize ?? 100;
  const n = confidence.length;
  if (correct.length !== n) throw new RangeError(`${n} confidences for ${correct.length} correctness flags`);
  if (!Number.isInteger(beta) || beta < 1) throw new RangeError(`binSize must be a positive integer`);
  if (n === 0) return NaN;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => confidence[a] - confidence[b] || a - b);
  const conf = Float64Array.from(order, (i) => confidence[i]);
  const corr = Float64Array.from(order, (i) => (correct[i] ? 1 : 0));
  const nb = Math.floor(n / beta);
  const bins: [number, number][] = nb === 0 ? [[0, n]] : Array.from({ length: nb }, (_, i) => [i * beta, (i + 1) * beta] as [number, number]);
  bins[bins.length - 1] = [bins[bins.length - 1][0], n];
  const used = options.includeLastBin || nb <= 1 ? bins.length : bins.length - 1;
  let cerr = 0;
  for (let i = 0; i < used; i++) {
    const [a, b] = bins[i];
    const d = Math.abs(numpyMean(conf, a, b) - numpyMean(corr, a, b));
    cerr += ((b - a) / n) * (d * d);
  }
  return Math.sqrt(cerr);
}

/**
 * Expected calibration error (Guo et al. 2017) with `bins` equal-width bins over (0, 1]: a
 * confidence c falls in bin (k/B, (k+1)/B]; ECE = sum_b n_b / n * |accuracy_b - mean confidence_b|.
 */
export function expectedCalibrationError(confidence: ArrayLike<number>, correct: ArrayLike<number | boolean>, bins = 15): number {
  const n = confidence.length;
  if (correct.length !== n) throw new RangeError(`${n} confidences for ${correct.length} correctness flags`);
  const cnt = new Float64Array(bins), sc = new Float64Array(bins), sa = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const c = confidence[i];
    if (!(c >= 0 && c <= 1)) throw new RangeError(`confidence ${c} at ${i} is not in [0, 1]`);
    if (c === 0) continue; // in no bin, as (lower, upper] bins from 0
    let b = Math.ceil(c * bins) - 1;
    // exact bin edges: c in (b/B, (b+1)/B]
    while (b > 0 && c <= b / bins) b--;
    while (b < bins - 1 && c > (b + 1) / bins) b++;
    cnt[b]++;
    sc[b] += c;
    sa[b] += correct[i] ? 1 : 0;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (cnt[b] > 0) ece += (cnt[b] / n) * Math.abs(sa[b] / cnt[b] - sc[b] / cnt[b]);
  return ece;
}

/** Streaming calibration: collects the top-1 confidence and correctness of every example. */
export class CalibrationMetric {
  private readonly opts: Required<CalibrationOptions>;
  private conf: number[] = [];
  private corr: number[] = [];

  constructor(options: CalibrationOptions = {}) {
    this.opts = { inputs: 'logits', binSize: 100, eceBins: 15, includeLastBin: false, ...options };
    if (this.opts.inputs !== 'logits' && this.opts.inputs !== 'probabilities') throw new RangeError(`inputs must be 'logits' or 'probabilities'`);
  }

  /** output [N, C] logits or probabilities; target [N] class indices. */
  update(output: ArrayInput, target: ArrayInput): void {
    const o = toShaped(output, 'output');
    const t = toShaped(target, 'target');
    if (o.shape.length !== 2) throw new RangeError(`output must be [N, C], got ${shapeStr(o.shape)}`);
    const [n, C] = o.shape;
    if (t.shape.length !== 1 || t.shape[0] !== n) throw new RangeError(`target must be [${n}], got ${shapeStr(t.shape)}`);
    const d = o.data;
    for (let i = 0; i < n; i++) {
      const y = t.data[i];
      if (!Number.isInteger(y) || y < 0 || y >= C) throw new RangeError(`target ${y} at ${i} is not a class in [0, ${C})`);
      let best = 0, bv = d[i * C];
      for (let c = 0; c < C; c++) {
        const v = d[i * C + c];
        if (!Number.isFinite(v)) throw new RangeError(`output at [${i}, ${c}] is not finite (${v})`);
        if (v > bv) { bv = v; best = c; }
      }
      let conf: number;
      if (this.opts.inputs === 'logits') {
        let s = 0;
        for (let c = 0; c < C; c++) s += Math.exp(d[i * C + c] - bv);
        conf = 1 / s;
      } else {
        let s = 0;
        for (let c = 0; c < C; c++) s += d[i * C + c];
        if (Math.abs(s - 1) > 1e-3) throw new RangeError(`probabilities of example ${i} sum to ${s}, not 1`);
        conf = bv;
      }
      this.conf.push(conf);
      this.corr.push(best === y ? 1 : 0);
    }
  }

  reset(): void {
    this.conf = [];
    this.corr = [];
  }

  compute(): CalibrationResult {
    const n = this.conf.length;
    return {
      rmsCalibrationError: rmsCalibrationError(this.conf, this.corr, { binSize: this.opts.binSize, includeLastBin: this.opts.includeLastBin }),
      ece: expectedCalibrationError(this.conf, this.corr, this.opts.eceBins),
      accuracy: this.corr.reduce((a, b) => a + b, 0) / n,
      count: n,
    };
  }
}
