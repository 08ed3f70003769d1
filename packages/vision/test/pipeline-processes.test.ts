// MuST trainings in child processes (process-pool.ts): the same weights as in this process, the
// first failure reported as one line naming the job, and runMust with processes > 1 giving the
// results of processes 1.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import * as torch from '@must/torch';
import { loadConfig } from '../src/config/load';
import { runMust } from '../src/pipeline/must';
import { jobDir, jobName, runJob, type TrainJob } from '../src/pipeline/jobs';
import { JobError, runJobsInProcesses } from '../src/pipeline/process-pool';
import { stagesWallClock } from '../src/report';
import { SMALL, TINY } from './pipeline-helpers';

torch.setNumThreads(1);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'must-processes-'));
const weights = (out: string, j: TrainJob) => fs.readFileSync(path.join(jobDir(out, j), 'model.safetensors'));

test('jobs in child processes train the same weights as in this process', async () => {
  const { config } = loadConfig(TINY, SMALL);
  const jobs: TrainJob[] = [{ kind: 'baseline' }, { kind: 'teacher', task: 'detection' }, { kind: 'teacher', task: 'depth' }];
  const started: string[] = [];
  const done: string[] = [];
  await runJobsInProcesses(jobs, {
    config, out: path.join(tmp, 'pool'), processes: 2,
    onStart: (j) => started.push(jobName(j)),
    onDone: (j, message, seconds) => {
      done.push(jobName(j));
      assert.match(message, new RegExp(`^${jobName(j)}: trained to step 3 in`));
      assert.ok(seconds > 0);
    },
  });
  assert.deepEqual(started, ['baseline', 'teacher:detection', 'teacher:depth']);
  assert.deepEqual([...done].sort(), ['baseline', 'teacher:depth', 'teacher:detection']);
  for (const j of jobs) {
    await runJob(config, path.join(tmp, 'inline'), j, false);
    assert.ok(weights(path.join(tmp, 'pool'), j).equals(weights(path.join(tmp, 'inline'), j)), `${jobName(j)}: same weights`);
  }
});

test('the first failing job stops the pool with one line naming it', async () => {
  const { config } = loadConfig(TINY, SMALL);
  const out = path.join(tmp, 'fail');
  // the detection teacher's folder holds a finished run of another config: refused (a user error)
  const other = loadConfig(TINY, [...SMALL, 'teachers.train.steps=2']).config;
  await runJobsInProcesses([{ kind: 'teacher', task: 'detection' }], { config: other, out, processes: 1 });
  const jobs: TrainJob[] = [{ kind: 'teacher', task: 'detection' }, { kind: 'teacher', task: 'normals' }];
  const err = await runJobsInProcesses(jobs, { config, out, processes: 1 }).then(() => null, (e: unknown) => e);
  assert.ok(err instanceof JobError, String(err));
  assert.equal(err.job, 'teacher:detection');
  assert.equal(err.user, true);
  assert.match(err.message, /^teacher:detection: the run folder .* holds a run with another config \('train\.steps' was 2, now 3/);
  assert.ok(!err.message.includes('\n'), err.message);
  // the job queued after the failure never started
  assert.ok(!fs.existsSync(path.join(out, 'teachers', 'normals')));
  assert.throws(() => runJobsInProcesses(jobs, { config, out, processes: 0 }), /processes must be an integer >= 1/);
});

test('a killed parent stops its job processes (no orphan writes into the run folder)', async () => {
  const script = path.join(tmp, 'parent.js');
  const dist = path.resolve(__dirname, '../src');
  fs.writeFileSync(script, `
    const { loadConfig } = require(${JSON.stringify(path.join(dist, 'config/load'))});
    const { runJobsInProcesses } = require(${JSON.stringify(path.join(dist, 'pipeline/process-pool'))});
    const { config } = loadConfig(${JSON.stringify(TINY)}, ${JSON.stringify([...SMALL, 'teachers.train.steps=100000'])});
    runJobsInProcesses([{ kind: 'teacher', task: 'classification' }], {
      config, out: ${JSON.stringify(path.join(tmp, 'orphan'))}, processes: 1, onStart: (j, pid) => console.log('pid ' + pid),
    });
  `);
  const parent = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const pid = await new Promise<number>((resolve, reject) => {
    parent.stdout!.on('data', (b: Buffer) => { const m = /pid (\d+)/.exec(b.toString()); if (m) resolve(Number(m[1])); });
    parent.on('exit', () => reject(new Error('the parent ended before starting its job')));
  });
  // a process that ended but was not reaped yet (a zombie: its parent is gone) counts as stopped
  const alive = (p: number) => {
    try { process.kill(p, 0); } catch { return false; }
    try { return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${p}/stat`, 'utf8')); } catch { return true; }
  };
  // let the job reach its training loop, then kill the parent hard
  const metrics = path.join(tmp, 'orphan', 'teachers', 'classification', 'metrics.jsonl');
  for (let i = 0; i < 600 && !fs.existsSync(metrics); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(alive(pid), 'the job is running');
  parent.kill('SIGKILL');
  let t = 0;
  while (alive(pid) && t < 30_000) { await new Promise((r) => setTimeout(r, 100)); t += 100; }
  assert.ok(!alive(pid), `the job process stopped after its parent was killed (waited ${t} ms)`);
});

test('runMust with processes 2: the results of processes 1', async () => {
  const run = async (processes: number) => {
    const { config } = loadConfig(TINY, [...SMALL, `processes=${processes}`]);
    const events: string[] = [];
    const out = path.join(tmp, `must-${processes}`);
    const r = await runMust({ config, out, progress: false, examples: 0, onStage: (e) => events.push(`${e.stage}:${e.status}`) });
    return { r, events, out };
  };
  const seq = await run(1);
  const par = await run(2);
  assert.deepEqual(par.r.results.models, seq.r.results.models);
  assert.deepEqual(par.r.results.transfer, seq.r.results.transfer);
  // teachers and baseline started together, before the pseudo labels
  assert.deepEqual(par.events.slice(0, 2), ['teachers:start', 'baseline:start']);
  assert.ok(par.events.indexOf('baseline:done') < par.events.indexOf('pseudo:start'));
  for (const t of ['classification', 'detection', 'segmentation', 'depth', 'normals'] as const) {
    const j: TrainJob = { kind: 'teacher', task: t };
    assert.ok(weights(par.out, j).equals(weights(seq.out, j)), t);
  }
  // the stages' wall clock counts the overlap once
  const sum = Object.values(par.r.results.timings).reduce((a, b) => a + b, 0);
  const wall = stagesWallClock(par.out)!;
  assert.ok(wall < sum - Math.min(par.r.results.timings.teachers, par.r.results.timings.baseline) * 0.5, `wall ${wall} vs sum ${sum}`);
  assert.ok(Math.abs(stagesWallClock(seq.out)! - Object.values(seq.r.results.timings).reduce((a, b) => a + b, 0)) < 1);
  // a rerun skips everything; a lost baseline marker runs only the baseline (found finished)
  fs.rmSync(path.join(par.out, 'stages', 'baseline.json'));
  const again = await run(2);
  assert.deepEqual(again.events.filter((e) => e.endsWith(':start')), ['baseline:start']);
  assert.deepEqual(again.r.results.models, seq.r.results.models);
});
