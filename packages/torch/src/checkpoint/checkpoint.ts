// Checkpoints: one folder per checkpoint holding every component's state (model, optimizer, LR
// schedule, EMA, gradient scaler, ...), the step and the RNG states. Tensors go to safetensors
// files (a model's file is a plain PyTorch state dict), everything else to checkpoint.json, which
// also lists each file's size so a truncated folder is detected.
//
// Writing is atomic: the folder is written next to the target under a temporary name and renamed
// into place; an existing checkpoint is first renamed aside and removed only after the new one is
// in place. If a crash leaves only the aside copy, loading finds and restores it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Tensor } from '../tensor';
import { tidy } from '../scope';
import { getRngState, setRngState, cuda } from '../runtime';
import { loadSafetensors, saveSafetensors } from '../io';
import { type Json, decodeState, encodeState } from './codec';

/** Anything with PyTorch-style state: modules, optimizers, schedulers, EMA, GradScaler. */
export interface Stateful {
  stateDict(): unknown;
  loadStateDict(state: any): unknown;
}

export interface CheckpointMeta {
  /** Training step (or epoch) the checkpoint was taken after. */
  step: number;
  /** Any JSON-serializable extra information (config, metrics, data-loader position). */
  extra?: Json;
}

export interface SaveCheckpointOptions {
  /** Save the CPU (and CUDA) generator states (default true). */
  rng?: boolean;
}

export interface LoadCheckpointOptions {
  /** Restore the generator states (default true). */
  rng?: boolean;
  /** Fail when the checkpoint lacks a component given here (default true). */
  strict?: boolean;
}

interface ComponentEntry {
  file: string | null;
  state: Json;
}

interface CheckpointJson {
  format: 'must-checkpoint';
  version: 1;
  step: number;
  extra: Json;
  components: Record<string, ComponentEntry>;
  rng: string | null;
  files: Record<string, number>;
}

const INFO = 'checkpoint.json';
const NAME = /^[A-Za-z0-9_.-]+$/;

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(tmp, text);
  fsyncFile(tmp);
  fs.renameSync(tmp, file);
}

/**
 * Saves components into the folder `dir` (created or replaced atomically). Component names become
 * file names (`model` -> model.safetensors), so they must be simple names.
 */
export function saveCheckpoint(dir: string, components: Record<string, Stateful>, meta: CheckpointMeta,
  opts: SaveCheckpointOptions = {}): void {
  if (!Number.isFinite(meta.step)) throw new TypeError(`saveCheckpoint: step must be a number, got ${meta.step}`);
  for (const name of Object.keys(components)) {
    if (!NAME.test(name) || name === 'rng' || name === 'checkpoint') {
      throw new TypeError(`saveCheckpoint: component name '${name}' must match ${NAME} and not be 'rng' or 'checkpoint'`);
    }
  }
  const target = path.resolve(dir);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  fs.mkdirSync(tmp);
  try {
    const info: CheckpointJson = {
      format: 'must-checkpoint', version: 1, step: meta.step, extra: meta.extra ?? null,
      components: {}, rng: null, files: {},
    };
    tidy(() => {
      for (const [name, c] of Object.entries(components)) {
        const tensors = new Map<string, Tensor>();
        const state = encodeState(c.stateDict(), tensors);
        let file: string | null = null;
        if (tensors.size) {
          file = `${name}.safetensors`;
          saveSafetensors(path.join(tmp, file), tensors);
        }
        info.components[name] = { file, state };
      }
      if (opts.rng ?? true) {
        const rng = new Map<string, Tensor>([['cpu', getRngState('cpu')]]);
        if (cuda.isAvailable()) for (let i = 0; i < cuda.deviceCount(); i++) rng.set(`cuda:${i}`, getRngState(`cuda:${i}`));
        saveSafetensors(path.join(tmp, 'rng.safetensors'), rng);
        info.rng = 'rng.safetensors';
      }
    });
    for (const f of fs.readdirSync(tmp)) info.files[f] = fs.statSync(path.join(tmp, f)).size;
    writeFileAtomic(path.join(tmp, INFO), JSON.stringify(info, null, 1));
    // Swap in: move the old checkpoint aside, move the new one in, then delete the old one.
    let aside: string | null = null;
    if (fs.existsSync(target)) {
      aside = `${target}.old-${process.pid}-${randomBytes(4).toString('hex')}`;
      fs.renameSync(target, aside);
    }
    fs.renameSync(tmp, target);
    if (aside) fs.rmSync(aside, { recursive: true, force: true });
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** A folder left by a crash between the two renames of saveCheckpoint, restored in place. */
function recoverAside(target: string): boolean {
  const parent = path.dirname(target);
  if (!fs.existsSync(parent)) return false;
  const prefix = `${path.basename(target)}.old-`;
  const candidates = fs.readdirSync(parent).filter((f) => f.startsWith(prefix)
    && fs.existsSync(path.join(parent, f, INFO)));
  if (candidates.length === 0) return false;
  candidates.sort((a, b) => fs.statSync(path.join(parent, b)).mtimeMs - fs.statSync(path.join(parent, a)).mtimeMs);
  fs.renameSync(path.join(parent, candidates[0]), target);
  return true;
}

/** Reads and validates checkpoint.json and the presence and sizes of the files it lists. */
export function readCheckpointInfo(dir: string): CheckpointJson {
  const target = path.resolve(dir);
  if (!fs.existsSync(target) && !recoverAside(target)) throw new Error(`checkpoint ${dir}: no such folder`);
  const infoFile = path.join(target, INFO);
  if (!fs.existsSync(infoFile)) throw new Error(`checkpoint ${dir}: ${INFO} is missing (incomplete or not a checkpoint)`);
  let info: CheckpointJson;
  try {
    info = JSON.parse(fs.readFileSync(infoFile, 'utf8')) as CheckpointJson;
  } catch (e) {
    throw new Error(`checkpoint ${dir}: ${INFO} is not valid JSON (${(e as Error).message})`);
  }
  if (info?.format !== 'must-checkpoint' || info.version !== 1 || typeof info.step !== 'number'
    || typeof info.components !== 'object' || typeof info.files !== 'object') {
    throw new Error(`checkpoint ${dir}: ${INFO} is not a version 1 MuST checkpoint`);
  }
  for (const [f, size] of Object.entries(info.files)) {
    const file = path.join(target, f);
    if (!fs.existsSync(file)) throw new Error(`checkpoint ${dir}: file ${f} is missing`);
    const actual = fs.statSync(file).size;
    if (actual !== size) throw new Error(`checkpoint ${dir}: file ${f} has ${actual} bytes, ${size} expected (truncated?)`);
  }
  return info;
}

/**
 * Loads a checkpoint into the given components (each with loadStateDict) and restores the RNG
 * states. Returns the step and extra information saved with it.
 */
export function loadCheckpoint(dir: string, components: Record<string, Stateful>,
  opts: LoadCheckpointOptions = {}): CheckpointMeta {
  const info = readCheckpointInfo(dir);
  const target = path.resolve(dir);
  const strict = opts.strict ?? true;
  const missing = Object.keys(components).filter((n) => !(n in info.components));
  if (strict && missing.length) {
    throw new Error(`checkpoint ${dir}: no state for ${missing.join(', ')} (it has ${Object.keys(info.components).join(', ') || 'none'})`);
  }
  tidy(() => {
    // Decode everything first, so a bad file fails before any component changes.
    const decoded: [Stateful, unknown][] = [];
    for (const [name, c] of Object.entries(components)) {
      const entry = info.components[name];
      if (!entry) continue;
      const tensors = entry.file ? loadSafetensors(path.join(target, entry.file)) : {};
      decoded.push([c, decodeState(entry.state, tensors, `component '${name}'`)]);
    }
    const rng = (opts.rng ?? true) && info.rng ? loadSafetensors(path.join(target, info.rng)) : null;
    for (const [c, state] of decoded) c.loadStateDict(state);
    if (rng) {
      for (const [device, state] of Object.entries(rng)) {
        if (device === 'cpu' || cuda.isAvailable()) setRngState(state, device);
      }
    }
  });
  return { step: info.step, extra: info.extra };
}
