// `must coco-eval GT.json RESULTS.json --type bbox|segm [--json] [--per-category]`: COCO detection
// evaluation with pycocotools' semantics (see src/metrics/coco.ts). Prints the 12 summary lines as
// COCOeval.summarize() does; with --json exactly
//   {"stats": [12 numbers], "perCategoryAP": {"<category id>": number}}
// (-1 where a number is undefined, e.g. a category without ground truth).
import * as fs from 'node:fs';
import type { Command } from 'commander';
import { CliError } from '../errors';
import { evaluateCoco, formatCocoSummary, type CocoEvalResult, type IouType } from '../../metrics/coco';
import { pyFixed } from '../../metrics/numeric';

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new CliError(`cannot read ${what} ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${what} ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/** The --json line: {"stats": [...], "perCategoryAP": {...}} with Python json.dumps spacing. */
export function cocoEvalJson(r: Pick<CocoEvalResult, 'stats' | 'perCategoryAP'>): string {
  const num = (v: number) => JSON.stringify(v);
  const cats = Object.entries(r.perCategoryAP).map(([k, v]) => `${JSON.stringify(k)}: ${num(v)}`);
  return `{"stats": [${r.stats.map(num).join(', ')}], "perCategoryAP": {${cats.join(', ')}}}`;
}

export interface CocoEvalArgs {
  gt: string;
  results: string;
  type: IouType;
}

export function runCocoEval(args: CocoEvalArgs): CocoEvalResult {
  if (args.type !== 'bbox' && args.type !== 'segm') throw new CliError(`--type must be bbox or segm, got '${String(args.type)}'`);
  const gt = readJson(args.gt, 'ground truth');
  const results = readJson(args.results, 'results');
  if (!gt || typeof gt !== 'object' || Array.isArray(gt)) throw new CliError(`ground truth ${args.gt} must be a COCO dataset object`);
  if (!Array.isArray(results)) throw new CliError(`results ${args.results} must be a JSON array of detections`);
  try {
    return evaluateCoco(gt as never, results, args.type);
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError || e instanceof SyntaxError) throw new CliError(e.message);
    throw e;
  }
}

export function register(program: Command): void {
  program
    .command('coco-eval')
    .description('COCO detection evaluation (AP/AR exactly as pycocotools) of a results file')
    .argument('<gt>', 'COCO ground-truth JSON (e.g. instances_val2017.json)')
    .argument('<results>', 'COCO results JSON: [{image_id, category_id, score, bbox: [x,y,w,h] and/or segmentation}]')
    .option('--type <type>', 'bbox or segm', 'bbox')
    .option('--json', 'print {"stats": [12 numbers], "perCategoryAP": {"<category id>": AP}} instead of the table')
    .option('--per-category', 'also print AP@[.5:.95] per category after the table')
    .action((gtFile: string, resFile: string, opts: { type: string; json?: boolean; perCategory?: boolean }) => {
      const r = runCocoEval({ gt: gtFile, results: resFile, type: opts.type as IouType });
      if (opts.json) {
        console.log(cocoEvalJson(r));
        return;
      }
      console.log(formatCocoSummary(r.stats));
      if (opts.perCategory) {
        console.log('\n category        AP');
        for (const [id, ap] of Object.entries(r.perCategoryAP)) console.log(` ${id.padEnd(10)} ${ap < 0 ? '     -' : pyFixed(ap, 3).padStart(6)}`);
      }
    });
}
