// kill -9 and resume: a run killed after its first checkpoint, then started again with the same
// command, ends with exactly the weights (bit for bit), optimizer and EMA state, and metrics of an
// uninterrupted run (CPU, one thread).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import * as torch from '@must/torch';
import { readMetrics } from '../src/train/metrics-log';
import { runTrain } from '../src/cli/commands/train';

torch.setNumThreads(1);

const MAIN = path.resolve(__dirname, '../src/cli/main.js');
const CHILD = path.resolve(__dirname, 'train-child.js');

// Six steps, checkpoints every 2, evaluation every 3 (between checkpoints: its RNG use must not
// leak into training), EMA, clipping, dropout (draws from the RNG every step), warmup + cosine.
const CONFIG = `
name: resume-test
seed: 3
threads: 1
device: cpu
data:
  size: 32
  numClasses: 3
  objects: [1, 2]
  train: { length: 40, seed: 1, split: train }
  val: { length: 8, seed: 1, split: val }
  augment: { flip: 0.5 }
model: { backbone: resnetrs_t, fpnChannels: 16 }
tasks:
  classification: { dropRate: 0.3 }
  detection: { numConvs: 1, headNorm: none, anchorSize: 2 }
  segmentation: { convDims: 16, normGroups: 4 }
  depth: { enabled: false }
  normals: { convDims: 16, normGroups: 4 }
optim: { name: sgd, lr: 0.05, momentum: 0.9, nesterov: true }
schedule: { name: cosine, warmupSteps: 2 }
train:
  steps: 6
  batchSize: 8
  checkpointEvery: 2
  evalEvery: 3
  evalBatches: 1
  logEvery: 1
  clipGradNorm: 5
  ema: { enabled: true, decay: 0.8, evaluate: both }
`;

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the child, waits for 'paused', kills it with SIGKILL. */
function runAndKill(cfg: string, out: string, pauseAt: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, cfg, out, String(pauseAt)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the child never paused: ${stderr}`)); }, 120_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes(`paused ${pauseAt}`)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the child exited with ${code} before it was killed: ${stderr}`));
    });
  });
}

function sameFile(a: string, b: string, what: string): void {
  assert.ok(fs.readFileSync(a).equals(fs.readFileSync(b)), `${what} differs`);
}

/** The records of a metrics file without the fields that depend on the clock or the process. */
function comparable(file: string): unknown[] {
  return readMetrics(file).filter((r) => r.type !== 'resume').map((r) => {
    const { time, stepsPerSec, pid, ...rest } = r;
    void time; void stepsPerSec; void pid;
    return rest;
  });
}

test('train: kill -9 after a checkpoint, the same command resumes and ends bit for bit equal to an uninterrupted run', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'must-resume-'));
  try {
    const cfg = path.join(root, 'cfg.yaml');
    fs.writeFileSync(cfg, CONFIG);
    const a = path.join(root, 'a'), b = path.join(root, 'b');

    // uninterrupted, in this process (what the command runs)
    const ra = await runTrain({ config: cfg, out: a, progress: false });
    assert.equal(ra.step, 6);
    assert.equal(ra.resumedFrom, null);
    ra.model.dispose();

    // killed in step 5, after the checkpoint of step 4 and the evaluation of step 3
    await runAndKill(cfg, b, 5);
    const info = torch.checkpoint.readCheckpointInfo(path.join(b, 'checkpoints', 'last'));
    assert.equal(info.step, 4);
    assert.ok(!fs.existsSync(path.join(b, 'final.json')));
    assert.ok(readMetrics(path.join(b, 'metrics.jsonl')).some((r) => r.step === 5), 'the killed run logged step 5');

    const rb = cli(['train', '--config', cfg, '--out', b, '--no-progress']);
    assert.equal(rb.status, 0, rb.stderr);
    assert.match(rb.stdout, /resumed at step 4, trained to step 6\/6/);

    sameFile(path.join(a, 'model.safetensors'), path.join(b, 'model.safetensors'), 'model.safetensors (EMA weights)');
    for (const f of ['model', 'optimizer', 'ema', 'rng']) {
      sameFile(path.join(a, 'checkpoints/last', `${f}.safetensors`), path.join(b, 'checkpoints/last', `${f}.safetensors`), `checkpoint ${f}`);
    }
    // same losses, learning rates, gradient norms and evaluations at every step, each once
    assert.deepEqual(comparable(path.join(b, 'metrics.jsonl')), comparable(path.join(a, 'metrics.jsonl')));
    const steps = readMetrics(path.join(b, 'metrics.jsonl')).filter((r) => r.type === 'train').map((r) => r.step);
    assert.deepEqual(steps, [1, 2, 3, 4, 5, 6]);
    assert.equal(readMetrics(path.join(b, 'metrics.jsonl')).filter((r) => r.type === 'resume').length, 1);

    // the same command once more: nothing to do, nothing changed
    const before = fs.readFileSync(path.join(b, 'model.safetensors'));
    const rc = await runTrain({ config: cfg, out: b, progress: false });
    assert.ok(rc.alreadyComplete);
    assert.deepEqual(rc.metrics, ra.metrics);
    rc.model.dispose();
    assert.ok(before.equals(fs.readFileSync(path.join(b, 'model.safetensors'))));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
