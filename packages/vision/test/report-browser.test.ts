// The report in headless Chromium (Debian's /usr/bin/chromium through playwright-core; nothing is
// downloaded): it loads from file:// without console errors or network requests, shows its
// charts and pictures; a screenshot is kept in os.tmpdir()/must-report-test/report.png.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as report from '../src/report';
import { makeFakeRun } from './report-helpers';

const CHROMIUM = '/usr/bin/chromium';
const skip = fs.existsSync(CHROMIUM) ? false : `${CHROMIUM} not found (install Debian's chromium package to run this test)`;

test('report.html in headless Chromium: no console errors, no requests, charts and pictures shown', { skip, timeout: 120_000 }, async () => {
  const { chromium } = await import('playwright-core');
  const outDir = path.join(os.tmpdir(), 'must-report-test');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'must-report-browser-'));
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    const run = await makeFakeRun(root);
    const { file } = await report.writeReport(run);
    fs.copyFileSync(file, path.join(outDir, 'report.html'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      // launch() gives the browser a fresh temporary profile of its own
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => { if (!/^(file|data):/.test(r.url())) problems.push(`network request: ${r.url()}`); });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const facts = await page.evaluate(() => {
      // runs in the page (no DOM types in this package's compile settings)
      const document = (globalThis as any).document;
      return {
        sections: [...document.querySelectorAll('section')].map((s: { id: string }) => s.id) as string[],
        svgs: document.querySelectorAll('svg.chart').length as number,
        svgSizes: [...document.querySelectorAll('svg.chart')].map((s: { getBoundingClientRect(): { width: number; height: number } }) => {
          const r = s.getBoundingClientRect();
          return [r.width, r.height];
        }) as Array<[number, number]>,
        paths: document.querySelectorAll('svg.chart path').length as number,
        images: [...document.images].map((i: { complete: boolean; naturalWidth: number; naturalHeight: number }) =>
          ({ complete: i.complete, w: i.naturalWidth, h: i.naturalHeight })) as Array<{ complete: boolean; w: number; h: number }>,
        bestCells: document.querySelectorAll('table.results td.best').length as number,
        title: document.title as string,
      };
    });
    assert.deepEqual(facts.sections, ['notes', 'results', 'curves', 'examples', 'timings', 'config']);
    assert.ok(facts.svgs >= 18, `${facts.svgs} charts`);
    for (const [w, h] of facts.svgSizes) assert.ok(w > 100 && h > 50, `chart size ${w}x${h}`);
    assert.ok(facts.paths >= 20, `${facts.paths} curves`);
    assert.equal(facts.images.length, 3);
    for (const im of facts.images) assert.ok(im.complete && im.w > 0 && im.h > 0, `picture decoded: ${JSON.stringify(im)}`);
    assert.equal(facts.bestCells, 8);
    assert.match(facts.title, /MuST run report/);
    const shot = path.join(outDir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    assert.ok(fs.statSync(shot).size > 10_000);
    assert.deepEqual(problems, [], 'no console errors, failed or network requests');
    console.log(`# report screenshot: ${shot} (page: ${path.join(outDir, 'report.html')})`);
  } finally {
    await browser?.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
