// Learning-rate schedules per step. A Schedule is a pure function of the step count t (0, 1, 2,
// ...) and the group's base learning rate, so resuming from a checkpoint only needs t. The
// LRScheduler applies one to an optimizer's groups, like torch.optim.lr_scheduler: constructing it
// sets lr = f(0); each step() (call it after optimizer.step()) advances t and sets lr = f(t).
//
// Formulas (b = base lr, T = totalSteps), equal to the closed forms of PyTorch 1.13's schedulers:
//   linearSchedule      b · (s + (e - s) · min(t, T) / T)                        LinearLR
//   cosineSchedule      m + (b - m) · (1 + cos(π · t / T)) / 2, and m for t >= T  CosineAnnealingLR (eta_min = m)
//   stepSchedule        b · γ^floor(t / stepSize)                                StepLR
//   multiStepSchedule   b · γ^(number of milestones <= t)                         MultiStepLR
//   polynomialSchedule  m + (b - m) · (1 - min(t, T) / T)^power                  PolynomialLR (m = 0)
//   constantSchedule    b · (f + [t >= T] · (1 - f))                              ConstantLR
//   sequentialSchedule  schedule i (milestones[i-1] <= t < milestones[i]) at t - milestones[i-1]   SequentialLR
// Differences from PyTorch: cosine stays at its floor after T (PyTorch's closed form climbs back),
// linear accepts a start factor of 0 (a warmup from zero), polynomial has an optional floor.
import type { Tensor } from '../tensor';

/** A learning rate as a pure function of the step count and the group's base learning rate. */
export interface Schedule {
  lr(step: number, baseLr: number): number;
  /** A short description, e.g. 'cosine(totalSteps=100, minLr=0)'. */
  readonly description: string;
}

function checkInt(fn: string, name: string, v: unknown, min: number): asserts v is number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new TypeError(`${fn}: ${name} must be an integer, got ${String(v)}`);
  if (v < min) throw new RangeError(`${fn}: ${name} must be >= ${min}, got ${v}`);
}

function checkReal(fn: string, name: string, v: unknown, min: number, max = Infinity, minExclusive = false): asserts v is number {
  if (typeof v !== 'number' || Number.isNaN(v)) throw new TypeError(`${fn}: ${name} must be a number, got ${String(v)}`);
  if (minExclusive ? !(v > min) : !(v >= min)) throw new RangeError(`${fn}: ${name} must be ${minExclusive ? '>' : '>='} ${min}, got ${v}`);
  if (!(v <= max)) throw new RangeError(`${fn}: ${name} must be <= ${max}, got ${v}`);
}

function checkStep(step: number): void {
  if (typeof step !== 'number' || !(step >= 0)) throw new RangeError(`schedule: step must be >= 0, got ${step}`);
}

function checkMilestones(fn: string, milestones: unknown): asserts milestones is number[] {
  if (!Array.isArray(milestones)) throw new TypeError(`${fn}: milestones must be an array of step counts`);
  milestones.forEach((m, i) => {
    checkInt(fn, `milestones[${i}]`, m, 1);
    if (i > 0 && !(m > milestones[i - 1])) {
      throw new RangeError(`${fn}: milestones must be strictly increasing, got ${JSON.stringify(milestones)}`);
    }
  });
}

/** Number of milestones <= t (Python's bisect_right). */
function bisectRight(milestones: number[], t: number): number {
  let n = 0;
  while (n < milestones.length && milestones[n] <= t) n++;
  return n;
}

/**
 * Linear ramp of the factor from startFactor to endFactor over totalSteps, then endFactor
 * (LinearLR). A warmup is linearSchedule({startFactor: 0.01, totalSteps: warmupSteps}).
 */
export function linearSchedule(opts: { startFactor: number; endFactor?: number; totalSteps: number }): Schedule {
  const fn = 'linearSchedule';
  const s = opts.startFactor;
  const e = opts.endFactor ?? 1;
  const T = opts.totalSteps;
  checkReal(fn, 'startFactor', s, 0, 1);
  checkReal(fn, 'endFactor', e, 0, 1);
  checkInt(fn, 'totalSteps', T, 1);
  return {
    description: `linear(startFactor=${s}, endFactor=${e}, totalSteps=${T})`,
    lr(t, b) {
      checkStep(t);
      return b * (s + (e - s) * Math.min(T, t) / T);
    },
  };
}

/** Half-cosine from the base lr down to minLr over totalSteps, then minLr (CosineAnnealingLR). */
export function cosineSchedule(opts: { totalSteps: number; minLr?: number }): Schedule {
  const fn = 'cosineSchedule';
  const T = opts.totalSteps;
  const m = opts.minLr ?? 0;
  checkInt(fn, 'totalSteps', T, 1);
  checkReal(fn, 'minLr', m, 0);
  return {
    description: `cosine(totalSteps=${T}, minLr=${m})`,
    lr(t, b) {
      checkStep(t);
      if (t >= T) return m;
      return m + (b - m) * (1 + Math.cos(Math.PI * t / T)) / 2;
    },
  };
}

/** Multiplies by gamma every stepSize steps (StepLR). */
export function stepSchedule(opts: { stepSize: number; gamma?: number }): Schedule {
  const fn = 'stepSchedule';
  const size = opts.stepSize;
  const gamma = opts.gamma ?? 0.1;
  checkInt(fn, 'stepSize', size, 1);
  checkReal(fn, 'gamma', gamma, 0, Infinity, true);
  return {
    description: `step(stepSize=${size}, gamma=${gamma})`,
    lr(t, b) {
      checkStep(t);
      return b * gamma ** Math.floor(t / size);
    },
  };
}

/** Multiplies by gamma at each milestone (MultiStepLR); milestones strictly increasing. */
export function multiStepSchedule(opts: { milestones: number[]; gamma?: number }): Schedule {
  const fn = 'multiStepSchedule';
  const gamma = opts.gamma ?? 0.1;
  checkMilestones(fn, opts.milestones);
  if (opts.milestones.length === 0) throw new RangeError(`${fn}: milestones must not be empty`);
  checkReal(fn, 'gamma', gamma, 0, Infinity, true);
  const milestones = [...opts.milestones];
  return {
    description: `multiStep(milestones=[${milestones}], gamma=${gamma})`,
    lr(t, b) {
      checkStep(t);
      return b * gamma ** bisectRight(milestones, t);
    },
  };
}

/** (1 - t/T)^power decay to minLr (default 0) over totalSteps, then minLr (PolynomialLR). */
export function polynomialSchedule(opts: { totalSteps: number; power?: number; minLr?: number }): Schedule {
  const fn = 'polynomialSchedule';
  const T = opts.totalSteps;
  const power = opts.power ?? 1;
  const m = opts.minLr ?? 0;
  checkInt(fn, 'totalSteps', T, 1);
  checkReal(fn, 'power', power, 0, Infinity, true);
  checkReal(fn, 'minLr', m, 0);
  return {
    description: `polynomial(totalSteps=${T}, power=${power}, minLr=${m})`,
    lr(t, b) {
      checkStep(t);
      return (b - m) * (1.0 - Math.min(T, t) / T) ** power + m;
    },
  };
}

/**
 * The base lr times `factor` (default 1: constant) for the first totalSteps steps (default: all),
 * then the base lr (ConstantLR).
 */
export function constantSchedule(opts: { factor?: number; totalSteps?: number } = {}): Schedule {
  const fn = 'constantSchedule';
  const f = opts.factor ?? 1;
  const T = opts.totalSteps ?? Infinity;
  checkReal(fn, 'factor', f, 0, 1);
  if (T !== Infinity) checkInt(fn, 'totalSteps', T, 1);
  return {
    description: `constant(factor=${f}${T === Infinity ? '' : `, totalSteps=${T}`})`,
    lr(t, b) {
      checkStep(t);
      return b * (f + (t >= T ? 1 : 0) * (1 - f));
    },
  };
}

/**
 * Runs schedules one after another (SequentialLR): schedule i is used from milestones[i-1]
 * (0 for the first) and sees the step count relative to that milestone.
 */
export function sequentialSchedule(schedules: Schedule[], milestones: number[]): Schedule {
  const fn = 'sequentialSchedule';
  if (!Array.isArray(schedules) || schedules.length === 0) throw new RangeError(`${fn}: needs at least one schedule`);
  schedules.forEach((s, i) => {
    if (!s || typeof s.lr !== 'function') throw new TypeError(`${fn}: schedules[${i}] is not a Schedule`);
  });
  checkMilestones(fn, milestones);
  if (milestones.length !== schedules.length - 1) {
    throw new RangeError(`${fn}: expects ${schedules.length - 1} milestone(s) for ${schedules.length} schedules, ` +
      `got ${milestones.length}`);
  }
  const list = [...schedules];
  const ms = [...milestones];
  return {
    description: `sequential(${list.map((s, i) => (i ? `@${ms[i - 1]} ` : '') + s.description).join(', ')})`,
    lr(t, b) {
      checkStep(t);
      const i = bisectRight(ms, t);
      return list[i].lr(i === 0 ? t : t - ms[i - 1], b);
    },
  };
}

/**
 * Linear warmup from warmupStartFactor · base (default 0) to the base lr over warmupSteps, then a
 * cosine from the base lr to minLr ending at totalSteps: sequentialSchedule([linear, cosine],
 * [warmupSteps]), so lr(t) = base · (s + (1 - s) · t / W) for t < W and the cosine of t - W over
 * totalSteps - W after.
 */
export function warmupCosineSchedule(opts: {
  warmupSteps: number; totalSteps: number; warmupStartFactor?: number; minLr?: number;
}): Schedule {
  const fn = 'warmupCosineSchedule';
  checkInt(fn, 'warmupSteps', opts.warmupSteps, 0);
  checkInt(fn, 'totalSteps', opts.totalSteps, 1);
  if (opts.warmupSteps >= opts.totalSteps) {
    throw new RangeError(`${fn}: warmupSteps (${opts.warmupSteps}) must be shorter than totalSteps (${opts.totalSteps})`);
  }
  const cos = cosineSchedule({ totalSteps: opts.totalSteps - opts.warmupSteps, minLr: opts.minLr });
  if (opts.warmupSteps === 0) return cos;
  const warm = linearSchedule({ startFactor: opts.warmupStartFactor ?? 0, totalSteps: opts.warmupSteps });
  return sequentialSchedule([warm, cos], [opts.warmupSteps]);
}

/** What a scheduler needs of an optimizer: its groups' lr (and the initialLr it records). */
export interface HasParamGroups {
  paramGroups: Array<{ lr: number; params?: Tensor[]; [k: string]: unknown }>;
}

export interface LRSchedulerStateDict {
  step: number;
}

/**
 * Sets the learning rate of every group of an optimizer from a schedule (one for all groups, or
 * one per group) at each step. The base lr of a group is its `initialLr`, recorded from its lr
 * when the scheduler is made (as PyTorch's 'initial_lr'; it travels in the optimizer's state
 * dict), so resuming is: make optimizer and scheduler, load both state dicts.
 */
export class LRScheduler {
  readonly optimizer: HasParamGroups;
  private readonly schedules: Schedule[];
  private count = 0;

  constructor(optimizer: HasParamGroups, schedule: Schedule | Schedule[]) {
    if (!optimizer || !Array.isArray(optimizer.paramGroups)) {
      throw new TypeError('LRScheduler: expects an optimizer (an object with paramGroups)');
    }
    const groups = optimizer.paramGroups;
    const list = Array.isArray(schedule) ? schedule : groups.map(() => schedule);
    if (list.length !== groups.length) {
      throw new RangeError(`LRScheduler: got ${list.length} schedules for ${groups.length} parameter groups`);
    }
    list.forEach((s, i) => {
      if (!s || typeof s.lr !== 'function') throw new TypeError(`LRScheduler: schedule ${i} is not a Schedule`);
    });
    this.optimizer = optimizer;
    this.schedules = list;
    for (const g of groups) {
      if (g.initialLr === undefined) g.initialLr = g.lr;
      if (typeof g.initialLr !== 'number') throw new TypeError(`LRScheduler: a group's initialLr is not a number`);
    }
    this.apply();
  }

  /** The step count: 0 after construction, +1 per step(). */
  get lastStep(): number {
    return this.count;
  }

  /** Base learning rate of each group. */
  get baseLrs(): number[] {
    return this.optimizer.paramGroups.map((g) => g.initialLr as number);
  }

  /** Learning rate of each group at a given step (without changing anything). */
  lrAt(step: number): number[] {
    if (!Number.isInteger(step) || step < 0) throw new RangeError(`LRScheduler: step must be an integer >= 0, got ${step}`);
    return this.optimizer.paramGroups.map((g, i) => this.schedules[i].lr(step, g.initialLr as number));
  }

  /** The learning rate of each group as last set. */
  getLastLr(): number[] {
    return this.optimizer.paramGroups.map((g) => g.lr);
  }

  /** Advances one step and sets each group's lr. */
  step(): void {
    this.count++;
    this.apply();
  }

  private apply(): void {
    const lrs = this.lrAt(this.count);
    this.optimizer.paramGroups.forEach((g, i) => {
      g.lr = lrs[i];
    });
  }

  stateDict(): LRSchedulerStateDict {
    return { step: this.count };
  }

  /** Restores the step count and sets the lr for it. */
  loadStateDict(sd: LRSchedulerStateDict): void {
    const step = sd?.step;
    if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) {
      throw new RangeError(`LRScheduler: state dict step must be an integer >= 0, got ${String(step)}`);
    }
    this.count = step;
    this.apply();
  }
}
