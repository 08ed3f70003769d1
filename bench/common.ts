// Shared benchmark helpers: timing, medians, running the Python peer, printing a report.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs fn `runs` times after `warmup` runs and returns the seconds each run took. */
export function timeRuns(fn: () => void, runs: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return out;
}

/** The Python interpreter that has Debian's python3-torch (the reference peer). */
export const PYTHON = process.env.MUST_BENCH_PYTHON ?? '/usr/bin/python3';

/** Runs a Python peer script from bench/ (the .py next to the .ts) and parses its JSON output. */
export function runPython(script: string, args: string[] = []): Record<string, number> {
  const file = path.resolve(__dirname, '..', script);
  const out = execFileSync(PYTHON, [file, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = out.trim().split('\n').pop()!;
  return JSON.parse(line) as Record<string, number>;
}

export function report(title: string, rows: [string, string][]): void {
  console.log(`\n${title}`);
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
}

/** A field of /proc/self/status in MiB ('VmRSS:' resident now, 'VmHWM:' peak). */
export function rssMiB(field: 'VmRSS:' | 'VmHWM:'): number {
  const line = fs.readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith(field));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : 0;
}

/**
 * Times a training step: one warm-up step, then `runs` x `steps` steps; the median ms per step,
 * the peak RSS during the timed steps (VmHWM, reset after the warm-up) and the RSS before them.
 */
export function measureSteps(step: () => void, runs: number, steps: number): { ms: number; peak: number; base: number } {
  step();
  const base = rssMiB('VmRSS:');
  fs.writeFileSync('/proc/self/clear_refs', '5');
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    for (let s = 0; s < steps; s++) step();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6 / steps);
  }
  return { ms: median(times), peak: rssMiB('VmHWM:'), base };
}
