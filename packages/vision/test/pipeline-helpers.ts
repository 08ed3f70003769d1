// The MuST pipeline tests' config: configs/tiny.yaml with even smaller splits and a few steps per stage.
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../..' : '../../..');
export const TINY = path.join(ROOT, 'configs', 'tiny.yaml');
export const SMALL = [
  'data.train.length=16', 'data.val.length=8', 'data.unlabeled.length=16', 'teachers.train.steps=3', 'student.train.steps=3', 'schedule.warmupSteps=1',
  'baseline.train.steps=3', 'transfer.train.steps=2', 'transfer.data.length=16', 'train.evalEvery=0', 'train.progress=false',
];
