// Vision benchmark: a training step (forward + backward + SGD with momentum and weight decay) of
// ResNet-50 (torchvision's) and ResNet-RS-50 (timm's layout) from the @must/vision registry, at
// 224x224, batch 8, versus the same networks in PyTorch (Python; torchvision's resnet50 and a
// transcription of timm's resnetrs50 in resnet_step.py) in the same run with the same thread
// count. Target: time ratio <= 1.0. Each (model, runtime) pair runs in its own process so that the
// peak RSS (VmHWM, reset after one warm-up step) is that model's alone; the growth over the
// resident size before the timed steps is reported too, as the runtimes' baselines differ.
import { execFileSync } from 'node:child_process';
import * as torch from '@must/torch';
import { createModel, type ResNet } from '@must/vision';
import { measureSteps, report, runPython } from '../common';

const { nn, optim } = torch;
const THREADS = Number(process.env.BENCH_THREADS ?? 2);
const STEPS = Number(process.env.BENCH_STEPS ?? 2);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BATCH = 8;
const SIZE = 224;
const MODELS = ['resnet50', 'resnetrs50'] as const;

/** One model in this process: prints { ms_per_step, peak_rss_mib, base_rss_mib } as JSON. */
function measure(name: string): void {
  torch.setNumThreads(THREADS);
  torch.manualSeed(0);
  // Python's peer uses the same settings: resnetrs50 with dropout 0.25 before fc, no drop path.
  const model = createModel<ResNet>(name, { numClasses: 1000 });
  model.train();
  const opt = new optim.SGD(model.parameters(), { lr: 0.1, momentum: 0.9, weightDecay: 1e-4 });
  const x = torch.randn([BATCH, 3, SIZE, SIZE]);
  const y = torch.randint(0, 1000, [BATCH]);
  const step = () => torch.tidy(() => {
    opt.zeroGrad();
    nn.functional.crossEntropy(model.forward(x), y).backward();
    opt.step();
  });
  const m = measureSteps(step, RUNS, STEPS);
  console.log(JSON.stringify({ ms_per_step: m.ms, peak_rss_mib: m.peak, base_rss_mib: m.base }));
}

function main(): void {
  const only = process.argv[2];
  if (only) {
    measure(only);
    return;
  }
  for (const name of MODELS) {
    const out = execFileSync(process.execPath, [__filename, name], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const ours = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
    const py = runPython('vision/resnet_step.py', [name, String(THREADS), String(STEPS), String(RUNS), String(BATCH), String(SIZE)]);
    report(`${name} training step, batch ${BATCH} at ${SIZE}x${SIZE}, SGD momentum, ${THREADS} thread(s), median of ${RUNS} x ${STEPS} steps`, [
      ['PyTorch (Python) time', `${py.ms_per_step.toFixed(0)} ms`],
      ['@must/vision time', `${ours.ms_per_step.toFixed(0)} ms`],
      ['time ratio ours / Python (target <= 1.0)', (ours.ms_per_step / py.ms_per_step).toFixed(3)],
      ['PyTorch peak RSS (growth over pre-step RSS)', `${py.peak_rss_mib.toFixed(0)} MiB (+${(py.peak_rss_mib - py.base_rss_mib).toFixed(0)})`],
      ['@must/vision peak RSS (growth over pre-step RSS)', `${ours.peak_rss_mib.toFixed(0)} MiB (+${(ours.peak_rss_mib - ours.base_rss_mib).toFixed(0)})`],
      ['peak RSS ratio ours / Python', (ours.peak_rss_mib / py.peak_rss_mib).toFixed(3)],
    ]);
  }
}

main();
