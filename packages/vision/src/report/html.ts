// The report page: one self-contained HTML file (inline CSS, inline SVG charts, pictures as data:
// URIs, no script, no external URL; a Content-Security-Policy forbids fetching anything).
import { TASKS } from '../data/sample';
import { barChart, escapeHtml, formatNumber, lineChart, seriesColor, type Series } from './charts';
import type { RunData, RunResults, StageLog } from './run-data';

/** Metrics where lower is better (depth errors, normal angles, losses, error rates). */
export function lowerIsBetter(metric: string): boolean {
  return /(absrel|sqrel|rmse|log10|loss|error|err$|mce|angle$)/i.test(metric);
}

/** The metric a task is summarized by (bar charts, summary). */
export const PRIMARY_METRIC: Record<string, string> = {
  classification: 'top1', detection: 'AP', segmentation: 'mIoU', depth: 'absRel', normals: 'meanAngle',
};

const taskRank = (t: string) => { const i = (TASKS as readonly string[]).indexOf(t); return i < 0 ? TASKS.length : i; };

/** Display order: student, teachers (by task), baseline, the rest as given. */
export function orderModels(names: readonly string[]): string[] {
  const rank = (m: string) => {
    const l = m.toLowerCase();
    if (l === 'student' || l.startsWith('student')) return [0, 0];
    if (l.startsWith('teacher')) return [1, taskRank(m.split(':')[1] ?? '')];
    if (l === 'baseline' || l.startsWith('baseline')) return [2, 0];
    return [3, 0];
  };
  return names.map((m, i) => ({ m, i, r: rank(m) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i).map((x) => x.m);
}

/** Tasks and their metrics as they appear in results.json (tasks in MuST order). */
export function resultColumns(results: RunResults): Array<{ task: string; metrics: string[] }> {
  const cols = new Map<string, string[]>();
  for (const tasks of Object.values(results.models)) {
    for (const [t, metrics] of Object.entries(tasks)) {
      const list = cols.get(t) ?? [];
      for (const k of Object.keys(metrics)) if (!list.includes(k)) list.push(k);
      cols.set(t, list);
    }
  }
  return [...cols.entries()].map(([task, metrics]) => ({ task, metrics }))
    .sort((a, b) => taskRank(a.task) - taskRank(b.task) || (a.task < b.task ? -1 : 1));
}

/** Table text of a metric value. */
export function formatMetric(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  return a < 10 ? v.toFixed(3) : a < 100 ? v.toFixed(2) : v.toFixed(1);
}

const value = (r: RunResults, m: string, t: string, k: string): number | undefined => {
  const v = r.models[m]?.[t]?.[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

/** Models holding the best value of a column (ties: all). */
export function bestModels(r: RunResults, models: readonly string[], task: string, metric: string): Set<string> {
  const lower = lowerIsBetter(metric);
  let best: number | undefined;
  for (const m of models) {
    const v = value(r, m, task, metric);
    if (v !== undefined && (best === undefined || (lower ? v < best : v > best))) best = v;
  }
  return new Set(models.filter((m) => best !== undefined && value(r, m, task, metric) === best));
}

export function formatDuration(s: number): string {
  if (!Number.isFinite(s)) return '—';
  if (s < 60) return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = Math.round(s % 60);
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min ${String(sec).padStart(2, '0')} s`;
}

const CSS = `
:root { --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa; --accent: #0969da; --best: #dafbe1; --bad: #cf222e; --good: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
header { background: #24292f; color: #fff; padding: 18px 32px 0; }
header h1 { margin: 0; font-size: 22px; font-weight: 600; }
header .sub { color: #c9d1d9; margin: 2px 0 10px; font-size: 13px; }
nav { display: flex; gap: 2px; flex-wrap: wrap; }
nav a { color: #c9d1d9; text-decoration: none; padding: 6px 12px; border-radius: 6px 6px 0 0; font-size: 13px; }
nav a:hover { background: #32383f; color: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 8px 32px 40px; }
section { margin-top: 28px; }
h2 { font-size: 19px; font-weight: 600; border-bottom: 1px solid var(--line); padding-bottom: 6px; margin: 0 0 12px; }
h3 { font-size: 15px; font-weight: 600; margin: 18px 0 8px; }
p.note, .muted { color: var(--muted); font-size: 13px; }
.nodata { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid var(--line); padding: 5px 10px; }
thead th { background: var(--soft); font-weight: 600; text-align: center; }
tbody th { text-align: left; font-weight: 500; white-space: nowrap; background: var(--soft); }
td { text-align: right; }
td.best { background: var(--best); font-weight: 700; }
tr.main th { font-weight: 700; }
tr.delta th, tr.delta td { font-size: 12.5px; border-top: 2px solid var(--line); }
td.good { color: var(--good); } td.bad { color: var(--bad); }
td.text { text-align: left; }
.dir { color: var(--muted); font-weight: 400; font-size: 12px; }
.scroll { overflow-x: auto; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 18px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 150px; background: var(--soft); }
.card .k { color: var(--muted); font-size: 12px; }
.card .v { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .d { font-size: 12.5px; }
.card .d.good { color: var(--good); } .card .d.bad { color: var(--bad); }
.grid { display: flex; flex-wrap: wrap; gap: 14px; align-items: flex-start; }
.grid > * { flex: 0 1 auto; }
svg.chart { max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
svg.chart .ct { font-size: 12.5px; font-weight: 600; fill: var(--fg); }
svg.chart .tick, svg.chart .legend, svg.chart .val { font-size: 10.5px; fill: #57606a; }
svg.chart .val.best { font-weight: 700; fill: var(--fg); }
svg.chart .axis { font-size: 11px; fill: var(--muted); }
svg.chart .grid { stroke: #eaeef2; stroke-width: 1; }
svg.chart .frame { fill: none; stroke: var(--line); }
svg.chart .zero { stroke: #8c959f; }
svg.chart .nodata { font-size: 13px; fill: var(--muted); font-style: italic; }
figure { margin: 0 0 14px; border: 1px solid var(--line); border-radius: 6px; padding: 8px; background: var(--soft); max-width: 100%; }
figure img { display: block; max-width: 100%; height: auto; image-rendering: pixelated; }
figcaption { font-size: 12.5px; color: var(--muted); margin-top: 4px; }
pre { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 12px; overflow: auto; font-size: 12.5px; max-height: 520px; }
ul.warnings { color: #9a6700; font-size: 13px; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 20px; }
`;

function resultsSection(r: RunResults | undefined): string {
  const out = ['<section id="results"><h2>Results</h2>'];
  if (!r || Object.keys(r.models).length === 0) {
    out.push('<p class="nodata">no data (results.json missing or without models)</p></section>');
    return out.join('');
  }
  const models = orderModels(Object.keys(r.models));
  const cols = resultColumns(r);
  out.push('<p class="note">Evaluation of every model on the held-out split. Best value per column highlighted; '
    + '<span class="dir">↑</span> higher is better, <span class="dir">↓</span> lower is better.</p>');
  out.push('<div class="scroll"><table class="results"><thead><tr><th rowspan="2">model</th>');
  for (const c of cols) out.push(`<th colspan="${c.metrics.length}">${escapeHtml(c.task)}</th>`);
  out.push('</tr><tr>');
  for (const c of cols) for (const k of c.metrics) out.push(`<th>${escapeHtml(k)} <span class="dir">${lowerIsBetter(k) ? '↓' : '↑'}</span></th>`);
  out.push('</tr></thead><tbody>');
  const best = new Map<string, Set<string>>();
  for (const c of cols) for (const k of c.metrics) best.set(`${c.task}\u0000${k}`, bestModels(r, models, c.task, k));
  for (const m of models) {
    out.push(`<tr${m === 'student' ? ' class="main"' : ''}><th>${escapeHtml(m)}</th>`);
    for (const c of cols) for (const k of c.metrics) {
      const v = r.models[m]?.[c.task]?.[k];
      const isBest = best.get(`${c.task}\u0000${k}`)!.has(m);
      out.push(`<td${isBest ? ' class="best"' : ''}${typeof v === 'number' ? ` title="${v}"` : ''}>${formatMetric(v)}</td>`);
    }
    out.push('</tr>');
  }
  if (r.models.student && r.models.baseline) {
    out.push('<tr class="delta"><th>student − baseline</th>');
    for (const c of cols) for (const k of c.metrics) {
      const a = value(r, 'student', c.task, k), b = value(r, 'baseline', c.task, k);
      if (a === undefined || b === undefined) { out.push('<td>—</td>'); continue; }
      const d = a - b;
      const good = lowerIsBetter(k) ? d < 0 : d > 0;
      out.push(`<td class="${d === 0 ? '' : good ? 'good' : 'bad'}">${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatMetric(Math.abs(d))}</td>`);
    }
    out.push('</tr>');
  }
  out.push('</tbody></table></div>');
  // one bar chart per task on its primary metric
  const charts: string[] = [];
  for (const c of cols) {
    const k = c.metrics.includes(PRIMARY_METRIC[c.task]) ? PRIMARY_METRIC[c.task] : c.metrics[0];
    const have = models.filter((m) => value(r, m, c.task, k) !== undefined);
    if (have.length === 0) continue;
    const b = bestModels(r, have, c.task, k);
    charts.push(barChart({
      title: `${c.task}: ${k} (${lowerIsBetter(k) ? 'lower' : 'higher'} is better)`,
      bars: have.map((m) => ({ label: m, value: value(r, m, c.task, k), highlight: b.has(m), text: formatMetric(value(r, m, c.task, k)) })),
      color: seriesColor(taskRank(c.task)),
    }));
  }
  if (charts.length) out.push(`<h3>Per task</h3><div class="grid">${charts.join('')}</div>`);
  if (r.transfer !== undefined) out.push(`<h3>Transfer</h3>${transferHtml(r.transfer)}`);
  out.push('</section>');
  return out.join('');
}

/** results.transfer: a table when it is {row: {col: number | {metric: number}}}, else JSON. */
function transferHtml(t: unknown): string {
  const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (isObj(t) && Object.values(t).every(isObj)) {
    const rows = Object.entries(t as Record<string, Record<string, unknown>>);
    const flatRow = (o: Record<string, unknown>, prefix = ''): Array<[string, unknown]> => Object.entries(o).flatMap(([k, v]) =>
      isObj(v) ? flatRow(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]);
    const flat = rows.map(([name, o]) => [name, new Map(flatRow(o))] as const);
    const keys: string[] = [];
    for (const [, m] of flat) for (const k of m.keys()) if (!keys.includes(k)) keys.push(k);
    if (keys.length <= 40) {
      const cell = (v: unknown) => (typeof v === 'number' ? `<td>${formatMetric(v)}</td>` : v === undefined ? '<td>—</td>' : `<td class="text">${escapeHtml(String(typeof v === 'object' ? JSON.stringify(v) : v))}</td>`);
      return `<div class="scroll"><table><thead><tr><th></th>${keys.map((k) => `<th>${escapeHtml(k)}</th>`).join('')}</tr></thead><tbody>`
        + flat.map(([name, m]) => `<tr><th>${escapeHtml(name)}</th>${keys.map((k) => cell(m.get(k))).join('')}</tr>`).join('')
        + '</tbody></table></div>';
    }
  }
  return `<pre>${escapeHtml(JSON.stringify(t, null, 2))}</pre>`;
}

function summaryCards(r: RunResults | undefined): string {
  if (!r?.models.student) return '';
  const cards: string[] = [];
  for (const c of resultColumns(r)) {
    const k = c.metrics.includes(PRIMARY_METRIC[c.task]) ? PRIMARY_METRIC[c.task] : c.metrics[0];
    const s = value(r, 'student', c.task, k);
    if (s === undefined) continue;
    const b = value(r, 'baseline', c.task, k);
    const t = value(r, `teacher:${c.task}`, c.task, k);
    const delta = (ref: number | undefined, name: string) => {
      if (ref === undefined) return '';
      const d = s - ref, good = lowerIsBetter(k) ? d < 0 : d > 0;
      return `<div class="d ${d === 0 ? '' : good ? 'good' : 'bad'}">${d >= 0 ? '+' : '−'}${formatMetric(Math.abs(d))} vs ${name}</div>`;
    };
    cards.push(`<div class="card"><div class="k">student · ${escapeHtml(c.task)} ${escapeHtml(k)}</div><div class="v">${formatMetric(s)}</div>${delta(b, 'baseline')}${delta(t, 'teacher')}</div>`);
  }
  return cards.length ? `<div class="cards">${cards.join('')}</div>` : '';
}

function curvesSection(stages: readonly StageLog[]): string {
  const out = ['<section id="curves"><h2>Training curves</h2>'];
  if (stages.length === 0) {
    out.push('<p class="nodata">no data (no metrics.jsonl in the run folder)</p></section>');
    return out.join('');
  }
  const color = new Map(stages.map((s, i) => [s.stage, seriesColor(i)]));
  out.push('<div class="scroll"><table class="stages"><thead><tr><th>stage</th><th>file</th><th>train lines</th><th>eval lines</th><th>steps</th><th>last loss</th><th>status</th></tr></thead><tbody>');
  for (const s of stages) {
    const steps = s.train.length ? `${s.train[0].step} – ${s.train[s.train.length - 1].step}` : '—';
    const lastLoss = [...s.train].reverse().find((p) => p.loss !== undefined)?.loss;
    const status = s.note ? `<span class="nodata">no data (${escapeHtml(s.note)})</span>`
      : s.skipped ? `${s.skipped} unreadable line${s.skipped > 1 ? 's' : ''} skipped` : 'ok';
    out.push(`<tr><th><span style="color:${color.get(s.stage)}">■</span> ${escapeHtml(s.stage)}</th><td class="text">${escapeHtml(s.file ?? '—')}</td>`
      + `<td>${s.train.length}</td><td>${s.evals.length}</td><td>${steps}</td><td>${lastLoss === undefined ? '—' : formatNumber(lastLoss)}</td><td class="text">${status}</td></tr>`);
  }
  out.push('</tbody></table></div>');

  // losses: the total, then one chart per task
  const lossKeys: string[] = [...TASKS];
  for (const s of stages) for (const p of s.train) for (const k of Object.keys(p.losses)) if (!lossKeys.includes(k)) lossKeys.push(k);
  const seriesOf = (get: (s: StageLog) => Array<[number, number]>): Series[] =>
    stages.map((s) => ({ name: s.stage, points: get(s), color: color.get(s.stage) })).filter((x) => x.points.length > 0);
  const charts = [lineChart({
    title: 'total loss', xLabel: 'step', smooth: 0.8,
    series: seriesOf((s) => s.train.filter((p) => p.loss !== undefined).map((p) => [p.step, p.loss!])),
  })];
  for (const k of lossKeys) {
    charts.push(lineChart({
      title: `${k} loss`, xLabel: 'step', smooth: 0.8,
      series: seriesOf((s) => s.train.filter((p) => p.losses[k] !== undefined).map((p) => [p.step, p.losses[k]])),
    }));
  }
  out.push(`<h3>Loss per task</h3><p class="note">Raw values faint, exponential moving average (0.8) solid; one colour per stage; log scale when the values span 30x or more.</p><div class="grid">${charts.join('')}</div>`);

  const evalKeys: string[] = [];
  for (const s of stages) for (const e of s.evals) for (const k of Object.keys(e.values)) if (!evalKeys.includes(k)) evalKeys.push(k);
  evalKeys.sort((a, b) => taskRank(a.split('.')[0]) - taskRank(b.split('.')[0]) || 0);
  out.push('<h3>Evaluation during training</h3>');
  if (evalKeys.length === 0) out.push('<p class="nodata">no data (no eval lines)</p>');
  else {
    out.push('<div class="grid">');
    for (const k of evalKeys) {
      out.push(lineChart({
        title: `${k}${lowerIsBetter(k) ? ' (lower is better)' : ''}`, xLabel: 'step', logY: false, width: 360, height: 210,
        series: seriesOf((s) => s.evals.filter((e) => e.values[k] !== undefined).map((e) => [e.step, e.values[k]])),
      }));
    }
    out.push('</div>');
  }
  const lr = seriesOf((s) => s.train.filter((p) => p.lr !== undefined).map((p) => [p.step, p.lr!]));
  out.push('<h3>Learning rate</h3>');
  out.push(lr.length ? lineChart({ title: 'learning rate', xLabel: 'step', logY: false, series: lr }) : '<p class="nodata">no data</p>');
  out.push('</section>');
  return out.join('');
}

function examplesSection(d: RunData): string {
  const out = ['<section id="examples"><h2>Pseudo-label examples</h2>'];
  if (d.examples.length === 0) {
    out.push('<p class="nodata">no data (no pictures in pseudo/examples)</p></section>');
    return out.join('');
  }
  out.push('<p class="note">Teacher pseudo labels on unlabeled images: boxes and instance masks, semantic map, depth (near bright), normals ((n + 1) / 2 as RGB).</p>');
  for (const e of d.examples) {
    out.push(`<figure><img src="data:image/png;base64,${e.png.toString('base64')}" width="${e.width}" height="${e.height}" alt="${escapeHtml(e.title)}">`
      + `<figcaption>${escapeHtml(e.title)}${e.file ? ` <span class="muted">(${escapeHtml(e.file)})</span>` : ''}</figcaption></figure>`);
  }
  if (d.examplesLeftOut) out.push(`<p class="note">${d.examplesLeftOut} more picture${d.examplesLeftOut > 1 ? 's' : ''} left out.</p>`);
  out.push('</section>');
  return out.join('');
}

function timingsSection(r: RunResults | undefined, wallSeconds?: number): string {
  const out = ['<section id="timings"><h2>Timings</h2>'];
  const t = r?.timings;
  const entries = t ? Object.entries(t).filter(([, v]) => Number.isFinite(v)) : [];
  if (entries.length === 0) {
    out.push('<p class="nodata">no data (no "timings" in results.json)</p></section>');
    return out.join('');
  }
  const total = entries.reduce((a, [, v]) => a + v, 0);
  out.push('<div class="grid"><div><table class="timings"><thead><tr><th>stage</th><th>time</th><th>seconds</th><th>share</th></tr></thead><tbody>');
  for (const [k, v] of entries) {
    out.push(`<tr><th>${escapeHtml(k)}</th><td>${formatDuration(v)}</td><td>${v.toFixed(1)}</td><td>${total > 0 ? ((100 * v) / total).toFixed(1) : '—'}%</td></tr>`);
  }
  out.push(`<tr class="delta"><th>total</th><td>${formatDuration(total)}</td><td>${total.toFixed(1)}</td><td>100%</td></tr>`);
  // stages that ran side by side (processes > 1): the sum overstates the time the run took
  if (wallSeconds !== undefined && wallSeconds < total - 0.5) {
    out.push(`<tr class="wall"><th>wall clock (stages overlapped)</th><td>${formatDuration(wallSeconds)}</td><td>${wallSeconds.toFixed(1)}</td><td></td></tr>`);
  }
  out.push('</tbody></table></div>');
  const longest = Math.max(...entries.map(([, v]) => v));
  out.push(barChart({
    title: 'time per stage', width: 420, color: '#57606a',
    bars: entries.map(([k, v]) => ({ label: k, value: v, text: formatDuration(v), highlight: v === longest })),
  }));
  out.push('</div></section>');
  return out.join('');
}

function configSection(d: RunData): string {
  if (!d.config) return '<section id="config"><h2>Config</h2><p class="nodata">no data (no config.yaml in the run folder)</p></section>';
  return `<section id="config"><h2>Config</h2><p class="note">The resolved configuration (${escapeHtml(d.config.file)}).</p><pre class="config">${escapeHtml(d.config.text)}</pre></section>`;
}

export interface RenderOptions {
  /** Page title (default 'MuST run report'). */
  title?: string;
}

/** The report page for a run's data (a pure function: the same data give the same bytes). */
export function renderReport(d: RunData, opts: RenderOptions = {}): string {
  const title = opts.title ?? 'MuST run report';
  const warnings = d.warnings.length
    ? `<section id="notes"><ul class="warnings">${d.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></section>` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(`${title} — ${d.name}`)}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<header><h1>${escapeHtml(title)}</h1><div class="sub">run <b>${escapeHtml(d.name)}</b></div>`,
    '<nav><a href="#results">Results</a><a href="#curves">Training curves</a><a href="#examples">Pseudo labels</a><a href="#timings">Timings</a><a href="#config">Config</a></nav></header>',
    '<main>',
    summaryCards(d.results),
    warnings,
    resultsSection(d.results),
    curvesSection(d.stages),
    examplesSection(d),
    timingsSection(d.results, d.wallSeconds),
    configSection(d),
    '</main><footer>Written by <code>must report</code> from the files of the run folder; self-contained, works offline.</footer>',
    '</body></html>',
    '',
  ].join('\n');
}
