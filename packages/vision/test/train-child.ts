// Child process of test/train-resume.test.ts (not a test file; loaded without arguments by
// node --test, it does nothing). Runs exactly what `must train --config CFG --out OUT` runs, but
// stops at the end of step PAUSE (after the checkpoint before it was written): it prints
// 'paused <step>' on stdout and blocks, so the test can kill -9 it at a known point.
import { runTrain } from '../src/cli/commands/train';

const [cfg, out, pause] = process.argv.slice(2);
if (cfg && out && pause) {
  const pauseAt = Number(pause);
  runTrain({
    config: cfg, out, progress: false,
    hooks: {
      onStep(info) {
        if (info.step !== pauseAt) return;
        process.stdout.write(`paused ${info.step}\n`);
        // block this thread (the test kills the process); give up after a minute
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
        process.exit(3);
      },
    },
  }).then(() => process.exit(4), (e: Error) => {
    process.stderr.write(`${e.stack}\n`);
    process.exit(1);
  });
}
