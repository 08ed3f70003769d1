// Synthetic multi-task scenes: rendering rate of SyntheticScenes (one thread: images per second
// per core) at 64x64 and 128x128, all five tasks' labels included, and the DataLoader's rate on
// the main thread (render + collate into tensors, batch 64). No Python peer: the target is absolute.
// Target: >= 500 images/s per core at 64x64, so that data never dominates the demo's training.
// CPU seconds are this thread's user + system time (process.cpuUsage), which stays meaningful on a
// busy machine; wall-clock rates are shown too.
import * as torch from '@must/torch';
import { SyntheticScenes, DataLoader, disposeBatch } from '@must/vision';
import { median, report } from '../common';

const RUNS = 5;

function measure(size: number, images: number): { wall: number; cpu: number } {
  const ds = new SyntheticScenes({ length: 1_000_000, size, seed: 1 });
  for (let i = 0; i < 20; i++) ds.getRaw(i); // warm up the JIT
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < images; i++) ds.getRaw(r * images + i);
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    walls.push(images / wall);
    cpus.push(images / ((c.user + c.system) / 1e6));
  }
  return { wall: median(walls), cpu: median(cpus) };
}

async function loaderRate(size: number, images: number): Promise<number> {
  const ds = new SyntheticScenes({ length: images, size, seed: 2 });
  const loader = new DataLoader(ds, { batchSize: 64, shuffle: true });
  const rates: number[] = [];
  for (let e = 0; e < 3; e++) {
    const t0 = process.hrtime.bigint();
    for await (const b of loader.epoch(e)) disposeBatch(b);
    rates.push(images / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return median(rates);
}

async function main(): Promise<void> {
  torch.setNumThreads(1);
  const r64 = measure(64, 400);
  const r128 = measure(128, 100);
  const l64 = await loaderRate(64, 640);
  report(`SyntheticScenes rendering, one thread, median of ${RUNS} runs (all five tasks' labels)`, [
    ['64x64 images/s per core (CPU time)', r64.cpu.toFixed(0)],
    ['64x64 images/s (wall)', r64.wall.toFixed(0)],
    ['128x128 images/s per core (CPU time)', r128.cpu.toFixed(0)],
    ['128x128 images/s (wall)', r128.wall.toFixed(0)],
    ['DataLoader 64x64, batch 64, main thread: images/s (wall)', l64.toFixed(0)],
    ['target: 64x64 per core >= 500', r64.cpu >= 500 ? 'met' : 'NOT met'],
  ]);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
