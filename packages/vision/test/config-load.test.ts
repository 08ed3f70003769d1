// Run configs: the YAML recipes in configs/, validation (typo suggestions, wrong types),
// key.path=value overrides, stages, and the resolved config saved in the run folder.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import YAML from 'yaml';
import {
  ConfigError, DEFAULT_CONFIG, configKeys, configSchema, loadConfig, parseOverride, readResolvedConfig, saveResolvedConfig,
  stageConfig, diffConfig,
} from '../src/config';

const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../..' : '../../..');
const CONFIGS = path.join(ROOT, 'configs');

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'must-config-'));
}

function configError(fn: () => unknown, message: string | RegExp): void {
  assert.throws(fn, (e: Error) => {
    assert.ok(e instanceof ConfigError, `a ConfigError, got ${e.name}: ${e.message}`);
    assert.ok(!e.message.includes('\n'), `one line: ${e.message}`);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}

test('config: every recipe in configs/ is valid; tiny extends demo; default pseudo thresholds as ALGORITHMS.md', () => {
  const files = fs.readdirSync(CONFIGS).filter((f) => f.endsWith('.yaml'));
  assert.ok(files.includes('demo.yaml') && files.includes('tiny.yaml'));
  for (const f of files) loadConfig(path.join(CONFIGS, f));
  const demo = loadConfig(path.join(CONFIGS, 'demo.yaml')).config;
  const tiny = loadConfig(path.join(CONFIGS, 'tiny.yaml')).config;
  assert.equal(demo.name, 'demo');
  assert.equal(tiny.name, 'tiny');
  assert.equal(tiny.optim.lr, demo.optim.lr, 'inherited from demo.yaml');
  assert.equal(tiny.data.size, 32);
  assert.ok(tiny.train.steps! <= 20, 'tiny is CI-sized');
  // ALGORITHMS.md section 1: boxes >= 0.5, pixels >= 0.5, soft class probabilities (DEFAULT_CONFIG);
  // the demo's short-trained teachers use lower thresholds (configs/demo.yaml says why)
  assert.equal(DEFAULT_CONFIG.pseudo.detection.scoreThreshold, 0.5);
  assert.equal(DEFAULT_CONFIG.pseudo.segmentation.confidence, 0.5);
  assert.equal(DEFAULT_CONFIG.pseudo.classification.temperature, 1);
  assert.deepEqual([demo.pseudo.detection.scoreThreshold, demo.pseudo.segmentation.confidence, demo.pseudo.classification.temperature], [0.3, 0, 0.5]);
  assert.deepEqual(demo.pseudo.segmentation.classConfidence, { 0: 0.9 });
  for (const c of [demo, tiny]) {
    assert.equal(c.pseudo.classification.soft, true);
    assert.equal(typeof c.pseudo.classification.temperature, 'number');
    for (const t of ['classification', 'detection', 'segmentation', 'depth', 'normals'] as const) assert.equal(typeof c.tasks[t].weight, 'number');
  }
  // every section the issue lists is there
  for (const k of ['data', 'model', 'tasks', 'optim', 'schedule', 'train', 'teachers', 'pseudo', 'student', 'baseline', 'transfer']) {
    assert.ok(k in demo, k);
  }
  // the defaults alone are complete except for the run length
  assert.equal(loadConfig(null, ['train.steps=5']).config.train.steps, 5);
});

test('config: a typo names the key and the closest valid one, in one line', () => {
  const dir = tmp();
  try {
    const f = path.join(dir, 'x.yaml');
    fs.writeFileSync(f, 'train:\n  setps: 10\n');
    configError(() => loadConfig(f), `config: unknown key 'train.setps' (did you mean 'train.steps'?) in ${f}`);
    fs.writeFileSync(f, 'trian:\n  steps: 10\n');
    configError(() => loadConfig(f), /^config: unknown key 'trian' \(did you mean 'train'\?\)/);
    fs.writeFileSync(f, 'train:\n  ema: { decai: 0.9 }\n');
    configError(() => loadConfig(f), /unknown key 'train.ema.decai' \(did you mean 'train.ema.decay'\?\)/);
    fs.writeFileSync(f, 'steps: 10\n');
    configError(() => loadConfig(f), /unknown key 'steps' \(did you mean 'train.steps'\?\)/);
    fs.writeFileSync(f, 'train:\n  zzzzzzzzzz: 1\n');
    configError(() => loadConfig(f), /unknown key 'train.zzzzzzzzzz' \(valid here: steps, epochs, batchSize/);
    // on the command line
    configError(() => loadConfig(null, ['train.setps=10']), "config: unknown key 'train.setps' (did you mean 'train.steps'?) on the command line");
    configError(() => loadConfig(null, ['optim.lr=0.1', 'schedule.warmupStesp=3']), /unknown key 'schedule.warmupStesp' \(did you mean 'schedule.warmupSteps'\?\) on the command line/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('config: wrong types and values name the key and the value', () => {
  configError(() => loadConfig(null, ['train.steps=abc']), /^config: 'train.steps' \(set on the command line\): Invalid input: expected number, received string \(got "abc"\)$/);
  configError(() => loadConfig(null, ['train.steps=2.5']), /'train.steps'.*expected int.*\(got 2.5\)/);
  configError(() => loadConfig(null, ['train.steps=10', 'train.batchSize=0']), /'train.batchSize' \(set on the command line\): Too small/);
  configError(() => loadConfig(null, ['train.steps=10', 'optim.name=adam']), /'optim.name'.*"sgd".*"adamw".*\(got "adam"\)/);
  configError(() => loadConfig(null, ['train.steps=10', 'data.objects=[1]']), /'data.objects'/);
  configError(() => loadConfig(null, ['train.steps=10', 'device=gpu']), /'device'.*'auto', 'cpu', 'cuda' or 'cuda:N'/);
  configError(() => loadConfig(null, []), "config: 'train.steps': set train.steps or train.epochs");
  configError(() => loadConfig(null, ['train.steps=10', 'train.epochs=2']), /set only one of train.steps and train.epochs/);
  configError(() => loadConfig(null, ['train.steps=10', ...['classification', 'detection', 'segmentation', 'depth', 'normals'].map((t) => `tasks.${t}.enabled=false`)]),
    /'tasks': enable at least one task/);
  configError(() => loadConfig(null, ['train.steps=10', 'pseudo.tta.scales=[]']), /'pseudo.tta.scales'.*Too small/);
  configError(() => loadConfig(null, ['train.steps=10', 'pseudo.tta.scales=[1, -0.5]']), /'pseudo.tta.scales.1'/);
  configError(() => loadConfig(null, ['train.steps=10', 'pseudo.tta.boxMerge=wbf']), /'pseudo.tta.boxMerge'.*"nms".*"vote".*\(got "wbf"\)/);
  assert.deepEqual(loadConfig(null, ['train.steps=10', 'pseudo.tta.flip=true', 'pseudo.tta.scales=[0.75, 1]']).config.pseudo.tta, { flip: true, scales: [0.75, 1], boxMerge: 'nms' });
  configError(() => loadConfig(null, ['train']), /override 'train' must look like key.path=value/);
  configError(() => loadConfig(null, ['train.steps.x=1']), /'train.steps' has no key 'x'/);
  const dir = tmp();
  try {
    const f = path.join(dir, 'bad.yaml');
    fs.writeFileSync(f, 'train: [1, 2\n');
    configError(() => loadConfig(f), new RegExp(`^config: ${f.replace(/[.]/g, '\\.')}: invalid YAML`));
    fs.writeFileSync(f, '- 1\n- 2\n');
    configError(() => loadConfig(f), /the top level must be a mapping/);
    fs.writeFileSync(f, 'train: { steps: 3 }\ntrain: { steps: 4 }\n');
    configError(() => loadConfig(f), /invalid YAML/);
    fs.writeFileSync(f, 'extends: bad.yaml\n');
    configError(() => loadConfig(f), /'extends' loops/);
    fs.writeFileSync(f, 'train: { steps: 3 }\nmodel: { backboneOptions: 5 }\n');
    configError(() => loadConfig(f), /'model.backboneOptions': Invalid input: expected record/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  configError(() => loadConfig('/nonexistent/must.yaml'), "config: no such file '/nonexistent/must.yaml'");
});

test('config: key.path=value overrides (YAML scalars) on any key, applied after the file', () => {
  const dir = tmp();
  try {
    const f = path.join(dir, 'x.yaml');
    fs.writeFileSync(f, 'train: { steps: 10, batchSize: 4 }\noptim: { lr: 0.3 }\n');
    const { config } = loadConfig(f, [
      'train.steps=25', 'optim.lr=1e-3', 'train.ema.enabled=true', 'train.amp=yes', 'model.backbone=resnetrs_s', 'data.objects=[2, 4]',
      'model.backboneOptions.dropPathRate=0.1', 'train.epochs=null', 'tasks.depth.loss=silog', 'schedule.milestones=[5, 8]',
      'teachers.train.steps=7', 'teachers.tasks=[depth, normals]', 'name="007"',
    ].filter((o) => o !== 'train.amp=yes'));
    assert.equal(config.train.steps, 25);
    assert.equal(config.train.batchSize, 4, 'from the file');
    assert.equal(config.optim.lr, 1e-3);
    assert.equal(config.train.ema.enabled, true);
    assert.equal(config.train.ema.decay, DEFAULT_CONFIG.train.ema.decay, 'siblings keep their defaults');
    assert.equal(config.model.backbone, 'resnetrs_s');
    assert.deepEqual(config.data.objects, [2, 4]);
    assert.deepEqual(config.model.backboneOptions, { dropPathRate: 0.1 });
    assert.equal(config.tasks.depth.loss, 'silog');
    assert.deepEqual(config.schedule.milestones, [5, 8]);
    assert.deepEqual(config.teachers.tasks, ['depth', 'normals']);
    assert.equal(config.name, '007', 'quoted: a string');
    // 'yes' is a string in YAML 1.2, so amp=yes is a type error naming the key
    configError(() => loadConfig(f, ['train.amp=yes']), /'train.amp'.*expected boolean.*\(got "yes"\)/);
    assert.deepEqual(parseOverride('a.b=0x10'), { key: 'a.b', parts: ['a', 'b'], value: 16 });
    assert.deepEqual(parseOverride('a.b=x=y'), { key: 'a.b', parts: ['a', 'b'], value: 'x=y' });
    // every key of the schema can be overridden
    const keys = configKeys();
    assert.ok(keys.includes('train.steps') && keys.includes('train.ema.decay') && keys.includes('pseudo.detection.scoreThreshold'));
    assert.ok(keys.includes('model.backboneOptions.*'));
    const defaultOf = (k: string) => k.split('.').reduce<any>((o, p) => (o === undefined ? undefined : o[p]), DEFAULT_CONFIG);
    // (the stage blocks' keys have no defaults: teachers.optim.lr, ...; they are checked above and in the stage test)
    for (const k of keys.filter((x) => !x.endsWith('*') && x !== 'train.steps' && defaultOf(x) !== undefined)) {
      const value = defaultOf(k);
      const v = value === null ? 'null' : JSON.stringify(value);
      const c = loadConfig(null, ['train.steps=5', `${k}=${v}`]).config;
      assert.deepEqual(k.split('.').reduce<any>((o, p) => o[p], c), value, k);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('config: stages merge their overrides; a teacher trains its task only', () => {
  configError(() => loadConfig(path.join(CONFIGS, 'tiny.yaml'), ['student.train.epochs=2']),
    /'student.train.epochs' \(set on the command line\): set only one of student.train.steps and student.train.epochs/);
  const { config } = loadConfig(path.join(CONFIGS, 'tiny.yaml'), ['teachers.optim.lr=0.01', 'student.train.steps=null', 'student.train.epochs=2']);
  const t = stageConfig(config, 'teacher', 'segmentation');
  assert.deepEqual(Object.entries(t.tasks).filter(([, v]) => v.enabled).map(([k]) => k), ['segmentation']);
  assert.equal(t.optim.lr, 0.01);
  assert.equal(t.train.steps, config.teachers.train.steps);
  assert.equal(t.train.batchSize, config.train.batchSize, 'keys the stage does not set come from train');
  const s = stageConfig(config, 'student');
  assert.equal(s.train.epochs, 2);
  assert.equal(s.train.steps, null, 'the stage set epochs: steps give way');
  assert.equal(s.optim.lr, config.optim.lr);
  const tr = stageConfig(config, 'transfer');
  assert.deepEqual(Object.entries(tr.tasks).filter(([, v]) => v.enabled).map(([k]) => k), config.transfer.tasks);
  assert.deepEqual(stageConfig(config, 'supervised'), config);
  configError(() => stageConfig(config, 'teacher'), /stage 'teacher' needs a task/);
  // the student's augmentation overrides data.augment for the student only; teachers use loss weight 1
  const { config: c2 } = loadConfig(path.join(CONFIGS, 'tiny.yaml'), ['student.augment.randAugment.enabled=true', 'student.augment.randAugment.magnitude=7',
    'tasks.normals.weight=20']);
  const st = stageConfig(c2, 'student');
  assert.deepEqual(st.data.augment.randAugment, { ...c2.data.augment.randAugment, enabled: true, magnitude: 7 });
  assert.deepEqual(st.data.augment.lsj, c2.data.augment.lsj);
  assert.equal(stageConfig(c2, 'baseline').data.augment.randAugment.enabled, c2.data.augment.randAugment.enabled);
  assert.equal(st.tasks.normals.weight, 20);
  assert.equal(stageConfig(c2, 'teacher', 'normals').tasks.normals.weight, 1);
  configError(() => loadConfig(path.join(CONFIGS, 'tiny.yaml'), ['student.augment.randAugmnt.enabled=true']), /randAugment/);
  // a stage may set its own libtorch threads
  const { config: c3 } = loadConfig(path.join(CONFIGS, 'tiny.yaml'), ['teachers.threads=1', 'threads=0']);
  assert.equal(stageConfig(c3, 'teacher', 'depth').threads, 1);
  assert.equal(stageConfig(c3, 'baseline').threads, 1); // demo.yaml's
  assert.equal(stageConfig(c3, 'transfer').threads, 0); // the top-level one
});

test('config: the resolved config is saved as YAML and reads back equal', () => {
  const dir = tmp();
  try {
    const { config } = loadConfig(path.join(CONFIGS, 'tiny.yaml'), ['optim.lr=0.123', 'model.backboneOptions.dropPathRate=0.05']);
    const file = saveResolvedConfig(dir, config, 'test header');
    assert.equal(file, path.join(dir, 'config.yaml'));
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.startsWith('# test header\n'));
    assert.ok(!text.includes('extends'));
    assert.equal(YAML.parse(text).optim.lr, 0.123);
    assert.deepEqual(readResolvedConfig(file), config);
    assert.ok(configSchema.safeParse(YAML.parse(text)).success, 'complete: valid without the defaults');
    assert.deepEqual(diffConfig(config, { ...config, optim: { ...config.optim, lr: 1 } }), ['optim.lr']);
    assert.deepEqual(fs.readdirSync(dir), ['config.yaml'], 'no temporary file left');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
