// The HTML report of a run folder: `writeReport(runDir)` writes RUN/report.html, one
// self-contained page (inline CSS and SVG charts, pictures as data: URIs, no script, no external
// URL) with the results table, training curves, pseudo-label examples, timings and the config.
// See the Report section of packages/vision/README.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRun, type ReadRunOptions } from './run-data';
import { renderReport, type RenderOptions } from './html';

export {
  ReportError, readRun, readResults, readStage, parseMetricsJsonl, compareStages, stagesWallClock,
  type RunData, type RunResults, type StageLog, type TrainPoint, type EvalPoint, type ExamplePicture, type ReadRunOptions,
} from './run-data';
export {
  renderReport, lowerIsBetter, orderModels, resultColumns, bestModels, formatMetric, formatDuration, PRIMARY_METRIC,
  type RenderOptions,
} from './html';
export { lineChart, barChart, niceTicks, formatNumber, escapeHtml, type Series, type LineChartOptions, type Bar, type BarChartOptions } from './charts';

export interface WriteReportOptions extends ReadRunOptions, RenderOptions {
  /** Output file (default RUN/report.html). */
  out?: string;
}

export interface WriteReportResult {
  file: string;
  bytes: number;
  /** Things the report could not show (missing results.json, unreadable lines or pictures). */
  warnings: string[];
}

/**
 * Writes the report of a run folder (default RUN/report.html, replaced atomically). Throws a
 * ReportError when the folder does not exist or results.json cannot be read or has the wrong
 * shape; everything else that is missing or partial shows as 'no data'.
 */
export async function writeReport(runDir: string, opts: WriteReportOptions = {}): Promise<WriteReportResult> {
  const data = readRun(runDir, opts);
  const html = renderReport(data, opts);
  const file = path.resolve(opts.out ?? path.join(data.runDir, 'report.html'));
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.promises.writeFile(tmp, html);
  await fs.promises.rename(tmp, file);
  return { file, bytes: Buffer.byteLength(html), warnings: data.warnings };
}
