// Memory: tidy scopes (returned values, keep, nesting, exceptions, async refusal), `using`,
// dispose, byte accounting of shared storage, the garbage-collection backstop, and a 10,000-step
// training loop whose tensor count and RSS stay flat.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as torch from '../src';
import { type Tensor } from '../src';
import { assertThrowsWith } from './engine-util';

torch.setNumThreads(1);

// A garbage collector without restarting node with --expose-gc.
v8.setFlagsFromString('--expose-gc');
const gc = (globalThis as { gc?: () => void }).gc ?? (vm.runInNewContext('gc') as () => void);

const live = () => torch.memory().tensors;

async function collectGarbage(until: () => boolean, rounds = 30): Promise<void> {
  for (let i = 0; i < rounds && !until(); i++) {
    gc();
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('tidy frees everything but returned tensors (arrays, plain objects, Maps) and kept ones', () => {
  const before = live();
  let temp: Tensor | undefined;
  const r = torch.tidy(() => {
    const x = torch.ones([3]);
    temp = x.add(1);
    const kept = x.mul(5).keep();
    const nested: [Tensor, Tensor[]] = [x.mul(2), [x.mul(3)]];
    return { y: x.add(1), list: nested, map: new Map([['z', x.mul(4)]]), kept, n: 7, s: 'str' };
  });
  assert.equal(live(), before + 5, 'y, list[0], list[1][0], map z, kept');
  assert.ok(temp!.isDisposed, 'temporaries are freed');
  assert.deepEqual(r.y.toArray(), [2, 2, 2]);
  assert.deepEqual(r.list[0].toArray(), [2, 2, 2]);
  assert.deepEqual(r.list[1][0].toArray(), [3, 3, 3]);
  assert.deepEqual(r.map.get('z')!.toArray(), [4, 4, 4]);
  assert.equal(r.n, 7);
  // keep() also exempts from later scopes
  torch.tidy(() => {
    torch.tidy(() => r.kept.add(0));
  });
  assert.equal(r.kept.isDisposed, false);
  // a class instance is not searched: its tensors are freed (documented limitation)
  class Box { constructor(readonly t: Tensor) {} }
  const box = torch.tidy(() => new Box(torch.ones([1])));
  assert.equal(box.t.isDisposed, true);
  // a named scope, and a scope that returns one tensor
  const one = torch.tidy('named', () => torch.zeros([2]).add(1));
  assert.deepEqual(one.toArray(), [1, 1]);
  for (const t of [r.y, r.list[0], r.list[1][0], r.map.get('z')!, r.kept, one]) t.dispose();
  assert.equal(live(), before);
});

test('nested tidy: returned tensors move to the parent scope and are freed with it', () => {
  const before = live();
  let inner: Tensor | undefined;
  let innerTemp: Tensor | undefined;
  const outer = torch.tidy(() => {
    inner = torch.tidy(() => {
      innerTemp = torch.ones([2]);
      return innerTemp.mul(3);
    });
    assert.equal(innerTemp!.isDisposed, true);
    assert.equal(inner.isDisposed, false, 'alive in the parent scope');
    return inner.add(1);
  });
  assert.equal(inner!.isDisposed, true, 'freed when the parent scope ended');
  assert.deepEqual(outer.toArray(), [4, 4]);
  outer.dispose();
  assert.equal(live(), before);
  // a tensor returned through two levels survives both
  const deep = torch.tidy(() => torch.tidy(() => torch.tidy(() => torch.full([1], 9))));
  assert.deepEqual(deep.toArray(), [9]);
  deep.dispose();
  assert.equal(live(), before);
});

test('tidy: async functions and promises are refused; exceptions still free; bad arguments', () => {
  const before = live();
  assertThrowsWith(() => torch.tidy(async () => torch.ones([1])), TypeError, 'async function');
  assertThrowsWith(() => torch.tidy(() => { torch.ones([1]); return Promise.resolve(1); }), TypeError, 'returns a Promise');
  assert.equal(live(), before);
  let made: Tensor | undefined;
  assert.throws(() => torch.tidy(() => {
    made = torch.ones([4]);
    torch.matmul(made, torch.ones([3, 3])); // a shape error from ATen
  }), /size mismatch|shapes cannot be multiplied|mat1 and mat2|match/);
  assert.equal(made!.isDisposed, true);
  assert.throws(() => torch.tidy(() => { torch.ones([2]); throw new RangeError('mine'); }), RangeError);
  assert.equal(live(), before);
  assertThrowsWith(() => torch.tidy(42 as unknown as () => void), TypeError, 'tidy expects a function');
  assertThrowsWith(() => torch.tidy('name', undefined as unknown as () => void), TypeError, 'tidy expects a function');
  // scopes are balanced after errors: a later tidy still frees
  torch.tidy(() => { torch.ones([1]); });
  assert.equal(live(), before);
});

test('`using` disposes at the end of the block; dispose twice is fine', () => {
  const before = live();
  let seen: Tensor | undefined;
  {
    using t = torch.ones([2]);
    using u = t.mul(2);
    seen = u;
    assert.equal(live(), before + 2);
    assert.deepEqual(u.toArray(), [2, 2]);
  }
  assert.equal(seen!.isDisposed, true);
  assert.equal(live(), before);
  const x = torch.ones([1]);
  x.dispose();
  x.dispose();
  x[Symbol.dispose]();
  assert.equal(x.isDisposed, true);
  assert.equal(live(), before);
  // disposing inside a scope is fine too, and the scope does not double-free
  torch.tidy(() => {
    const y = torch.ones([3]);
    y.dispose();
  });
  assert.equal(live(), before);
  // `using` on an exception path
  assert.throws(() => {
    using z = torch.ones([1]);
    seen = z;
    throw new Error('x');
  });
  assert.equal(seen!.isDisposed, true);
  assert.equal(live(), before);
});

test('memory().bytes counts shared storage once: views do not double count', () => {
  const m0 = torch.memory();
  const a = torch.zeros([100]); // 400 bytes
  const m1 = torch.memory();
  assert.equal(m1.bytes - m0.bytes, 400);
  assert.equal(m1.tensors - m0.tensors, 1);
  const v = a.view([10, 10]);
  const s = a.index(torch.slice(10, 20));
  const t = v.t();
  const m2 = torch.memory();
  assert.equal(m2.tensors - m0.tensors, 4);
  assert.equal(m2.bytes - m0.bytes, 400, 'views share the storage');
  assert.ok(v.sharesStorageWith(a) && s.sharesStorageWith(a) && t.sharesStorageWith(a));
  const c = a.clone();
  assert.equal(c.sharesStorageWith(a), false);
  assert.equal(torch.memory().bytes - m0.bytes, 800);
  // the storage lives while any view does
  a.dispose();
  assert.equal(torch.memory().bytes - m0.bytes, 800);
  v.dispose();
  s.dispose();
  t.dispose();
  assert.equal(torch.memory().bytes - m0.bytes, 400);
  c.dispose();
  assert.deepEqual(torch.memory(), m0);
  // dtype sizes
  const d = torch.zeros([3], { dtype: 'float64' });
  const h = torch.zeros([3], { dtype: 'float16' });
  assert.equal(torch.memory().bytes - m0.bytes, 24 + 6);
  d.dispose();
  h.dispose();
});

test('garbage-collection backstop frees unreachable top-level tensors', async () => {
  await collectGarbage(() => false, 4); // settle what earlier tests left to the collector
  const before = live();
  (() => {
    for (let i = 0; i < 50; i++) torch.ones([8]);
  })();
  assert.equal(live(), before + 50);
  await collectGarbage(() => live() === before);
  assert.equal(live(), before, 'the finalizers disposed every dropped tensor');
});

test('in-place results through callOp1/indexPut_ do not create a second owner of the tensor', async () => {
  // Regression: callOp1 used to wrap an in-place result's id in a new Tensor object; when that
  // object was garbage-collected, the backstop disposed the caller's tensor.
  const x = torch.zeros([4]);
  const mask = torch.tensor([true, false, true, false]);
  (() => {
    x.indexPut_([mask], 1);
    torch.callOp1('add_', x, 1);
    x.indexPut_([], 3); // no index: fill_ on the tensor itself
    x.indexPut_([torch.slice(0, 1)], 7);
  })();
  await collectGarbage(() => false, 6);
  assert.equal(x.isDisposed, false);
  assert.deepEqual(x.toArray(), [7, 3, 3, 3]);
  x.dispose();
  mask.dispose();
});

test('10,000 steps of forward + backward + SGD keep the tensor count and RSS flat', () => {
  torch.manualSeed(0);
  const p = (shape: number[], scale: number) => torch.randn(shape).mul(scale).requiresGrad_(true).keep();
  const w1 = p([16, 32], 0.25);
  const b1 = p([32], 0.1);
  const w2 = p([32, 4], 0.18);
  const b2 = p([4], 0.1);
  const params = [w1, b1, w2, b2];
  const x = torch.randn([8, 16]).keep();
  const target = torch.randn([8, 4]).keep();
  const w1Start = w1.detach().clone().keep();
  const lr = 0.01;
  const step = (): number => torch.tidy(() => {
    const h = torch.relu(torch.addmm(b1, x, w1));
    const out = torch.addmm(b2, h, w2);
    const loss = out.sub(target).pow(2).mean();
    loss.backward();
    torch.noGrad(() => {
      for (const q of params) {
        q.sub_(q.grad!.mul(lr));
        q.grad = null;
      }
    });
    return loss.item() as number;
  });
  const rss = () => {
    gc();
    return process.memoryUsage().rss;
  };
  const tensorsBefore = live();
  const bytesBefore = torch.memory().bytes;
  const firstLoss = step();
  let rss1000 = 0;
  let lastLoss = firstLoss;
  for (let i = 2; i <= 10000; i++) {
    lastLoss = step();
    if (i === 1000) rss1000 = rss();
  }
  const rss10000 = rss();
  assert.equal(live(), tensorsBefore, 'live tensors after the loop equal the count before');
  assert.equal(torch.memory().bytes, bytesBefore);
  const growth = (rss10000 - rss1000) / 2 ** 20;
  assert.ok(growth < 30, `RSS grew ${growth.toFixed(1)} MB between steps 1,000 and 10,000`);
  // the loop really trained: the loss fell and the parameters moved, with grads cleared
  assert.ok(lastLoss < firstLoss * 0.5, `loss ${firstLoss} -> ${lastLoss}`);
  assert.ok(torch.tidy(() => w1.sub(w1Start).abs().max().item() as number) > 1e-3);
  for (const q of params) assert.equal(q.grad, null);
  for (const t of [...params, x, target, w1Start]) t.dispose();
});
