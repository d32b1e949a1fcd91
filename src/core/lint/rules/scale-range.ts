import { ofKind } from '../../kinds/index.js';
import { MAX_SCALE_STEPS } from '../../kinds/scale.js';
import { questionRule } from '../rule.js';

export const scaleRange = questionRule(
  { id: 'scale-range', severity: 'error', description: 'a scale has min < max, at most 101 points, and labels only on its points' },
  ({ question, path }, { report, say }) => {
    const scale = ofKind('scale', question)?.scale;
    if (scale === undefined) return;
    const { min, max, labels } = scale;
    if (min >= max) report([...path, 'scale', 'max'], say.maxNotAbove(min, max));
    else if (max - min > MAX_SCALE_STEPS) report([...path, 'scale', 'max'], say.tooManyPoints(MAX_SCALE_STEPS + 1, max - min + 1));
    for (const point of Object.keys(labels ?? {})) {
      if (Number(point) < min || Number(point) > max) report([...path, 'scale', 'labels', point], say.labelOutside(point, min, max), 'key');
    }
  },
);
