// `must train`: help, user errors as one line (exit code 2), a tiny run with overrides and its run
// folder, a changed config refused on resume, --restart, a teacher stage.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import YAML from 'yaml';
import * as torch from '@must/torch';
import { readMetrics } from '../src/train/metrics-log';
import { loadTeachers } from '../src/selftrain/teachers-dir';
import { must, oneLine } from './cli-helpers';

torch.setNumThreads(1);

const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../..' : '../../..');
const TINY = path.join(ROOT, 'configs', 'tiny.yaml');

test('must train --help', async () => {
  const r = await must('train', '--help');
  assert.equal(r.code, 0);
  assert.match(r.out, /Usage: must train \[options\] \[overrides\.\.\.\]/);
  for (const s of ['--config <file>', '--out <dir>', '--stage <stage>', '--restart', '--no-progress', 'key.path=value', 'teacher:detection']) {
    assert.ok(r.out.includes(s), s);
  }
});

test('must train: user errors are one line with exit code 2', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'must-train-cli-'));
  try {
    oneLine(await must('train', '--config', path.join(dir, 'missing.yaml')), /^must: config: no such file '.*missing\.yaml'$/);
    oneLine(await must('train', '--config', TINY, 'train.setps=3'), /^must: config: unknown key 'train.setps' \(did you mean 'train.steps'\?\) on the command line$/);
    oneLine(await must('train', '--config', TINY, 'train.steps=-1'), /^must: config: 'train.steps' \(set on the command line\): Too small/);
    oneLine(await must('train', '--config', TINY, 'steps'), /expected key.path=value after the options, got 'steps'/);
    oneLine(await must('train', '--config', TINY, '--stage', 'teacher'), /--stage teacher needs a task: teacher:classification/);
    oneLine(await must('train', '--config', TINY, '--stage', 'pupil'), /--stage must be one of supervised, teacher:<task>, student/);
    const file = path.join(dir, 'file');
    fs.writeFileSync(file, 'x');
    oneLine(await must('train', '--config', TINY, '--out', path.join(file, 'run'), '--no-progress'), /^must: cannot create the run folder .*: a file is in the way$/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'x');
    oneLine(await must('train', '--config', TINY, '--out', path.join(dir, 'r'), 'train.steps=2', 'schedule.warmupSteps=2'),
      /^must: config: schedule.warmupSteps \(2\) must be less than the number of training steps \(2\)$/);
    assert.ok(!fs.existsSync(path.join(dir, 'r')), 'nothing written');
    oneLine(await must('train', '--config', TINY, '--out', path.join(dir, 'r'), 'data.train.annotations=/nonexistent.json'),
      /^must: config: data.train.annotations: no such file '\/nonexistent.json'$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('must train: a tiny run with overrides; resolved config saved; a changed config is refused on resume; --restart; a teacher', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'must-train-cli-'));
  try {
    const run = path.join(dir, 'run');
    const args = ['train', '--config', TINY, '--out', run, '--no-progress', 'train.steps=3', 'train.checkpointEvery=2', 'optim.lr=0.02'];
    const r = await must(...args);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /trained to step 3\/3/);
    assert.match(r.out, /segmentation\/mIoU/);
    for (const f of ['config.yaml', 'metrics.jsonl', 'final.json', 'model.safetensors', 'checkpoints/last/checkpoint.json']) {
      assert.ok(fs.existsSync(path.join(run, f)), f);
    }
    const saved = YAML.parse(fs.readFileSync(path.join(run, 'config.yaml'), 'utf8'));
    assert.equal(saved.train.steps, 3);
    assert.equal(saved.optim.lr, 0.02);
    assert.equal(saved.name, 'tiny');
    assert.equal(saved.model.backbone, 'resnetrs_t', 'from demo.yaml through extends');
    const start = readMetrics(path.join(run, 'metrics.jsonl'))[0];
    assert.equal(start.stage, 'supervised');
    assert.deepEqual(start.overrides, args.slice(6));

    // the same command: complete already; a changed key that matters: refused; one that does not: fine
    assert.match((await must(...args)).out, /already complete/);
    oneLine(await must(...args, 'optim.lr=0.03'), /^must: the run folder .* holds a run with another config \('optim.lr' was 0.02, now 0.03\); use another --out, or --restart/);
    assert.equal(YAML.parse(fs.readFileSync(path.join(run, 'config.yaml'), 'utf8')).optim.lr, 0.02, 'config.yaml untouched');
    assert.equal((await must(...args, 'train.logEvery=1')).code, 0);
    const again = await must(...args, 'optim.lr=0.03', '--restart');
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /trained to step 3\/3/);
    assert.doesNotMatch(again.out, /resumed/);

    // a single-task teacher: only its head and its metrics
    const tdir = path.join(dir, 'teachers', 'depth');
    const teacher = await must('train', '--config', TINY, '--out', tdir, '--stage', 'teacher:depth', '--no-progress', 'teachers.train.steps=3');
    assert.equal(teacher.code, 0, teacher.err);
    // the settings of later stages cannot change a teacher: its finished run is reused; its own can
    const later = await must('train', '--config', TINY, '--out', tdir, '--stage', 'teacher:depth', '--no-progress', 'teachers.train.steps=3',
      'pseudo.detection.scoreThreshold=0.3', 'student.train.steps=7', 'baseline.optim.lr=0.5');
    assert.match(later.out, /already complete/, later.err);
    oneLine(await must('train', '--config', TINY, '--out', tdir, '--stage', 'teacher:depth', '--no-progress', 'teachers.train.steps=4'),
      /holds a run with another config \('train.steps' was 3, now 4(, and 1 more)?\)/);
    const fin = JSON.parse(fs.readFileSync(path.join(tdir, 'final.json'), 'utf8'));
    assert.equal(fin.step, 3);
    assert.deepEqual(Object.keys(fin.metrics).filter((k) => !k.startsWith('ema/')).map((k) => k.split('/')[0]).filter((v, i, a) => a.indexOf(v) === i), ['depth']);
    const weights = torch.io.loadSafetensors(path.join(tdir, 'model.safetensors'));
    const names = Object.keys(weights).filter((k) => k.startsWith('heads.'));
    assert.ok(names.length > 0 && names.every((k) => k.startsWith('heads.depth.')), names.join(', '));
    // the run folder is a teacher folder as it is (model.json), holding the exported (EMA) weights
    const teachers = loadTeachers(path.join(dir, 'teachers'));
    assert.deepEqual(Object.keys(teachers), ['depth']);
    const tm = (teachers.depth as unknown as { model: torch.nn.Module }).model;
    torch.tidy(() => {
      for (const [k, t] of tm.stateDict()) assert.ok(torch.equal(t, weights[k]), k);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
