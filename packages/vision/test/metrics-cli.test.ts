// `must coco-eval`: the table and --json output against the pycocotools fixture; user errors print
// one line and exit with code 2.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { main } from '../src/cli/main';

torch.setNumThreads(1);

const FIX = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'metrics', 'coco-eval.json'), 'utf8'));

async function must(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [], err: string[] = [];
  const log = console.log, error = console.error;
  console.log = (...a: unknown[]) => { out.push(a.join(' ')); };
  console.error = (...a: unknown[]) => { err.push(a.join(' ')); };
  try {
    const code = await main(['node', 'must', ...args]);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'must-coco-cli-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
function write(name: string, value: unknown): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, typeof value === 'string' ? value : JSON.stringify(value));
  return f;
}

test('must coco-eval prints pycocotools summarize() lines; --json the stats and per-category AP', async () => {
  for (const sc of FIX.filter((s: { name: string }) => s.name === 'bbox-crowd' || s.name === 'segm-rle')) {
    const gt = write(`${sc.name}-gt.json`, sc.gt);
    const res = write(`${sc.name}-res.json`, sc.results);
    const table = await must('coco-eval', gt, res, '--type', sc.iouType);
    assert.equal(table.code, 0, table.err);
    assert.equal(table.out, sc.expected.summary.join('\n'));
    const js = await must('coco-eval', gt, res, '--type', sc.iouType, '--json');
    assert.equal(js.code, 0, js.err);
    assert.equal(js.out.split('\n').length, 1);
    const parsed = JSON.parse(js.out);
    assert.deepEqual(Object.keys(parsed), ['stats', 'perCategoryAP']);
    assert.deepEqual(parsed.stats, sc.expected.stats);
    assert.deepEqual(parsed.perCategoryAP, sc.expected.perCategoryAP);
    assert.match(js.out, /^\{"stats": \[[^\]]+\], "perCategoryAP": \{"\d+": /);
  }
});

test('must coco-eval: user errors are one line, exit code 2', async () => {
  const sc = FIX[0];
  const gt = write('gt.json', sc.gt);
  const res = write('res.json', sc.results);
  const cases: [string[], RegExp][] = [
    [['coco-eval', path.join(dir, 'missing.json'), res], /^must: cannot read ground truth .*missing\.json: no such file$/],
    [['coco-eval', write('bad.json', '{"images": ['), res], /^must: ground truth .*bad\.json is not valid JSON/],
    [['coco-eval', gt, write('obj.json', { a: 1 })], /^must: results .*obj\.json must be a JSON array/],
    [['coco-eval', gt, res, '--type', 'keypoints'], /^must: --type must be bbox or segm, got 'keypoints'$/],
    [['coco-eval', gt, write('unknown.json', [{ image_id: 12345, category_id: 1, bbox: [0, 0, 1, 1], score: 1 }])], /^must: results\[0\]: image_id 12345 is not in the ground truth/],
  ];
  for (const [args, re] of cases) {
    const r = await must(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.equal(r.err.split('\n').length, 1, r.err);
    assert.match(r.err, re);
  }
});
