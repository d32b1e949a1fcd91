import { didYouMean } from '../../did-you-mean.js';
import { bankRule } from '../rule.js';

export const foundationFor = bankRule(
  {
    id: 'foundation-for',
    severity: 'error',
    description: '`foundation_for` names other recommendations of the bank, and no recommendation holds up itself through others',
  },
  ({ bank, report, say, words }) => {
    const known = bank.recommendations.map((r) => r.id);
    const heldUp = new Map(bank.recommendations.map((r) => [r.id, r.foundation_for ?? []]));
    bank.recommendations.forEach((recommendation, r) =>
      (recommendation.foundation_for ?? []).forEach((id, i) => {
        const at = ['recommendations', r, 'foundation_for', i];
        if (!known.includes(id)) report(at, `${say.noRecommendation(id)}${didYouMean(id, known, words)}`);
        else if (id === recommendation.id) report(at, say.itself(id));
        else if (reaches(heldUp, id, recommendation.id)) report(at, say.cycle(id, recommendation.id));
      }),
    );
  },
);

/** Whether `from` holds up `to`, directly or through others. */
function reaches(heldUp: ReadonlyMap<string, readonly string[]>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const pending = [from];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(heldUp.get(id) ?? []));
  }
  return false;
}
