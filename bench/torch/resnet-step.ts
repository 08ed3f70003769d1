// Issue 3 benchmark: a conv-BN-ReLU network of ResNet-18 depth (BasicBlocks [2, 2, 2, 2], CIFAR
// stem) training step, batch 64 at 32x32, SGD with momentum and weight decay, built from
// torch.nn and torch.optim, versus the same network in PyTorch (Python) in the same run with the
// same thread count. Targets: time ratio <= 1.0, peak memory ratio <= 1.1. Memory is the peak RSS
// during the timed steps (the kernel's VmHWM, reset after one warm-up step); the growth over the
// resident size before the timed steps is reported too, as the runtimes' baselines differ.
import * as torch from '@must/torch';
import { measureSteps, report, runPython } from '../common';

const { nn, optim } = torch;
const THREADS = Number(process.env.BENCH_THREADS ?? 2);
const STEPS = 3;
const RUNS = 3;
const BATCH = 64;

class BasicBlock extends nn.Module {
  conv1: torch.nn.Conv2d;
  bn1: torch.nn.BatchNorm2d;
  conv2: torch.nn.Conv2d;
  bn2: torch.nn.BatchNorm2d;
  downsample: torch.nn.Sequential | null = null;
  constructor(cin: number, cout: number, stride: number) {
    super();
    this.conv1 = new nn.Conv2d(cin, cout, 3, { stride, padding: 1, bias: false });
    this.bn1 = new nn.BatchNorm2d(cout);
    this.conv2 = new nn.Conv2d(cout, cout, 3, { padding: 1, bias: false });
    this.bn2 = new nn.BatchNorm2d(cout);
    if (stride !== 1 || cin !== cout) {
      this.downsample = new nn.Sequential(new nn.Conv2d(cin, cout, 1, { stride, bias: false }), new nn.BatchNorm2d(cout));
    }
  }
  // Intermediates are disposed as soon as they are consumed (autograd keeps what it saved), so
  // memory is released during backward as in PyTorch, instead of at the end of the step's tidy.
  override forward(x: torch.Tensor): torch.Tensor {
    using a = this.conv1.forward(x);
    using b = this.bn1.forward(a).relu_();
    using c = this.conv2.forward(b);
    const out = this.bn2.forward(c);
    if (!this.downsample) return out.add_(x).relu_();
    using identity = this.downsample.forward(x);
    return out.add_(identity).relu_();
  }
}

class Net extends nn.Module {
  conv1 = new nn.Conv2d(3, 64, 3, { padding: 1, bias: false });
  bn1 = new nn.BatchNorm2d(64);
  layer1 = new nn.Sequential(new BasicBlock(64, 64, 1), new BasicBlock(64, 64, 1));
  layer2 = new nn.Sequential(new BasicBlock(64, 128, 2), new BasicBlock(128, 128, 1));
  layer3 = new nn.Sequential(new BasicBlock(128, 256, 2), new BasicBlock(256, 256, 1));
  layer4 = new nn.Sequential(new BasicBlock(256, 512, 2), new BasicBlock(512, 512, 1));
  fc = new nn.Linear(512, 10);
  override forward(x: torch.Tensor): torch.Tensor {
    using a = this.conv1.forward(x);
    using b = this.bn1.forward(a).relu_();
    using l1 = this.layer1.forward(b);
    using l2 = this.layer2.forward(l1);
    using l3 = this.layer3.forward(l2);
    using l4 = this.layer4.forward(l3);
    using pooled = torch.adaptiveAvgPool2d(l4, 1);
    using flat = pooled.flatten({ startDim: 1 });
    return this.fc.forward(flat);
  }
}

function main(): void {
  torch.setNumThreads(THREADS);
  torch.manualSeed(0);
  const model = new Net();
  const opt = new optim.SGD(model.parameters(), { lr: 0.1, momentum: 0.9, weightDecay: 5e-4 });
  const x = torch.randn([BATCH, 3, 32, 32]);
  const y = torch.randint(0, 10, [BATCH]);
  const step = () => torch.tidy(() => {
    opt.zeroGrad();
    nn.functional.crossEntropy(model.forward(x), y).backward();
    opt.step();
  });
  const ours = measureSteps(step, RUNS, STEPS);
  const py = runPython('torch/resnet_step.py', [String(THREADS), String(STEPS), String(RUNS), String(BATCH)]);
  report(`ResNet-18-depth training step, batch ${BATCH} at 32x32, SGD momentum, ${THREADS} thread(s), median of ${RUNS} x ${STEPS} steps`, [
    ['PyTorch (Python) time', `${py.ms_per_step.toFixed(1)} ms`],
    ['@must/torch time', `${ours.ms.toFixed(1)} ms`],
    ['time ratio ours / Python (target <= 1.0)', ours.ms / py.ms_per_step > 0 ? (ours.ms / py.ms_per_step).toFixed(3) : '-'],
    ['PyTorch peak RSS (growth over pre-step RSS)', `${py.peak_rss_mib.toFixed(0)} MiB (+${(py.peak_rss_mib - py.base_rss_mib).toFixed(0)})`],
    ['@must/torch peak RSS (growth over pre-step RSS)', `${ours.peak.toFixed(0)} MiB (+${(ours.peak - ours.base).toFixed(0)})`],
    ['peak RSS ratio ours / Python (target <= 1.1)', (ours.peak / py.peak_rss_mib).toFixed(3)],
  ]);
}

main();
