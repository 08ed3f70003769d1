// A fake MuST run folder for the report tests: results.json, metrics.jsonl for a few stages (one
// with a cut last line, one stage folder without a file), pseudo-label pictures made with
// src/viz, config.yaml.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SyntheticScenes } from '../src/data/synthetic';
import * as viz from '../src/viz';

export const RESULTS = {
  models: {
    'teacher:classification': { classification: { top1: 0.712 } },
    'teacher:detection': { detection: { AP: 0.301, AP50: 0.552 } },
    'teacher:segmentation': { segmentation: { mIoU: 0.48 } },
    'teacher:depth': { depth: { absRel: 0.141, delta1: 0.83 } },
    'teacher:normals': { normals: { meanAngle: 21.4, within11_25: 0.41 } },
    student: {
      classification: { top1: 0.735 }, detection: { AP: 0.322, AP50: 0.571 }, segmentation: { mIoU: 0.472 },
      depth: { absRel: 0.128, delta1: 0.851 }, normals: { meanAngle: 22.9, within11_25: 0.39 },
    },
    baseline: {
      classification: { top1: 0.69 }, detection: { AP: 0.28, AP50: 0.53 }, segmentation: { mIoU: 0.45 },
      depth: { absRel: 0.16, delta1: 0.8 }, normals: { meanAngle: 24.0, within11_25: 0.36 },
    },
  },
  timings: { 'teacher:classification': 61.2, 'teacher:detection': 245.9, 'teacher:segmentation': 130.4, 'teacher:depth': 98.1, 'teacher:normals': 101.7, pseudo: 40.3, student: 812.5, baseline: 640.2 },
  transfer: { cifar10: { student: { top1: 0.81 }, baseline: { top1: 0.78 } } },
};

function trainLines(steps: number, tasks: string[], seed: number, evalEvery = 0): string[] {
  const out: string[] = [];
  for (let s = 1; s <= steps; s++) {
    const losses: Record<string, number> = {};
    let total = 0;
    tasks.forEach((t, k) => {
      const v = (1.5 + k * 0.3) * Math.exp(-s / (steps / 3)) + 0.05 + 0.04 * Math.sin(s * 1.7 + seed + k);
      losses[t] = Number(v.toFixed(5));
      total += v;
    });
    out.push(JSON.stringify({ step: s, loss: Number(total.toFixed(5)), losses, lr: 0.1 * Math.min(1, s / 10) * (0.5 + 0.5 * Math.cos((Math.PI * s) / steps)), time: s * 0.21 }));
    if (evalEvery && s % evalEvery === 0) {
      const ev: Record<string, Record<string, number>> = {};
      for (const t of tasks) {
        const q = 1 - Math.exp(-s / steps * 2);
        ev[t] = t === 'depth' ? { absRel: 0.4 - 0.25 * q } : t === 'normals' ? { meanAngle: 40 - 15 * q } : t === 'detection' ? { AP: 0.3 * q } : { [t === 'classification' ? 'top1' : 'mIoU']: 0.7 * q };
      }
      out.push(JSON.stringify({ step: s, eval: ev }));
    }
  }
  return out;
}

/** Pseudo-label example pictures (PNG buffers), made with viz from synthetic scenes. */
export async function examplePictures(n: number, size = 48): Promise<Array<{ name: string; png: Buffer }>> {
  const ds = new SyntheticScenes({ length: n, size, seed: 3 });
  const out: Array<{ name: string; png: Buffer }> = [];
  for (let i = 0; i < n; i++) {
    const r = ds.getRaw(i);
    const k = r.instances!.classes.length;
    const input = viz.vizInputFromSample(r);
    input.scores = Array.from({ length: k }, (_, j) => 0.9 - (0.5 * j) / Math.max(1, k));
    const img = viz.visualize(input, { classNames: ds.classes, title: `pseudo ${i}` });
    out.push({ name: `${String(i).padStart(3, '0')}.png`, png: await viz.encodeRgbPng(img) });
  }
  return out;
}

export async function makeFakeRun(root: string, opts: { pictures?: number } = {}): Promise<string> {
  const run = path.join(root, 'run');
  fs.mkdirSync(run, { recursive: true });
  fs.writeFileSync(path.join(run, 'results.json'), JSON.stringify(RESULTS, null, 2));
  const stage = (name: string, lines: string[]) => {
    fs.mkdirSync(path.join(run, name), { recursive: true });
    fs.writeFileSync(path.join(run, name, 'metrics.jsonl'), lines.join('\n') + '\n');
  };
  stage('teacher-detection', trainLines(60, ['detection'], 1, 20));
  stage('teacher-segmentation', trainLines(40, ['segmentation'], 2, 20));
  const all = ['classification', 'detection', 'segmentation', 'depth', 'normals'];
  const student = trainLines(120, all, 3, 40);
  student.push('{"step": 121, "loss": 0.5, "losses": {"detec'); // cut while being written
  stage('student', student);
  stage('baseline', trainLines(100, all, 4, 50));
  fs.mkdirSync(path.join(run, 'teacher-depth'), { recursive: true }); // no metrics.jsonl: 'no data'
  fs.mkdirSync(path.join(run, 'pseudo', 'examples'), { recursive: true });
  for (const p of await examplePictures(opts.pictures ?? 3)) fs.writeFileSync(path.join(run, 'pseudo', 'examples', p.name), p.png);
  fs.writeFileSync(path.join(run, 'config.yaml'), 'name: demo\nseed: 0\ndata:\n  size: 64\n  train: 10000\nstudent:\n  backbone: resnetrs_t\n  tasks: [classification, detection, segmentation, depth, normals]\nnote: "<script>alert(1)</script> & more"\n');
  return run;
}
