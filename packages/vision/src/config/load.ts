// Loading a run config: YAML file (optionally `extends: other.yaml`) + command-line overrides
// `key.path=value` (values parsed as YAML scalars: 100, 0.1, true, null, cpu, [3, 5]) over
// DEFAULT_CONFIG, validated by configSchema. Every problem is a ConfigError with a one-line
// message naming the key, e.g.
//   config: unknown key 'train.setps' (did you mean 'train.steps'?)
//   config: 'train.batchSize' (set on the command line): Too small: expected number to be >=1 (got 0)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import YAML from 'yaml';
import type { z } from 'zod';
import { closest } from '../models/registry';
import { TASKS, type Task } from '../data/sample';
import {
  configSchema, configKeys, DEFAULT_CONFIG, lookupKey, type MustConfig,
} from './schema';

/** A user error in a config file or override: the message is one line. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** 'did you mean' for an unknown key: its siblings first, else any key with a similar last part. */
function suggest(pathParts: string[], at: number, valid: string[]): string | undefined {
  const parent = pathParts.slice(0, at);
  const typed = pathParts.slice(0, at + 1).join('.');
  const siblings = valid.map((k) => [...parent, k].join('.'));
  const near = closest(typed, siblings);
  if (near) return near;
  const leaf = pathParts[at];
  const all = configKeys().filter((k) => !k.endsWith('*'));
  const byLeaf = new Map<string, string>();
  for (const k of all) {
    const last = k.slice(k.lastIndexOf('.') + 1);
    if (!byLeaf.has(last)) byLeaf.set(last, k);
  }
  const nearLeaf = closest(leaf, [...byLeaf.keys()]);
  return nearLeaf ? byLeaf.get(nearLeaf) : undefined;
}

function unknownKey(parts: string[], at: number, valid: string[], where: string): ConfigError {
  const key = parts.slice(0, at + 1).join('.');
  const near = suggest(parts, at, valid);
  return new ConfigError(`config: unknown key '${key}'${near ? ` (did you mean '${near}'?)` : ` (valid here: ${valid.join(', ')})`}${where}`);
}

/** Throws a ConfigError for the first key of `obj` the schema does not know. */
export function checkKeys(obj: unknown, where = '', prefix: string[] = []): void {
  if (!isObj(obj)) return;
  for (const [k, v] of Object.entries(obj)) {
    const parts = [...prefix, k];
    const r = lookupKey(configSchema, parts);
    if (r.kind === 'unknown') throw unknownKey(parts, r.at, r.valid, where);
    if (r.kind === 'not-object') throw new ConfigError(`config: '${parts.slice(0, r.at).join('.')}' has no key '${parts[r.at]}'${where}`);
    if (!r.free && isObj(v)) checkKeys(v, where, parts);
  }
}

/** Deep merge: objects merge key by key, anything else (arrays, scalars, null) replaces. */
export function deepMerge<T>(base: T, over: unknown): T {
  if (!isObj(base) || !isObj(over)) return (over === undefined ? base : over) as T;
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = (base as Obj)[k];
    // an empty YAML section (`train:`) is null: keep the defaults of an object section
    if (v === null && isObj(b)) continue;
    out[k] = isObj(b) && isObj(v) ? deepMerge(b, v) : v;
  }
  return out as T;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Parses one `key.path=value` argument (value as a YAML scalar or flow collection). */
export function parseOverride(arg: string): { key: string; parts: string[]; value: unknown } {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new ConfigError(`config: override '${arg}' must look like key.path=value`);
  const key = arg.slice(0, eq).trim();
  const text = arg.slice(eq + 1);
  if (!/^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/.test(key)) {
    throw new ConfigError(`config: override '${arg}': '${key}' is not a key path (like train.steps)`);
  }
  let value: unknown;
  try {
    value = YAML.parse(text);
  } catch (e) {
    throw new ConfigError(`config: override '${arg}': cannot parse the value (${(e as Error).message.split('\n')[0]})`);
  }
  return { key, parts: key.split('.'), value };
}

/** Sets `value` at `parts` in `obj` (creating objects on the way). */
function setPath(obj: Obj, parts: string[], value: unknown, arg: string): void {
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i];
    if (cur[k] === undefined || cur[k] === null) cur[k] = {};
    if (!isObj(cur[k])) throw new ConfigError(`config: override '${arg}': '${parts.slice(0, i + 1).join('.')}' is not a section`);
    cur = cur[k] as Obj;
  }
  cur[parts[parts.length - 1]] = value;
}

/** Applies overrides (already validated keys) to a raw config object, in order. */
export function applyOverrides(raw: Obj, overrides: readonly string[]): Obj {
  const out = clone(raw);
  for (const arg of overrides) {
    const { parts, value } = parseOverride(arg);
    const r = lookupKey(configSchema, parts);
    if (r.kind === 'unknown') throw unknownKey(parts, r.at, r.valid, ' on the command line');
    if (r.kind === 'not-object') throw new ConfigError(`config: '${parts.slice(0, r.at).join('.')}' has no key '${parts[r.at]}' on the command line`);
    if (!r.free && isObj(value)) checkKeys(value, ' on the command line', parts);
    setPath(out, parts, value, arg);
  }
  return out;
}

/** Reads a YAML config file (following `extends`), as a raw object; keys are checked. */
export function readConfigFile(file: string, seen: string[] = []): Obj {
  const abs = path.resolve(file);
  if (seen.includes(abs)) throw new ConfigError(`config: ${file}: 'extends' loops (${[...seen, abs].map((f) => path.basename(f)).join(' -> ')})`);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError(`config: no such file '${file}'`);
    if (code === 'EISDIR') throw new ConfigError(`config: '${file}' is a folder, not a YAML file`);
    throw new ConfigError(`config: cannot read '${file}' (${(e as Error).message})`);
  }
  let doc: unknown;
  try {
    doc = YAML.parse(text, { uniqueKeys: true });
  } catch (e) {
    throw new ConfigError(`config: ${file}: invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) doc = {};
  if (!isObj(doc)) throw new ConfigError(`config: ${file}: the top level must be a mapping of sections (data, model, train, ...)`);
  let base: Obj = {};
  const ext = doc.extends;
  if (ext !== undefined) {
    if (typeof ext !== 'string') throw new ConfigError(`config: ${file}: 'extends' must be a file path`);
    base = readConfigFile(path.resolve(path.dirname(abs), ext), [...seen, abs]);
    delete doc.extends;
  }
  checkKeys(doc, ` in ${file}`);
  return deepMerge(base, doc);
}

function issueMessage(issue: z.core.$ZodIssue, resolved: unknown): { key: string; message: string } {
  const parts = issue.path.map(String);
  let v: unknown = resolved;
  for (const p of parts) v = isObj(v) || Array.isArray(v) ? (v as Obj)[p] : undefined;
  const key = parts.join('.') || '(config)';
  const got = issue.code === 'custom' || v === undefined ? '' : ` (got ${show(v)})`;
  return { key, message: `${issue.message}${got}` };
}

/** Validates a raw (merged) config: the typed config, or a ConfigError naming the first bad key. */
export function validateConfig(raw: unknown, overridden: ReadonlySet<string> = new Set()): MustConfig {
  checkKeys(raw);
  const r = configSchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const { key, message } = issueMessage(issue, raw);
  const from = [...overridden].some((k) => k === key || key.startsWith(`${k}.`)) ? ' (set on the command line)' : '';
  throw new ConfigError(`config: '${key}'${from}: ${message}`);
}

export interface LoadedConfig {
  config: MustConfig;
  /** The file read (absolute), or null for defaults only. */
  file: string | null;
  overrides: string[];
}

/**
 * The config of a run: DEFAULT_CONFIG <- the file (and what it extends) <- overrides, validated.
 * file null: defaults and overrides only.
 */
export function loadConfig(file: string | null, overrides: readonly string[] = []): LoadedConfig {
  const fromFile = file === null ? {} : readConfigFile(file);
  const raw = applyOverrides(fromFile, overrides);
  const merged = deepMerge(clone(DEFAULT_CONFIG) as unknown as Obj, raw);
  const keys = new Set(overrides.map((o) => parseOverride(o).key));
  return { config: validateConfig(merged, keys), file: file === null ? null : path.resolve(file), overrides: [...overrides] };
}

/** The resolved config as YAML (what RUN/config.yaml holds). */
export function configToYaml(config: MustConfig, header?: string): string {
  const body = YAML.stringify(config, { lineWidth: 0 });
  return header ? `${header.split('\n').map((l) => `# ${l}`).join('\n')}\n${body}` : body;
}

/** Writes `text` to `file` atomically (temporary file in the same folder, then rename). */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Saves the resolved config as DIR/config.yaml (atomically). */
export function saveResolvedConfig(dir: string, config: MustConfig, header?: string): string {
  const file = path.join(dir, 'config.yaml');
  writeFileAtomic(file, configToYaml(config, header));
  return file;
}

/** Reads a saved config.yaml back (validated). */
export function readResolvedConfig(file: string): MustConfig {
  return validateConfig(deepMerge(clone(DEFAULT_CONFIG) as unknown as Obj, readConfigFile(file)));
}

/** Key paths whose values differ between two configs (leaves; arrays compared whole). */
export function diffConfig(a: unknown, b: unknown, prefix = ''): string[] {
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => diffConfig(a[k], b[k], prefix ? `${prefix}.${k}` : k));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [prefix];
}

// ------------------------------------------------------------------------------------------------
// Stages

/** What one training run trains: the supervised multi-task model, a teacher, the student, ... */
export type Stage = 'supervised' | 'teacher' | 'student' | 'baseline' | 'transfer';
export const STAGES: readonly Stage[] = ['supervised', 'teacher', 'student', 'baseline', 'transfer'];

/**
 * The config one training run uses: the top-level optim / schedule / train with the stage's
 * overrides merged in; for a teacher, only its task enabled. 'supervised' is the config as is.
 */
export function stageConfig(config: MustConfig, stage: Stage, task?: Task): MustConfig {
  const c = clone(config);
  if (stage === 'supervised') return c;
  if (!STAGES.includes(stage)) throw new ConfigError(`config: unknown stage '${String(stage)}' (valid: ${STAGES.join(', ')})`);
  const block = stage === 'teacher' ? c.teachers : c[stage];
  if (block.threads !== undefined) c.threads = block.threads;
  c.optim = deepMerge(c.optim, block.optim);
  c.schedule = deepMerge(c.schedule, block.schedule);
  c.train = deepMerge(c.train, block.train);
  // A stage that sets epochs (or steps) replaces the other.
  if (block.train.epochs !== undefined && block.train.steps === undefined && block.train.epochs !== null) c.train.steps = null;
  if (block.train.steps !== undefined && block.train.epochs === undefined && block.train.steps !== null) c.train.epochs = null;
  if (stage === 'teacher') {
    if (!task) throw new ConfigError(`config: stage 'teacher' needs a task (${c.teachers.tasks.join(', ')})`);
    if (!TASKS.includes(task)) throw new ConfigError(`config: unknown task '${task}' (valid: ${TASKS.join(', ')})`);
    // a teacher trains its task alone: loss weights balance tasks in the multi-task models only
    for (const k of TASKS) {
      c.tasks[k].enabled = k === task;
      c.tasks[k].weight = 1;
    }
  } else if (task) {
    throw new ConfigError(`config: stage '${stage}' takes no task`);
  }
  if (stage === 'student') c.data.augment = deepMerge(c.data.augment, c.student.augment);
  if (stage === 'transfer') {
    for (const k of TASKS) c.tasks[k].enabled = c.transfer.tasks.includes(k);
  }
  return validateConfig(c);
}
