// The generated operator wrappers: regeneration is byte-identical, and no generated Tensor method
// collides with (or silently replaces) a hand-written Tensor member.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import * as torch from '../src';
import { PACKAGE_ROOT } from './engine-util';

torch.setNumThreads(1);

const SRC = path.join(PACKAGE_ROOT, 'src');
const GENERATED = path.join(SRC, 'ops.generated.ts');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(PACKAGE_ROOT, 'scripts', 'generate-ops.js')) as { RESERVED_METHODS: Set<string> };

test('node scripts/generate-ops.js --stdout reproduces src/ops.generated.ts byte for byte', () => {
  const out = execFileSync(process.execPath, ['scripts/generate-ops.js', '--stdout'], {
    cwd: PACKAGE_ROOT, maxBuffer: 256 * 2 ** 20,
  });
  const onDisk = fs.readFileSync(GENERATED);
  assert.ok(out.length > 100_000, `generator printed only ${out.length} bytes`);
  if (!out.equals(onDisk)) {
    const a = out.toString('utf8').split('\n');
    const b = onDisk.toString('utf8').split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    assert.fail(`src/ops.generated.ts is stale (first difference at line ${line + 1}):\n` +
      `  generated: ${a[line]}\n  on disk:   ${b[line]}\nregenerate with 'npm run generate -w @must/torch'`);
  }
});

/** Tensor members written by hand: class members in tensor.ts and prototype assignments elsewhere. */
function handWrittenMembers(): Map<string, string> {
  const found = new Map<string, string>();
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && p !== GENERATED) files.push(p);
    }
  };
  walk(SRC);
  for (const file of files) {
    const rel = path.relative(PACKAGE_ROOT, file);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      // class Tensor { member... }
      if (ts.isClassDeclaration(node) && node.name?.text === 'Tensor') {
        for (const m of node.members) {
          if (ts.isConstructorDeclaration(m)) continue;
          if (m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isPrivateIdentifier(m.name))) {
            found.set(m.name.text, rel);
          }
        }
      }
      // Tensor.prototype.name = ... (any file but the generated one)
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken
        && ts.isPropertyAccessExpression(node.left) && ts.isPropertyAccessExpression(node.left.expression)
        && node.left.expression.name.text === 'prototype' && node.left.expression.expression.getText(sf) === 'Tensor') {
        found.set(node.left.name.text, rel);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Methods the generated file installs: `proto.name = function ...`. */
function generatedMethods(): Set<string> {
  const text = fs.readFileSync(GENERATED, 'utf8');
  return new Set([...text.matchAll(/^proto\.([A-Za-z_$][\w$]*) = function/gm)].map((m) => m[1]));
}

function collisions(hand: Iterable<string>, generated: Set<string>): string[] {
  return [...hand].filter((n) => generated.has(n)).sort();
}

test('no generated Tensor method collides with a hand-written member; RESERVED_METHODS covers them all', () => {
  const hand = handWrittenMembers();
  const generated = generatedMethods();
  const reserved = generator.RESERVED_METHODS;
  // the scan found what it should (the check is meaningful only if both sides are populated)
  for (const n of ['shape', 'dtype', 'dispose', 'backward', 'toArray', 'to', '_h', 'index', 'indexPut_']) {
    assert.ok(hand.has(n), `hand-written member ${n} not found by the scan`);
  }
  assert.ok(generated.size > 500, `only ${generated.size} generated methods`);
  for (const n of ['add', 'add_', 'matmul', 'relu', 'sum']) assert.ok(generated.has(n), n);

  assert.deepEqual(collisions(hand.keys(), generated), [], 'generated methods that would replace hand-written ones');
  const unreserved = [...hand.keys()].filter((n) => !reserved.has(n)).map((n) => `${n} (${hand.get(n)})`);
  assert.deepEqual(unreserved, [], 'hand-written Tensor members missing from RESERVED_METHODS in scripts/generate-ops.js');
  assert.deepEqual(collisions(reserved, generated), [], 'reserved names the generator still emitted');
  // the collision check fires on a collision
  assert.deepEqual(collisions(['shape', 'clone', 'relu'], generated), ['clone', 'relu']);
});

test('at runtime every Tensor.prototype member is accounted for, and hand-written ones are intact', () => {
  const hand = handWrittenMembers();
  const generated = generatedMethods();
  const proto = torch.Tensor.prototype as unknown as Record<string, unknown>;
  const names = Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor');
  const unknown = names.filter((n) => !hand.has(n) && !generated.has(n));
  assert.deepEqual(unknown, [], 'prototype members neither hand-written nor generated');
  for (const n of generated) assert.ok(names.includes(n), `generated method ${n} is not installed`);
  // hand-written methods and accessors were not overwritten by generated code (whose bodies call
  // native.call / native.call1 with an operator index)
  for (const n of names.filter((x) => hand.has(x))) {
    const d = Object.getOwnPropertyDescriptor(proto, n)!;
    const body = String(d.value ?? d.get ?? '');
    assert.doesNotMatch(body, /native\.call1?\(op\(\d+\)/, `Tensor.prototype.${n} is a generated wrapper`);
  }
  // the hand-written members behave as such
  const t = torch.tensor([[1, 2]]);
  assert.deepEqual(t.shape, [1, 2]);
  assert.equal(typeof t.size, 'function');
  assert.deepEqual(t.size(), [1, 2]);
  assert.equal(t.size(-1), 2);
  assert.equal(t.isLeaf, true);
  assert.equal(typeof t.data, 'function');
  assert.ok(t.data() instanceof Promise);
  // the generated free functions for the reserved names still exist
  assert.equal(typeof torch.size, 'function');
  assert.equal(torch.size(t, 1), 2);
  assert.equal(torch.isLeaf(t), true);
  t.dispose();
});

test('GENERATED_OPS lists the generated operators, each exported as a camelCase function', () => {
  const names = torch.GENERATED_OPS;
  assert.equal(new Set(names).size, names.length);
  assert.deepEqual([...names], [...names].sort());
  const camel = (s: string) => {
    const trailing = s.endsWith('_') ? '_' : '';
    return (trailing ? s.slice(0, -1) : s).replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase()) + trailing;
  };
  const api = torch as unknown as Record<string, unknown>;
  const missing = names.filter((n) => typeof api[camel(n)] !== 'function');
  assert.deepEqual(missing, []);
  assert.ok(!names.some((n) => n.startsWith('_') || /_backward$/.test(n)), 'internal operators are left out');
  const header = fs.readFileSync(GENERATED, 'utf8').split('\n').slice(0, 3).join('\n');
  assert.match(header, new RegExp(`libtorch ${torch.version().replace(/\./g, '\\.')}`));
  assert.match(header, new RegExp(`// ${names.length} operators`));
});
