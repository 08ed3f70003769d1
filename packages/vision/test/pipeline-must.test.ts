// The MuST pipeline end to end at CI size (runMust: teachers, pseudo labels, student, baseline,
// evaluation, transfer; results.json's exact shape, report.html, stages skipped on rerun) and the
// one-line user errors of `must demo`, `must eval` and `must predict`.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { loadConfig } from '../src/config/load';
import { runMust, runTransfer, MUST_STAGES } from '../src/pipeline/must';
import { ConcatDataset, studentImages, teacherDataset } from '../src/pipeline/datasets';
import { labeledTasks } from '../src/data/sample';
import { must, oneLine } from './cli-helpers';
import { SMALL, TINY } from './pipeline-helpers';

torch.setNumThreads(1);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'must-pipeline-'));

const EXPECTED: Record<string, Record<string, string[]>> = {
  'teacher:classification': { classification: ['top1'] },
  'teacher:detection': { detection: ['AP', 'AP50'] },
  'teacher:segmentation': { segmentation: ['mIoU'] },
  'teacher:depth': { depth: ['absRel', 'delta1'] },
  'teacher:normals': { normals: ['meanAngle', 'within11_25'] },
};
const ALL = { classification: ['top1'], detection: ['AP', 'AP50'], segmentation: ['mIoU'], depth: ['absRel', 'delta1'], normals: ['meanAngle', 'within11_25'] };
EXPECTED.student = ALL;
EXPECTED.baseline = ALL;

test('teachers get disjoint splits labeled for their task only', () => {
  const { config } = loadConfig(TINY, SMALL);
  const a = teacherDataset(config, 'classification'), b = teacherDataset(config, 'detection');
  const ra = a.getRaw(0) as { image: Float32Array }, rb = b.getRaw(0) as { image: Float32Array };
  assert.notDeepEqual(Array.from(ra.image.subarray(0, 64)), Array.from(rb.image.subarray(0, 64)));
  const s = a.get(0) as Parameters<typeof labeledTasks>[0];
  assert.deepEqual(labeledTasks(s), ['classification']);
  const c = new ConcatDataset({ datasets: [a, b] });
  assert.equal(c.length, a.length + b.length);
  assert.deepEqual(c.locate(a.length), [1, 0]);
  const c2 = new ConcatDataset(c.spec().options as never);
  assert.equal(c2.length, c.length);
  // the student's images: the unlabeled split without labels, then the teachers' splits with theirs
  const st = studentImages(config);
  assert.equal(st.length, config.data.unlabeled.length + 5 * config.data.train.length);
  assert.deepEqual(labeledTasks(st.get(0) as Parameters<typeof labeledTasks>[0]), []);
  assert.deepEqual(labeledTasks(st.get(config.data.unlabeled.length) as Parameters<typeof labeledTasks>[0]), ['classification']);
  const st2 = new ConcatDataset(st.spec().options as never);
  assert.deepEqual(labeledTasks(st2.get(0) as Parameters<typeof labeledTasks>[0]), []);
});

test('runMust end to end at CI size: results.json shape, report, rerun skips', async () => {
  const { config } = loadConfig(TINY, SMALL);
  const out = path.join(tmp, 'run');
  const events: string[] = [];
  const r = await runMust({ config, out, progress: false, examples: 2, onStage: (e) => events.push(`${e.stage}:${e.status}`) });
  for (const s of MUST_STAGES) assert.ok(events.includes(`${s}:done`), `${s} done`);
  const res = JSON.parse(fs.readFileSync(path.join(out, 'results.json'), 'utf8'));
  assert.deepEqual(Object.keys(res).sort(), ['models', 'timings', 'transfer']);
  assert.deepEqual(Object.keys(res.models).sort(), Object.keys(EXPECTED).sort());
  for (const [m, tasks] of Object.entries(EXPECTED)) {
    assert.deepEqual(Object.keys(res.models[m]).sort(), Object.keys(tasks).sort(), m);
    for (const [t, metrics] of Object.entries(tasks)) {
      assert.deepEqual(Object.keys(res.models[m][t]).sort(), [...metrics].sort(), `${m} ${t}`);
      for (const k of metrics) assert.ok(Number.isFinite(res.models[m][t][k]), `${m} ${t} ${k} = ${res.models[m][t][k]}`);
    }
  }
  assert.deepEqual(Object.keys(res.timings), [...MUST_STAGES]);
  for (const v of Object.values(res.timings)) assert.ok(Number.isFinite(v as number) && (v as number) >= 0);
  const fm = res.transfer['fashion-mnist'];
  assert.ok(fm, 'transfer has fashion-mnist');
  if (!fm.skipped) {
    for (const k of ['student', 'scratch', 'teacher:classification']) assert.ok(Number.isFinite(fm[k].top1), k);
  }
  assert.ok(fs.existsSync(path.join(out, 'report.html')));
  assert.equal(r.report, path.join(out, 'report.html'));
  assert.ok(fs.readdirSync(path.join(out, 'pseudo', 'examples')).filter((f) => f.endsWith('.png')).length === 2);
  for (const t of ['classification', 'detection', 'segmentation', 'depth', 'normals']) {
    assert.ok(fs.existsSync(path.join(out, 'teachers', t, 'model.safetensors')), t);
  }

  // rerun: every stage is skipped, the results are the same
  const events2: string[] = [];
  const r2 = await runMust({ config, out, progress: false, onStage: (e) => events2.push(`${e.stage}:${e.status}`) });
  assert.deepEqual(r2.skipped, [...MUST_STAGES]);
  assert.ok(!events2.some((e) => e.endsWith(':start')));
  assert.deepEqual(r2.results, res);

  // a lost marker: that stage runs again (its training is complete and only re-read)
  fs.rmSync(path.join(out, 'stages', 'baseline.json'));
  const r3 = await runMust({ config, out, progress: false });
  assert.deepEqual(r3.skipped, MUST_STAGES.filter((s) => s !== 'baseline'));

  // another config in the same folder is refused
  const other = loadConfig(TINY, [...SMALL, 'student.train.steps=4']).config;
  await assert.rejects(runMust({ config: other, out }), /another config \('student\.train\.steps' differs\)/);

  // must eval re-evaluates the run; must predict draws the student's predictions
  const ev = await must('eval', '--run', out, '--out', path.join(tmp, 'eval.json'));
  assert.equal(ev.code, 0, ev.err);
  assert.match(ev.out, /teacher\s+student\s+baseline/);
  const evj = JSON.parse(fs.readFileSync(path.join(tmp, 'eval.json'), 'utf8'));
  assert.deepEqual(Object.keys(evj.models).sort(), Object.keys(EXPECTED).sort());
  const img = path.join(out, 'pseudo', 'examples', '0000.png');
  const pr = await must('predict', '--run', out, img, '--out', path.join(tmp, 'pred'));
  assert.equal(pr.code, 0, pr.err);
  const pj = JSON.parse(fs.readFileSync(path.join(tmp, 'pred', '0000.json'), 'utf8'));
  for (const t of ['classification', 'detection', 'segmentation', 'depth', 'normals']) assert.ok(t in pj, t);
  assert.ok(fs.existsSync(path.join(tmp, 'pred', '0000.png')));

  // eval with a teacher checkpoint missing: one line
  fs.rmSync(path.join(out, 'teachers', 'detection', 'model.safetensors'));
  oneLine(await must('eval', '--run', out), /no trained model in .*teachers[/\\]detection \(model\.safetensors is missing\)/);
});

test('transfer without Fashion-MNIST is skipped with a note', async () => {
  const { config } = loadConfig(TINY, SMALL);
  const r = await runTransfer(path.join(tmp, 'no-fm'), config, { root: path.join(tmp, 'no-such-fashion-mnist') }) as Record<string, { skipped?: string }>;
  assert.match(r['fashion-mnist'].skipped ?? '', /dataset-fashion-mnist/);
});

test('must demo / eval / predict: bad input is one line', async () => {
  oneLine(await must('demo', '--config', TINY, '--out', path.join(tmp, 'typo'), 'train.setps=3'), /unknown key 'train\.setps' \(did you mean 'train\.steps'\?\)/);
  oneLine(await must('demo', '--config', path.join(tmp, 'nope.yaml')), /no such file/);
  const file = path.join(tmp, 'a-file');
  fs.writeFileSync(file, 'x');
  oneLine(await must('demo', '--config', TINY, '--out', path.join(file, 'sub'), ...SMALL), /cannot write to the output folder .*a-file[/\\]sub/);
  oneLine(await must('eval', '--run', path.join(tmp, 'missing')), /--run .*: no such folder/);
  oneLine(await must('eval', '--run', tmp), /not a MuST run folder \(config\.yaml is missing\)/);
  oneLine(await must('predict', '--out', path.join(tmp, 'p'), file), /--run DIR .* or --model DIR .* is required/);
  oneLine(await must('predict', '--run', tmp, '--out', path.join(tmp, 'p'), file), /no trained model in/);
});
