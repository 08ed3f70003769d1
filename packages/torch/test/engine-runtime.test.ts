// Process-level settings: seeds (against PyTorch's generator), RNG state, threads, CUDA queries,
// version.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { assertMatchesSpec, assertThrowsWith, loadOpsFixture } from './engine-util';

torch.setNumThreads(1);

test('manualSeed reproduces PyTorch for Python: the same seed gives the same numbers', () => {
  const { rng } = loadOpsFixture();
  const calls: Record<string, () => torch.Tensor> = {
    'randn([5])': () => torch.randn([5]),
    'rand([3])': () => torch.rand([3]),
    'randint(0, 10, [4])': () => torch.randint(0, 10, [4]),
    'randperm(6)': () => torch.randperm(6),
    'randn([2, 3], float64)': () => torch.randn([2, 3], { dtype: 'float64' }),
  };
  torch.tidy(() => {
    torch.manualSeed(rng.seed);
    for (const step of rng.sequence) {
      assert.ok(calls[step.call], step.call);
      assertMatchesSpec(calls[step.call](), step.out, step.call, { rtol: 0, atol: 0 });
    }
  });
});

test('manualSeed: same seed, same stream; another seed, another stream; argument checks', () => {
  torch.tidy(() => {
    torch.manualSeed(7);
    const a = torch.randn([6]).toArray();
    const a2 = torch.randn([6]).toArray();
    torch.manualSeed(7);
    assert.deepEqual(torch.randn([6]).toArray(), a);
    assert.deepEqual(torch.randn([6]).toArray(), a2);
    assert.notDeepEqual(a, a2);
    torch.manualSeed(8);
    assert.notDeepEqual(torch.randn([6]).toArray(), a);
    torch.manualSeed(7n);
    assert.deepEqual(torch.randn([6]).toArray(), a);
  });
  assertThrowsWith(() => torch.manualSeed(-1), RangeError, 'non-negative integer');
  assertThrowsWith(() => torch.manualSeed(1.5), RangeError, 'non-negative integer');
});

test('getRngState / setRngState round trip', () => {
  torch.tidy(() => {
    torch.manualSeed(3);
    torch.rand([10]);
    const state = torch.getRngState();
    assert.equal(state.dtype, 'uint8');
    assert.equal(state.ndim, 1);
    assert.ok(state.numel > 1000, `state has ${state.numel} bytes`);
    const first = torch.randn([8]).toArray();
    const more = torch.rand([4]).toArray();
    assert.notDeepEqual(torch.getRngState().toArray(), state.toArray(), 'drawing numbers advances the state');
    torch.setRngState(state);
    assert.deepEqual(torch.randn([8]).toArray(), first);
    assert.deepEqual(torch.rand([4]).toArray(), more);
    // the state is a copy: changing it does not change the generator
    const s2 = torch.getRngState();
    s2.zero_();
    const next = torch.randn([2]).toArray();
    torch.setRngState(state);
    torch.randn([8]);
    torch.rand([4]);
    assert.deepEqual(torch.randn([2]).toArray(), next);
    assertThrowsWith(() => torch.setRngState(torch.zeros([10])), TypeError, 'RNG state must be a uint8 tensor');
    assertThrowsWith(() => torch.setRngState(torch.zeros([3], { dtype: 'uint8' })), Error);
  });
});

test('setNumThreads / getNumThreads', () => {
  const before = torch.getNumThreads();
  try {
    torch.setNumThreads(2);
    assert.equal(torch.getNumThreads(), 2);
    torch.setNumThreads(1);
    assert.equal(torch.getNumThreads(), 1);
    assertThrowsWith(() => torch.setNumThreads(0), TypeError, 'positive');
    assertThrowsWith(() => torch.setNumThreads(1.5), TypeError, 'integer');
    assert.equal(torch.getNumThreads(), 1);
  } finally {
    torch.setNumThreads(before);
  }
});

test('cuda: isAvailable agrees with deviceCount; without CUDA, synchronize throws a clear Error', () => {
  const available = torch.cuda.isAvailable();
  assert.equal(typeof available, 'boolean');
  assert.equal(available, torch.cuda.deviceCount() > 0);
  if (!available) {
    const e = assertThrowsWith(() => torch.cuda.synchronize(), Error, 'cuda.synchronize(): CUDA is not available');
    assert.ok(!(e instanceof TypeError));
    assertThrowsWith(() => torch.getRngState('cuda:0'), Error);
  } else {
    torch.cuda.synchronize();
  }
});

test('version() is the x.y.z libtorch version, 1.13.0 here', () => {
  const v = torch.version();
  assert.match(v, /^\d+\.\d+\.\d+$/);
  assert.equal(v, '1.13.0');
});
