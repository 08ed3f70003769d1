// The model registry, as timm's: createModel(name, options), listModels(pattern?), registerModel(...).
//
// Each entry has a zod object schema of its options; createModel validates the options with it
// (unknown fields are refused, defaults filled in) before calling the factory, so a factory only
// ever sees complete, valid options. Errors name the valid model names (with the closest match
// for a misspelled one) or the valid option fields with their descriptions.
import type { nn } from '@must/torch';
import { z } from 'zod';

/** What a factory builds: any module (backbones implement `Backbone`, see features.ts). */
export type ModelFactory<O = any, M extends nn.Module = nn.Module> = (options: O) => M;

export interface ModelEntry {
  name: string;
  factory: ModelFactory;
  schema: z.ZodObject<any>;
  /** One line shown by describeModel() and in error messages. */
  description?: string;
  /** Input size the model was designed for, [H, W] (informative). */
  defaultInputSize?: [number, number];
}

export interface RegisterModelInfo {
  description?: string;
  defaultInputSize?: [number, number];
  /** Replace an existing entry of the same name (default false: registering twice throws). */
  override?: boolean;
}

/** An error about a model name, its options or its weights; `message` says what was expected. */
export class ModelError extends Error {
  override name = 'ModelError';
}

const registry = new Map<string, ModelEntry>();

/**
 * Adds a model under `name`. `optionsSchema` is a zod object describing every option the
 * factory accepts (use `.default()` for defaults and `.describe()` for the text shown in errors);
 * it is made strict, so unknown fields are refused.
 */
export function registerModel<S extends z.ZodObject<any>, M extends nn.Module>(
  name: string, factory: ModelFactory<z.output<S>, M>, optionsSchema: S, info: RegisterModelInfo = {},
): void {
  if (typeof name !== 'string' || !/^[a-z0-9_.-]+$/i.test(name)) {
    throw new ModelError(`registerModel: invalid model name ${JSON.stringify(name)} (letters, digits, '_', '-', '.')`);
  }
  if (typeof factory !== 'function') throw new ModelError(`registerModel('${name}'): the factory must be a function`);
  if (!(optionsSchema instanceof z.ZodObject)) throw new ModelError(`registerModel('${name}'): the options schema must be a z.object(...)`);
  if (registry.has(name) && !info.override) {
    throw new ModelError(`registerModel: a model named '${name}' is already registered (pass { override: true } to replace it)`);
  }
  registry.set(name, {
    name, factory: factory as ModelFactory, schema: optionsSchema.strict(),
    description: info.description, defaultInputSize: info.defaultInputSize,
  });
}

/** Removes a registered model; returns whether it was there. */
export function unregisterModel(name: string): boolean {
  return registry.delete(name);
}

/** Registered model names, sorted; `pattern` filters with '*' wildcards, as timm.list_models('resnet*'). */
export function listModels(pattern?: string): string[] {
  let names = [...registry.keys()].sort(naturalCompare);
  if (pattern !== undefined) {
    const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 'i');
    names = names.filter((n) => re.test(n));
  }
  return names;
}

/** Whether `name` is registered. */
export function isModel(name: string): boolean {
  return registry.has(name);
}

/** The registry entry of a model (its schema, description, ...); throws the unknown-name error. */
export function modelEntry(name: string): ModelEntry {
  const e = registry.get(name);
  if (!e) throw unknownModel(name);
  return e;
}

/** The valid options of a model, one line each: 'numClasses: ... (default 1000)'. */
export function describeOptions(name: string): string[] {
  return describeFields(modelEntry(name).schema);
}

/**
 * Builds a registered model: `createModel('resnet50', { numClasses: 10 })`. The options are
 * checked against the model's schema first; unknown or invalid fields throw a ModelError listing
 * the valid ones. The type parameter is the caller's claim about what the factory returns.
 */
export function createModel<M extends nn.Module = nn.Module>(name: string, options: Record<string, unknown> = {}): M {
  if (typeof name !== 'string') throw new ModelError(`createModel: the model name must be a string, got ${typeof name}`);
  const entry = registry.get(name);
  if (!entry) throw unknownModel(name);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ModelError(`createModel('${name}'): options must be an object, got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`);
  }
  const parsed = entry.schema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      if (i.code === 'unrecognized_keys') {
        const valid = Object.keys(entry.schema.shape);
        return i.keys.map((k) => {
          const near = closest(k, valid);
          return `unknown option '${k}'${near ? ` (did you mean '${near}'?)` : ''}`;
        }).join('; ');
      }
      const path = i.path.join('.') || '(options)';
      return `${path}: ${i.message} (got ${show((options as Record<string, unknown>)[String(i.path[0])])})`;
    });
    throw new ModelError(`createModel('${name}'): invalid options: ${problems.join('; ')}.\n` +
      `Valid options of '${name}':\n  ${describeFields(entry.schema).join('\n  ')}`);
  }
  const model = entry.factory(parsed.data);
  const named = model as nn.Module & { modelName?: string };
  if (named.modelName === undefined || named.modelName === '') named.modelName = name;
  return model as M;
}

// ---- helpers ----

function unknownModel(name: string): ModelError {
  const names = listModels();
  const near = closest(name, names);
  return new ModelError(`Unknown model '${name}'.${near ? ` Did you mean '${near}'?` : ''} ` +
    `Valid models: ${names.join(', ')}.`);
}

function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return String(v);
  }
}

/** 'key: description' for every field of an object schema. */
export function describeFields(schema: z.ZodObject<any>): string[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, f]) => {
    const desc = f.description ?? typeName(f);
    return `${k}: ${desc}`;
  });
}

function typeName(f: z.ZodType): string {
  const def = (f as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; entries?: Record<string, string>; defaultValue?: unknown } } })._zod.def;
  if (def.type === 'optional' || def.type === 'default') {
    const inner = typeName(def.innerType!);
    return def.type === 'default' ? `${inner} (default ${show(def.defaultValue)})` : `${inner} (optional)`;
  }
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map((v) => `'${v}'`).join(' | ');
  return def.type;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** 'resnet18' < 'resnet50' < 'resnet101' (digit runs compare as numbers). */
function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

/** The candidate nearest to `s` (case-insensitive edit distance), if reasonably near. */
export function closest(s: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const q = s.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(q, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(s.length / 2)) ? best : undefined;
}
