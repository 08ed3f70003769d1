// `must augment`: a synthetic COCO dataset in, an augmented one out, every label consistent
// (boxes are the bounding boxes of the masks read back), byte-identical for the same seed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { CocoDataset } from '../src/data/coco';
import { runSynth } from '../src/cli/commands/synth';
import { runAugment } from '../src/cli/commands/augment';
import { buildProgram } from '../src/cli/main';
import { checkInvariants, disposeAll } from './augment-helpers';

torch.setNumThreads(1);

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

test('must augment: labels consistent after writing and reading back, deterministic', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'must-augment-cli-'));
  try {
    const src = path.join(tmp, 'synth');
    await runSynth({ out: src, count: 4, size: [48, 48], seed: 1, split: 'train', classes: 4, progress: false });
    const ops = ['flip', 'lsj', 'copy-paste', 'randaugment'];
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    const r = await runAugment({ in: src, out: a, ops, seed: 5, copies: 2, progress: false });
    assert.equal(r.images, 8);
    await runAugment({ in: src, out: b, ops, seed: 5, copies: 2, progress: false });
    const fa = files(a);
    const fb = files(b);
    assert.deepEqual([...fa.keys()].sort(), [...fb.keys()].sort());
    for (const [k, v] of fa) assert.ok(v.equals(fb.get(k)!), `${k} differs between runs`);
    // read back: every label present, boxes = bounding boxes of the masks
    const ds = new CocoDataset({ annotations: path.join(a, 'annotations.json') });
    const orig = new CocoDataset({ annotations: path.join(src, 'annotations.json') });
    assert.deepEqual([...ds.tasks], [...orig.tasks]);
    const refs = await Promise.all(Array.from({ length: orig.length }, (_, i) => orig.get(i)));
    for (let i = 0; i < ds.length; i++) {
      const s = await ds.get(i);
      assert.ok(s.instances?.masks && s.semantic && s.depth && s.normals, `sample ${i} lost labels`);
      // the writer stores depth in millimeters and normals in 8 bits: compare after rounding
      checkInvariants({ ...s, normals: undefined, depth: undefined }, refs, `read back ${i}`);
      disposeAll(s);
    }
    disposeAll(...refs);
    // the command line parses and rejects unknown ops with one line
    const program = buildProgram();
    program.exitOverride();
    await assert.rejects(program.parseAsync(['node', 'must', 'augment', '--in', src, '--out', path.join(tmp, 'c'), '--ops', 'nope']), /unknown op 'nope'/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
