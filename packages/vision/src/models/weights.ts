// Loading PyTorch checkpoints (state dicts saved as safetensors) into models, with an error that
// says what the model expected and what the checkpoint looks like when they do not fit.
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';
import { ModelError } from './registry';

export interface LoadWeightsOptions {
  /** Missing or unexpected keys are an error (default true). Shape mismatches always are. */
  strict?: boolean;
  /** Key prefix to strip from the checkpoint first (e.g. 'module.' or 'backbone.'). */
  stripPrefix?: string;
}

/** A description of a ResNet-family state dict, read from its keys and shapes. */
export interface CheckpointArchitecture {
  family: 'resnet' | 'unknown';
  block?: 'basic' | 'bottleneck';
  layers?: number[];
  stem?: 'default' | 'deep';
  replaceStemPool?: boolean;
  avgDown?: boolean;
  se?: boolean;
  numClasses?: number;
  /** Channels of layer1's output. */
  width?: number;
  /** A readable summary. */
  summary: string;
}

/** Reads what kind of ResNet a state dict holds (key names and shapes only). */
export function describeCheckpoint(shapes: Map<string, number[]>): CheckpointArchitecture {
  const keys = [...shapes.keys()];
  const layers: number[] = [];
  for (let s = 1; s <= 4; s++) {
    let max = -1;
    const re = new RegExp(`^layer${s}\\.(\\d+)\\.`);
    for (const k of keys) {
      const m = re.exec(k);
      if (m) max = Math.max(max, Number(m[1]));
    }
    layers.push(max + 1);
  }
  if (layers.every((n) => n === 0)) {
    const sample = keys.slice(0, 4).join(', ');
    return { family: 'unknown', summary: `not a ResNet state dict (no layer1..layer4 keys; ${keys.length} keys, e.g. ${sample || 'none'})` };
  }
  const block = keys.some((k) => /^layer\d\.\d+\.conv3\.weight$/.test(k)) ? 'bottleneck' : 'basic';
  const stem = shapes.has('conv1.0.weight') ? 'deep' : 'default';
  const replaceStemPool = shapes.has('maxpool.0.weight');
  const avgDown = keys.some((k) => /^layer\d\.0\.downsample\.2\.weight$/.test(k));
  const se = keys.some((k) => /\.se\.fc1\.weight$/.test(k));
  const fc = shapes.get('fc.weight');
  const numClasses = fc ? fc[0] : 0;
  const l1 = block === 'bottleneck' ? shapes.get('layer1.0.conv3.weight') : shapes.get('layer1.0.conv2.weight');
  const width = l1 ? l1[0] : undefined;
  const parts = [
    `ResNet with ${block === 'bottleneck' ? 'Bottleneck' : 'Basic'} blocks [${layers.join(', ')}] (depth ${layers.reduce((a, b) => a + b, 0) * (block === 'bottleneck' ? 3 : 2) + 2})`,
    stem === 'deep' ? 'deep stem' : '7x7 stem',
  ];
  if (replaceStemPool) parts.push('strided-conv stem pool');
  if (avgDown) parts.push('avg-pool shortcut');
  if (se) parts.push('squeeze-excitation');
  if (width !== undefined) parts.push(`layer1 width ${width}`);
  parts.push(fc ? `${numClasses} classes` : 'no classifier');
  return { family: 'resnet', block, layers, stem, replaceStemPool, avgDown, se, numClasses, width, summary: parts.join(', ') };
}

/**
 * Loads a state dict (a safetensors file path, a Map or a plain object of tensors) into a model.
 * Everything is checked before anything is copied; when the checkpoint does not fit, the
 * ModelError names the model, counts and samples the missing / unexpected / mismatched keys and
 * describes both architectures (for ResNet-family checkpoints). Tensors read from a file are freed.
 */
export function loadWeights(model: torch.nn.Module, source: string | Map<string, Tensor> | Record<string, Tensor>,
  opts: LoadWeightsOptions = {}): { missingKeys: string[]; unexpectedKeys: string[] } {
  const strict = opts.strict ?? true;
  let given: Map<string, Tensor>;
  let owned: Tensor[] = [];
  if (typeof source === 'string') {
    const loaded = torch.io.loadSafetensors(source);
    given = new Map(Object.entries(loaded));
    owned = [...given.values()];
  } else {
    given = source instanceof Map ? new Map(source) : new Map(Object.entries(source));
  }
  try {
    if (opts.stripPrefix) {
      const p = opts.stripPrefix;
      given = new Map([...given].map(([k, v]) => [k.startsWith(p) ? k.slice(p.length) : k, v]));
    }
    const expected = model.stateDict({ keepVars: true });
    const missing = [...expected.keys()].filter((k) => !given.has(k));
    const unexpected = [...given.keys()].filter((k) => !expected.has(k));
    const mismatched: string[] = [];
    for (const [k, t] of given) {
      const e = expected.get(k);
      if (!e) continue;
      const [a, b] = [t.shape, e.shape];
      if (a.length !== b.length || a.some((n, i) => n !== b[i])) mismatched.push(`${k}: checkpoint [${a.join(', ')}] vs model [${b.join(', ')}]`);
      else if (t.dtype !== e.dtype) mismatched.push(`${k}: checkpoint ${t.dtype} vs model ${e.dtype} (convert with model.to('${t.dtype}') or the tensors)`);
    }
    // BatchNorm's num_batches_tracked may be absent from old checkpoints (PyTorch accepts that).
    const realMissing = missing.filter((k) => !k.endsWith('num_batches_tracked'));
    if (mismatched.length || (strict && (realMissing.length || unexpected.length))) {
      const name = (model as { modelName?: string }).modelName || model.constructor.name;
      const sample = (xs: string[]) => xs.slice(0, 5).join(', ') + (xs.length > 5 ? `, ... (${xs.length - 5} more)` : '');
      const lines = [`checkpoint does not fit model '${name}':`];
      if (realMissing.length) lines.push(`  ${realMissing.length} key(s) the model expects are missing: ${sample(realMissing)}`);
      if (unexpected.length) lines.push(`  ${unexpected.length} key(s) of the checkpoint are not in the model: ${sample(unexpected)}`);
      if (mismatched.length) lines.push(`  ${mismatched.length} shape/dtype mismatch(es): ${sample(mismatched)}`);
      const shapesOf = (m: Map<string, Tensor>) => new Map([...m].map(([k, t]) => [k, t.shape]));
      const want = describeCheckpoint(shapesOf(expected));
      const got = describeCheckpoint(shapesOf(given));
      lines.push(`  the model expects: ${want.summary}`);
      lines.push(`  the checkpoint has: ${got.summary}`);
      const prefixes = new Set([...given.keys()].map((k) => k.split('.')[0]));
      for (const p of ['module', 'model', 'backbone', 'state_dict']) {
        if (prefixes.size === 1 && prefixes.has(p)) lines.push(`  every checkpoint key starts with '${p}.': pass { stripPrefix: '${p}.' }`);
      }
      throw new ModelError(lines.join('\n'));
    }
    const result = model.loadStateDict(given, { strict: false });
    return { missingKeys: result.missingKeys, unexpectedKeys: result.unexpectedKeys };
  } finally {
    for (const t of owned) t.dispose();
  }
}
