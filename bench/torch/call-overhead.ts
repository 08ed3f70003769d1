// Per-call overhead of a small operator: torch.add on a 4-element tensor, versus PyTorch in Python
// and versus the same operator called from C++ (unboxed and through the boxed dispatcher), all in
// this run, on this machine, with the same thread count. Target: at least 3x faster per call
// than Python, counting the binding's own overhead (time per call minus the C++ boxed call).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { median, report, runPython } from '../common';

const THREADS = Number(process.env.BENCH_THREADS ?? 1);
const CALLS = 100_000;
const RUNS = 7;

function buildCpp(): string {
  const src = path.resolve(__dirname, '..', '..', 'torch', 'aten_add.cc');
  const out = path.join(os.tmpdir(), `must-aten-add-${process.getuid?.() ?? 0}`);
  if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(src).mtimeMs) {
    const find = require.resolve('@must/torch/scripts/find-libtorch.js');
    const q = (what: string) => execFileSync(process.execPath, [find, what], { encoding: 'utf8' }).trim();
    const includes = q('include').split(' ').map((d) => `-I${d}`);
    const defines = q('defines').split(' ').map((d) => `-D${d}`);
    execFileSync('g++', ['-O2', '-std=c++17', ...includes, ...defines, src, '-o', out, ...q('ldflags').split(' ')],
      { stdio: 'inherit' });
  }
  return out;
}

function tsRun(mode: 'tidy' | 'dispose'): number {
  const a = torch.zeros([4]);
  const b = torch.ones([4]);
  const times: number[] = [];
  for (let r = 0; r < RUNS + 2; r++) {
    const t0 = process.hrtime.bigint();
    if (mode === 'tidy') {
      for (let k = 0; k < CALLS; k += 1000) {
        torch.tidy(() => {
          for (let i = 0; i < 1000; i++) torch.add(a, b);
        });
      }
    } else {
      for (let i = 0; i < CALLS; i++) torch.add(a, b).dispose();
    }
    const dt = Number(process.hrtime.bigint() - t0);
    if (r >= 2) times.push(dt / CALLS);
  }
  a.dispose();
  b.dispose();
  return median(times);
}

function main(): void {
  torch.setNumThreads(THREADS);
  const cpp = JSON.parse(execFileSync(buildCpp(), [String(THREADS), String(CALLS), String(RUNS)], { encoding: 'utf8' }));
  const py = runPython('torch/call_overhead.py', [String(THREADS), String(CALLS), String(RUNS)]);
  const tidyNs = tsRun('tidy');
  const disposeNs = tsRun('dispose');
  const overhead = (ns: number) => ns - cpp.boxed_ns;
  report(`call overhead: add on 4 elements, ${THREADS} thread(s), median of ${RUNS} x ${CALLS} calls`, [
    ['C++ at::add (unboxed)', `${cpp.unboxed_ns.toFixed(0)} ns`],
    ['C++ callBoxed', `${cpp.boxed_ns.toFixed(0)} ns`],
    [`PyTorch ${py.torch} (Python)`, `${py.ns_per_call.toFixed(0)} ns`],
    ['@must/torch in tidy', `${tidyNs.toFixed(0)} ns`],
    ['@must/torch + dispose()', `${disposeNs.toFixed(0)} ns`],
    ['ratio Python / ours (whole call, tidy)', `${(py.ns_per_call / tidyNs).toFixed(2)}x`],
    ['ratio Python / ours (overhead beyond C++ boxed call, tidy)', `${(overhead(py.ns_per_call) / overhead(tidyNs)).toFixed(2)}x`],
    ['ratio Python / ours (overhead beyond C++ boxed call, dispose)', `${(overhead(py.ns_per_call) / overhead(disposeNs)).toFixed(2)}x`],
  ]);
}

main();
