// COCO evaluation against pycocotools: the scenarios of test/fixtures/metrics/coco-eval.json
// (inputs and pycocotools' outputs, made by make_fixtures.py) must give the same 12 numbers bit for
// bit, the same per-category AP and the same printed summary.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { evaluateCoco, formatCocoSummary, type CocoDataset, type CocoResult, type IouType } from '../src/metrics';

torch.setNumThreads(1);

interface Scenario {
  name: string;
  iouType: IouType;
  gt: CocoDataset;
  results: CocoResult[];
  expected: { stats: number[]; perCategoryAP: Record<string, number>; summary: string[] };
}

const FIX: Scenario[] = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'metrics', 'coco-eval.json'), 'utf8'));

for (const sc of FIX) {
  test(`pycocotools scenario ${sc.name} (${sc.iouType}): ${sc.results.length} results`, () => {
    const r = evaluateCoco(sc.gt, sc.results, sc.iouType);
    assert.deepEqual(r.stats, sc.expected.stats);
    assert.deepEqual(r.perCategoryAP, sc.expected.perCategoryAP);
    assert.equal(formatCocoSummary(r.stats), sc.expected.summary.join('\n'));
  });
}
