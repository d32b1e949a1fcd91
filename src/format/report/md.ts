// The Markdown report: the report's facts, worded (view.ts), through an Eta template whose every
// `<%= %>` is escaped for Markdown. The template's text is read at the edge, so this stays pure.
import { Eta } from 'eta/core';
import { mapped } from '../../core/lists.js';
import { bankLanguage } from '../../core/translation.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { templateRenderer } from './eta-template.js';
import type { Editions } from './index.js';
import { reportView, wordsOfReport } from './view.js';

const template = templateRenderer(new Eta({ autoEscape: true, escapeFunction: escapeMarkdown, autoTrim: false, useWith: false, varName: 'it' }));

export const check = template.check;

/** The line a report starts with: its tables and quoted answers cannot be wrapped at 80 columns. */
const LINT_HEADER = '<!-- markdownlint-disable-file MD013 -->';

export function render(editions: Editions, text: string): string {
  if (editions.length === 1) return withOneFinalNewline(template.render(text, reportView(editions[0])));
  return bilingual(editions, text);
}

/**
 * Exactly one final newline, whatever the template ends with (markdownlint MD047 / MD012). A report that
 * has it already is kept as it is: trimming copies the template's pieces into one string (as writing it
 * must), and the newline added again would make a new one, which writing would copy a second time.
 */
function withOneFinalNewline(report: string): string {
  const trimmed = report.trimEnd();
  return trimmed.length === report.length - 1 && report.endsWith('\n') ? report : `${trimmed}\n`;
}

/**
 * A report in several languages, one after the other, the first first (the Welsh Government's bilingual
 * design: Welsh first, each language whole and alike in type): one title naming both, then each
 * language's report a level down, opening with where the other is.
 */
function bilingual(editions: Editions, text: string): string {
  const views = mapped(editions, reportView);
  const parts = mapped(editions, (facts, i) => {
    const others = editions.filter((_, j) => j !== i);
    const notes = mapped(others, (other) => wordsOfReport(facts).report.alsoIn(bankLanguage(other.bank), editions.indexOf(other) < i ? 'above' : 'below'));
    const own = template.render(text, views[i]!).trim();
    const body = (own.startsWith(LINT_HEADER) ? own.slice(LINT_HEADER.length) : own).trim();
    // A level down: ce-plan's text never starts a line with #, which the escaper neutralises.
    const demoted = body.replace(/^(#{1,5}) /gm, '#$1 ');
    const title = demoted.indexOf('\n');
    return title === -1 ? demoted : `${demoted.slice(0, title)}\n\n${escapeMarkdown(notes.join(' '))}${demoted.slice(title)}`;
  });
  return `${LINT_HEADER}\n# ${mapped(views, (view) => escapeMarkdown(view.heading)).join(' / ')}\n\n${parts.join('\n\n')}\n`;
}
