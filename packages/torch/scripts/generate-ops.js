#!/usr/bin/env node
'use strict';
// Generates src/ops.generated.ts from the operator schemas of the linked libtorch.
//
//   node scripts/generate-ops.js            writes src/ops.generated.ts
//   node scripts/generate-ops.js --stdout   prints it (the regeneration test compares the two)
//
// Which operators get a typed wrapper (everything stays reachable through callOp):
//   - namespace aten:: only;
//   - not internal: names starting with '_';
//   - not autograd internals: names ending in '_backward' or containing '_backward_', and
//     '_forward' kernels (nll_loss_forward, ...);
//   - not backend-specific kernels: cudnn_, miopen_, mkldnn_, fbgemm_, vulkan_, mps_, quantized_;
//   - not named-tensor operators (rename, refine_names, align_to, align_as, align_tensors);
//   - overloads left out: out= variants (an argument written to and keyword-only), named-tensor
//     overloads (Dimname arguments, overload names with 'names' or 'Dimname'), and overloads with
//     an argument kind the addon does not marshal (Storage, Stream, Scalar[], ...).
// Naming: snake_case -> camelCase (max_pool2d -> maxPool2d); in-place variants keep PyTorch's
// trailing underscore (add_ -> add_) and return the tensor they modified.
// Arguments: required ones positional in schema order; defaulted ones (and keyword-only
// optionals without a default) in a trailing options object with camelCase keys.
// Methods: an operator whose overloads take `Tensor self` first becomes a Tensor method too.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const native = require(path.join(root, 'build', 'Release', 'must_torch.node'));

// Tensor members written by hand in src/tensor.ts (and src/indexing.ts); no generated method may
// take these names. The regeneration test checks this list against the class.
const RESERVED_METHODS = new Set([
  'shape', 'dtype', 'device', 'numel', 'ndim', 'size', 'isDisposed', 'dispose', 'keep',
  'requiresGrad', 'requiresGrad_', 'grad', 'isLeaf', 'gradFn', 'isInference', 'backward',
  'dataSync', 'data', 'item', 'toArray', 'toString', 'to', 'cpu', 'cuda', 'sharesStorageWith',
  'index', 'indexPut', 'indexPut_', 'constructor', '_h', '_tracked', 'valueOf', 'type',
]);
const RESERVED_WORDS = new Set(['delete', 'new', 'in', 'instanceof', 'typeof', 'void', 'function', 'var',
  'let', 'const', 'class', 'enum', 'export', 'import', 'return', 'switch', 'case', 'default', 'for',
  'while', 'do', 'if', 'else', 'try', 'catch', 'finally', 'throw', 'with', 'yield', 'super', 'this', 'null',
  'true', 'false', 'break', 'continue', 'debugger', 'extends', 'static']);
const EXCLUDED_PREFIXES = ['cudnn_', 'miopen_', 'mkldnn_', 'fbgemm_', 'vulkan_', 'mps_', 'quantized_'];
const EXCLUDED_NAMES = new Set(['rename', 'rename_', 'refine_names', 'align_to', 'align_as', 'align_tensors']);

// ---------------- schema parsing ----------------
function splitTopLevel(s, sep = ',') {
  const out = [];
  let depth = 0;
  let quote = null;
  let cur = '';
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function parseType(t) {
  // e.g. Tensor(a!)  Tensor?  Tensor?[]  int[2]  int[1]?  SymInt[]  float[]?  Tensor(a)[]
  const alias = /\(([a-z]+)(!?)(?:\s*->\s*\*)?\)/.exec(t);
  const clean = t.replace(/\([^)]*\)/g, '');
  const m = /^([A-Za-z]+)(\?)?(?:\[(\d*)\])?(\?)?$/.exec(clean);
  if (!m) return { base: clean, unsupported: true };
  return {
    base: m[1],
    elemOptional: !!m[2] && m[3] !== undefined, // Tensor?[]
    optional: m[3] === undefined ? !!m[2] : !!m[4],
    list: m[3] !== undefined,
    n: m[3] ? Number(m[3]) : 0,
    alias: alias ? alias[1] : null,
    write: alias ? alias[2] === '!' : false,
  };
}

function parseSchema(schema) {
  const m = /^([\w:]+?)(?:\.(\w+))?\((.*)\) -> (.*)$/.exec(schema);
  if (!m) throw new Error(`cannot parse schema: ${schema}`);
  const [, qualified, overload = '', argText, retText] = m;
  const args = [];
  let kwOnly = false;
  for (const part of splitTopLevel(argText)) {
    if (part === '*') {
      kwOnly = true;
      continue;
    }
    const eq = part.indexOf('=');
    const decl = eq >= 0 ? part.slice(0, eq).trim() : part;
    const dflt = eq >= 0 ? part.slice(eq + 1).trim() : undefined;
    const sp = decl.lastIndexOf(' ');
    const type = parseType(decl.slice(0, sp).trim());
    args.push({ name: decl.slice(sp + 1), typeText: decl.slice(0, sp).trim(), type, dflt, kwOnly });
  }
  let rets = [];
  const r = retText.trim();
  if (r === '()') rets = [];
  else if (r.startsWith('(')) rets = splitTopLevel(r.slice(1, -1)).map((x) => parseType(x.split(' ')[0]));
  else rets = [parseType(r.split(' ')[0])];
  const [ns, name] = qualified.split('::');
  return { schema, ns, name, overload, args, rets };
}

// ---------------- TypeScript types ----------------
const SCALAR_TS = {
  Tensor: 'Tensor', int: 'number', SymInt: 'number', float: 'number', SymFloat: 'number', bool: 'boolean',
  str: 'string', Scalar: 'Scalar', ScalarType: 'DType', Layout: 'Layout', Device: 'string',
  MemoryFormat: 'MemoryFormat', Generator: 'null',
};
const LIST_OK = new Set(['Tensor', 'int', 'SymInt', 'float', 'bool']);

function argTs(t) {
  let ts = SCALAR_TS[t.base];
  if (!ts || t.unsupported) return null;
  if (t.list) {
    if (!LIST_OK.has(t.base)) return null;
    if (t.elemOptional) {
      if (t.base !== 'Tensor') return null;
      ts = '(Tensor | null)[]';
    } else {
      ts = `${ts}[]`;
      if (t.n > 0 && t.base !== 'Tensor' && t.base !== 'bool') ts = `${SCALAR_TS[t.base]} | ${ts}`;
    }
  } else if (t.elemOptional) return null;
  if (t.optional && ts !== 'null') ts = `${ts} | null`;
  return ts;
}

function retTs(rets) {
  const one = (t) => {
    if (t.base === 'Tensor') return t.list ? (t.elemOptional ? '(Tensor | null)[]' : 'Tensor[]') : 'Tensor';
    const base = { int: 'number', SymInt: 'number', float: 'number', bool: 'boolean', str: 'string',
      Scalar: 'number', ScalarType: 'DType', Device: 'string' }[t.base];
    if (!base) return 'unknown';
    return t.list ? `${base}[]` : base;
  };
  if (rets.length === 0) return 'void';
  if (rets.length === 1) return one(rets[0]);
  return `[${rets.map(one).join(', ')}]`;
}

function camel(s) {
  const trailing = s.endsWith('_') ? '_' : '';
  const core = trailing ? s.slice(0, -1) : s;
  return core.replace(/_+([a-z0-9])/g, (_, c) => c.toUpperCase()) + trailing;
}

function isNamedOverload(ov) {
  return /Dimname/.test(ov) || /(^|_)names($|_)/.test(ov) || /(^|_)named($|_)/.test(ov);
}

function includeOp(name) {
  if (name.startsWith('_')) return false;
  if (/_backward$/.test(name) || /_backward_/.test(name) || /_forward$/.test(name)) return false;
  if (EXCLUDED_PREFIXES.some((p) => name.startsWith(p))) return false;
  return !EXCLUDED_NAMES.has(name);
}

// Turns one parsed overload into its TypeScript parameter lists, or null when left out.
function overloadSig(p) {
  if (isNamedOverload(p.overload)) return null;
  const positional = [];
  const options = [];
  for (const a of p.args) {
    if (a.kwOnly && a.type.write) return null; // out=
    const ts = argTs(a.type);
    const defaulted = a.dflt !== undefined || (a.kwOnly && a.type.optional);
    if (!ts) {
      if (defaulted) continue; // an unsupported defaulted argument keeps its default
      return null;
    }
    (defaulted ? options : positional).push({ name: a.name, js: camel(a.name), ts, type: a.type, dflt: a.dflt });
  }
  const ret = retTs(p.rets);
  const single = p.rets.length === 1 && p.rets[0].base === 'Tensor' && !p.rets[0].list;
  const selfFirst = positional.length > 0 && positional[0].name === 'self' && positional[0].type.base === 'Tensor'
    && !positional[0].type.list && !positional[0].type.optional;
  const inplaceSelf = selfFirst && positional[0].type.write && single;
  return { p, positional, options, ret, single, selfFirst, inplaceSelf };
}

const JS_IDENT = /^[A-Za-z_$][\w$]*$/;
function paramName(js) {
  return RESERVED_WORDS.has(js) || js === 'opts' ? `${js}_` : js;
}

function optionsType(sig) {
  if (sig.options.length === 0) return null;
  return `{ ${sig.options.map((o) => `${JS_IDENT.test(o.js) ? o.js : JSON.stringify(o.js)}?: ${o.ts}${o.dflt !== undefined ? '' : ''}`).join('; ')} }`;
}

function params(sig, skipSelf) {
  const ps = sig.positional.slice(skipSelf ? 1 : 0).map((a) => `${paramName(a.js)}: ${a.ts}`);
  const ot = optionsType(sig);
  if (ot) ps.push(`opts?: ${ot}`);
  return ps.join(', ');
}

function generate() {
  const byName = new Map();
  for (const schema of native.schemas()) {
    if (!schema.startsWith('aten::')) continue;
    const p = parseSchema(schema);
    if (!includeOp(p.name)) continue;
    if (!byName.has(p.name)) byName.set(p.name, []);
    byName.get(p.name).push(p);
  }
  const names = [...byName.keys()].sort();
  const out = [];
  const ids = [];
  const usedJs = new Set();
  const methodDecls = [];
  const methodImpls = [];
  const fnOut = [];
  let excludedOverloads = 0;
  for (const name of names) {
    const sigs = [];
    for (const p of byName.get(name)) {
      const s = overloadSig(p);
      if (s) sigs.push(s);
      else excludedOverloads++;
    }
    if (sigs.length === 0) continue;
    const js = camel(name);
    if (RESERVED_WORDS.has(js) || usedJs.has(js) || !JS_IDENT.test(js.replace(/_$/, 'x'))) continue;
    usedJs.add(js);
    const idx = ids.length;
    ids.push(name);
    const allSingle = sigs.every((s) => s.single);
    const inplace = name.endsWith('_') && sigs.every((s) => s.inplaceSelf);
    const maxArity = Math.max(...sigs.map((s) => s.positional.length + (s.options.length ? 1 : 0)));
    const doc = (list) => ['/**', ...list.map((s) => ` * ${s.p.schema.replace(/\*\//g, '* /')}`), ' */'].join('\n');

    // ---- function ----
    const argNames = Array.from({ length: maxArity }, (_, i) => `a${i}`);
    // Tensor arguments are passed as ids, flagged in the mask; bits 24+ carry the argument count.
    const mask = [...argNames.map((a, i) => `$m(${a}, ${1 << i})`), '(arguments.length << 24)'].join(' | ');
    const passed = argNames.map((a) => `$h(${a})`).join(', ');
    const callArgs = `op(${idx}), ${mask}${passed ? ', ' + passed : ''}`;
    let body;
    if (inplace) body = `native.call1(${callArgs}); return a0 as Tensor;`;
    else if (allSingle) body = `return $t(native.call1(${callArgs}));`;
    else body = `return native.call(${callArgs}) as any;`;
    fnOut.push(doc(sigs));
    const seenSig = new Set();
    for (const s of sigs) {
      const line = `export function ${js}(${params(s, false)}): ${inplace ? 'Tensor' : s.ret};`;
      if (!seenSig.has(line)) fnOut.push(line);
      seenSig.add(line);
    }
    fnOut.push(`export function ${js}(${argNames.map((a) => `${a}?: unknown`).join(', ')}): any {\n  ${body}\n}\n`);

    // ---- method ----
    const msigs = sigs.filter((s) => s.selfFirst);
    if (msigs.length === 0 || RESERVED_METHODS.has(js)) continue;
    const mArity = Math.max(...msigs.map((s) => s.positional.length - 1 + (s.options.length ? 1 : 0)));
    const mArgs = Array.from({ length: mArity }, (_, i) => `a${i + 1}`);
    const mMask = ['1', ...mArgs.map((a, i) => `$m(${a}, ${1 << (i + 1)})`), '((arguments.length + 1) << 24)'].join(' | ');
    const mPassed = ['this._h', ...mArgs.map((a) => `$h(${a})`)].join(', ');
    const mCall = `op(${idx}), ${mMask}, ${mPassed}`;
    let mBody;
    if (inplace) mBody = `native.call1(${mCall}); return this;`;
    else if (msigs.every((s) => s.single)) mBody = `return $t(native.call1(${mCall}));`;
    else mBody = `return native.call(${mCall});`;
    methodDecls.push('    ' + doc(msigs).split('\n').join('\n    '));
    const seenM = new Set();
    for (const s of msigs) {
      const line = `    ${js}(${params(s, true)}): ${inplace ? 'this' : s.ret};`;
      if (!seenM.has(line)) methodDecls.push(line);
      seenM.add(line);
    }
    methodImpls.push(`proto.${js} = function (this: Tensor${mArgs.map((a) => `, ${a}?: unknown`).join('')}) {\n  ${mBody}\n};`);
  }

  out.push('// GENERATED FILE - DO NOT EDIT. Made by packages/torch/scripts/generate-ops.js from the');
  out.push(`// operator schemas of libtorch ${native.version()}; regenerate with 'npm run generate -w @must/torch'.`);
  out.push(`// ${ids.length} operators, ${excludedOverloads} overloads left out (see the rules in the script).`);
  out.push('/* eslint-disable */');
  out.push("import { native } from './native';");
  out.push("import { Tensor } from './tensor';");
  out.push("import { $h, $m, $t } from './dispatch';");
  out.push("import type { DType } from './dtype';");
  out.push("import type { Scalar, Layout, MemoryFormat } from './types';");
  out.push('');
  out.push(`const NAMES: readonly string[] = ${JSON.stringify(ids)};`);
  out.push('const IDS = new Int32Array(NAMES.length).fill(-1);');
  out.push('/** Resolves operator i on first use, so an operator missing from another libtorch fails only when called. */');
  out.push('function op(i: number): number {');
  out.push('  const id = IDS[i];');
  out.push('  return id >= 0 ? id : (IDS[i] = native.resolve(NAMES[i]));');
  out.push('}');
  out.push('');
  out.push(...fnOut);
  out.push("declare module './tensor' {");
  out.push('  interface Tensor {');
  out.push(...methodDecls);
  out.push('  }');
  out.push('}');
  out.push('');
  out.push('const proto = Tensor.prototype as any;');
  out.push(...methodImpls);
  out.push('');
  out.push('/** Names of the generated operator functions. */');
  out.push(`export const GENERATED_OPS: readonly string[] = NAMES;`);
  return out.join('\n') + '\n';
}

if (require.main === module) {
  const text = generate();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else {
    const file = path.join(root, 'src', 'ops.generated.ts');
    fs.writeFileSync(file, text);
    console.log(`wrote ${file} (${(text.length / 1024).toFixed(0)} KiB)`);
  }
}

module.exports = { generate, parseSchema, camel, RESERVED_METHODS };
