// Assigns each prediction (anchor) to a ground-truth box, as torchvision's Matcher
// (models/detection/_utils.py).
import * as torch from '@must/torch';
import type { Tensor } from '@must/torch';

export interface MatcherOptions {
  /**
   * For each ground truth, also match the predictions of highest quality with it (ties included)
   * even when below the thresholds (RetinaNet and Faster R-CNN's RPN use this). Default false.
   */
  allowLowQualityMatches?: boolean;
}

export class Matcher {
  /** A prediction whose best quality is < lowThreshold (background). */
  static readonly BELOW_LOW_THRESHOLD = -1;
  /** A prediction whose best quality is in [lowThreshold, highThreshold) (ignored). */
  static readonly BETWEEN_THRESHOLDS = -2;

  readonly allowLowQualityMatches: boolean;

  constructor(readonly highThreshold: number, readonly lowThreshold: number, opts: MatcherOptions | boolean = {}) {
    if (!(lowThreshold <= highThreshold)) throw new RangeError('Matcher: lowThreshold should be <= highThreshold');
    this.allowLowQualityMatches = typeof opts === 'boolean' ? opts : opts.allowLowQualityMatches ?? false;
  }

  /**
   * matchQualityMatrix [M, N]: quality (IoU) of M ground truths x N predictions. Returns [N]
   * int64: the matched ground-truth index, or BELOW_LOW_THRESHOLD / BETWEEN_THRESHOLDS.
   */
  match(matchQualityMatrix: Tensor): Tensor {
    const m = matchQualityMatrix;
    if (m.ndim !== 2) throw new RangeError(`Matcher: the match quality matrix must be [M, N], got [${m.shape.join(', ')}]`);
    if (m.numel === 0) {
      throw new RangeError(m.shape[0] === 0
        ? 'Matcher: no ground-truth boxes available for one of the images during training'
        : 'Matcher: no proposal boxes available for one of the images during training');
    }
    return torch.tidy(() => {
      const [matchedVals, allMatches] = m.max(0);
      const below = matchedVals.lt(this.lowThreshold);
      const between = torch.logicalAnd(matchedVals.ge(this.lowThreshold), matchedVals.lt(this.highThreshold));
      let matches = allMatches.maskedFill(below, Matcher.BELOW_LOW_THRESHOLD).maskedFill(between, Matcher.BETWEEN_THRESHOLDS);
      if (this.allowLowQualityMatches) {
        // For each ground truth, the predictions with its highest quality (ties included) get
        // their best match back: torch.where(mqm == highest[:, None])[1].
        const highest = m.max(1)[0];
        const update = m.eq(highest.unsqueeze(1)).any(0);
        matches = torch.where(update, allMatches, matches);
      }
      return matches;
    });
  }

  /** Same as match (torchvision's __call__). */
  forward(matchQualityMatrix: Tensor): Tensor {
    return this.match(matchQualityMatrix);
  }
}
