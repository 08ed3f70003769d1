import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as torch from '@must/torch';
import { main } from '../src/cli/main';
import { CocoDataset, SyntheticScenes } from '../src/data';

torch.setNumThreads(1);

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

test('must synth: a COCO split with dense labels; the same seed gives byte-identical files', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'must-synth-'));
  try {
    const a = path.join(root, 'a'), b = path.join(root, 'b'), c = path.join(root, 'c');
    const args = ['--count', '5', '--size', '32', '--seed', '4', '--no-progress'];
    assert.equal(await main(['node', 'must', 'synth', '--out', a, ...args]), 0);
    assert.equal(await main(['node', 'must', 'synth', '--out', b, ...args]), 0);
    assert.equal(await main(['node', 'must', 'synth', '--out', c, ...args.slice(0, 5), '5', '--no-progress']), 0);
    const fa = files(a);
    assert.deepEqual(fa, files(b));
    assert.equal(fa.length, 1 + 4 * 5);
    for (const f of fa) assert.ok(fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))), `${f} differs`);
    assert.ok(!fs.readFileSync(path.join(a, 'images/000000.png')).equals(fs.readFileSync(path.join(c, 'images/000000.png'))), 'another seed differs');

    const json = JSON.parse(fs.readFileSync(path.join(a, 'annotations.json'), 'utf8'));
    assert.deepEqual(json.categories.map((x: { id: number }) => x.id), [1, 2, 3, 4, 5, 6, 7, 8]);
    const im = json.images[2];
    assert.deepEqual(Object.keys(im).sort(), ['depth_file', 'file_name', 'height', 'id', 'label', 'normals_file', 'semantic_file', 'width']);
    assert.equal(im.depth_file, 'depth/000002.png');
    for (const ann of json.annotations) {
      assert.equal(ann.bbox.length, 4);
      assert.equal(typeof ann.segmentation.counts, 'string');
      assert.equal(ann.iscrowd, 0);
      assert.ok(ann.area > 0);
    }
    // read back: the same labels as the renderer's
    const ds = new CocoDataset({ annotations: path.join(a, 'annotations.json') });
    const synth = new SyntheticScenes({ length: 5, size: 32, seed: 4 });
    for (let i = 0; i < 5; i++) {
      const x = await ds.getRaw(i), y = synth.getRaw(i);
      assert.equal(x.label, y.label);
      assert.deepEqual(x.semantic, y.semantic);
      assert.deepEqual(x.instances!.boxes, y.instances!.boxes);
      assert.deepEqual(x.instances!.masks, y.instances!.masks);
    }
    // a bad argument is a one-line user error (exit code 2)
    assert.equal(await main(['node', 'must', 'synth', '--out', c, '--size', 'big', '--no-progress']), 2);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
