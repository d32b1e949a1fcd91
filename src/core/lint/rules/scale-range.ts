import { ofKind } from '../../kinds/index.js';
import { MAX_SCALE_STEPS } from '../../kinds/scale.js';
import { questionRule } from '../rule.js';

export const scaleRange = questionRule(
  { id: 'scale-range', severity: 'error', description: 'a scale has min < max, at most 101 points, and labels only on its points' },
  ({ question, path }, { report }) => {
    const scale = ofKind('scale', question)?.scale;
    if (scale === undefined) return;
    const { min, max, labels } = scale;
    if (min >= max) report([...path, 'scale', 'max'], `scale max (${max}) must be greater than min (${min})`);
    else if (max - min > MAX_SCALE_STEPS)
      report([...path, 'scale', 'max'], `a scale may have at most ${MAX_SCALE_STEPS + 1} points, not ${max - min + 1}; use a number question instead`);
    for (const point of Object.keys(labels ?? {})) {
      if (Number(point) < min || Number(point) > max)
        report([...path, 'scale', 'labels', point], `label for ${point} is outside the scale ${min}–${max}`, 'key');
    }
  },
);
