// COCO bbox evaluation at COCO val scale: 5,000 images x 100 detections over 80 categories
// (synthetic, seeded), through @must/vision's CocoEvaluator: the streaming path (update per image,
// then compute) and the results-file path (evaluateCoco on parsed JSON objects). Target: under 10 s.
// The Python peer (coco_eval.py) runs pycocotools on the same data when it is installed, and the
// 12 numbers must then be identical.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { augment, metrics } from '@must/vision';
import { median, report, PYTHON } from '../common';

const IMAGES = Number(process.env.BENCH_IMAGES ?? 5000);
const DETS = 100;
const CATS = 80;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const r2 = (x: number) => Math.round(x * 100) / 100;

function synth(): { gt: metrics.CocoDataset; results: metrics.CocoResult[] } {
  const rng = new augment.Rng(20240601);
  const rnd = () => rng.random();
  const W = 640, H = 480;
  const images = Array.from({ length: IMAGES }, (_, i) => ({ id: i + 1, height: H, width: W }));
  const categories = Array.from({ length: CATS }, (_, c) => ({ id: c + 1, name: `c${c + 1}` }));
  const annotations: metrics.CocoAnnotation[] = [];
  const results: metrics.CocoResult[] = [];
  const box = (): number[] => {
    const w = Math.exp(Math.log(4) + rnd() * Math.log(100)), h = w * (0.5 + rnd());
    const bw = Math.min(w, W - 1), bh = Math.min(h, H - 1);
    return [r2(rnd() * (W - bw)), r2(rnd() * (H - bh)), r2(bw), r2(bh)];
  };
  let aid = 1;
  for (const img of images) {
    const nGt = 1 + Math.floor(rnd() * 14);
    let nDet = 0;
    for (let g = 0; g < nGt; g++) {
      const b = box();
      const c = 1 + Math.floor(rnd() * CATS);
      annotations.push({ id: aid++, image_id: img.id, category_id: c, bbox: b, area: r2(b[2] * b[3] * (0.6 + 0.4 * rnd())), iscrowd: rnd() < 0.01 ? 1 : 0 });
      const k = 1 + Math.floor(rnd() * 2);
      for (let j = 0; j < k && nDet < DETS; j++, nDet++) {
        const jit = (v: number, s: number) => r2(v + (rnd() - 0.5) * 0.3 * s);
        results.push({ image_id: img.id, category_id: c, score: Math.round((0.3 + 0.7 * rnd()) * 1000) / 1000,
          bbox: [jit(b[0], b[2]), jit(b[1], b[3]), r2(Math.max(1, b[2] * (0.8 + 0.4 * rnd()))), r2(Math.max(1, b[3] * (0.8 + 0.4 * rnd())))] });
      }
    }
    for (; nDet < DETS; nDet++) {
      results.push({ image_id: img.id, category_id: 1 + Math.floor(rnd() * CATS), score: Math.round(0.6 * rnd() * 1000) / 1000, bbox: box() });
    }
  }
  return { gt: { images, categories, annotations }, results };
}

let cpuAcc = 0;
/** Wall seconds of fn; its CPU seconds (user + system, this process) accumulate in cpuAcc. */
function seconds(fn: () => void): number {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  cpuAcc += (c.user + c.system) / 1e6;
  return s;
}

function main(): void {
  torch.setNumThreads(1);
  const tGen = process.hrtime.bigint();
  const { gt, results } = synth();
  const genS = Number(process.hrtime.bigint() - tGen) / 1e9;

  // per-image arrays for the streaming path (what a training loop hands over)
  const perImage = new Map<number, { boxes: Float64Array; scores: Float64Array; categoryIds: Float64Array }>();
  {
    const byImg = new Map<number, metrics.CocoResult[]>();
    for (const r of results) {
      const l = byImg.get(r.image_id as number);
      if (l) l.push(r); else byImg.set(r.image_id as number, [r]);
    }
    for (const [id, rs] of byImg) {
      const boxes = new Float64Array(rs.length * 4), scores = new Float64Array(rs.length), categoryIds = new Float64Array(rs.length);
      rs.forEach((r, i) => { boxes.set(r.bbox!, i * 4); scores[i] = r.score; categoryIds[i] = r.category_id; });
      perImage.set(id, { boxes, scores, categoryIds });
    }
  }

  let stats: number[] = [];
  const stream = { load: [] as number[], update: [] as number[], compute: [] as number[], total: [] as number[], cpu: [] as number[] };
  const file: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    let ev!: metrics.CocoEvaluator;
    cpuAcc = 0;
    const load = seconds(() => { ev = metrics.CocoEvaluator.fromCoco(gt, { iouType: 'bbox', boxFormat: 'xywh' }); });
    const update = seconds(() => {
      for (const [id, d] of perImage) ev.update(id, { boxes: { data: d.boxes, shape: [d.scores.length, 4] }, scores: d.scores, categoryIds: d.categoryIds });
    });
    let res!: metrics.CocoEvalResult;
    const compute = seconds(() => { res = ev.compute(); });
    const cpu = cpuAcc;
    const whole = seconds(() => { metrics.evaluateCoco(gt, results, 'bbox'); });
    if (run === 0) { stats = res.stats; continue; } // warm-up
    stream.load.push(load); stream.update.push(update); stream.compute.push(compute); stream.total.push(load + update + compute);
    stream.cpu.push(cpu);
    file.push(whole);
  }

  // the Python peer on the same data (pycocotools, when installed)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'must-coco-bench-'));
  const gtFile = path.join(dir, 'gt.json'), resFile = path.join(dir, 'res.json');
  fs.writeFileSync(gtFile, JSON.stringify(gt));
  fs.writeFileSync(resFile, JSON.stringify(results));
  let peer: { seconds?: number; stats?: number[]; skipped?: string } = {};
  if (process.env.BENCH_SKIP_PYTHON) peer = { skipped: 'BENCH_SKIP_PYTHON set' };
  else {
    try {
      const out = execFileSync(PYTHON, [path.resolve(__dirname, '..', '..', 'vision', 'coco_eval.py'), gtFile, resFile],
        { encoding: 'utf8', maxBuffer: 1 << 26, env: process.env });
      peer = JSON.parse(out.trim().split('\n').pop()!);
    } catch (e) {
      peer = { skipped: `peer failed: ${(e as Error).message.split('\n')[0]}` };
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });

  const f = (x: number) => `${x.toFixed(2)} s`;
  const rows: [string, string][] = [
    ['detections / ground truths', `${results.length} / ${gt.annotations.length} (generated in ${genS.toFixed(2)} s)`],
    ['streaming: fromCoco (load GT)', f(median(stream.load))],
    ['streaming: update x 5000 images', f(median(stream.update))],
    ['streaming: compute()', f(median(stream.compute))],
    ['streaming: total (target < 10 s)', f(median(stream.total))],
    ['streaming: total CPU time (user + sys)', f(median(stream.cpu))],
    ['results file path: evaluateCoco(gt, results)', f(median(file))],
    ['AP, AP50, AP75', stats.slice(0, 3).map((v) => v.toFixed(4)).join(', ')],
  ];
  if (peer.seconds !== undefined) {
    rows.push(['pycocotools (evaluate+accumulate+summarize)', f(peer.seconds)]);
    const same = peer.stats!.every((v, i) => v === stats[i]);
    rows.push(['12 numbers identical to pycocotools', same ? 'yes' : `NO: ${JSON.stringify(peer.stats)} vs ${JSON.stringify(stats)}`]);
  } else rows.push(['pycocotools peer', `skipped (${peer.skipped})`]);
  report(`COCO bbox evaluation: ${IMAGES} images x ${DETS} detections, ${CATS} categories, median of ${RUNS} runs`, rows);
}

main();
