// The model registry: names, option validation with zod, errors that list what is valid.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as torch from '@must/torch';
import { z } from 'zod';
import {
  createModel, describeOptions, isModel, listModels, ModelError, registerModel, ResNet, unregisterModel,
} from '../src';

torch.setNumThreads(1);

const ALL = [
  'resnet18', 'resnet18d', 'resnet34', 'resnet34d', 'resnet50', 'resnet50d', 'resnet101', 'resnet101d', 'resnet152', 'resnet152d',
  'resnetrs_s', 'resnetrs_t', 'resnetrs50', 'resnetrs101', 'resnetrs152', 'resnetrs200', 'resnetrs270', 'resnetrs350', 'resnetrs420',
];

test('listModels: every built-in model, sorted, with wildcard filters', () => {
  for (const n of ALL) assert.ok(listModels().includes(n), n);
  assert.deepEqual(listModels('resnetrs*'),
    ['resnetrs_s', 'resnetrs_t', 'resnetrs50', 'resnetrs101', 'resnetrs152', 'resnetrs200', 'resnetrs270', 'resnetrs350', 'resnetrs420']);
  assert.deepEqual(listModels('resnet*d'), ['resnet18d', 'resnet34d', 'resnet50d', 'resnet101d', 'resnet152d']);
  assert.deepEqual(listModels('nothing*'), []);
});

test('unknown model name: the closest match and every valid name', () => {
  assert.throws(() => createModel('resnet5'), (e: unknown) => {
    assert.ok(e instanceof ModelError);
    assert.match((e as Error).message, /^Unknown model 'resnet5'\. Did you mean 'resnet50'\? Valid models: resnet18, resnet18d, resnet34, /);
    for (const n of ALL) assert.ok((e as Error).message.includes(n), n);
    return true;
  });
  assert.throws(() => createModel('ResNetRS-50'), /Did you mean 'resnetrs50'\?/);
  assert.throws(() => createModel('vit_base_patch16'), (e: unknown) => !/Did you mean/.test((e as Error).message));
  assert.throws(() => createModel(42 as unknown as string), /model name must be a string/);
});

test('unknown and invalid options: what is wrong and the valid fields', () => {
  assert.throws(() => createModel('resnet50', { numClass: 10 }), (e: unknown) => {
    const msg = (e as Error).message;
    assert.ok(e instanceof ModelError);
    assert.match(msg, /createModel\('resnet50'\): invalid options: unknown option 'numClass' \(did you mean 'numClasses'\?\)/);
    assert.match(msg, /Valid options of 'resnet50':\n {2}numClasses: classifier outputs/);
    for (const f of ['inChans', 'act', 'zeroInitLast', 'dropRate', 'dropPathRate', 'variant', 'device']) assert.match(msg, new RegExp(`\\n  ${f}: `));
    return true;
  });
  assert.throws(() => createModel('resnet50', { numClasses: -1 }), /numClasses: Too small.*\(got -1\)/);
  assert.throws(() => createModel('resnet50', { numClasses: 2.5 }), /numClasses: .*expected int.*\(got 2\.5\)/);
  assert.throws(() => createModel('resnetrs50', { act: 'gelu' }), /act: Invalid option: expected one of "relu"\|"silu" \(got "gelu"\)/);
  assert.throws(() => createModel('resnet18', { variant: 'c' }), /variant: Invalid option: expected one of "b"\|"d"/);
  assert.throws(() => createModel('resnet18', null as unknown as Record<string, unknown>), /options must be an object, got null/);
  assert.ok(describeOptions('resnetrs50').some((l) => l.startsWith("dropPathRule: per-block drop-path rates")));
});

test('registerModel: custom entries are validated like the built-ins; duplicates refused', () => {
  const schema = z.object({ width: z.number().int().positive().default(8).describe('channels (default 8)') });
  registerModel('tiny_test_net', (o) => new torch.nn.Conv2d(3, o.width, 1), schema, { description: 'a test' });
  try {
    assert.ok(isModel('tiny_test_net'));
    const m = createModel<torch.nn.Conv2d>('tiny_test_net', { width: 4 });
    assert.deepEqual(m.weight.shape, [4, 3, 1, 1]);
    assert.equal((m as unknown as { modelName: string }).modelName, 'tiny_test_net');
    assert.throws(() => createModel('tiny_test_net', { widht: 4 }), /unknown option 'widht' \(did you mean 'width'\?\)[^]*width: channels \(default 8\)/);
    assert.throws(() => registerModel('tiny_test_net', () => new torch.nn.Identity(), schema), /already registered/);
    registerModel('tiny_test_net', () => new torch.nn.Identity(), schema, { override: true });
    assert.ok(createModel('tiny_test_net') instanceof torch.nn.Identity);
    assert.throws(() => registerModel('bad name!', () => new torch.nn.Identity(), schema), /invalid model name/);
  } finally {
    unregisterModel('tiny_test_net');
  }
  assert.ok(!isModel('tiny_test_net'));
});

test('registry options reach the model: numClasses, act, variant, device', () => {
  const m = createModel<ResNet>('resnet34', { numClasses: 5, act: 'silu', variant: 'd', device: 'meta' });
  assert.equal(m.numClasses, 5);
  assert.equal(m.config.act, 'silu');
  assert.equal(m.config.stemType, 'deep');
  assert.ok(m.act1 instanceof torch.nn.SiLU);
  assert.equal(m.fc.stateDict().get('weight')!.device, 'meta');
  m.dispose();
  // stem options on top of a model's layout; options left out keep the model's own
  const deep = createModel<ResNet>('resnet50', { stemType: 'deep', stemWidth: 24, device: 'meta' });
  assert.ok(deep.conv1 instanceof torch.nn.Sequential && deep.config.stemWidth === 24 && !deep.config.avgDown);
  assert.deepEqual((deep.conv1 as torch.nn.Sequential).at(6).stateDict().get('weight')!.shape, [48, 24, 3, 3]);
  deep.dispose();
  const rs = createModel<ResNet>('resnetrs50', { act: 'silu', device: 'meta' });
  assert.ok(rs.config.stemType === 'deep' && rs.config.replaceStemPool && rs.config.avgDown && rs.config.seRatio === 0.25);
  rs.dispose();
});
