// Parameter groups for weight decay, as timm's param_groups_weight_decay.
import type { Tensor } from '../tensor';

export type WeightDecayGroups = {
  params: Tensor[];
  weightDecay: number;
};

/**
 * Splits named parameters into two groups: one without weight decay (biases, every parameter with
 * at most one dimension such as norm weights, and names `skip` accepts or `noWeightDecay` lists)
 * and one with `weightDecay`. Parameters that do not require grad are left out. Returns
 * [{params: noDecay, weightDecay: 0}, {params: decay, weightDecay}] in timm's order; pass it to an
 * optimizer: new AdamW(paramGroupsWeightDecay(model.namedParameters(), 0.05), {lr}).
 */
export function paramGroupsWeightDecay(
  namedParams: Iterable<[string, Tensor]>,
  weightDecay: number,
  opts: { skip?: (name: string, p: Tensor) => boolean; noWeightDecay?: Iterable<string> } = {},
): [WeightDecayGroups, WeightDecayGroups] {
  if (typeof weightDecay !== 'number' || !(weightDecay >= 0)) {
    throw new RangeError(`paramGroupsWeightDecay: weightDecay must be a number >= 0, got ${weightDecay}`);
  }
  const listed = new Set(opts.noWeightDecay ?? []);
  const decay: Tensor[] = [];
  const noDecay: Tensor[] = [];
  for (const entry of namedParams) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') {
      throw new TypeError('paramGroupsWeightDecay: expected [name, tensor] pairs (e.g. model.namedParameters())');
    }
    const [name, p] = entry;
    if (!p.requiresGrad) continue;
    if (p.ndim <= 1 || name.endsWith('.bias') || name === 'bias' || listed.has(name) || (opts.skip?.(name, p) ?? false)) {
      noDecay.push(p);
    } else {
      decay.push(p);
    }
  }
  return [{ params: noDecay, weightDecay: 0 }, { params: decay, weightDecay }];
}
