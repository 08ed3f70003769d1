# Peer for call-overhead.ts: torch.add on a 4-element tensor, ns per call, median of runs.
import json, sys, time
import torch

threads, calls, runs = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
torch.set_num_threads(threads)
a = torch.zeros(4)
b = torch.ones(4)
times = []
for r in range(runs + 2):
    t0 = time.perf_counter()
    for _ in range(calls):
        torch.add(a, b)
    dt = time.perf_counter() - t0
    if r >= 2:
        times.append(dt / calls * 1e9)
times.sort()
print(json.dumps({"ns_per_call": times[len(times) // 2], "torch": torch.__version__}))
