# Peer for resnet-step.ts: a training step (SGD momentum, weight decay) of torchvision's resnet50
# or of ResNet-RS-50 in timm's layout (a transcription of timm's ResNet with stem_type='deep',
# replace_stem_pool, avg_down and SE 0.25; dropout 0.25 before fc, no drop path, as the
# @must/vision registry default) in PyTorch (Python). Prints ms per step and peak RSS (MiB).
import json, sys, time
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

name = sys.argv[1]
threads, steps, runs, batch, size = (int(x) for x in sys.argv[2:7])
torch.set_num_threads(threads)
torch.manual_seed(0)


def rss_mib(field):
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0.0


class SE(nn.Module):
    def __init__(self, c):
        super().__init__()
        rd = max(8, int(c * 0.25 + 4) // 8 * 8)
        self.fc1 = nn.Conv2d(c, rd, 1)
        self.act = nn.ReLU(inplace=True)
        self.fc2 = nn.Conv2d(rd, c, 1)

    def forward(self, x):
        return x * self.fc2(self.act(self.fc1(x.mean((2, 3), keepdim=True)))).sigmoid()


class Bottleneck(nn.Module):
    def __init__(self, cin, planes, stride, downsample):
        super().__init__()
        out = planes * 4
        self.conv1 = nn.Conv2d(cin, planes, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.act1 = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.act2 = nn.ReLU(inplace=True)
        self.conv3 = nn.Conv2d(planes, out, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(out)
        self.se = SE(out)
        self.act3 = nn.ReLU(inplace=True)
        self.downsample = downsample

    def forward(self, x):
        s = x
        x = self.act1(self.bn1(self.conv1(x)))
        x = self.act2(self.bn2(self.conv2(x)))
        x = self.se(self.bn3(self.conv3(x)))
        if self.downsample is not None:
            s = self.downsample(s)
        x += s
        return self.act3(x)


class ResNetRS(nn.Module):
    def __init__(self, layers=(3, 4, 6, 3), num_classes=1000, drop_rate=0.25):
        super().__init__()
        self.conv1 = nn.Sequential(
            nn.Conv2d(3, 32, 3, 2, 1, bias=False), nn.BatchNorm2d(32), nn.ReLU(inplace=True),
            nn.Conv2d(32, 32, 3, 1, 1, bias=False), nn.BatchNorm2d(32), nn.ReLU(inplace=True),
            nn.Conv2d(32, 64, 3, 1, 1, bias=False))
        self.bn1 = nn.BatchNorm2d(64)
        self.act1 = nn.ReLU(inplace=True)
        self.maxpool = nn.Sequential(nn.Conv2d(64, 64, 3, 2, 1, bias=False), nn.BatchNorm2d(64), nn.ReLU(inplace=True))
        cin = 64
        for i, (planes, n) in enumerate(zip((64, 128, 256, 512), layers)):
            stride = 1 if i == 0 else 2
            pool = nn.Identity() if stride == 1 else nn.AvgPool2d(2, stride, ceil_mode=True, count_include_pad=False)
            ds = nn.Sequential(pool, nn.Conv2d(cin, planes * 4, 1, bias=False), nn.BatchNorm2d(planes * 4))
            blocks = []
            for b in range(n):
                blocks.append(Bottleneck(cin, planes, stride if b == 0 else 1, ds if b == 0 else None))
                cin = planes * 4
            self.add_module(f'layer{i + 1}', nn.Sequential(*blocks))
        self.drop_rate = drop_rate
        self.fc = nn.Linear(cin, num_classes)

    def forward(self, x):
        x = self.maxpool(self.act1(self.bn1(self.conv1(x))))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        x = F.dropout(x.mean((2, 3)), self.drop_rate, self.training)
        return self.fc(x)


model = torchvision.models.resnet50() if name == 'resnet50' else ResNetRS()
model.train()
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=1e-4)
x = torch.randn(batch, 3, size, size)
y = torch.randint(0, 1000, (batch,))


def step():
    opt.zero_grad(set_to_none=True)
    F.cross_entropy(model(x), y).backward()
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
