import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { FashionMNIST, FASHION_MNIST_ROOT, DatasetNotFoundError, disposeSample } from '../src/data';

torch.setNumThreads(1);

const installed = fs.existsSync(path.join(FASHION_MNIST_ROOT, 'train-labels-idx1-ubyte.gz'));
const skip = installed ? false : 'Debian package dataset-fashion-mnist is not installed';

// Reference values read from the IDX files with Python (gzip + bytes):
//   list(gzip.open('train-labels-idx1-ubyte.gz').read()[8:28]), sum of the first image's bytes.
const TRAIN_LABELS = [9, 0, 0, 3, 0, 2, 7, 2, 5, 5, 0, 9, 5, 5, 7, 9, 1, 0, 6, 4];
const TEST_LABELS = [9, 2, 1, 1, 6, 1, 4, 6, 5, 7, 4, 5, 7, 3, 4, 1, 2, 4, 8, 0];
const FIRST_IMAGE_SUM = 76247;
const FIRST_IMAGE_ROW_14 = [0, 0, 1, 4, 6, 7, 2, 0, 0, 0, 0, 0, 237, 226, 217, 223, 222, 219, 222, 221, 216, 223, 229, 215, 218, 255, 77, 0];

test('fashion-mnist: train and test splits, labels and pixels as in the IDX files', { skip }, () => {
  const train = new FashionMNIST();
  assert.equal(train.length, 60000);
  assert.deepEqual(TRAIN_LABELS.map((_, i) => train.getRaw(i).label), TRAIN_LABELS);
  const r = train.getRaw(0);
  assert.deepEqual([r.channels, r.height, r.width], [1, 28, 28]);
  assert.equal(Math.round(r.image.reduce((a, b) => a + b, 0) * 255), FIRST_IMAGE_SUM);
  assert.deepEqual(Array.from(r.image.subarray(14 * 28, 15 * 28), (v) => Math.round(v * 255)), FIRST_IMAGE_ROW_14);
  const testSplit = new FashionMNIST({ split: 'test', channels: 3 });
  assert.equal(testSplit.length, 10000);
  assert.deepEqual(TEST_LABELS.map((_, i) => testSplit.getRaw(i).label), TEST_LABELS);
  const s = testSplit.get(0);
  assert.deepEqual(s.image.shape, [3, 28, 28]);
  torch.tidy(() => assert.equal(s.image.index(0).sub(s.image.index(2)).abs().max().item(), 0));
  assert.equal(train.classes[9], 'Ankle boot');
  disposeSample(s);
});

test('fashion-mnist: a missing folder names the Debian package', () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'must-fmnist-'));
  try {
    assert.throws(() => new FashionMNIST({ root: empty }),
      (e: Error) => e instanceof DatasetNotFoundError && e.message.includes('dataset-fashion-mnist') && e.message.includes(empty));
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
});
