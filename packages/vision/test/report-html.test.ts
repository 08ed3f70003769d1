import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../src/cli/main';
import * as report from '../src/report';
import { makeFakeRun, RESULTS } from './report-helpers';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'must-report-'));
}

/** Every URL-ish attribute and CSS url() of the page. */
function externalRefs(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\b(?:src|href|xlink:href|action|poster|srcset)\s*=\s*"([^"]*)"/gi)) {
    if (!/^(data:|#)/.test(m[1])) out.push(m[0]);
  }
  for (const m of html.matchAll(/url\(([^)]*)\)/gi)) out.push(m[0]);
  for (const m of html.matchAll(/(?:https?|ftp|wss?):\/\/[^\s"'<>]*/gi)) out.push(m[0]);
  for (const m of html.matchAll(/<(script|iframe|object|embed|link(?![^>]*rel="icon"))\b[^>]*>/gi)) out.push(m[0]);
  return out;
}

test('writeReport: a self-contained page with every section, best values highlighted, partial files tolerated', async () => {
  const root = tmp();
  try {
    const run = await makeFakeRun(root);
    const r = await report.writeReport(run);
    assert.equal(r.file, path.join(run, 'report.html'));
    assert.deepEqual(r.warnings, ['student/metrics.jsonl: 1 unreadable line skipped']);
    const html = fs.readFileSync(r.file, 'utf8');
    assert.equal(Buffer.byteLength(html), r.bytes);
    assert.deepEqual(externalRefs(html), [], 'no external URL, script or stylesheet');
    for (const id of ['results', 'curves', 'examples', 'timings', 'config']) assert.match(html, new RegExp(`<section id="${id}">`), `section ${id}`);
    // pictures inlined
    const imgs = [...html.matchAll(/<img src="data:image\/png;base64,([A-Za-z0-9+/=]+)" width="(\d+)" height="(\d+)"/g)];
    assert.equal(imgs.length, 3);
    for (const m of imgs) assert.ok(Buffer.from(m[1], 'base64').subarray(1, 4).toString() === 'PNG');
    // charts: 5 per-task bars, total + 5 task losses, evals, lr, timings
    const svgs = html.match(/<svg /g)!.length;
    assert.ok(svgs >= 5 + 6 + 5 + 1 + 1, `${svgs} charts`);
    // the results table: every model, best per column, lower-is-better handled
    const table = html.slice(html.indexOf('<table class="results">'), html.indexOf('</table>', html.indexOf('<table class="results">')));
    for (const m of Object.keys(RESULTS.models)) assert.ok(table.includes(`<th>${m}</th>`), m);
    const best = [...table.matchAll(/<td class="best" title="([^"]+)">/g)].map((m) => Number(m[1]));
    assert.deepEqual(best.sort(), [0.128, 0.322, 0.41, 0.48, 0.571, 0.735, 0.851, 21.4].sort(),
      'top1/AP/AP50/delta1 of the student, mIoU and normals of the teachers, absRel (lower) of the student');
    assert.match(table, /absRel <span class="dir">↓<\/span>/);
    assert.match(table, /meanAngle <span class="dir">↓<\/span>/);
    assert.match(table, /student − baseline/);
    assert.match(table, /<td class="good">−0\.032<\/td>/, 'absRel down is good');
    assert.match(table, /<td class="good">−1\.100<\/td>/, 'meanAngle down is good');
    // stages: the folder without metrics.jsonl says 'no data'; the cut line is counted
    assert.match(html, /teacher-depth<\/th><td class="text">—<\/td><td>0<\/td><td>0<\/td><td>—<\/td><td>—<\/td><td class="text"><span class="nodata">no data/);
    assert.match(html, /1 unreadable line skipped/);
    // the config is escaped, timings listed
    assert.ok(html.includes('note: &quot;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more&quot;'));
    assert.ok(!html.includes('<script>'));
    assert.match(html, /<th>student<\/th><td>13 min 33 s<\/td>/);
    // the same files give the same bytes
    const again = await report.writeReport(run, { out: path.join(root, 'again.html') });
    assert.ok(fs.readFileSync(again.file).equals(fs.readFileSync(r.file)));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('writeReport: an empty run folder gives a page of "no data"; bad folders and results.json are ReportErrors', async () => {
  const root = tmp();
  try {
    const run = path.join(root, 'empty');
    fs.mkdirSync(run);
    const r = await report.writeReport(run);
    const html = fs.readFileSync(r.file, 'utf8');
    for (const id of ['results', 'curves', 'examples', 'timings', 'config']) {
      const sec = html.slice(html.indexOf(`<section id="${id}">`));
      assert.match(sec.slice(0, sec.indexOf('</section>')), /class="nodata"/, `${id}: no data`);
    }
    assert.deepEqual(r.warnings, ['results.json not found: no results table']);
    await assert.rejects(report.writeReport(path.join(root, 'nope')), (e: Error) => e instanceof report.ReportError && /does not exist/.test(e.message));
    fs.writeFileSync(path.join(run, 'results.json'), '{"models": {"student": ');
    await assert.rejects(report.writeReport(run), (e: Error) => e instanceof report.ReportError && /results\.json is not valid JSON/.test(e.message));
    fs.writeFileSync(path.join(run, 'results.json'), '{"models": {"student": "good"}}');
    await assert.rejects(report.writeReport(run), /models\["student"\] must be an object/);
    // a value that is not a number is left out with a note, not an error
    fs.writeFileSync(path.join(run, 'results.json'), '{"models": {"student": {"detection": {"AP": "high", "AP50": 0.5}}}, "timings": {"x": {"y": 1}}}');
    const bad = await report.writeReport(run);
    assert.deepEqual(bad.warnings, [
      'results.json: models["student"]["detection"]["AP"] is not a number ("high"); left out',
      'results.json: timings["x"] is not a number of seconds ({"y":1}); left out',
    ]);
    assert.match(fs.readFileSync(bad.file, 'utf8'), /<td class="best" title="0.5">0.500<\/td>/);
    // stage files: partial and odd lines
    const parsed = report.parseMetricsJsonl('{"step":1,"loss":2,"losses":{"depth":1},"lr":0.1}\nnot json\n{"step":2,"eval":{"depth":{"absRel":0.2}}}\n{"step":3,"event":"checkpoint"}\n{"step":4,"loss":1');
    assert.equal(parsed.train.length, 1);
    assert.deepEqual(parsed.evals, [{ step: 2, values: { 'depth.absRel': 0.2 } }]);
    assert.equal(parsed.skipped, 2);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('charts: nice ticks, no-data charts, escaping', () => {
  assert.deepEqual(report.niceTicks(0, 1, 5), [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1].map((v) => v));
  assert.deepEqual(report.niceTicks(3, 97, 4), [25, 50, 75]);
  assert.match(report.lineChart({ title: 'x', series: [] }), /no data/);
  const svg = report.lineChart({ title: 'a<b', series: [{ name: 's&t', points: [[0, 1], [1, NaN], [2, 3]] }] });
  assert.ok(svg.includes('a&lt;b') && svg.includes('s&amp;t'));
  assert.ok(!/NaN/.test(svg));
  assert.equal(report.formatDuration(3725), '1 h 02 min');
  assert.equal(report.lowerIsBetter('absRel') && report.lowerIsBetter('meanAngle') && !report.lowerIsBetter('within11_25') && !report.lowerIsBetter('AP50'), true);
});

test('must report RUN_DIR: writes report.html; a missing folder or a bad results.json is one line (exit 2)', async () => {
  const root = tmp();
  const errors: string[] = [], logs: string[] = [];
  const [err, log] = [console.error, console.log];
  console.error = (...a: unknown[]) => { errors.push(a.join(' ')); };
  console.log = (...a: unknown[]) => { logs.push(a.join(' ')); };
  try {
    const run = await makeFakeRun(root, { pictures: 1 });
    fs.rmSync(path.join(run, 'report.html'), { force: true });
    assert.equal(await main(['node', 'must', 'report', run]), 0);
    assert.ok(fs.existsSync(path.join(run, 'report.html')));
    assert.deepEqual(logs, [path.join(run, 'report.html')]);
    errors.length = 0;
    assert.equal(await main(['node', 'must', 'report', path.join(root, 'missing')]), 2);
    assert.deepEqual(errors, [`must: run folder ${path.join(root, 'missing')} does not exist`]);
    errors.length = 0;
    fs.writeFileSync(path.join(run, 'results.json'), '{oops');
    assert.equal(await main(['node', 'must', 'report', run]), 2);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^must: .*results\.json is not valid JSON/);
    assert.ok(!errors[0].includes('\n'));
  } finally {
    console.error = err; console.log = log;
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('wall clock of stages that overlap: the union of their intervals, shown beside the sum', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'must-wall-'));
  const marker = (stage: string, start: number, end: number) => {
    fs.mkdirSync(path.join(dir, 'stages'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'stages', `${stage}.json`), JSON.stringify({ seconds: end - start, start, end, result: null }));
  };
  assert.equal(report.stagesWallClock(dir), undefined); // no markers
  // teachers 0-10 beside baseline 5-20, then (after a pause of a resumed run) pseudo 30-40
  marker('teachers', 1000, 1010);
  marker('baseline', 1005, 1020);
  marker('pseudo', 1030, 1040);
  assert.equal(report.stagesWallClock(dir), 30);
  fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify({ models: {}, timings: { teachers: 10, baseline: 15, pseudo: 10 } }));
  const html = report.renderReport(report.readRun(dir));
  assert.match(html, /<th>total<\/th><td>[^<]*<\/td><td>35\.0<\/td>/);
  assert.match(html, /<th>wall clock \(stages overlapped\)<\/th><td>[^<]*<\/td><td>30\.0<\/td>/);
  // a marker without its interval (an older run): no wall clock, no row
  fs.writeFileSync(path.join(dir, 'stages', 'student.json'), JSON.stringify({ seconds: 3, result: null }));
  assert.equal(report.stagesWallClock(dir), undefined);
  assert.doesNotMatch(report.renderReport(report.readRun(dir)), /wall clock/);
});
