// RandAugment and AugMix on 224x224 images: images per second of @must/vision's batched tensor
// implementation versus torchvision.transforms on PIL images (augment.py), same machine, same
// number of cores (torch intra-op threads here; that many PIL worker processes there).
// Target: at least 2x torchvision's throughput (AugMix on uint8: 3x). Ours runs on float32 batches
// and on uint8 batches (the data PIL works on: the like-for-like comparison; AugMix's result is
// float32 either way, "in place" for uint8 = into a preallocated float32 batch). The AugMix reference
// (google-research/augmix, PIL) is reported too.
import * as torch from '@must/torch';
import { augment } from '@must/vision';
import { median, report, runPython } from '../common';

// One core each by default: on a shared machine (the 2-core CI box runs other jobs) intra-op
// threads oversubscribe the cores and stall; BENCH_THREADS=2 runs 2 threads against 2 PIL processes.
const THREADS = Number(process.env.BENCH_THREADS ?? 1);
const IMAGES = Number(process.env.BENCH_IMAGES ?? 256);
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
  torch.tidy(() => { fn(images, rng); }); // warm-up (and the sampling-taps cache)
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
  // in place: the batch buffer of a loader is refilled (copy) and augmented where it is
  const work = torch.emptyLike(images);
  // 8-bit images, as decoded (PIL works on these too)
  const images8 = torch.tidy(() => images.mul(255).round_().to('uint8'));
  const work8 = torch.emptyLike(images8);
  // AugMix of uint8 images writes float32: the loader's reused float batch
  const mixed = torch.emptyLike(images);
  const measure = () => ({
    randaugment: throughput((x, r) => ra.applyImages(x, r), images, IMAGES),
    randaugmentInPlace: throughput((x, r) => ra.applyImages_(work.copy_(x), r), images, IMAGES),
    randaugment8: throughput((x, r) => ra.applyImages(x, r), images8, IMAGES),
    randaugment8InPlace: throughput((x, r) => ra.applyImages_(work8.copy_(x), r), images8, IMAGES),
    augmix: throughput((x, r) => am.applyImages(x, r), images, IMAGES),
    augmixInPlace: throughput((x, r) => am.applyImages_(work.copy_(x), r), images, IMAGES),
    augmix8: throughput((x, r) => am.applyImages(x, r), images8, IMAGES),
    augmix8Out: throughput((x, r) => am.applyImages(x, r, mixed), images8, IMAGES),
  });
  // alternate ours and the peer twice and keep each side's best, to even out load changes on a
  // shared machine
  const peer = () => runPython('vision/augment.py', [String(THREADS), String(IMAGES), String(ROUNDS)]);
  const first = measure();
  const py1 = peer();
  const second = measure();
  const py2 = peer();
  const ours = Object.fromEntries(Object.keys(first).map((k) => [k, Math.max(first[k as keyof typeof first], second[k as keyof typeof first])])) as typeof first;
  const py = Object.fromEntries(Object.keys(py1).map((k) => [k, Math.max(py1[k], py2[k])])) as Record<string, number>;
  const f = (v: number) => `${v.toFixed(0)} img/s`;
  report(`RandAugment (2 ops, magnitude 9) and AugMix (width 3, severity 3) on ${SIZE}x${SIZE} images, ${THREADS} core(s), batches of ${images.shape[0]}, ${IMAGES} images per run, median of ${ROUNDS} runs, best of 2 alternations`, [
    ['torchvision RandAugment (PIL)', f(py.randaugment)],
    ['torchvision RandAugment + ToTensor (PIL)', f(py.randaugment_tensor)],
    ['@must/vision RandAugment (float tensors, new batch)', f(ours.randaugment)],
    ['@must/vision RandAugment (in place, applyImages_)', f(ours.randaugmentInPlace)],
    ['@must/vision RandAugment (uint8 tensors, new batch)', f(ours.randaugment8)],
    ['@must/vision RandAugment (uint8, in place)', f(ours.randaugment8InPlace)],
    ['ratio ours uint8 / torchvision RandAugment (target >= 2)', `${(ours.randaugment8 / py.randaugment).toFixed(2)} (in place ${(ours.randaugment8InPlace / py.randaugment).toFixed(2)})`],
    ['ratio ours float32 / torchvision RandAugment', `${(ours.randaugment / py.randaugment).toFixed(2)} (in place ${(ours.randaugmentInPlace / py.randaugment).toFixed(2)})`],
    ['ratio ours float32 / torchvision RandAugment + ToTensor', (ours.randaugment / py.randaugment_tensor).toFixed(2)],
    ['torchvision AugMix (PIL in, tensor ops)', f(py.augmix)],
    ['AugMix reference code (PIL ops)', f(py.augmix_reference)],
    ['@must/vision AugMix (float tensors, new batch)', f(ours.augmix)],
    ['@must/vision AugMix (in place, applyImages_)', f(ours.augmixInPlace)],
    ['@must/vision AugMix (uint8 tensors, new float32 batch)', f(ours.augmix8)],
    ['@must/vision AugMix (uint8, into a reused float32 batch)', f(ours.augmix8Out)],
    ['ratio ours uint8 / torchvision AugMix (target >= 2)', `${(ours.augmix8 / py.augmix).toFixed(2)} (reused output ${(ours.augmix8Out / py.augmix).toFixed(2)})`],
    ['ratio ours float32 / torchvision AugMix (target >= 2)', `${(ours.augmix / py.augmix).toFixed(2)} (in place ${(ours.augmixInPlace / py.augmix).toFixed(2)})`],
    ['ratio ours / AugMix reference', `${(ours.augmix8 / py.augmix_reference).toFixed(2)} uint8, ${(ours.augmix / py.augmix_reference).toFixed(2)} float32`],
  ]);
  images.dispose();
  work.dispose();
  images8.dispose();
  work8.dispose();
  mixed.dispose();
}

main();
