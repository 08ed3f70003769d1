// NMS on 5,000 boxes: @must/vision's ops.nms (exact torchvision semantics: ATen stable sort + a
// JavaScript greedy pass in float32) versus torchvision.ops.nms (its C++ CPU kernel) in Python, in
// the same run, on the same boxes (torch.rand with the same seed gives the same values in both),
// medians of several runs. Also batched (class-aware) NMS with 80 classes. Target: time ratio
// (ours / torchvision) at most 2.0 for nms.
import * as torch from '@must/torch';
import { ops } from '@must/vision';
import { median, report, runPython, timeRuns } from '../common';

const THREADS = Number(process.env.BENCH_THREADS ?? 2);
const N = Number(process.env.BENCH_NMS_BOXES ?? 5000);
const RUNS = 15;

/** Boxes centered uniformly in a 1000 x 1000 image with sides in [10, 200]; scores uniform. */
function makeBoxes(n: number): { boxes: torch.Tensor; scores: torch.Tensor; classes: torch.Tensor } {
  torch.manualSeed(0);
  return torch.tidy(() => {
    const c = torch.rand([n, 2]).mul(1000);
    const wh = torch.rand([n, 2]).mul(190).add(10);
    const boxes = torch.cat([c.sub(wh.div(2)), c.add(wh.div(2))], { dim: 1 });
    const scores = torch.rand([n]);
    const classes = torch.randint(0, 80, [n]);
    return { boxes, scores, classes };
  });
}

function main(): void {
  torch.setNumThreads(THREADS);
  const { boxes, scores, classes } = makeBoxes(N);
  let kept = 0;
  let keptBatched = 0;
  const ours = median(timeRuns(() => torch.tidy(() => { kept = ops.nms(boxes, scores, 0.5).shape[0]; }), RUNS, 3)) * 1e3;
  const oursBatched = median(timeRuns(() => torch.tidy(() => {
    keptBatched = ops.batchedNms(boxes, scores, classes, 0.5).shape[0];
  }), RUNS, 3)) * 1e3;
  const py = runPython('vision/nms.py', [String(THREADS), String(N), String(RUNS)]);
  if (py.kept !== kept || py.kept_batched !== keptBatched) {
    throw new Error(`kept counts differ from torchvision: nms ${kept} vs ${py.kept}, batched ${keptBatched} vs ${py.kept_batched}`);
  }
  report(`NMS, ${N} boxes (IoU 0.5, ${kept} kept; batched: 80 classes, ${keptBatched} kept), median of ${RUNS} runs`, [
    ['torchvision.ops.nms (Python)', `${py.ms_nms.toFixed(2)} ms`],
    ['ops.nms', `${ours.toFixed(2)} ms`],
    ['ratio ours / torchvision (target <= 2.0)', `${(ours / py.ms_nms).toFixed(3)}`],
    ['torchvision.ops.batched_nms (Python)', `${py.ms_batched.toFixed(2)} ms`],
    ['ops.batchedNms', `${oursBatched.toFixed(2)} ms`],
    ['ratio ours / torchvision, batched', `${(oursBatched / py.ms_batched).toFixed(3)}`],
  ]);
}

main();
