# Peer for nms.ts: torchvision.ops.nms and batched_nms on the same 5,000 boxes (same seed, same
# torch.rand calls), median ms per call, and the kept counts (checked equal by nms.ts).
import json, sys, time
import torch
import torchvision

threads, n, runs = (int(x) for x in sys.argv[1:4])
torch.set_num_threads(threads)
torch.manual_seed(0)
c = torch.rand(n, 2) * 1000
wh = torch.rand(n, 2) * 190 + 10
boxes = torch.cat([c - wh / 2, c + wh / 2], 1)
scores = torch.rand(n)
classes = torch.randint(0, 80, (n,))


def med(fn, warmup=3):
    for _ in range(warmup):
        fn()
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    ts.sort()
    return ts[len(ts) // 2] * 1e3 if len(ts) % 2 else (ts[len(ts) // 2 - 1] + ts[len(ts) // 2]) / 2 * 1e3


kept = len(torchvision.ops.nms(boxes, scores, 0.5))
kept_batched = len(torchvision.ops.batched_nms(boxes, scores, classes, 0.5))
ms_nms = med(lambda: torchvision.ops.nms(boxes, scores, 0.5))
ms_batched = med(lambda: torchvision.ops.batched_nms(boxes, scores, classes, 0.5))
print(json.dumps({"ms_nms": ms_nms, "ms_batched": ms_batched, "kept": kept, "kept_batched": kept_batched}))
