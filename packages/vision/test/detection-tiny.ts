// A tiny backbone with the interface of the @must/vision ResNets (forwardFeatures -> C2..C5,
// featureInfo), for the detection tests. Same layers as make_retinanet.py's Body.
import * as torch from '@must/torch';
import { nn, type Tensor } from '@must/torch';

export class TinyBackbone extends nn.Module {
  stem: nn.Conv2d;
  layer1: nn.Conv2d;
  layer2: nn.Conv2d;
  layer3: nn.Conv2d;
  layer4: nn.Conv2d;
  readonly featureInfo: { channels: number[]; strides: number[] };

  constructor(readonly channels: number[] = [4, 8, 8, 16], stemChannels = 4) {
    super();
    const conv = (i: number, o: number) => new nn.Conv2d(i, o, 3, { stride: 2, padding: 1 });
    this.stem = conv(3, stemChannels);
    this.layer1 = conv(stemChannels, channels[0]);
    this.layer2 = conv(channels[0], channels[1]);
    this.layer3 = conv(channels[1], channels[2]);
    this.layer4 = conv(channels[2], channels[3]);
    this.featureInfo = { channels: [...channels], strides: [4, 8, 16, 32] };
  }

  forwardFeatures(x: Tensor): Tensor[] {
    return torch.tidy(() => {
      const s = this.stem.forward(x).relu();
      const c2 = this.layer1.forward(s).relu();
      const c3 = this.layer2.forward(c2).relu();
      const c4 = this.layer3.forward(c3).relu();
      const c5 = this.layer4.forward(c4).relu();
      return [c2, c3, c4, c5];
    });
  }

  override forward(x: Tensor): Tensor[] {
    return this.forwardFeatures(x);
  }
}
