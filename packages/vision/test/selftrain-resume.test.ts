// Crash/resume: the labeling runs in a child process that is SIGKILLed after some shards, twice;
// rerunning the same command finishes the store, which must equal an uninterrupted run byte for
// byte, with every image labeled exactly once.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { selftrain } from '../src';
import { allTeachers, scenes } from './selftrain-helpers';

torch.setNumThreads(1);
const S = selftrain;
const CHILD = path.join(__dirname, 'selftrain-helpers.js');
const N = 22;
const SHARD = 3; // 8 shards, the last one short

/** Runs the child; kills it (SIGKILL) once it has reported `killAfter` more shards. Returns the shards it reported. */
function runChild(out: string, killAfter: number | null, delayMs: number): Promise<{ shards: number[]; killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, out, String(N), String(SHARD), String(delayMs)], {
      env: { ...process.env, MUST_SELFTRAIN_CHILD: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const shards: number[] = [];
    let killed = false;
    let buf = '';
    let err = '';
    child.stderr.on('data', (d) => { err += String(d); });
    child.stdout.on('data', (d) => {
      buf += String(d);
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const m = /^shard (\d+)$/.exec(line);
        if (m) shards.push(Number(m[1]));
        if (killAfter !== null && shards.length >= killAfter && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!killed && code !== 0) reject(new Error(`child failed (${code ?? signal}): ${err}`));
      else resolve({ shards, killed, code });
    });
  });
}

test('crash/resume: SIGKILLed runs resume to the same store, no image lost or labeled twice', async () => {
  const ref = fs.mkdtempSync(path.join(os.tmpdir(), 'must-selftrain-crash-ref-'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'must-selftrain-crash-'));
  await S.pseudoLabel({ teachers: allTeachers(), dataset: scenes(N), out: ref, shardSize: SHARD, batchSize: 3, thresholds: { temperature: 0.5 } });

  const first = await runChild(out, 2, 60);
  assert.ok(first.killed);
  const afterFirst = S.PseudoLabelStore.open(out);
  const kept = [...afterFirst.shards.keys()];
  afterFirst.close();
  assert.ok(kept.length >= 2 && kept.length < 8, `shards after the first kill: ${kept.join(', ')}`);
  const second = await runChild(out, 2, 60);
  assert.ok(second.killed);
  // resumed runs never relabel a completed shard
  for (const k of second.shards) assert.ok(!kept.includes(k), `shard ${k} labeled twice`);
  const third = await runChild(out, null, 0);
  assert.equal(third.code, 0);
  const all = [...first.shards, ...second.shards, ...third.shards];
  assert.equal(new Set(all).size, all.length, `a shard was reported twice: ${all.join(', ')}`);

  // the same files as the uninterrupted run (no temporary files left)
  const names = fs.readdirSync(out).sort();
  assert.deepEqual(names, fs.readdirSync(ref).sort());
  for (const f of names) assert.ok(fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(ref, f))), `${f} differs`);

  // every image exactly once: index ranges tile [0, N), each shard holds exactly its images
  const index = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')) as selftrain.StoreIndex;
  let next = 0;
  const seen = new Map<number, number>();
  for (const e of index.shards) {
    assert.equal(e.start, next);
    next = e.end;
    const header = torch.io.readSafetensorsHeader(path.join(out, e.file));
    for (const name of Object.keys(header.tensors)) {
      const i = Number(name.split('.')[0]);
      assert.ok(i >= e.start && i < e.end, `${name} in shard ${e.shard}`);
      if (name.endsWith('.size')) seen.set(i, (seen.get(i) ?? 0) + 1);
    }
  }
  assert.equal(next, N);
  for (let i = 0; i < N; i++) assert.equal(seen.get(i), 1, `image ${i}`);
});
