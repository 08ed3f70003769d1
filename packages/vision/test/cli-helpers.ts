// Shared by the CLI tests: run `must ...` in this process and check one-line user errors.
import * as assert from 'node:assert/strict';
import { main } from '../src/cli/main';

/** Runs `must ...` in this process; returns the exit code and what went to stdout and stderr. */
export async function must(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const write = process.stdout.write.bind(process.stdout);
  const error = console.error;
  process.stdout.write = ((s: string | Uint8Array) => { out += s.toString(); return true; }) as typeof process.stdout.write;
  console.error = (...a: unknown[]) => { err += `${a.join(' ')}\n`; };
  try {
    const code = await main(['node', 'must', ...args]);
    return { code, out, err };
  } finally {
    process.stdout.write = write;
    console.error = error;
  }
}

/** A user error: exit code 2 and exactly one line on stderr matching the pattern. */
export function oneLine(r: { code: number; err: string }, pattern: RegExp): void {
  assert.equal(r.code, 2, r.err);
  assert.equal(r.err.trimEnd().split('\n').length, 1, r.err);
  assert.match(r.err.trimEnd(), pattern);
}
