# Peer for augment.ts: torchvision.transforms RandAugment and AugMix on PIL images (224x224), the
# images per second of `threads` worker processes together (PIL is single-threaded; each process
# builds its own images and transforms them, so nothing is pickled while timing).
# Also the AugMix reference (google-research/augmix augment_and_mix, PIL ops) for comparison.
# Usage: augment.py THREADS IMAGES ROUNDS -> one JSON line.
import json, sys, time
import multiprocessing as mp

SIZE = 224


def make_images(n, seed):
    import numpy as np
    from PIL import Image
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:SIZE, 0:SIZE]
    out = []
    for i in range(n):
        base = np.stack([(xx * (i % 5 + 1)) % 256, (yy * (i % 3 + 1)) % 256, (xx + yy + 17 * i) % 256], -1)
        img = np.clip(base * 0.7 + rng.integers(0, 70, size=(SIZE, SIZE, 3)), 0, 255).astype(np.uint8)
        out.append(Image.fromarray(img))
    return out


def reference_augmix(img, rng, width=3, depth=-1, severity=3, alpha=1.0):
    # google-research/augmix augment_and_mix with its PIL ops (augmentations.py), to a float tensor.
    import numpy as np
    from PIL import Image, ImageOps
    import torchvision.transforms.functional as F

    def level():
        return rng.uniform(0.1, severity)

    def ip(l, m):
        return int(l * m / 10)

    def fp(l, m):
        return float(l) * m / 10.

    def sign(v):
        return -v if rng.uniform() > 0.5 else v

    ops = [
        lambda im: ImageOps.autocontrast(im),
        lambda im: ImageOps.equalize(im),
        lambda im: ImageOps.posterize(im, 4 - ip(level(), 4)),
        lambda im: im.rotate(sign(ip(level(), 30)), resample=Image.BILINEAR),
        lambda im: ImageOps.solarize(im, 256 - ip(level(), 256)),
        lambda im: im.transform((SIZE, SIZE), Image.AFFINE, (1, sign(fp(level(), 0.3)), 0, 0, 1, 0), resample=Image.BILINEAR),
        lambda im: im.transform((SIZE, SIZE), Image.AFFINE, (1, 0, 0, sign(fp(level(), 0.3)), 1, 0), resample=Image.BILINEAR),
        lambda im: im.transform((SIZE, SIZE), Image.AFFINE, (1, 0, sign(ip(level(), SIZE / 3)), 0, 1, 0), resample=Image.BILINEAR),
        lambda im: im.transform((SIZE, SIZE), Image.AFFINE, (1, 0, 0, 0, 1, sign(ip(level(), SIZE / 3))), resample=Image.BILINEAR),
    ]
    ws = np.float32(rng.dirichlet([alpha] * width))
    m = np.float32(rng.beta(alpha, alpha))
    mix = None
    for i in range(width):
        aug = img.copy()
        d = depth if depth > 0 else rng.integers(1, 4)
        for _ in range(d):
            aug = ops[rng.integers(0, len(ops))](aug)
        t = F.to_tensor(aug) * ws[i]
        mix = t if mix is None else mix + t
    return (1 - m) * F.to_tensor(img) + m * mix


def worker(args):
    name, n, seed = args
    import numpy as np
    import torch
    import torchvision.transforms as T
    torch.set_num_threads(1)
    torch.manual_seed(seed)
    imgs = make_images(n, seed)
    if name == 'randaugment':
        t = T.RandAugment()
        fn = lambda im: t(im)
    elif name == 'randaugment_tensor':
        t = T.Compose([T.RandAugment(), T.ToTensor()])
        fn = lambda im: t(im)
    elif name == 'augmix':
        t = T.AugMix(severity=3, mixture_width=3, chain_depth=-1, alpha=1.0, all_ops=False)
        fn = lambda im: t(im)
    else:
        rng = np.random.default_rng(seed)
        fn = lambda im: reference_augmix(im, rng)
    for im in imgs[:2]:
        fn(im)  # warm-up
    t0 = time.perf_counter()
    for im in imgs:
        fn(im)
    return time.perf_counter() - t0


def main():
    threads, images, rounds = (int(x) for x in sys.argv[1:4])
    names = sys.argv[4].split(',') if len(sys.argv) > 4 else ['randaugment', 'randaugment_tensor', 'augmix', 'augmix_reference']
    out = {}
    ctx = mp.get_context('fork')
    with ctx.Pool(threads) as pool:
        for name in names:
            per = max(1, images // threads)
            best = []
            for r in range(rounds):
                times = pool.map(worker, [(name, per, 100 * r + k) for k in range(threads)])
                best.append(per * threads / max(times))
            best.sort()
            out[name] = best[len(best) // 2]
    print(json.dumps(out))


if __name__ == '__main__':
    main()
