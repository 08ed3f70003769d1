import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';

test('add with alpha matches hand computation', () => {
  const x = torch.tensor([[1, 2], [3, 4]]);
  const y = torch.add(x, x, { alpha: 2 });
  assert.deepEqual(y.toArray(), [[3, 6], [9, 12]]);
  assert.equal(y.dtype, 'float32');
});
