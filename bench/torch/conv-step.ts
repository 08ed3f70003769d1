// The 4-conv training step of DESIGN.md (batch 32, 32x32 RGB; conv-relu x4, mean pool, linear,
// cross-entropy, backward, SGD with momentum), versus the same network in PyTorch (Python) in the
// same run with the same thread count. Target: time ratio (ours / Python) at most 1.0.
import * as torch from '@must/torch';
import { median, report, runPython } from '../common';

const THREADS = Number(process.env.BENCH_THREADS ?? 2);
const STEPS = 10;
const RUNS = 5;
const BATCH = 32;

function param(shape: number[], fanIn: number): torch.Tensor {
  return torch.randn(shape).mul_(Math.sqrt(2 / fanIn)).requiresGrad_();
}

function main(): void {
  torch.setNumThreads(THREADS);
  torch.manualSeed(0);
  const params = [
    param([32, 3, 3, 3], 27), torch.zeros([32], { requiresGrad: true }),
    param([64, 32, 3, 3], 288), torch.zeros([64], { requiresGrad: true }),
    param([64, 64, 3, 3], 576), torch.zeros([64], { requiresGrad: true }),
    param([128, 64, 3, 3], 576), torch.zeros([128], { requiresGrad: true }),
    param([10, 128], 128), torch.zeros([10], { requiresGrad: true }),
  ];
  const bufs = params.map((p) => torch.zerosLike(p));
  const x = torch.randn([BATCH, 3, 32, 32]);
  const y = torch.randint(0, 10, [BATCH]);
  const step = () => torch.tidy(() => {
    const [w1, b1, w2, b2, w3, b3, w4, b4, wf, bf] = params;
    let h = torch.conv2d(x, w1, { bias: b1, padding: 1 }).relu();
    h = torch.conv2d(h, w2, { bias: b2, stride: 2, padding: 1 }).relu();
    h = torch.conv2d(h, w3, { bias: b3, padding: 1 }).relu();
    h = torch.conv2d(h, w4, { bias: b4, stride: 2, padding: 1 }).relu();
    h = h.mean([2, 3]);
    const loss = torch.crossEntropyLoss(torch.linear(h, wf, { bias: bf }), y);
    loss.backward();
    torch.noGrad(() => {
      params.forEach((p, i) => {
        const g = p.grad!;
        bufs[i].mul_(0.9).add_(g);
        p.add_(bufs[i], { alpha: -0.01 });
        p.grad = null;
      });
    });
  });
  const times: number[] = [];
  for (let r = 0; r < RUNS + 1; r++) {
    const t0 = process.hrtime.bigint();
    for (let s = 0; s < STEPS; s++) step();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6 / STEPS;
    if (r >= 1) times.push(ms);
  }
  const ours = median(times);
  const py = runPython('torch/conv_step.py', [String(THREADS), String(STEPS), String(RUNS), String(BATCH)]);
  report(`4-conv training step, batch ${BATCH} at 32x32, ${THREADS} thread(s), median of ${RUNS} x ${STEPS} steps`, [
    ['PyTorch (Python)', `${py.ms_per_step.toFixed(2)} ms`],
    ['@must/torch', `${ours.toFixed(2)} ms`],
    ['ratio ours / Python (target <= 1.0)', `${(ours / py.ms_per_step).toFixed(3)}`],
  ]);
}

main();
