// `ce-plan export --to surveyjs` against SurveyJS itself (survey-core, the engine every SurveyJS form
// runs on): the form loads clean, the questions SurveyJS shows for generated answer sets are those
// ce-plan's `when` shows, and `survey.data` imported back gives the same answers, and so the same scores.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ConditionsParser, Model } from 'survey-core';
import { lintSurvey } from 'survey-core/linter';
// SurveyJS's own words (its buttons, its messages) in Welsh, as a form that opens in Welsh would load them.
import 'survey-core/i18n/welsh';
import { bankIn } from '../src/core/translation.js';
import { placedQuestions } from '../src/core/bank.js';
import type { Bank } from '../src/core/schema.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { answerFileText } from '../src/io/answer-file-writer.js';
import { answersSchemaReference } from '../src/io/paths.js';
import { runInProcess } from './helpers/in-process.js';
import { answerSets, bankAt, BUILT_IN, careful, CONDITIONS_BANK } from './helpers/forms.js';
import { possibleAnswers } from './helpers/generators.js';
import { tempDir as makeTempDir } from './helpers/temp.js';

const tempDir = () => makeTempDir('surveyjs');

type SurveyJson = { pages: { name: string; elements: { name: string; type: string; visibleIf?: string }[] }[] };

/** Runs survey-core with its console warnings caught: a form that makes it warn fails the test. */
function quietly<T>(run: () => T): T {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    const result = run();
    expect(warnings).toEqual([]);
    return result;
  } finally {
    console.warn = warn;
  }
}

/** A model with these answers (as `survey.data` holds them), and the bank questions it shows. */
function surveyWith(json: SurveyJson, bank: Bank, answers: ReadonlyMap<string, Answer>, details: Record<string, string> = {}) {
  return quietly(() => {
    const survey = new Model(json);
    survey.data = { ...details, ...Object.fromEntries(answers) };
    const bankIds = new Set(placedQuestions(bank).map((p) => p.question.id));
    return {
      survey,
      shown: survey
        .getAllQuestions(true)
        .map((q) => q.name)
        .filter((name) => bankIds.has(name)),
    };
  });
}

describe.each([...BUILT_IN.map((id) => `questionnaires/${id}.yaml`), CONDITIONS_BANK])('export %s --to surveyjs', (bankFile) => {
  let bank: Bank;
  let json: SurveyJson;
  beforeAll(async () => {
    bank = await bankAt(bankFile);
    const out = join(tempDir(), 'form.json');
    const run = await runInProcess(['export', bankFile, '--to', 'surveyjs', '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    json = JSON.parse(readFileSync(out, 'utf8')) as SurveyJson;
  });

  test('loads in survey-core with no error or warning, and passes its linter', () => {
    const survey = quietly(() => new Model(json));
    expect(survey.jsonErrors ?? []).toEqual([]);
    expect(survey.pages.map((p) => p.title)).toEqual(['About these answers', ...bank.sections.map((s) => s.title)]);
    expect(survey.getAllQuestions().map((q) => q.name)).toEqual([
      'organisation',
      'area',
      'respondent',
      'role',
      'date',
      ...placedQuestions(bank).map((p) => p.question.id),
    ]);
    const parser = new ConditionsParser();
    for (const page of json.pages) for (const element of page.elements) if (element.visibleIf) expect(parser.parseExpression(element.visibleIf)).not.toBeNull();
    expect(lintSurvey(json).findings).toEqual([]);
  });

  test('questions are required as the bank says, and choices are { value, text }', () => {
    const survey = quietly(() => new Model(json));
    for (const { question } of placedQuestions(bank)) {
      const asked = survey.getQuestionByName(question.id);
      expect(asked.isRequired).toBe(question.required);
      expect(asked.title).toBe(question.prompt);
      if (question.type === 'single' || question.type === 'multi') {
        const choices = (asked as unknown as { choices: { value: string; text: string; isExclusive?: boolean }[] }).choices;
        expect(choices.map((c) => ({ value: c.value, text: c.text }))).toEqual(question.options.map((o) => ({ value: o.value, text: o.label })));
        if (question.type === 'multi') expect(choices.map((c) => c.isExclusive === true)).toEqual(question.options.map((o) => o.exclusive === true));
      }
    }
  });

  test("SurveyJS shows exactly the questions ce-plan's `when` shows", () => {
    // One model, its data replaced for each answer set, as a form reloaded with saved answers.
    const survey = quietly(() => new Model(json));
    const bankIds = new Set(placedQuestions(bank).map((p) => p.question.id));
    for (const answers of answerSets(bank, 60)) {
      const expected = shownQuestions(bank, answers).map((p) => p.question.id);
      const shown = quietly(() => {
        survey.data = Object.fromEntries(answers);
        return survey.getAllQuestions(true).map((q) => q.name);
      });
      expect(shown.filter((name) => bankIds.has(name))).toEqual(expected);
    }
  });

  test('a question SurveyJS hides loses its answer at once, as ce-plan ignores it', () => {
    const gated = placedQuestions(bank).find((p) => p.question.when !== undefined && p.question.when.question !== undefined)!.question;
    const gate = gated.when!.question!;
    const answers = careful(bank, 7);
    const { survey } = surveyWith(json, bank, answers);
    // Answer the gate so the follow-up shows, answer the follow-up, then close the gate again.
    const opening = (gated.when!.in ?? [gated.when!.equals])[0];
    survey.setValue(gate, Array.isArray(survey.getValue(gate)) ? [opening] : opening);
    expect(survey.getQuestionByName(gated.id).isVisible).toBe(true);
    survey.setValue(gated.id, possibleAnswers(gated)[0]);
    expect(survey.data[gated.id]).toEqual(possibleAnswers(gated)[0]);
    survey.clearValue(gate);
    expect(survey.getQuestionByName(gated.id).isVisible).toBe(false);
    expect(survey.data[gated.id]).toBeUndefined();
  });
});

describe.each(BUILT_IN)('survey.data from SurveyJS, imported back (%s)', (id) => {
  test('gives the same answers, and the same scores, as the same answers written as YAML', async () => {
    const bank = await bankAt(`questionnaires/${id}.yaml`);
    const dir = tempDir();
    const json = JSON.parse((await runInProcess(['export', id, '--to', 'surveyjs', '--out', '-'])).stdout) as SurveyJson;
    const sets = answerSets(bank, 12);
    // What a SurveyJS form submits: the data once it is completed (SurveyJS then drops every hidden question's answer).
    const results = sets.map((answers, i) => {
      const { survey } = surveyWith(json, bank, answers, { organisation: `Group ${i + 1}`, date: '2026-11-20' });
      quietly(() => survey.doComplete());
      return survey.data as Record<string, unknown>;
    });
    writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2));
    const imported = await runInProcess(['import', join(dir, 'results.json'), '--bank', id, '--out-dir', join(dir, 'imported')]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe('');

    // The same answers, written by hand as YAML (only those SurveyJS kept: it drops hidden ones).
    sets.forEach((answers, i) => {
      const shown = new Map(shownQuestions(bank, answers).flatMap((p) => (answers.has(p.question.id) ? [[p.question.id, answers.get(p.question.id)!]] : [])));
      const file = join(dir, 'imported', i === 0 ? 'group-1.yaml' : `group-${i + 1}.yaml`);
      const got = parse(readFileSync(file, 'utf8')) as { answers: Record<string, unknown>; organisation: { name: string; date: string } };
      expect(got.organisation).toEqual({ name: `Group ${i + 1}`, date: '2026-11-20' });
      expect(got.answers).toEqual(Object.fromEntries(shown));
      writeFileSync(
        join(dir, `yaml-group-${i + 1}.yaml`),
        answerFileText({ bank, organisation: { name: `Group ${i + 1}`, date: '2026-11-20' }, answers: new Map(answers) }, answersSchemaReference()),
      );
    });
    const fromImport = await runInProcess(['assess', join(dir, 'imported'), '--out-dir', join(dir, 'a'), '--format', 'json']);
    const fromYaml = await runInProcess([
      'assess',
      ...sets.map((_, i) => join(dir, `yaml-group-${i + 1}.yaml`)),
      '--out-dir',
      join(dir, 'b'),
      '--format',
      'json',
    ]);
    expect([fromImport.code, fromYaml.code]).toEqual([0, 0]);
    for (let i = 1; i <= sets.length; i++) {
      const a = JSON.parse(readFileSync(join(dir, 'a', `group-${i}.json`), 'utf8')) as { overall: unknown; recommendations: unknown; completeness: unknown };
      const b = JSON.parse(readFileSync(join(dir, 'b', `yaml-group-${i}.json`), 'utf8')) as typeof a;
      expect({ overall: a.overall, recommendations: a.recommendations, completeness: a.completeness }).toEqual({
        overall: b.overall,
        recommendations: b.recommendations,
        completeness: b.completeness,
      });
    }
    expect(readdirSync(join(dir, 'a'))).toHaveLength(sets.length);
  });
});

describe.each(BUILT_IN)('export %s --to surveyjs --lang cy', (id) => {
  let bank: Bank;
  let json: SurveyJson;
  beforeAll(async () => {
    bank = await bankAt(`questionnaires/${id}.yaml`);
    const out = join(tempDir(), 'form.json');
    expect(await runInProcess(['export', id, '--to', 'surveyjs', '--lang', 'cy', '--out', out])).toMatchObject({ code: 0, stderr: '' });
    json = JSON.parse(readFileSync(out, 'utf8')) as SurveyJson;
  });

  test('opens in Welsh in survey-core (locale "cy"): every page, question and choice in Welsh, and in English at the default locale', () => {
    const welsh = bankIn(bank, 'cy');
    const survey = quietly(() => new Model(json));
    expect(survey.locale).toBe('cy');
    expect(survey.completeText).toBe('Cwblhau');
    expect(survey.title).toBe(welsh.title);
    expect(survey.pages.map((p) => p.title)).toEqual(['Am yr atebion hyn', ...welsh.sections.map((s) => s.title)]);
    const shown = (model: Model) => Object.fromEntries(model.getAllQuestions().map((q) => [q.name, q]));
    const asked = shown(survey);
    for (const { question } of placedQuestions(welsh)) {
      expect(asked[question.id]!.title).toBe(question.prompt);
      if (question.help) expect(asked[question.id]!.description).toBe(question.help);
      if (question.type === 'single' || question.type === 'multi') {
        const choices = (asked[question.id] as unknown as { choices: { value: string; text: string }[] }).choices;
        expect(choices.map((c) => c.text)).toEqual(question.options.map((o) => o.label));
      }
    }
    // The same form at SurveyJS's default locale is the English.
    survey.locale = '';
    expect(survey.pages.map((p) => p.title)).toEqual(['About these answers', ...bank.sections.map((s) => s.title)]);
    expect(shown(survey)[placedQuestions(bank)[0]!.question.id]!.title).toBe(placedQuestions(bank)[0]!.question.prompt);
    expect(lintSurvey(json).findings).toEqual([]);
  });
});
