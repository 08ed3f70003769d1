import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TASKS } from '../src';

test('the five MuST tasks', () => {
  assert.deepEqual([...TASKS], ['classification', 'detection', 'segmentation', 'depth', 'normals']);
});
