// Shared benchmark helpers: timing, medians, running the Python peer, printing a report.
import { execFileSync } from 'node:child_process';
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
