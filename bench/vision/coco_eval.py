# Peer for coco-eval.ts: pycocotools on the same ground truth and results files; prints the time of
# evaluate + accumulate + summarize and the 12 numbers as one JSON line ({"skipped": ...} when
# pycocotools is not installed).
import contextlib
import io
import json
import sys
import time

try:
    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval
except ImportError as e:
    print(json.dumps({'skipped': 'pycocotools not installed (%s)' % e}))
    sys.exit(0)

gt_file, res_file = sys.argv[1:3]
with contextlib.redirect_stdout(io.StringIO()):
    gt = COCO(gt_file)
    dt = gt.loadRes(res_file)
    t0 = time.time()
    E = COCOeval(gt, dt, 'bbox')
    E.evaluate()
    E.accumulate()
    E.summarize()
    t = time.time() - t0
print(json.dumps({'seconds': t, 'stats': [float(v) for v in E.stats]}))
