// Registers the built-in models once (imported by index.ts).
import { registerResNets } from './resnet';
import { registerResNetRS } from './resnet-rs';

registerResNets();
registerResNetRS();
