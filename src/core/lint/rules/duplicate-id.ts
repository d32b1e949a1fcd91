import type { DocPath } from '../../diagnostics.js';
import { optionsOf } from '../../bank.js';
import { bankRule } from '../rule.js';

export const duplicateId = bankRule(
  {
    id: 'duplicate-id',
    severity: 'error',
    description: 'ids are unique among the sources, bands, recommendations, actions, sections, questions, and the options of a question',
  },
  ({ bank, placed, locator, report, say }) => {
    const unique = (kind: Parameters<typeof say.duplicate>[0], items: { id: string; path: DocPath }[]) => {
      const seen = new Map<string, DocPath>();
      for (const { id, path } of items) {
        const first = seen.get(id);
        if (first) report([...path, 'id'], say.duplicate(kind, id, locator.at([...first, 'id']).line));
        else seen.set(id, path);
      }
    };
    const list = <T extends { id: string }>(items: T[], key: string) => items.map((item, i) => ({ id: item.id, path: [key, i] }));
    unique('source', list(bank.sources, 'sources'));
    unique('band', list(bank.bands, 'bands'));
    unique('recommendation', list(bank.recommendations, 'recommendations'));
    unique('section', list(bank.sections, 'sections'));
    unique(
      'question',
      placed.map(({ question, path }) => ({ id: question.id, path })),
    );
    unique(
      'action',
      bank.recommendations.flatMap((recommendation, r) =>
        recommendation.actions.flatMap((action, a) =>
          typeof action === 'string' || action.id === undefined ? [] : [{ id: action.id, path: ['recommendations', r, 'actions', a] }],
        ),
      ),
    );
    for (const { question, path } of placed) {
      const seen = new Set<string>();
      optionsOf(question).forEach((option, i) => {
        if (seen.has(option.value)) report([...path, 'options', i, 'value'], say.duplicateOption(option.value, question.id));
        seen.add(option.value);
      });
    }
  },
);
