# Peer for resnet-step.ts: the same ResNet-18-depth conv-BN-ReLU network, training step with SGD
# momentum in PyTorch (Python). Prints ms per step and peak RSS figures (MiB).
import json, sys, time
import torch
import torch.nn as nn
import torch.nn.functional as F

threads, steps, runs, batch = (int(x) for x in sys.argv[1:5])
torch.set_num_threads(threads)
torch.manual_seed(0)


def rss_mib(field):
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0.0


class BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.downsample = None
        if stride != 1 or cin != cout:
            self.downsample = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        identity = x if self.downsample is None else self.downsample(x)
        return F.relu(out + identity)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 64, 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        layers, cin = [], 64
        for i, cout in enumerate([64, 128, 256, 512]):
            stride = 1 if i == 0 else 2
            layers.append(nn.Sequential(BasicBlock(cin, cout, stride), BasicBlock(cout, cout, 1)))
            cin = cout
        self.layer1, self.layer2, self.layer3, self.layer4 = layers
        self.fc = nn.Linear(512, 10)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        return self.fc(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))


model = Net()
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=5e-4)
x = torch.randn(batch, 3, 32, 32)
y = torch.randint(0, 10, (batch,))


def step():
    opt.zero_grad(set_to_none=True)
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()


step()
base = rss_mib('VmRSS:')
with open('/proc/self/clear_refs', 'w') as f:
    f.write('5')  # resets the peak RSS counter (VmHWM)
times = []
for r in range(runs):
    t0 = time.perf_counter()
    for _ in range(steps):
        step()
    times.append((time.perf_counter() - t0) / steps * 1e3)
times.sort()
print(json.dumps({"ms_per_step": times[len(times) // 2], "peak_rss_mib": rss_mib('VmHWM:'), "base_rss_mib": base}))
