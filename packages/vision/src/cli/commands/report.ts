// `must report RUN_DIR [--out FILE] [--examples DIR] [--title TEXT]`: (re)writes RUN/report.html,
// the self-contained HTML report of a run folder (see src/report). A missing folder or an
// unreadable results.json is a one-line user error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { ReportError, writeReport, type WriteReportResult } from '../../report';

export interface ReportArgs {
  runDir: string;
  out?: string;
  /** A folder of extra example pictures (*.png). */
  examples?: string;
  title?: string;
}

export async function runReport(a: ReportArgs): Promise<WriteReportResult> {
  let examples: string[] | undefined;
  if (a.examples) {
    let names: string[];
    try {
      names = fs.readdirSync(a.examples).filter((n) => /\.png$/i.test(n)).sort();
    } catch (e) {
      throw new CliError(`cannot read --examples folder ${a.examples}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}`);
    }
    examples = names.map((n) => path.join(a.examples!, n));
  }
  try {
    return await writeReport(a.runDir, { out: a.out, examples, title: a.title });
  } catch (e) {
    if (e instanceof ReportError) throw new CliError(e.message);
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EROFS') throw new CliError(`cannot write the report: ${err.message}`);
    throw e;
  }
}

export function register(program: Command): void {
  program
    .command('report')
    .description('write RUN_DIR/report.html: results table, training curves, pseudo-label examples, timings, config (self-contained, offline)')
    .argument('<run-dir>', 'run folder (results.json, <stage>/metrics.jsonl, pseudo/examples/*.png, config.yaml)')
    .option('--out <file>', 'output file (default RUN_DIR/report.html)')
    .option('--examples <dir>', 'also show the *.png pictures of this folder')
    .option('--title <text>', 'page title')
    .option('--quiet', 'print nothing but errors')
    .action(async (runDir: string, opts: { out?: string; examples?: string; title?: string; quiet?: boolean }) => {
      const r = await runReport({ runDir, out: opts.out, examples: opts.examples, title: opts.title });
      if (!opts.quiet) {
        for (const w of r.warnings) console.error(`must report: note: ${w}`);
        console.log(r.file);
      }
    });
}
