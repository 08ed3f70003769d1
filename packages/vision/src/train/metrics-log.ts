// RUN/metrics.jsonl: one JSON object per line, appended as training goes.
//
//   {"type":"start","step":0,"time":0,"totalSteps":1000,...}
//   {"type":"train","step":10,"epoch":0,"lr":0.1,"loss":2.31,"losses":{"classification":1.9,...},"time":12.5,"stepsPerSec":0.8}
//   {"type":"eval","step":200,"time":95.1,"epoch":3,"eval":{"classification/top1":0.41,...}}
//   {"type":"checkpoint","step":200,"time":96.0}
//   {"type":"resume","step":200,"time":96.0}           (a later process went on from that checkpoint)
//   {"type":"end","step":1000,"time":480.2,"metrics":{...},"weights":"ema"}   (the final evaluation again)
// (src/report/run-data.ts reads the train lines' loss/losses/lr/time and the eval lines' `eval`.)
//
// When a run resumes from the checkpoint of step s, the lines a killed process wrote after s
// (and a torn last line) are dropped first, so the file reads as one uninterrupted run.
import * as fs from 'node:fs';
import { writeFileAtomic } from '../config/load';

export type MetricsRecord = { type: string; step: number; time: number; [k: string]: unknown };

/** Reads metrics.jsonl (lines that are not complete JSON objects are skipped). */
export function readMetrics(file: string): MetricsRecord[] {
  if (!fs.existsSync(file)) return [];
  const out: MetricsRecord[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const v = JSON.parse(line) as MetricsRecord;
      if (v && typeof v === 'object' && !Array.isArray(v)) out.push(v);
    } catch {
      // a line torn by a kill
    }
  }
  return out;
}

export class MetricsLog {
  constructor(readonly file: string) {}

  /**
   * Keeps only the records up to `step` (records of a later step, torn lines and 'end' records —
   * the run goes on — are dropped).
   */
  truncateAfter(step: number): void {
    if (!fs.existsSync(this.file)) return;
    const keep = readMetrics(this.file).filter((r) => r.type !== 'end' && !(typeof r.step === 'number' && r.step > step));
    writeFileAtomic(this.file, keep.map((r) => `${JSON.stringify(r)}\n`).join(''));
  }

  /** Removes the file (a fresh run in a folder whose old run had no checkpoint). */
  reset(): void {
    fs.rmSync(this.file, { force: true });
  }

  append(record: MetricsRecord): void {
    fs.appendFileSync(this.file, `${JSON.stringify(record, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}\n`);
  }
}
