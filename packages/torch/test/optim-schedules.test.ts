import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '../src';
import { assertClose, loadFixture } from './optim-util';

torch.setNumThreads(1);
const O = torch.optim;

interface ScheduleFixture {
  base: number[];
  cases: Record<string, { args: Record<string, any>; lrs: number[][] }>;
}
const fx = loadFixture<ScheduleFixture>('schedules.json');

function makeOpt(): torch.optim.SGD {
  const a = torch.zeros([1], { requiresGrad: true });
  const b = torch.zeros([1], { requiresGrad: true });
  return new O.SGD([{ params: [a], lr: fx.base[0] }, { params: [b], lr: fx.base[1] }], { lr: fx.base[0] });
}

function scheduleFor(name: string, args: Record<string, any>): torch.optim.Schedule {
  switch (name) {
    case 'linear': case 'linear_decay': return O.linearSchedule(args as never);
    case 'cosine': return O.cosineSchedule(args as never);
    case 'step': return O.stepSchedule(args as never);
    case 'multistep': return O.multiStepSchedule(args as never);
    case 'polynomial': return O.polynomialSchedule(args as never);
    case 'constant': return O.constantSchedule(args as never);
    case 'sequential': return O.sequentialSchedule(
      [O.linearSchedule(args.warmup), O.cosineSchedule(args.cosine)], args.milestones);
    default: throw new Error(name);
  }
}

for (const [name, c] of Object.entries(fx.cases)) {
  test(`${name} schedule matches torch.optim.lr_scheduler`, () => {
    const opt = makeOpt();
    const sched = new O.LRScheduler(opt, scheduleFor(name, c.args));
    c.lrs.forEach((expected, t) => {
      if (t > 0) sched.step();
      assert.equal(sched.lastStep, t);
      // PyTorch steps its chainable (recursive) forms: equal to the closed forms up to rounding.
      assertClose(sched.getLastLr(), expected, { atol: 1e-12, rtol: 1e-9, what: `${name} step ${t}` });
      assertClose(sched.lrAt(t), expected, { atol: 1e-12, rtol: 1e-9 });
    });
  });
}

test('closed forms by hand, and cosine holds its floor after totalSteps', () => {
  const cos = O.cosineSchedule({ totalSteps: 4, minLr: 0.1 });
  assert.equal(cos.lr(0, 1), 1);
  assert.equal(cos.lr(2, 1), 0.1 + 0.9 * (1 + Math.cos(Math.PI / 2)) / 2);
  assert.equal(cos.lr(4, 1), 0.1);
  assert.equal(cos.lr(9, 1), 0.1);
  assert.equal(O.linearSchedule({ startFactor: 0, totalSteps: 4 }).lr(1, 2), 0.5);
  assert.equal(O.stepSchedule({ stepSize: 2, gamma: 0.5 }).lr(5, 8), 2);
  assert.equal(O.multiStepSchedule({ milestones: [1, 3], gamma: 0.1 }).lr(3, 1), 0.1 ** 2);
  assert.equal(O.polynomialSchedule({ totalSteps: 4, power: 2, minLr: 0.2 }).lr(2, 1), 0.8 * 0.25 + 0.2);
  assert.equal(O.polynomialSchedule({ totalSteps: 4 }).lr(10, 1), 0);
  assert.equal(O.constantSchedule().lr(100, 0.3), 0.3);
  const wc = O.warmupCosineSchedule({ warmupSteps: 5, totalSteps: 15, minLr: 0.01 });
  assert.deepEqual([0, 1, 4].map((t) => wc.lr(t, 1)), [0, 0.2, 0.8]);
  assert.equal(wc.lr(5, 1), 1);
  assert.equal(wc.lr(10, 1), 0.01 + 0.99 * (1 + Math.cos(Math.PI * 5 / 10)) / 2);
  assert.equal(wc.lr(15, 1), 0.01);
  assert.equal(wc.lr(100, 1), 0.01);
});

test('per-group schedules, initialLr and exact resume from {step}', () => {
  const sched0 = O.warmupCosineSchedule({ warmupSteps: 3, totalSteps: 20, warmupStartFactor: 0.1 });
  const opt = makeOpt();
  const s = new O.LRScheduler(opt, [sched0, O.constantSchedule({ factor: 0.5 })]);
  assert.deepEqual(s.baseLrs, fx.base);
  for (let i = 0; i < 7; i++) s.step();
  const lrs = s.getLastLr();
  assert.equal(lrs[1], fx.base[1] * 0.5);
  // The optimizer's state dict carries initial_lr, the scheduler's its step.
  const osd = opt.stateDict();
  assert.equal(osd.param_groups[0].initial_lr, fx.base[0]);
  assert.equal(osd.param_groups[0].lr, lrs[0]);
  const ssd = s.stateDict();
  assert.deepEqual(ssd, { step: 7 });

  const opt2 = makeOpt();
  const s2 = new O.LRScheduler(opt2, [sched0, O.constantSchedule({ factor: 0.5 })]);
  opt2.loadStateDict(osd);
  s2.loadStateDict(ssd);
  assert.deepEqual(s2.getLastLr(), lrs);
  s.step();
  s2.step();
  assert.deepEqual(s2.getLastLr(), s.getLastLr());
  assert.equal(s2.lastStep, 8);
});

test('schedule settings are validated', () => {
  assert.throws(() => O.cosineSchedule({ totalSteps: 0 }), /cosineSchedule: totalSteps must be >= 1, got 0/);
  assert.throws(() => O.cosineSchedule({ totalSteps: 10, minLr: -1 }), /minLr must be >= 0/);
  assert.throws(() => O.cosineSchedule({ totalSteps: 2.5 }), /totalSteps must be an integer/);
  assert.throws(() => O.linearSchedule({ startFactor: 1.5, totalSteps: 3 }), /startFactor must be <= 1/);
  assert.throws(() => O.linearSchedule({ startFactor: -0.1, totalSteps: 3 }), /startFactor must be >= 0/);
  assert.throws(() => O.stepSchedule({ stepSize: 0 }), /stepSize must be >= 1/);
  assert.throws(() => O.stepSchedule({ stepSize: 2, gamma: 0 }), /gamma must be > 0/);
  assert.throws(() => O.multiStepSchedule({ milestones: [3, 3] }), /strictly increasing/);
  assert.throws(() => O.multiStepSchedule({ milestones: [5, 2] }), /strictly increasing/);
  assert.throws(() => O.multiStepSchedule({ milestones: [-1] }), /milestones\[0\] must be >= 1/);
  assert.throws(() => O.multiStepSchedule({ milestones: [2], gamma: -0.5 }), /gamma must be > 0/);
  assert.throws(() => O.polynomialSchedule({ totalSteps: 5, power: 0 }), /power must be > 0/);
  assert.throws(() => O.constantSchedule({ factor: 2 }), /factor must be <= 1/);
  assert.throws(() => O.warmupCosineSchedule({ warmupSteps: 10, totalSteps: 10 }), /warmupSteps \(10\) must be shorter than totalSteps \(10\)/);
  assert.throws(() => O.warmupCosineSchedule({ warmupSteps: -1, totalSteps: 10 }), /warmupSteps must be >= 0/);
  const lin = O.linearSchedule({ startFactor: 0.1, totalSteps: 2 });
  assert.throws(() => O.sequentialSchedule([lin, lin], []), /expects 1 milestone\(s\) for 2 schedules/);
  assert.throws(() => O.sequentialSchedule([lin, lin, lin], [4, 2]), /strictly increasing/);
  assert.throws(() => lin.lr(-1, 1), /step must be >= 0/);
  const opt = makeOpt();
  assert.throws(() => new O.LRScheduler(opt, [lin]), /1 schedules for 2 parameter groups/);
  const s = new O.LRScheduler(opt, lin);
  assert.throws(() => s.loadStateDict({ step: -3 }), /step must be an integer >= 0/);
});
