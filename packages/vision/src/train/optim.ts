// Optimizer and learning-rate schedule from their config sections (torch.optim).
import * as torch from '@must/torch';
import type { nn, Tensor } from '@must/torch';
import type { OptimConfig, ScheduleConfig } from '../config/schema';

const { optim } = torch;

/**
 * SGD or AdamW over the parameters that require grad. With decayNormAndBias false, biases and
 * norm weights (every parameter with at most one dimension) get no weight decay (timm's
 * param_groups_weight_decay).
 */
export function buildOptimizer(cfg: OptimConfig, model: nn.Module): torch.optim.Optimizer {
  const named = [...model.namedParameters()].filter(([, p]) => p.requiresGrad);
  if (named.length === 0) throw new RangeError('buildOptimizer: the model has no parameter that requires grad');
  const groups: { params: Tensor[]; weightDecay: number }[] = cfg.decayNormAndBias
    ? [{ params: named.map(([, p]) => p), weightDecay: cfg.weightDecay }]
    : optim.paramGroupsWeightDecay(named, cfg.weightDecay).filter((g) => g.params.length > 0);
  if (cfg.name === 'sgd') {
    return new optim.SGD(groups, { lr: cfg.lr, momentum: cfg.momentum, nesterov: cfg.nesterov && cfg.momentum > 0, weightDecay: cfg.weightDecay });
  }
  return new optim.AdamW(groups, { lr: cfg.lr, betas: cfg.betas, eps: cfg.eps, weightDecay: cfg.weightDecay });
}

/**
 * The schedule of a run of `totalSteps` optimizer steps: a linear warmup over warmupSteps (from
 * warmupStartFactor x lr), then the named schedule over the remaining steps. Milestones of
 * 'multistep' are absolute step counts (after the warmup).
 */
export function buildSchedule(cfg: ScheduleConfig, totalSteps: number): torch.optim.Schedule {
  const W = cfg.warmupSteps;
  if (!Number.isInteger(totalSteps) || totalSteps < 1) throw new RangeError(`buildSchedule: totalSteps must be a positive integer, got ${totalSteps}`);
  if (W >= totalSteps) throw new RangeError(`schedule.warmupSteps (${W}) must be less than the number of training steps (${totalSteps})`);
  const T = totalSteps - W;
  let main: torch.optim.Schedule;
  switch (cfg.name) {
    case 'cosine': main = optim.cosineSchedule({ totalSteps: T, minLr: cfg.minLr }); break;
    case 'constant': main = optim.constantSchedule(); break;
    case 'linear': main = optim.linearSchedule({ startFactor: 1, endFactor: cfg.endFactor, totalSteps: T }); break;
    case 'step': main = optim.stepSchedule({ stepSize: cfg.stepSize, gamma: cfg.gamma }); break;
    case 'polynomial': main = optim.polynomialSchedule({ totalSteps: T, power: cfg.power, minLr: cfg.minLr }); break;
    case 'multistep': {
      if (cfg.milestones.length === 0) throw new RangeError("schedule.milestones must list at least one step for 'multistep'");
      const bad = cfg.milestones.find((m) => m <= W);
      if (bad !== undefined) throw new RangeError(`schedule.milestones must be after the warmup (${W} steps), got ${bad}`);
      main = optim.multiStepSchedule({ milestones: cfg.milestones.map((m) => m - W), gamma: cfg.gamma });
      break;
    }
    default: throw new RangeError(`unknown schedule '${String(cfg.name)}'`);
  }
  if (W === 0) return main;
  return optim.sequentialSchedule([optim.linearSchedule({ startFactor: cfg.warmupStartFactor, totalSteps: W }), main], [W]);
}
