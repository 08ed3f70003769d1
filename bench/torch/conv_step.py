# Peer for conv-step.ts: the same 4-conv network and SGD step in PyTorch (Python), ms per step.
import json, sys, time
import torch
import torch.nn.functional as F

threads, steps, runs, batch = (int(x) for x in sys.argv[1:5])
torch.set_num_threads(threads)
torch.manual_seed(0)

def param(*shape, fan_in):
    return (torch.randn(*shape) * (2.0 / fan_in) ** 0.5).requires_grad_()

params = [
    param(32, 3, 3, 3, fan_in=27), torch.zeros(32, requires_grad=True),
    param(64, 32, 3, 3, fan_in=288), torch.zeros(64, requires_grad=True),
    param(64, 64, 3, 3, fan_in=576), torch.zeros(64, requires_grad=True),
    param(128, 64, 3, 3, fan_in=576), torch.zeros(128, requires_grad=True),
    param(10, 128, fan_in=128), torch.zeros(10, requires_grad=True),
]
bufs = [torch.zeros_like(p) for p in params]
x = torch.randn(batch, 3, 32, 32)
y = torch.randint(0, 10, (batch,))

def step():
    w1, b1, w2, b2, w3, b3, w4, b4, wf, bf = params
    h = F.relu(F.conv2d(x, w1, b1, padding=1))
    h = F.relu(F.conv2d(h, w2, b2, stride=2, padding=1))
    h = F.relu(F.conv2d(h, w3, b3, padding=1))
    h = F.relu(F.conv2d(h, w4, b4, stride=2, padding=1))
    h = h.mean((2, 3))
    loss = F.cross_entropy(F.linear(h, wf, bf), y)
    loss.backward()
    with torch.no_grad():
        for p, buf in zip(params, bufs):
            buf.mul_(0.9).add_(p.grad)
            p.add_(buf, alpha=-0.01)
            p.grad = None
    return loss

times = []
for r in range(runs + 1):
    t0 = time.perf_counter()
    for _ in range(steps):
        step()
    dt = (time.perf_counter() - t0) / steps * 1e3
    if r >= 1:
        times.append(dt)
times.sort()
print(json.dumps({"ms_per_step": times[len(times) // 2]}))
