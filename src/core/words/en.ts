// ce-plan's own words in English: the catalogue every other language is typed against (`Words`), so the
// compiler names any word a translation lacks. A word is text, or a function of what it needs (a count, a
// name) where the sentence around it changes with them. Text from a bank or an answer file comes in raw;
// each format escapes it where it writes it. The sections follow where the words are shown.
import { LANGUAGES, type TranslatedLanguage } from '../languages.js';
import type { GapStatus, Movement } from '../progress.js';
import { mapped } from '../lists.js';
import { pluralOf, type PluralForms } from './plural.js';

const count = pluralOf('en');
/** "A, B and C". */
const list = (items: readonly string[], last = 'and'): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)!}`;
const plural = (n: number, one: string, many = `${one}s`) => count(n, { one: `# ${one}`, other: `# ${many}` } satisfies PluralForms);

const GAP_STATUSES: Record<GapStatus, string> = {
  done: 'Done',
  'partly-done': 'Partly done',
  'under-way': 'Under way',
  'not-done': 'Not done',
  dropped: 'Dropped',
  'not-tracked': 'Not in the tracker',
};

/** What to do with an agreement file `agree` cannot resume, the safest first. */
const AGREEMENT_WAYS_ON = 'use --out FILE for a new agreement beside it, or --restart to replace it (a copy is kept)';

const LANGUAGE_NAMES_IN_ENGLISH = { en: 'English', cy: 'Welsh' };

export const en = {
  /** The HTML `lang` of a page in this language. */
  htmlLang: 'en-GB',
  /** Bank text that has no translation in this language, as it is shown (English never marks it). */
  untranslated: (text: string): string => text,
  /** A report's date (YYYY-MM-DD) as its text says it. */
  date: (iso: string): string => iso,
  /** "A, B and C"; `last` joins the last two ("or"). */
  list,

  /** Words the core makes: answers in words, who gave them, and the tasks the plan adds. */
  core: {
    /** A scale's "Don't know". */
    dontKnow: "Don't know",
    /** A scale's answer: "4 of 1–5 (Mostly)". */
    scalePoint: (point: string, min: number, max: number, label: string | undefined) => `${point} of ${min}–${max}${label === undefined ? '' : ` (${label})`}`,
    /** A cause that was not answered. */
    unanswered: 'unanswered',
    /** A follow-up that was not asked. */
    notAsked: 'not asked',
    /** An appendix answer, or a respondent's, left blank. */
    notAnswered: 'Not answered',
    /** Who gave an answer, of several respondents: "all 3". */
    byAll: (of: number) => `all ${of}`,
    /** "2 of 3 (Chair, Sergeant)". */
    bySome: (who: readonly string[], of: number) => `${who.length} of ${of} (${who.join(', ')})`,
    /** The plan's task for a "Don't know" the bank gives no `find_out` for. */
    findOut: (prompt: string) => `${prompt} Ask whoever would know, then choose the next step at the next meeting.`,
    /** The plan's task for the questions left blank. */
    answerTheRest: (n: number) =>
      `Answer ${n === 1 ? 'the 1 question' : `the ${n} questions`} left blank (“Not answered” in the appendix), then run the assessment again: until then each counts as 0.`,
    /** The plan's task where respondents disagree. */
    agreeSharedView: (n: number, afterAgreement: boolean) =>
      `At the next partnership meeting, agree a shared view on ${n === 1 ? 'the question' : `the ${n} questions`} ${afterAgreement ? '“What you agreed” lists as still contested' : 'listed under “Where you disagree”'}. The plan's actions on ${n === 1 ? 'it wait' : 'them wait'} for that view.`,
    /** An answer the respondents agreed (`ce-plan agree`), in the appendix. */
    agreed: (answer: string) => `Agreed: ${answer}`,
    /** A respondent of an anonymised report. */
    respondent: (n: number) => `Respondent ${n}`,
  },

  /** What a person typing an answer is told (the interview). */
  answers: {
    required: 'an answer is required',
    chooseOne: 'choose at least one option',
    notWithOthers: (label: string) => `"${label}" cannot be combined with other options`,
    wholeNumber: 'enter a whole number',
    number: (whole: boolean, examples: readonly number[]) =>
      `enter ${whole ? 'a whole number' : 'a number'}${examples.length === 0 ? '' : `, such as ${examples.join(' or ')}`}`,
    atLeast: (n: number) => `enter ${n} or more`,
    atMost: (n: number) => `enter ${n} or less`,
    tooLong: (most: number, length: number) => `keep it to ${most} characters (this is ${length})`,
  },

  /**
   * Findings about a file ce-plan reads (an answer file, a bank, an agreement): what is wrong at a line
   * and column, and what to do. In the first language of the command's `--lang`, else English: a batch
   * mixes files of several languages and is read by one person.
   */
  findings: {
    /** After a word that is not known: the nearest one that is. */
    didYouMean: (suggestion: string) => `; did you mean "${suggestion}"?`,
    /** The one finding that stands for those past a file's first `limit`. */
    tooMany: (more: number, limit: number) =>
      `and ${more.toLocaleString('en-GB')} more finding${more === 1 ? '' : 's'} in this file, not shown: fix the first ${limit} and run again`,

    // Reading the YAML.
    nestedTooDeep: 'is nested too deeply to be a ce-plan file',
    yamlVersion: (version: string) =>
      `says %YAML ${version}, but ce-plan reads YAML 1.2 only (where 010 is ten and 1_000 is text, not 8 and 1000 as in 1.1); remove the %YAML line`,
    /** A syntax error, as the YAML reader words it (in English). */
    yamlSyntax: (detail: string) => detail,
    emptyFile: 'is empty; expected a YAML map of keys',
    tooManyAliases: (most: number, alias: string) =>
      `uses more than ${most} aliases (this is *${alias}, the first beyond the limit); write the content out or use fewer aliases`,
    aliasesExpand: (most: number) => `uses aliases that expand too far (more than ${most}); write the content out or use fewer aliases`,
    /** `key` comes quoted. */
    duplicateKey: (key: string) => `the key ${key} is given twice in this map; each key may appear once`,
    keyNotPlain: 'keys must be plain words, not lists or maps',
    keyTagged: 'keys must be plain words, not a date, binary data or other tagged value',
    forbiddenKey: (key: string) => `the key ${key} is not allowed (it could tamper with objects); rename or remove it`,

    // The file's shape (the schema). `subject` is "the file", `"key"` or `item 2 of "key"`; `actual` a value in words.
    value: {
      empty: 'empty',
      list: 'a list',
      binary: 'binary data (a !!binary value)',
      timestamp: 'a date and time (a !!timestamp value; write a date as text, such as 2026-11-20)',
      set: 'a set (a !!set value)',
      orderedMap: 'an ordered map (a !!omap value)',
      map: 'a map of keys',
      /** `quoted` comes quoted. */
      text: (quoted: string) => `the text ${quoted}`,
      yesNo: (value: boolean) => `${String(value)} (a yes/no value)`,
      number: (value: number) => `the number ${String(value)}`,
    },
    expected: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      array: 'a list',
      object: 'a map of keys',
      record: 'a map of keys',
    },
    theFile: 'the file',
    item: (n: number, of: string) => `item ${n} of "${of}"`,
    missingKey: (subject: string, expected: string) => `missing required key ${subject} (${expected})`,
    wrongType: (subject: string, expected: string, actual: string, quoteIt: boolean) =>
      `${subject} must be ${expected}, not ${actual}${quoteIt ? '; put it in quotes to make it text' : ''}`,
    unknownKey: (key: string) => `unknown key "${key}"`,
    missingOneOf: (key: string, options: readonly string[]) => `missing required key "${key}" (one of ${options.join(', ')})`,
    notOneOf: (subject: string, options: readonly string[], actual: string) => `${subject} must be one of ${options.join(', ')}, not ${actual}`,
    items: (subject: string, least: boolean, n: number) => `${subject} needs ${least ? 'at least' : 'at most'} ${n} item${n === 1 ? '' : 's'}`,
    notEmpty: (subject: string) => `${subject} must not be empty`,
    outOfRange: (subject: string, relation: 'atLeast' | 'greaterThan' | 'atMost' | 'lessThan', limit: string, actual: string) =>
      `${subject} must be ${{ atLeast: 'at least', greaterThan: 'greater than', atMost: 'at most', lessThan: 'less than' }[relation]} ${limit}, not ${actual}`,
    exactly: (subject: string, values: readonly string[], actual: string) => `${subject} must be ${values.join(' or ')}, not ${actual}`,
    /** A rule the schema states (`rule`, from `rules` below), and what the file gives when there is something. */
    breaks: (subject: string, rule: string, actual: string | undefined) => `${subject} ${rule}${actual === undefined ? '' : `, not ${actual}`}`,
    /** The rules the schema (src/core/schema.ts) names, each by its key. */
    rules: {
      action: 'must be text, or a map with "id", "text" and "when" or "for"',
      version: 'must be a semantic version such as "1.0.0"',
      includesEnglish: 'must include en: a bank is written in English, and translated from it',
      answer: 'must be an option value, a number, or a list of option values',
      dateForm: 'must be a date like 2026-11-20',
      realDate: 'must be a real date (YYYY-MM-DD)',
      language: `must be a language (${LANGUAGES.join(', ')}) or a list of them`,
      oneLine: 'must be one line of text (no line breaks or control characters)',
      sha256: 'must be a SHA-256 in hex: 64 characters 0-9 and a-f',
      kebabId: 'must be kebab-case, like "define-engagement"',
      notEmpty: 'must not be empty',
      notBlank: 'must not be blank',
      noControls: 'must not hold control characters (such as ESC), only text, newlines and tabs',
      englishHash: 'must be the 8 hex digits of the English it was translated from, as `ce-plan lint` gives them',
      optionValue: 'must be a short word such as "yes" or "ward-panel"',
      scalePoint: 'must be a whole number on the scale',
    },

    // The answers, against the bank.
    bankVersion: (given: string, bank: string, version: string) =>
      `these answers are for version ${given} of bank "${bank}", but the bank is version ${version}; check the answers still fit`,
    unknownQuestion: (id: string, bank: string) => `no question "${id}" in bank "${bank}"`,
    /** `problem` is one of the answer's words below. */
    badAnswer: (id: string, problem: string) => `"${id}": ${problem}`,
    hiddenAnswer: (id: string) => `"${id}" is not asked given the other answers (its "when" does not hold), so this answer is ignored`,
    unknownBank: (bank: string, hint: string, known: readonly string[]) =>
      `no bank "${bank}"${hint}; ${known.length === 0 ? 'there are no built-in banks' : `the built-in banks are ${known.join(', ')}`} (or pass --bank PATH)`,
    /** `import`: a response whose answer file would be too large for `assess` to read. */
    tooLarge: (unit: 'row' | 'response', row: number, size: string, most: string) =>
      `${unit} ${row} would make an answer file of ${size}, larger than assess reads (${most}), as its text is written escaped; shorten its answers`,
    agreementInBatch:
      'is an agreement file (it has "agreed"), not an answer file: `assess --combine` applies it to its organisation\'s combined report; here it is left out',
    answer: {
      oneNotList: (values: readonly string[]) => `takes one option, not a list; choose one of ${values.join(', ')}`,
      notAnOption: (actual: string, values: readonly string[], several: boolean) =>
        `${actual} is not an option; ${several ? 'choose from' : 'choose one of'} ${values.join(', ')}`,
      exclusive: (value: string, label: string) => `"${value}" (${label}) cannot be chosen with other options; keep it alone or remove it`,
      scale: (min: number, max: number, dontKnow: string | undefined, actual: string) =>
        `must be a whole number from ${min} to ${max}${dontKnow === undefined ? '' : `, or ${dontKnow}`}, not ${actual}`,
      notNumber: (actual: string) => `must be a number, not ${actual}`,
      notWhole: (value: number) => `must be a whole number, not ${value}`,
      atLeast: (min: number, value: number) => `must be at least ${min}, not ${value}`,
      atMost: (max: number, value: number) => `must be at most ${max}, not ${value}`,
      textNotList: 'must be text, not a list',
      tooLong: (length: number, most: number) => `is ${length} characters long; the most this question takes is ${most}`,
    },
    /** An agreement file (`ce-plan agree`), against the bank and the answers it is applied to. */
    agreement: {
      otherBank: (agreed: string, answered: string) => `is an agreement on bank "${agreed}", but the answer files it is applied to answer "${answered}"`,
      otherVersion: (agreed: string, bank: string, answered: string) =>
        `is an agreement on version ${agreed} of "${bank}", but the answer files answer version ${answered}; agree again on the answers as they are`,
      noAnswer: (id: string) => `"${id}" gives a reason but no agreed answer; give the answer, or empty both if it was not agreed`,
      noReason: (id: string) => `"${id}" has an agreed answer but no reason: say why in one line (reason: …)`,
      notAnAgreement: 'is not an agreement file: it has no "agreed" (an answer file is given as an input, not with --agreed)',
      twoAgreements: (n: number, organisation: string, files: string) =>
        `is one of ${n} agreements for ${organisation} (${files}); keep one, so none is applied`,
      notAskedOfAny: (id: string) =>
        `"${id}" is not asked of any respondent once the agreement is applied (its "when" does not hold), so this agreed answer is ignored`,
      /** `which` is the agreement's organisation; `names` those in the run with several answer files, quoted. */
      otherOrganisation: (which: string, names: readonly string[]) =>
        `is an agreement for ${which}, which no organisation in this run is (${names.length === 0 ? 'none here has several answer files' : `the organisations with several answer files here are ${names.join(', ')}`}); its name and area must match their answer files'`,
      respondentMissing: (file: string, path: string) =>
        `"${file}" does not exist (looked for ${path}): the agreement was made on it; restore it, or agree again on the files there are`,
      respondentNotHere: (file: string, respondents: number) =>
        `"${file}" is not among the answer files of ${respondents} respondents in this run; assess it with them, or agree again without it`,
      respondentChanged: (file: string) =>
        `"${file}" has changed since the agreement (its SHA-256 differs), so the agreement is not applied to its answers; agree again to include them`,
      respondentNotListed: (file: string) =>
        `${file} is not listed, so the agreement is not applied to its answers (it was not part of the agreement); agree again to include it`,
    },
    /** `assess --combine` and `compare --combine`: one organisation's respondents, combined. */
    combine: {
      differentBanks: (organisation: string, which: string) =>
        `${organisation}: its answer files use different banks or bank versions, so they cannot be combined: ${which}`,
      wouldOverwrite: (report: string, input: string) => `the report ${report} would overwrite ${input}; use another --out-dir`,
      onlyAgreement: (input: string) => `${input} holds no answer file, only an agreement; with --combine each side is one organisation's respondents`,
      severalOrganisations: (input: string) =>
        `${input} holds answer files of more than one organisation; with --combine each side is one organisation's respondents`,
      sideDifferentBanks: (input: string) => `${input}: its answer files use different banks or bank versions, so they cannot be combined`,
    },
    /** `assess --combine --anonymise`: what a report leaves out, so it names no respondent. `marker` is what stands in the report for a name. */
    anonymity: {
      nameTakenOut: (prompt: string, marker: string) => `an answer to "${prompt}" held a respondent's name, so the report gives it as ${marker}`,
      roleLeftOut: (role: string) => `the role "${role}" is held by one respondent only, so the report leaves it out: it would name them`,
    },
    /** `ce-plan agree`: one organisation's respondents. */
    partnership: {
      /** `only` is the one answer file given, if there is one. */
      tooFew: (only: string | undefined) =>
        `${only === undefined ? 'no answer file was given' : `${only} is the only answer file given`}: an agreement is between the respondents of one organisation; give all their answer files (a folder, a glob, or each file)`,
      /** `which` names each organisation with its files; `first` the files of the first. */
      severalOrganisations: (which: readonly string[], first: readonly string[]) =>
        `these answer files are of ${which.length} organisations: ${which.join('; ')}. An agreement is one organisation's: give only its answer files, as in \`ce-plan agree ${first.join(' ')}\``,
      differentBanks: (which: string) => `these answer files use different banks or bank versions, so they cannot be agreed on together: ${which}`,
    },
    /** An action tracker read back (`assess --previous-tracker`, `compare --tracker`). Column names and statuses are the tracker's own. */
    tracker: {
      notATracker: 'is not an action tracker: expected the .xlsx workbook or the .csv ce-plan writes with --tracker',
      noSheet: (sheet: string) => `is not an action tracker: it has no sheet "${sheet}" (ce-plan assess --tracker writes one)`,
      noAbout: (sheet: string) =>
        `has no "${sheet}" sheet that ce-plan can read (it records the bank and organisation the tracker was written for); its rows are still read, by action id`,
      noColumns: (missing: readonly string[], columns: readonly string[], found: readonly string[]) =>
        `is not an action tracker: its first row has no ${missing.map((c) => `"${c}"`).join(' or ')} column (the tracker's columns are ${columns.join(', ')}; this one's are ${found.length === 0 ? 'empty' : found.join(', ')})`,
      /** A finding in a cell: of the sheet named, or of the CSV (null). */
      inCell: (sheet: string | null, cell: string, message: string) => `${sheet === null ? 'CSV' : `sheet "${sheet}"`}, cell ${cell}: ${message}`,
      formula: (formula: string, column: string) => `holds a formula (${formula}); ce-plan never runs one: type the ${column.toLowerCase()} itself`,
      /** `problem` is the reader's own words (in English). */
      unreadable: (problem: string) => `cannot be read: it ${problem}`,
      noId: 'this row has no ID, so ce-plan cannot tell which action it records; it is left out of the comparison (and stays in your tracker)',
      notAStatus: (typed: string, statuses: readonly string[]) => `"${typed}" is not a status; choose one of ${statuses.join(', ')}`,
      notADate: (typed: string) => `"${typed}" is not a date ce-plan can read (type it as 2027-03-31 or 31/03/2027); it is kept as typed`,
      repeated: (id: string, row: number) => `repeats the action "${id}" of row ${row}; the comparison reads it once`,
      /** Statuses are null where unreadable. */
      conflicting: (id: string, status: string | null, row: number, earlier: string | null) =>
        `records the action "${id}" again, as ${status ?? 'an unreadable status'}, but row ${row} has it as ${earlier ?? 'an unreadable status'}; keep one row for it (row ${row} is read)`,
    },
    /** `compare --tracker`: the tracker read against the two assessments. `sheet` is where the tracker's rows are ('sheet "Actions"', 'CSV'). */
    progress: {
      inCell: (sheet: string, cell: string, message: string) => `${sheet}, cell ${cell}: ${message}`,
      otherBank: (written: string, after: string) => `was written for the bank "${written}", but AFTER is scored with "${after}"; actions are matched by id`,
      otherOrganisation: (written: string, before: string) => `was written for "${written}", but BEFORE is "${before}"`,
      otherDate: (written: string, before: string) =>
        `was written for the assessment of ${written}, but BEFORE is dated ${before}; is it the tracker of that assessment?`,
      /** `bank` is the bank and version AFTER is scored with; `writtenWith` those the tracker was written with, when known. */
      removed: (id: string, bank: string, writtenWith: string | undefined) =>
        `the action "${id}" is no longer in ${bank}${writtenWith === undefined ? '' : ` (the tracker was written with ${writtenWith})`}; its row is listed apart`,
      unknown: (id: string, bank: string, hint: string) => `"${id}" is no action of ${bank}${hint}; its row is listed apart`,
      missingRow: (sheet: string, id: string) => `${sheet} has no row for the action "${id}", which it was written with (deleted?); it counts as not tracked`,
    },
    /** `import` and `assess` of a form export: the mapping from its flags and file. `given` comes quoted. */
    /** Reading a file at all (a ce-plan file, or a form export): what is wrong with it, after its name. */
    reading: {
      folder: 'is a folder, not a file',
      /** `expected` says what to give instead, for a ce-plan file; none for a form export. */
      notRegular: (yamlExpected: boolean) => `is not a regular file (a device, pipe or socket)${yamlExpected ? '; give a YAML file' : ''}`,
      noSuchFile: 'no such file',
      permissionDenied: 'permission denied',
      /** `code` is the system's (EIO…). */
      cannotRead: (code: string) => `cannot be read (${code})`,
      tooLarge: (size: string, limit: string) => `is ${size}, too large to be a ce-plan file (the limit is ${limit})`,
      exportTooLarge: (size: string, limit: string) => `is ${size}, larger than a form export should be (the limit is ${limit})`,
      zeroByte: (offset: number) => `is not a text file (a zero byte at offset ${offset}); expected YAML in UTF-8`,
      exportZeroByte: (offset: number) => `is not a text file (a zero byte at offset ${offset}); expected CSV, an .xlsx workbook or JSON`,
      notUtf8: 'is not valid UTF-8 text; save it as UTF-8 YAML',
    },
    /** `import` and `assess` of a form export: its columns, rows and cells. `column`/`text` come quoted; `unit` is row or response. */
    formExport: {
      unit: { row: 'row', response: 'response' } as Record<'row' | 'response', string>,
      units: { row: 'rows', response: 'responses' } as Record<'row' | 'response', string>,
      question: (id: string) => `question "${id}"`,
      secondColumn: (column: string, what: string, first: number) =>
        `column ${column} is a second column for ${what} (column ${first} is the first); both are read, and a row where they differ is refused`,
      /** `hint` is didYouMean's or empty; `delimiter` is wrongDelimiter's or empty. */
      noQuestion: (column: string, bank: string, hint: string, delimiter: string) =>
        `column ${column} matches no question of bank "${bank}"${hint}${delimiter} (--ignore it, or --map it to a question)`,
      /** The nearest question or detail: `"Prompt" (id)`. */
      didYouMean: (nearest: string) => `; did you mean ${nearest}?`,
      commentNoQuestion: (column: string, choice: string, bank: string) =>
        `column ${column} holds what was typed beside an option of "${choice}" (SurveyJS's "other" or comment box), but no free-text question of bank "${bank}" follows "${choice}" to take it (--ignore it, or --map it to a question)`,
      mapNoColumn: (name: string, column: string) => `--map ${name}=${column}: the file has no such column`,
      /** `delimiter` comes as JSON (";"). */
      wrongDelimiter: (delimiter: string) => `; the header's cells hold ${delimiter}: is the file separated by it? pass --delimiter ${delimiter}`,
      noHeader: (column: number, row: number) => `column ${column} has no header, but row ${row} holds a value in it; name the column, or empty it`,
      noResponses: 'has a header but no responses',
      emptyExport: 'is empty: a form export has a header row, then a row for each response',
      dateLeftOut: (unit: string, row: number, header: string, problem: string) =>
        `the date of ${unit} ${row} (and any others like it) is left out: its ${header} ${problem}`,
      noOrganisationColumn: (file: string, delimiter: string) =>
        `${file} has no column for the organisation's name; name one with --map organisation=COLUMN, or give every response one with --organisation NAME${delimiter}`,
      noColumnIsQuestion: (file: string, bank: string, delimiter: string) => `${file}: none of its columns is a question of bank "${bank}"${delimiter}`,
      headerNotFirst: (file: string, row: number, bank: string) =>
        `${file}: its header is row ${row}, not row 1 (row 1 matches no question of bank "${bank}"); delete the rows above it`,
      otherBank: (file: string, columns: number, named: string, bank: string) =>
        `${file}: none of its ${columns} columns (such as ${named}) is a question or detail of bank "${bank}": is it an export of a form made from another bank? Name that bank with --bank. (A tool that exported its labels in another language: export its names instead, such as KoboToolbox's "XML values and headers".)`,
      /** Joins two headers: "A and B". */
      and: ' and ',
      emptyRow: (unit: string, row: number) => `${unit} ${row} is empty; it is skipped`,
      emptyRows: (units: string, first: number, last: number, count: number) => `${units} ${first} to ${last} are empty (${count} of them); they are skipped`,
      differs: (column: number, unit: string) => `this column and column ${column} are for the same question, and differ on this ${unit}`,
      noOrganisation: (unit: string, row: number) => `${unit} ${row} names no organisation; every response needs one (or pass --organisation NAME)`,
      noAnswers: (unit: string, row: number, bank: string) =>
        `${unit} ${row} answers no question of bank "${bank}": every cell that could hold an answer is empty, so it makes no answer file`,
      optionColumns: (id: string, chosen: string, given: string) => `the one-column-per-option cells of "${id}" say ${chosen}, but its column says ${given}`,
      // Rows.
      tooMuchText: (size: string, limit: string) => `this cell holds ${size} of text, more than an answer file can hold (${limit} in all)`,
      /** `delimiter` and `other` come as JSON (";"). */
      tooManyCells: (row: number, cells: number, width: number, delimiter: string) =>
        `row ${row} has ${cells} cells, but the header has ${width}: a value with ${delimiter} in it must be in double quotes`,
      oneCell: (row: number, width: number, other: string, delimiter: string) =>
        `row ${row} is one cell, where the header has ${width}: it is separated by ${other}, not ${delimiter}`,
      /** A file no reader can read, by its rule. */
      refused: {
        'not-xlsx': 'is an old Excel .xls workbook; save it as an Excel Workbook (.xlsx) or as CSV UTF-8',
        'encrypted-workbook':
          'is a workbook locked with a password, which ce-plan cannot open: in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, and clear it) and save it, or save it as CSV UTF-8',
      } as Record<'not-xlsx' | 'encrypted-workbook', string>,
      // Reading the file: CSV, .xlsx, SurveyJS. `why` is the reading library's own words, in English.
      csvRow: (row: number, why: string) => `row ${row}: ${why}`,
      quoteNotClosed: 'a quoted cell here is never closed, so the rest of the file cannot be read',
      misencoded:
        'holds bytes that are not UTF-8 text (the file was probably saved as "CSV" in Windows-1252); save it as "CSV UTF-8", or pass --encoding windows-1252',
      xlsxDamaged: 'is not an .xlsx workbook that can be read (its zip directory is missing or damaged)',
      xlsxUnreadable: (why: string) => `is not an .xlsx workbook that can be read (${why})`,
      unpacksTooLarge: (limit: string) => `unpacks to more than ${limit}, larger than a form export should be (the limit is ${limit})`,
      noSheets: 'has no sheets',
      errorValue: (value: string) => `holds the error value ${value}`,
      notJson: (why: string) => `is not valid JSON: ${why}`,
      notSurveyResults: 'is not SurveyJS results: expected a list of responses, each a map of question names to answers',
      /** `key` comes as JSON. */
      wrappedResults: (key: string) =>
        `holds a list of responses under ${key}: ce-plan reads SurveyJS results as a JSON list of responses ([ { … }, … ]), or as the SurveyJS Service returns them ({ "Data": [ … ] }); save the list itself`,
      matrix: 'holds a group of answers (a matrix or panel) that no ce-plan question takes',
      // Cells.
      formula: (formula: string) => `is a formula (${formula}); ce-plan never runs formulas: replace it with the answer it stands for`,
      /** `names` are the options' labels, each quoted. */
      fitsNoOption: (text: string, names: string, near: string | undefined) =>
        `${text} fits no option (${names})${near === undefined ? '' : `; did you mean "${near}"?`}`,
      oneOption: (n: number) => `takes one option, not a list of ${n}`,
      onePoint: 'takes one point of the scale, not a list',
      notAPoint: (text: string, min: number, max: number, dontKnow: boolean) =>
        `${text} is not a point of the scale from ${min} to ${max}${dontKnow ? ', nor "Don\'t know"' : ''}`,
      /** `text` is undefined for a list. */
      notANumber: (text: string | undefined) => `${text ?? 'a list'} is not a number; write it with digits, such as 12 or 2.5`,
      textNotList: 'takes text, not a list',
      notChosen: (text: string) => `${text} is neither 1 (chosen) nor 0`,
      // Dates.
      notADate: (text: string) => `${text} is not a date`,
      notARealDate: (text: string) => `${text} is not a real date`,
      /** `settled` is settledBy's or empty. */
      onlyOneWay: (text: string, dayFirst: boolean, columnDayFirst: boolean, settled: string) =>
        `${text} can only be ${dayFirst ? 'day' : 'month'} first, but this column's dates are ${columnDayFirst ? 'day' : 'month'} first${settled}; write it as YYYY-MM-DD, such as 2026-11-20`,
      settledBy: (text: string, row: number) => ` (as ${text} in row ${row} shows)`,
      notADateWrite: (text: string) => `${text} is not a date; write it as YYYY-MM-DD, such as 2026-11-20`,
      /** A form export's note on how its slashed dates were read. */
      dateOrder: (header: string, dayFirst: boolean, example: string, why: string) =>
        `dates in column ${header} read ${dayFirst ? 'day' : 'month'} first (${example}), ${why}`,
      becauseOf: (text: string, row: number) => `as ${text} in row ${row} can only be read that way`,
      /** 05/11/2026 read day first, and month first. */
      example: { dmy: '05/11/2026 is 5 November 2026', mdy: '05/11/2026 is 11 May 2026' } as Record<'dmy' | 'mdy', string>,
      becauseFlag: 'as --date-order says',
      becauseUk: 'as in the UK; if they are month first, pass --date-order mdy',
    },
    mapping: {
      delimiter: (given: string) => `--delimiter must be one character (or "tab"), not ${given}`,
      map: (given: string) => `--map takes FIELD=COLUMN (such as organisation="Name of your group") or a mapping file (.yaml), not ${given}`,
      noTarget: (name: string, bank: string) => `--map ${name}=…: no detail or question "${name}" in bank "${bank}"`,
      noOption: (id: string, value: string) => `values: "${id}" has no option "${value}"`,
    },
  },

  /** `ce-plan lint`: each rule's findings (`rules`, by rule id: the ids stay English, as names), and the summary. */
  lint: {
    error: 'error',
    warning: 'warning',
    noProblems: (files: number) => `${plural(files, 'file')} checked, no problems`,
    problems: (errors: number, warnings: number, files: number) =>
      `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')} checked`,
    /** Each rule's messages: a rule without its section here fails to compile (src/core/lint/rule.ts). */
    rules: {
      'action-id': {
        noId: (recommendation: string, n: number) =>
          `this action has no "id"; the tracker follows it as "${recommendation}-${n}", which changes if the actions are reordered: give it an id`,
      },
      'action-question': { noQuestion: (id: string) => `no question "${id}" in this bank` },
      'band-order': {
        notRising: (band: string, min: number, previous: string, previousMin: number) =>
          `band "${band}" starts at ${min}, but must start above "${previous}" (${previousMin}); list bands with rising minimums`,
      },
      'band-start': { notZero: (min: number) => `the first band must start at 0, not ${min}, so every score has a band` },
      'band-timescale': {
        unused: '"timescale" is no longer used: the plan puts each action in a horizon (this quarter, within six months, within the year); remove it',
      },
      'band-unreachable': {
        unreachable: (band: string, min: number, best: number) => `band "${band}" starts at ${min}, but the best possible score is ${best}`,
      },
      'capacity-question': {
        minAboveMax: (min: number, max: number) => `"min" (${min}) is more than "max" (${max})`,
        noQuestion: (id: string) => `no question "${id}" in this bank`,
        notNumber: (id: string, type: string) => `"${id}" is a ${type} question; a capacity rule needs a number or a scale`,
        unreachable: (id: string, atLeast: number, highest: number) => `no answer to "${id}" reaches ${atLeast} (its highest is ${highest})`,
      },
      'condition-form': {
        mixed: 'a condition must use exactly one of: question, all, any, not',
        noQuestion: 'a condition needs "question" with one of in, equals, not_in; or all, any, not',
        oneTest: (question: string) => `a condition on "${question}" needs exactly one of in, equals, not_in`,
      },
      'condition-never-holds': {
        /** `question` is undefined for an action's condition. */
        never: (question: string | undefined) =>
          `no answers make this condition hold, so ${question === undefined ? 'this action can never be chosen' : `question "${question}" can never be shown`}; check its tests against each other and against when the questions they test are shown`,
      },
      'condition-order': {
        noQuestion: (id: string) => `no question "${id}" in this bank`,
        notEarlier: (id: string, itself: boolean) =>
          `"${id}" ${itself ? 'is this question itself' : 'comes later'}; a condition may only refer to earlier questions`,
      },
      'condition-value': {
        neverMatches: (question: string, type: string, value: string) => `"${question}" is a ${type} question, so ${value} can never match`,
        notTaken: (question: string, noun: 'option' | 'point', value: string) => `"${question}" has no ${noun} ${value}`,
        takes: (choices: readonly string[]) => ` (it takes ${choices.join(', ')})`,
      },
      'duplicate-bank-id': { duplicate: (id: string, first: string) => `bank id "${id}" is already used by ${first}; bank ids must be unique` },
      'duplicate-id': {
        duplicate: (kind: 'source' | 'band' | 'recommendation' | 'section' | 'question' | 'action', id: string, line: number) =>
          `duplicate ${kind} id "${id}" (first used on line ${line}); ids must be unique`,
        duplicateOption: (value: string, question: string) => `duplicate option value "${value}" in question "${question}"`,
      },
      'duplicate-label': {
        sameLabel: (first: string, line: number, second: string, question: string, label: string) =>
          `options "${first}" (line ${line}) and "${second}" of question "${question}" have the same label "${label}"; a respondent cannot tell them apart`,
      },
      'find-out': {
        noDontKnow: (question: string) =>
          `question "${question}" offers no "don't know" answer (an option with "dont_know: true"), so this task can never be shown`,
      },
      'flag-option': {
        notApplicable: (value: string) => `option "${value}" means not applicable, so it cannot be a risk to flag`,
        dontKnow: (value: string) => `option "${value}" is "don't know": the plan already asks the group to find it out; flag the answers that are risks`,
        noScore: (value: string) => `option "${value}" has no score, so nothing shows it falls short; flag only scored options`,
        best: (value: string, score: number) => `option "${value}" is the best answer (${score}); a flag marks an answer that falls short`,
      },
      'follow-up-can-lower': {
        notChecked: (gate: string, reason: string) =>
          `"${gate}" was not checked (${reason}), so lint cannot tell whether a better answer to it can score lower; shorten its chains of follow-ups, or check it by hand (docs/scoring.md)`,
        tooManyFollowUps: (most: number) => `more than ${most} questions depend on its answer`,
        tooManyOthers: (most: number) => `more than ${most} other questions decide whether it and its follow-ups are asked`,
        tooLarge: "the bank's skip logic is too large to try in full",
        /** An answer in a message: `"Yes"`, or none. */
        answer: (answer: string | undefined) => (answer === undefined ? 'no answer' : `"${answer}"`),
        /** The follow-ups' answers after an answer: `"q" "Yes"` each. */
        then: (given: readonly string[]) => (given.length === 0 ? '' : ` (then ${given.join(', ')})`),
        overall: 'the overall score',
        recommendation: (id: string) => `recommendation "${id}"`,
        lower: (gate: string, better: string, what: string, betterScore: number, worse: string, worseScore: number) =>
          `a better answer to "${gate}" can score lower: ${better} gives ${what} ${betterScore}, but ${worse} gives ${worseScore}; open scored follow-ups only on its better answers, or leave them unscored (docs/scoring.md)`,
        closed: (closed: string, gate: string, answer: string) =>
          `"${closed}" is never asked when "${gate}" gets its best answer ${answer}, so it counts 0 there and its recommendation cannot reach 100 with that answer; open scored follow-ups on every best answer, or leave them unscored (docs/scoring.md)`,
      },
      'foundation-for': {
        noRecommendation: (id: string) => `no recommendation "${id}" in this bank`,
        itself: (id: string) => `"${id}" cannot hold up itself`,
        cycle: (id: string, other: string) => `"${id}" holds up "${other}" in turn, so neither can come first`,
      },
      'number-range': { maxNotAbove: (min: number, max: number) => `max (${max}) must be greater than min (${min})` },
      'option-na': {
        scored: (value: string) => `option "${value}" is not applicable, so it takes no score; remove "score"`,
        notExclusive: (value: string) => `not-applicable option "${value}" must also be "exclusive: true" in a multi choice`,
      },
      'option-score': { noScore: (value: string) => `option "${value}" needs a score between 0 and 1, or "na: true" if it means not applicable` },
      'question-recommendation': {
        both: 'use "recommendation" or "recommendations", not both',
        /** `unscorable` is the question's type when its kind is never scored; undefined when its options have no scores. */
        notScored: (question: string, key: string, unscorable: string | undefined) =>
          `question "${question}" names a recommendation, but ${unscorable === undefined ? 'none of its options has a score' : `${unscorable} questions are not scored`}; remove "${key}" or add scores`,
        noRecommendation: (question: string, known: readonly string[]) =>
          `scored question "${question}" names no recommendation; add "recommendation: <id>"${known.length > 0 ? ` (one of ${known.join(', ')})` : ''}`,
      },
      'scale-range': {
        maxNotAbove: (min: number, max: number) => `scale max (${max}) must be greater than min (${min})`,
        tooManyPoints: (most: number, points: number) => `a scale may have at most ${most} points, not ${points}; use a number question instead`,
        labelOutside: (point: string, min: number, max: number) => `label for ${point} is outside the scale ${min}–${max}`,
      },
      'translation-missing': {
        plainAction: (language: TranslatedLanguage, hash: string) =>
          `this action is plain text, so it has no room for its ${LANGUAGE_NAMES_IN_ENGLISH[language]}; write it as a map: { text: …, text_${language}: …, text_${language}_from: ${hash} }`,
        pointsMissing: (key: string, language: TranslatedLanguage, points: readonly string[]) =>
          `"${key}" has no ${LANGUAGE_NAMES_IN_ENGLISH[language]} for point ${points.join(', ')}`,
        missing: (key: string, language: TranslatedLanguage, hash: string) =>
          `"${key}" has no ${LANGUAGE_NAMES_IN_ENGLISH[language]} translation; add ${key}_${language}: … and ${key}_${language}_from: ${hash} (the hash of this English), or take ${language} out of "languages"`,
      },
      'translation-stale': {
        orphanHash: (key: string, language: TranslatedLanguage) =>
          `"${key}_from" records a hash, but there is no "${key}"; add the ${LANGUAGE_NAMES_IN_ENGLISH[language]}, or remove "${key}_from"`,
        noHash: (key: string, hash: string) =>
          `"${key}" does not say which English it was translated from; check it against the English, then add ${key}_from: ${hash}`,
        stale: (english: string, language: TranslatedLanguage, was: string, key: string, now: string) =>
          `the English "${english}" has changed since this ${LANGUAGE_NAMES_IN_ENGLISH[language]} was made from it (${was}, now ${now}); check "${key}" against the English, then set ${key}_from: ${now}`,
      },
      'unknown-recommendation': { noRecommendation: (id: string) => `no recommendation "${id}" in this bank` },
      'unknown-source': { undeclared: (id: string) => `source "${id}" is not declared under "sources"` },
      'unreachable-recommendation': {
        cannotReach: (question: string, best: number, id: string) =>
          `question "${question}" can score at most ${best}, so recommendation "${id}" can never reach 100; give its best option a score of 1`,
      },
      'unscored-recommendation': {
        unscored: (id: string) => `recommendation "${id}" is scored by no question; tie a question to it with "recommendation: ${id}"`,
      },
      'unused-question': {
        unused: (question: string) =>
          `question "${question}" feeds no score, no condition, no action and no report section; add scores, "report: expectations" or "report: context", or remove it`,
      },
      'unused-source': { uncited: (id: string) => `source "${id}" is declared but nothing cites it` },
    },
  },

  /** The report, in every edition: its sentences (the view) and the labels its templates print (`it.t`). */
  report: {
    /** What stands in an anonymised report for a respondent's name found in a free-text answer. */
    respondentMark: '[a respondent]',
    heading: (organisation: string) => `Readiness report: ${organisation}`,
    notAssessed: 'not assessed',
    area: 'Area',
    completedBy: 'Completed by',
    answeredBy: 'Answered by',
    people: (n: number) => `${n} people`,
    date: 'Date',
    dateNotGiven: 'not given',
    questionBank: 'Question bank',
    summary: 'Summary',
    whoAnswered: 'Who answered',
    whereYouDisagree: 'Where you disagree',
    // What the respondents agreed (`ce-plan agree`).
    whatYouAgreed: 'What you agreed',
    agreedIntro: (date: string, present: string) =>
      `On ${date}, with ${present} present, you agreed these answers. Each one stands for every respondent in the scores; what each of you had answered is kept beside it.`,
    agreedLabel: 'Agreed:',
    agreedPresent: (present: string) => `(present: ${present})`,
    why: 'Why:',
    hadAnswered: 'Had answered',
    stillContested: 'Still contested',
    nothingContested: 'Nothing: where you were scored, your answers are now within half a mark of each other.',
    stillContestedText:
      'Questions where your answers still differ by half a mark or more, or, where nothing is scored, where you chose different answers. The plan asks you to agree a shared view of each one first.',
    allOfYou: (n: number) => `all ${n} of you`,
    notAppliedChanged: (respondent: string) =>
      `${respondent}: the answer file changed after the agreement, so it is not applied to it; their own answers stand.`,
    notAppliedNotListed: (respondent: string) =>
      `${respondent}: the answer file is not one the agreement lists, so it is not applied to it; their own answers stand.`,
    notAgreed: (respondent: string) => `${respondent} (not agreed)`,
    notAskedAnswer: 'Not asked',
    notAskedOf: (who: readonly string[]) =>
      `Not asked of ${list(who)}, after their own answer to an earlier question, so the agreed answer does not count for them.`,
    scores: 'Scores by recommendation',
    howToRead: 'How to read this report',
    gapAnalysis: 'Gap analysis',
    objectives: 'Detailed objectives',
    expectations: 'Expectations and impact',
    appendix: 'Appendix: questions and answers',
    references: 'References',
    /** "You see A (20–80) and B (…) very differently": `parts` are the areas, each already marked up by the template. */
    seenDifferently: (parts: readonly string[]) => `You see ${list(parts)} very differently`,
    splitApart: (n: number) => `your scores for ${n === 1 ? 'it' : 'each'} lie 50 points or more apart. See`,
    needsAttention: 'Needs attention now',
    whateverElse: ', whatever else the scores say:',
    startWith: (n: number): string => (n === 1 ? 'Start here:' : 'Start with these, in this order:'),
    respondent: 'Respondent',
    requiredAnswered: 'Required questions answered',
    overall: 'Overall',
    recommendation: 'Recommendation',
    score: 'Score',
    band: 'Band',
    counts: 'Counts',
    range: 'Range',
    noneContested: 'No question was answered differently enough to matter: where you were scored, your answers were within half a mark of each other.',
    contested:
      'Questions where your answers differ by half a mark or more, or, where nothing is scored, where you chose different answers. The plan asks you to agree a shared view of each one first.',
    gap: (rank: number, title: string) => `Gap ${rank}: ${title}`,
    countsTimes: (times: string) => `counts ${times}`,
    moreCauses: (n: number) => `And ${n} more below full marks: see the appendix.`,
    belowFullMarks: 'Below full marks:',
    moreCausesShort: (n: number) => `; and ${n} more (see the appendix)`,
    noGaps: (top: string) => `No gaps: every recommendation assessed reaches ${top}.`,
    noObjectives: 'No gaps, so no objectives: keep doing what works.',
    objectivesIntro: 'Objectives that close the gaps above',
    fillIn: 'Fill in an owner and a target date for each.',
    findOutMark: 'Find out.',
    needsAttentionMark: 'Needs attention now.',
    asked: (said: string, prompt: string) => `${said}, asked “${prompt}”:`,
    owner: 'Owner',
    targetDate: 'Target date',
    done: 'Done',
    whatToDo: 'What to do',
    gapColumn: 'Gap',
    saysNothing: 'The answers say nothing yet about the scope to change strategy, policy and service delivery, or how expectations will be managed.',
    scopeToChange: 'What your answers say about the scope to change:',
    askedQuoted: (prompt: string, by: string | null) => `Asked “${prompt}”, ${by ?? 'you'} answered:`,
    inYourOwnWords: 'In your own words:',
    question: 'Question',
    answer: 'Answer',
    unassessed: 'Not assessed (no question that counts was asked):',
    chartCaption: 'The scores in the chart, highest first',
    chartTitle: 'Scores by recommendation, highest first, out of 100. A table after the chart gives the same numbers to screen readers.',
    chartLine: (band: string, min: number) => `${band} from ${min}`,
    /** The chart's key: its name, and each band with where it starts. */
    chartKey: 'Bands',
    chartFrom: (band: string, min: number) => `${band}, from ${min}`,
    page: (n: string, of: string) => ['Page ', n, ' of ', of],

    // Sentences the view makes.
    gapsNone: 'No recommendation could be assessed.',
    gapsAllReach: (assessed: number, top: string) =>
      `None of the ${plural(assessed, 'recommendation')} assessed is below ${top}, the top band: there are no gaps.`,
    gapsSome: (gaps: number, assessed: number, strengths: number, top: string) => {
      const reach = strengths === 0 ? 'None reaches' : strengths === 1 ? '1 reaches' : `${strengths} reach`;
      return `${gaps} of the ${plural(assessed, 'recommendation')} assessed ${gaps === 1 ? 'is' : 'are'} below ${top}, the top band: ${gaps === 1 ? 'this is a gap' : 'these are the gaps'}. ${reach} it.`;
    },
    countsDouble: (times: number) => (times === 2 ? 'counts double' : `counts ×${times}`),
    horizons: {
      now: { title: 'Now', when: 'this quarter' },
      next: { title: 'Next', when: 'within six months' },
      later: { title: 'Later', when: 'within the year' },
    },
    /** "You said", or who did, at the start of a sentence. */
    said: (by: string | null) => (by === null ? 'You said' : `${capital(by)} said`),
    answered: (by: string | null) => (by === null ? 'You answered' : `${capital(by)} answered`),
    lowestBand: (band: string) => `${band}, the lowest band`,
    holdsUp: (titles: readonly string[]) => `holds up ${list(mapped(titles, (t) => `“${t}”`))}`,
    flaggedReason: 'an answer needs attention now',
    headlineNotAssessed: 'Not assessed: no question that counts towards a score was asked',
    headline: (band: string, score: number) => `${band} overall, with ${score} out of 100`,
    headlineLowest: (result: string, areas: number, lowest: string, named: readonly string[]) =>
      `${result}, but ${areas === 1 ? 'one area is' : `${areas} areas are`} ${lowest}: ${list(named)}`,
    more: (n: number) => `${n} more`,
    quoted: (title: string) => `“${title}”`,
    readingOne: (when: string | null, who: string | null) =>
      `One person's answers${when === null ? '' : `, as at ${when}`}${who === null ? '' : ` (${who})`}: a self-assessment, not an inspection.`,
    readingGroup: (people: number, when: string | null, agreedOn: string | null) =>
      `The answers of ${people} people${when === null ? '' : `, as at ${when}`}, each scored on their own${agreedOn === null ? '' : ` with the answers they agreed on ${agreedOn} in place of theirs`}, then averaged: a shared self-assessment, not an inspection.`,
    readingBands: (top: string, weighted: boolean, bank: string) =>
      `The bands (${top} is the top one)${weighted ? ' and weights (×2 counts double)' : ''} are the question bank's (${bank}), not the guidance's, which gives no scores.`,
    readingHorizons: 'The horizons (Now: this quarter; Next: within six months; Later: within the year) are suggestions.',
    readingScoring: 'How scores are worked out: docs/scoring.md in ce-plan.',
    /** The bank's translation into this language is a draft (`translation_status`); none for English, the bank's own. */
    readingDraft: null as string | null,
    /** Some of the bank's text has no translation into this language, so it is shown in English, marked; none for English. */
    readingUntranslated: null as ((n: number) => string) | null,
    madeFromFiles: (n: number) => `${n} answer files`,
    madeFromOne: (hash: string) => `one answer file (SHA-256 ${hash}…)`,
    madeFromRow: (row: number, hash: string) => `row ${row} of a form export (SHA-256 ${hash}…)`,
    madeFrom: (tool: string, bank: string, bankHash: string, from: string) =>
      `Made by ${tool} from the bank ${bank} (SHA-256 ${bankHash}…) and ${from}; ce-plan verify checks the JSON report against them.`,
    sizeHolds: (actions: number) => `Now holds up to ${plural(actions, 'action')}`,
    sizeSized: (holds: string, min: number, more: readonly string[], capped: number | null) =>
      `${holds}, sized to what you said of your time and resources: ${min} to start with, ${list(more)}${capped === null ? '' : `, up to the ${capped} the plan gives at most`}.`,
    oneMoreBecause: (because: string) => `one more because ${because}`,
    sizeStart: (holds: string, noReason: boolean) =>
      `${holds}: the plan's starting size, as ${noReason ? 'your answers gave no reason for more' : 'a group can carry that much in a quarter'}.`,
    atLastReview: (status: string) => `${status} at the last review`,
    notAskedCause: 'Not asked, after an earlier answer',
    goingWell: (top: string, named: readonly string[]) => `Going well (${top}): ${list(named)}.`,
    goingBest: (named: readonly string[]) => `Going best so far: ${list(named)}.`,
    dontKnow: (n: number) =>
      `${n === 1 ? '1 question was' : `${n} questions were`} answered “Don't know”: the plan asks you to find ${n === 1 ? 'it' : 'each one'} out, now.`,
    orderText: 'Lowest band first; within a band, the gap that would gain most (×2 counts double), and an area before those it holds up.',
    heldBack: (n: number) =>
      `${n === 1 ? 'One more action fits' : `${n} more actions fit`} your answers: left for after this year, so the plan stays the size you can carry.`,
    ofShown: (answered: number, shown: number) => `${answered} of ${shown}`,
    completeness: (answered: number, shown: number, percent: number) => `${answered} of ${plural(shown, 'required question')} answered (${percent}%)`,
    optionalCompleteness: (answered: number, shown: number) => `; ${answered} of ${plural(shown, 'optional question')} answered`,
    groupCompleteness: (each: readonly string[]) => `Required questions answered: ${each.join('; ')}`,
    /** A bilingual report's note at the top of each language's part, pointing to the other. */
    alsoIn: (language: 'en' | 'cy', where: 'above' | 'below') => `This report is in ${LANGUAGE_NAMES_IN_ENGLISH[language]} too, ${where}.`,
  },

  /** The cohort summary (`assess --summary`), in every edition. */
  summary: {
    title: (bank: string) => `Cohort summary: ${bank}`,
    organisations: (n: number, assessed: number) =>
      `${n} ${n === 1 ? 'organisation' : 'organisations'}, of which ${assessed} ${assessed === 1 ? 'has' : 'have'} an overall score`,
    notIncluded: (n: number, named: string, more: number) =>
      `Not included: ${n === 1 ? 'one answer file' : `${n} answer files`} of this run that could not be assessed (see the run's findings): ${named}${more > 0 ? ` and ${more} more` : ''}`,
    overallScores: (min: string, median: string, max: string) => `Overall scores: lowest ${min}, median ${median}, highest ${max}`,
    respondents: (n: number) => `, ${n} respondents`,
    organisationsHeading: 'Organisations',
    ranking: 'Highest overall score first; equal scores share a rank and go by name. Each organisation’s report is linked.',
    rank: 'Rank',
    organisation: 'Organisation',
    overall: 'Overall',
    gaps: 'Gaps',
    weakest: 'Weakest areas',
    report: 'Report',
    none: 'none',
    ofAssessed: (n: number, of: number) => `${n} of ${of}`,
    key: 'Key:',
    keyOverall: 'the overall score out of 100, and its band.',
    keyGaps: (top: string, min: number) =>
      `how many of the recommendations assessed are below ${top}, the top band (from ${min}): a gap means the same here as in every report.`,
    keyWeakest:
      'the first two gaps in the order the organisation’s report gives them (the lowest band first, then the gap that would gain most), with their scores out of 100.',
    keyNotAssessed: 'not assessed.',
    chartTitle: 'Overall scores by organisation, highest first, out of 100. The table below gives the same numbers.',
    sharedGaps: 'Shared gaps',
    sharedGapsText: (top: string, min: number) =>
      `A shared gap is a recommendation on which at least half of the organisations assessed on it score below ${top}, the top band (under ${min}). The most widely shared come first.`,
    noSharedGaps: 'No recommendation is a gap for at least half of the organisations.',
    sharedGap: (top: string, below: number, assessed: number, mean: string) =>
      `Below ${top} for ${below} of the ${assessed} organisations assessed on it (mean score ${mean}):`,
    suggestedActions: 'Suggested actions:',
    byRecommendation: 'By recommendation',
    byRecommendationText: (top: string) =>
      `How many organisations are below ${top} on each recommendation, of those assessed on it, and the lowest, median and highest scores.`,
    recommendation: 'Recommendation',
    below: (top: string) => `Below ${top}`,
    lowest: 'Lowest',
    median: 'Median',
    highest: 'Highest',
    overallScore: 'Overall score',
  },

  /** The Word edition's own words. */
  docx: {
    splitSentence: (parts: readonly string[], see: string) =>
      `You see ${parts.join('; ')} very differently: your scores lie 50 points or more apart. See “${see}”.`,
    contested: (still: boolean) =>
      `Questions where your answers ${still ? 'still ' : ''}differ by half a mark or more. The plan asks you to agree a shared view of each one first.`,
    chartAlt: (bars: readonly string[]) =>
      `Scores by recommendation, highest first, out of 100: ${bars.join('; ')}. The table after the chart gives the same numbers.`,
    number: 'No.',
    highestFirst: 'Recommendation (highest first)',
    causes: (causes: readonly string[], more: number) => ` Below full marks: ${causes.join('; ')}${more > 0 ? `; and ${more} more (see the appendix)` : ''}.`,
    planIntro: (source: string | null, size: string) =>
      `The plan: objectives that close the gaps above${source ? `, as the guidance's next steps ask (${source})` : ''}. ${size} Tick each one when it is done, and fill in an owner and a target date.`,
    scopeToChange: (parts: readonly string[]) => `What your answers say about the scope to change: ${parts.join('; ')}.`,
    description: (bank: string) => `A readiness report on ${bank}`,
  },

  /** The action tracker: its columns and statuses, as written and as read back. */
  tracker: {
    columns: { ID: 'ID', Gap: 'Gap', Horizon: 'Horizon', Action: 'Action', Owner: 'Owner', 'Target date': 'Target date', Status: 'Status', Notes: 'Notes' },
    statuses: { 'Not started': 'Not started', 'Under way': 'Under way', Done: 'Done', Dropped: 'Dropped' },
    horizon: (title: string, when: string) => `${title} (${when})`,
    earlier: 'Earlier (from the last tracker)',
    title: (organisation: string) => `Action tracker: ${organisation}`,
    chooseStatus: (statuses: readonly string[]) => `Choose one of: ${statuses.join(', ')}.`,
    page: 'Page &P of &N',
  },

  /** The progress report (`compare`): its headings, tables and sentences; the statuses are the tracker's. */
  compare: {
    title: (organisation: string) => `Progress: ${organisation}`,
    before: 'Before',
    after: 'After',
    side: (file: string, organisation: string, date: string | null, bank: string, answered: number, shown: number) =>
      `${file}: ${organisation}, ${date ?? 'no date given'}, bank ${bank}, ${answered} of ${shown} questions answered`,
    methodChanged: 'The method changed; numbers may not be comparable.',
    check: 'Check:',
    overall: 'Overall',
    measure: 'Measure',
    change: 'Change',
    score: 'Score',
    band: 'Band',
    completeness: 'Completeness',
    points: (change: string) => `${change} points`,
    same: 'same',
    notAssessed: 'not assessed',
    byRecommendation: 'By recommendation',
    recommendation: 'Recommendation',
    largestFirst: 'Largest change first.',
    gapsClosed: 'Gaps closed',
    gapsClosedText: 'Recommendations that have reached the top band since the first assessment.',
    gapsOpened: 'Gaps opened',
    gapsOpenedText: 'Recommendations that were in the top band and have fallen below it.',
    none: 'None.',
    answersChanged: 'Answers that changed',
    question: 'Question',
    noAnswerChanged: 'No answer changed.',
    agreedActions: 'Agreed actions',
    trackerLine: (file: string, line: string) => `The action tracker ${file} ${line}`,
    trackerOrigin: (organisation: string, date: string | null, bank: string) =>
      `was written for ${organisation}'s assessment${date === null ? '' : ` of ${date}`} (${bank}); it `,
    trackerCounts: (total: number, done: number, underWay: number, notStarted: number, dropped: number, unreadable: number) =>
      `records ${plural(total, 'action')}: ${done} done, ${underWay} under way, ${notStarted} not started, ${dropped} dropped${unreadable === 0 ? '' : `, ${unreadable} unreadable`}.`,
    noGaps: 'The first assessment had no gaps.',
    gapsText: 'The first assessment’s gaps, numbered as in its report and tracker: what the tracker says was done for each, beside how its score moved.',
    gap: (rank: number, title: string) => `Gap ${rank}: ${title}`,
    verdictColumn: 'What was done, and how the score moved',
    noRow: 'The tracker has no row for any of its actions.',
    other: 'Other actions and tasks',
    otherText: 'Actions and tasks that serve none of the first assessment’s gaps.',
    gone: 'Not in the bank now',
    goneText: 'Rows whose action the later bank does not have (an older bank version’s, or a mistyped ID): read, but matched to no gap.',
    row: 'Row',
    deleted: 'No row in the tracker (deleted?)',
    unreadable: (row: number) => `Unreadable (row ${row}: see the messages)`,
    unanswered: 'unanswered',
    notAsked: 'not asked',
    notInBank: 'not in the bank',
    /** A gap's verdict: what was done, then how the score moved, joined as a reader would say it. */
    verdict: (status: GapStatus, movement: Movement, closed: boolean): string => {
      const acted = status === 'done' || status === 'partly-done' || status === 'under-way';
      const moved =
        movement === 'not-assessed'
          ? '; not assessed this time'
          : movement === 'rose'
            ? `${acted ? ', and' : ', but'} the score rose${closed ? ', closing the gap' : ''}`
            : movement === 'fell'
              ? `${acted ? ', but' : ', and'} the score fell`
              : acted
                ? ', no change yet'
                : ', and no change';
      return `${GAP_STATUSES[status]}${moved}`;
    },
  },

  /** What `init` prints when the answers are in. */
  terminal: {
    overallNotAssessed: 'Overall: not assessed (no scored question was asked)',
    overall: (score: number) => `Overall: ${score} / 100`,
    notAssessed: 'not assessed',
    gapsAndStrengths: (gaps: number, strengths: number) => `${plural(gaps, 'gap')} (below the top band), ${plural(strengths, 'strength')} (in it).`,
    priorities: (n: number) => (n === 1 ? 'Your priority:' : `Your ${n} priorities:`),
    priority: (title: string, score: number, band: string) => `${title} (${score} / 100, ${band})`,
    answersSaved: (file: string) => `answers saved to ${file}`,
    reportWritten: (file: string) => `report written to ${file}`,
  },

  /**
   * ce-plan's messages on the command line: what a run wrote, how a batch ended, and the errors a person acts
   * on. In the first language of `--lang`, else English (a batch mixes answer files of several languages and
   * is read by one analyst). A path or a flag is quoted as given; each is made safe for a terminal where printed.
   */
  messages: {
    /** "wrote reports/northfield.md" */
    wrote: (path: string) => `wrote ${path}`,
    /** Before a warning on stderr: "ce-plan: warning: …". */
    warning: 'warning',
    stopping: 'stopping once the files under way are done (interrupt again to stop at once)',
    /** "3 reports written (each listed above)" */
    reportsWritten: (written: number, listed: boolean) => `${plural(written, 'report')} written${written > 0 && listed ? ' (each listed above)' : ''}`,
    written: (n: number) => `${n} written`,
    /** How to finish a run a signal stopped. */
    toFinish: (force: boolean) => `To finish, run the same command again with --skip-existing${force ? ' in place of --force' : ''}`,
    interrupted: (seen: number, total: number, reports: string, left: number, summary: boolean, toFinish: string) =>
      `interrupted after ${seen} of ${total} files: ${reports}, every one whole; ${plural(left, 'file')} not assessed${summary ? ', and no summary written' : ''}. ${toFinish}: it keeps the reports written and writes the rest`,
    interruptedCombining: (written: number, left: number, summary: boolean, toFinish: string) =>
      `interrupted while writing the combined reports: ${written} written, every one whole; ${plural(left, 'organisation')} without a report${summary ? ', and no summary written' : ''}. ${toFinish}`,
    filesNotAssessed: (n: number) => `${plural(n, 'file')} not assessed`,
    organisationsWithout: (n: number) => `${plural(n, 'organisation')} without a report`,
    unwritable: (outDir: string, done: string, rest: string) => `stopped: no report can be written to ${outDir} (above); ${done}, ${rest}`,
    /** On a terminal, how the batch went. */
    assessed: (assessed: number, total: number, failed: number, kept: number, outDir: string) =>
      `assessed ${assessed} of ${total} files${failed ? `; ${failed} failed` : ''}${kept > 0 ? `; ${plural(kept, 'existing report')} kept` : ''}; reports in ${outDir}`,
    summaryLeavesOut: (left: number, total: number) =>
      `the summary leaves out ${left} of ${total} answer files, which failed (above); it names them under "Not included"`,
    noSummary: 'no summary written: no answer file was assessed',
    underFloor: (count: number, floor: number, listed: string, more: number) =>
      `${count} scored under --fail-under ${floor}: ${listed}${more > 0 ? `, and ${more} more` : ''}`,
    templateEnded: (template: string, exitCode: number) =>
      `the report template ${template} ended its worker thread (exit code ${exitCode}), as process.exit() does; a template is code (see the README), and no report was written for the files it was working on`,
    /** On a terminal, how an import went. */
    imported: (written: number, total: number, failed: number, outDir: string) =>
      `imported ${written} of ${total} responses${failed ? `; ${failed} failed` : ''}; answer files in ${outDir}`,
    removedStaging: (path: string, pid: number) => `removed ${path}, the staging folder of an assess run that was killed (process ${pid})`,
    /** The progress bars' labels. */
    assessing: 'assessing',
    importing: 'importing',
    cannotWriteOutput: (why: string) => `cannot write the output: ${why}`,
    internalError: 'internal error; this is a bug in ce-plan, please report it with what follows.',
    /** compare's notes on its method, on stderr. */
    methodChanged: (reason: string) => `the method changed; numbers may not be comparable: ${reason}`,
    method: {
      bankDiffers: (before: string, after: string) => `the bank differs: "${before}" before, "${after}" after`,
      bankVersionDiffers: (before: string, after: string) => `the bank's version differs: ${before} before, ${after} after`,
      answerBanksDiffer: (before: string, after: string, scoredWith: string) =>
        `the answer files name different banks ("${before}" before, "${after}" after), though both are scored here with ${scoredWith}`,
      answerVersionsDiffer: (before: string, after: string, scoredWith: string) =>
        `the answer files were written for different versions of the bank (${before} before, ${after} after), though both are scored here with ${scoredWith}`,
      namesDiffer: (before: string, after: string) =>
        `the organisation names differ: "${before}" before, "${after}" after; these may be two different organisations`,
      datesBackwards: (before: string, after: string) =>
        `the dates run backwards: ${before} before, ${after} after; give the earlier assessment first, so a change reads as progress`,
    },
    /** `ce-plan verify`'s results. */
    verify: {
      notTheFiles: (report: string) => `✖ ${report}: the files given are not the ones it was made from.`,
      noFileHas: (source: string, sha256: string) => `  ${source}: no file given has this SHA-256 (${sha256})`,
      rowOf: (row: number, file: string) => `row ${row} of ${file}`,
      bankChanged: (bank: string, was: string, now: string) => `the bank ${bank} has changed since: its SHA-256 was ${was}, and is now ${now}`,
      agreementMissing: (file: string, sha256: string) =>
        `it applied the agreement ${file} (SHA-256 ${sha256}), which is not among the files given, or has changed since`,
      moreDifferences: (n: number) => `and ${n} more differences`,
      otherTool: (was: string, now: string) => ` (it was made by ${was}; this is ${now})`,
      follows: (report: string, files: number, tools: string) =>
        `✔ ${report} follows from its ${files === 1 ? 'answer file' : `${files} answer files`} and its bank: every number matches${tools}.`,
      doesNotFollow: (report: string, tools: string) => `✖ ${report} does not follow from its answer files and bank as they are now${tools}:`,
      cannotRead: (file: string, why: string) => `${file} cannot be read: ${why}`,
      notJson: (file: string) => `${file} is not JSON: give the report assess --format json wrote`,
      notAReport: (file: string) =>
        `${file} is not a ce-plan JSON report that names what it was made from (reports of ce-plan 0.1 name it; earlier ones do not)`,
    },
    /** `ce-plan list`'s headings. */
    list: { id: 'ID', version: 'VERSION', questions: 'QUESTIONS', title: 'TITLE' },
    /** Errors a person acts on: wrong flags or arguments (exit 2), and files that cannot be used. */
    errors: {
      badDate: (given: string) => `--date must be a date like 2026-11-20, not "${given}"`,
      forceOrSkip: 'use --force (replace existing reports) or --skip-existing (keep them), not both',
      anonymiseNeedsCombine: '--anonymise names the respondents of combined reports: use it with --combine',
      agreedNeedsCombine: '--agreed applies an agreement to combined reports: use it with --combine',
      trackerForOne: (organisations: number, names: string) =>
        `--previous-tracker is one organisation's tracker, but these files answer for ${organisations} organisations: ${names}`,
      trackerForOneFile: (files: number) =>
        `--previous-tracker is one organisation's tracker: give one answer file (or one organisation's files with --combine), not ${files}`,
      summaryOneBank: (banks: readonly string[]) =>
        `--summary needs every answer file to use one bank, but these use ${banks.join(' and ')}; use --bank, or assess them separately`,
      summaryOverBank: (summary: string, bank: string) => `--summary ${summary} would overwrite the bank ${bank}, an input of this run; choose another name`,
      sameAnswerFile: (one: string, other: string) => `${one} and ${other} are the same answer file; with --combine each respondent is given once`,
      sameReport: (one: string, other: string, reports: string) => `${one} and ${other} would both write ${reports}.*; rename one or assess them separately`,
      reportOverInput: (report: string, entry: string, input: string) =>
        `the report ${report} for ${entry} would overwrite ${input}, an input of this run; use another --out-dir`,
      summaryOverReport: (summary: string, report: string) => `--summary ${summary} would overwrite the report ${report}; choose another name`,
      overwritesInput: (flagAndPath: string, input: string, of: string) => `${flagAndPath} would overwrite ${input}, an input of ${of}; choose another name`,
      /** What a run's input is, as an error names it: "the bank x.yaml". */
      inputs: {
        answerFile: (path: string) => `the answer file ${path}`,
        formExport: (path: string) => `the form export ${path}`,
        bank: (path: string) => `the bank ${path}`,
        builtInBank: (path: string) => `the built-in bank ${path}`,
        reportTemplate: (path: string) => `the report template ${path}`,
        agreement: (path: string) => `the agreement ${path}`,
        previousTracker: (path: string) => `the previous tracker ${path}`,
        actionTracker: (path: string) => `the action tracker ${path}`,
        summary: (path: string) => `the summary ${path}`,
      },
      /** Whose input it is: "an input of this run". */
      runs: { assess: 'this run', compare: 'this comparison', import: 'this import', export: 'this export' },
      exists: (file: string) => `${file} already exists; use --force to overwrite it`,
      /** `why` is one of writeReasons, or the system's code. */
      cannotWrite: (file: string, why: string) => `cannot write ${file}: ${why}`,
      /** Why a file cannot be written, by the system's code. */
      writeReasons: {
        ENOTDIR: 'part of the path is a file, not a folder',
        EEXIST: 'part of the path is a file, not a folder',
        EISDIR: 'it is a folder',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EROFS: 'the disk is read-only',
        ENOSPC: 'the disk is full',
        EDQUOT: 'the disk quota is used up',
        EIO: 'the disk reported an input/output error',
        EFBIG: 'the file is too large for the disk',
        ENAMETOOLONG: 'the name is too long',
        ELOOP: 'the path has too many symbolic links',
      } as Record<string, string>,
      cannotReadLock: (file: string, code: string) => `cannot read ${file} (${code}), which ce-plan keeps while an interview is open on its answer file`,
      /** Two rows of one import that would write one answer file; `unit` is row or response. */
      sameAnswerFileInImport: (unit: string, row: number, path: string, other: number) =>
        `${unit} ${row} would write ${path}, which ${unit} ${other} of this import has written; name the organisations apart`,
      unknownEncoding: (label: string) => `--encoding ${label} is not an encoding ce-plan knows; try utf-8, windows-1252, iso-8859-1 or utf-16le`,
      noSuchSheet: (file: string, sheet: string, sheets: string) => `${file} has no sheet ${sheet}; its sheets are ${sheets}`,
      formNeedsBank: (file: string) => `${file} is a form export: name the bank its form was made from with --bank`,
      noFilesMatch: (pattern: string) => `no files match "${pattern}"`,
      noYamlIn: (folder: string) => `no .yaml or .yml files in folder "${folder}"`,
      noBuiltInBank: (id: string, banks: readonly string[]) =>
        `no built-in bank "${id}"; the built-in banks are ${banks.join(', ')} (or give a path to a bank file)`,
      oneStdin: 'only one of BEFORE and AFTER can be - (stdin)',
      answerFileNotExport: (file: string) => `${file} is an answer file, not a form export: assess it with ce-plan assess`,
      workbookNotText: (to: string) => `--to ${to} writes a workbook, not text: give a file with --out, or send it to a file or a pipe`,
      cannotReadTemplate: (file: string, why: string) => `cannot read the report template ${file}: ${why}`,
      noSuchFile: 'no such file',
      // The interviews (init, agree) and blank files (template).
      initNeedsTerminal:
        '`ce-plan init` asks its questions in a terminal, and this is not one (or CI is set). Without a terminal, write a blank answer file with `ce-plan template BANK > answers.yaml`, fill it in, then run `ce-plan assess answers.yaml`.',
      agreeNeedsTerminal:
        '`ce-plan agree` asks its questions in a terminal, and this is not one (or CI is set). Without a terminal, write a blank agreement with `ce-plan template --agree FILES… > agreement.yaml`, fill it in, and save it beside the answer files.',
      resumeOrRestart: 'use --resume or --restart, not both',
      reportExists: (file: string) => `${file} already exists; use --force to overwrite it, or --out to write elsewhere`,
      outOverAnswers: (out: string, answers: string) => `--out ${out} would overwrite the answer file ${answers}; choose another name`,
      respondentEmpty: '--respondent needs a name, a role, or both: "Alex Morgan, Council officer"',
      otherBank: (file: string, itsBank: string, wanted: string, beside: string) =>
        `${file} answers the bank "${itsBank}", not "${wanted}". To answer ${wanted} beside it, use --answers ${beside}; to go on with it, use --bank ${itsBank}; --restart replaces it (asking first if it is complete, and keeping a copy)`,
      lockLost: (lockFile: string, answers: string) =>
        `${lockFile} was removed or taken over while this interview was open, so its last answer was not saved: another interview may be saving ${answers}. The answers saved before it are in that file, unless the other interview replaced them.`,
      /** The lock an interview keeps on the file it saves: "answerFile" or "agreementFile". */
      lockInTheWay: (lockFile: string, file: string) =>
        `${lockFile} is in the way: ce-plan keeps it while an interview is open on ${file}, and cannot read this one. If no interview of that file is open, delete it and run this again.`,
      lockHolder: (pid: number, host: string | null, since: string | null) =>
        `process ${pid}${host === null ? '' : ` on ${host}`}${since === null ? '' : `, since ${since}`}`,
      openElsewhere: (file: string, holder: string, saved: 'answerFile' | 'agreementFile', lockFile: string | null) =>
        `${file} is open in another interview (${holder}). Two interviews on one ${saved === 'answerFile' ? 'answer file' : 'agreement file'} would each overwrite the other's answers, so this one stops. ` +
        `Finish that interview first, or ${saved === 'answerFile' ? 'give each person an answer file of their own (--answers FILE)' : 'write another agreement file (--out FILE)'}.` +
        (lockFile === null ? '' : ` If that interview is no longer running, delete ${lockFile} and run this again.`),
      lockRemoved: (file: string, pid: number) => `An interview of ${file} that stopped without finishing (process ${pid}) left its lock; it is removed.`,
      /** An agreement file `agree` will not resume: "x.yaml is the agreement of …; to agree on these answer files, …". */
      notThisAgreement: (file: string, problem: string) => `${file} ${problem}; to agree on these answer files, ${AGREEMENT_WAYS_ON}`,
      /** The same, as a finding of its own under the agreement file's. */
      waysOn: AGREEMENT_WAYS_ON,
      otherOrganisation: (theirs: string, ours: string) => `is the agreement of ${theirs}, not ${ours}`,
      otherAgreementBank: (theirs: string, ours: string) => `is an agreement on the bank "${theirs}", not "${ours}"`,
      otherAnswerFiles: (files: readonly string[]) => `was begun on other answer files (${files.join(', ')})`,
      answerFilesChanged: (files: readonly string[]) =>
        `was begun before ${files.join(' and ')} changed (${files.length === 1 ? 'its' : 'their'} SHA-256 differs), so what was agreed may not fit them`,
      agreeOptionsAlone: '--bank and --anonymise go with --agree (a blank agreement over answer files)',
      oneBank: (given: number) => `give one bank, not ${given} (a blank agreement over answer files is \`ce-plan template --agree FILES…\`)`,
    },
  },

  /** `--help`: what ce-plan and each command and option are for, and commander's own words. */
  help: {
    program:
      'How ready is your organisation to engage its communities on community safety? Answer a question bank, get a score, a gap analysis and an action plan.',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'display help for command',
    /** After the top-level help: examples, and what the exit codes mean. */
    examples: `
Examples:
  $ ce-plan init                                  answer the default bank in the terminal
  $ ce-plan assess groups/ --format md,json       one report per answer file
  $ ce-plan compare spring.yaml autumn.yaml       progress between two assessments
  $ ce-plan lint questionnaires/                  check banks, as CI does
  $ ce-plan list                                  the banks available
  $ ce-plan template ce-readiness > answers.yaml  a blank answer file to fill in
  $ ce-plan schema bank                           the JSON Schema of a question bank

Exit codes: 0 done, 1 the findings say no (for assess: any file failed, even an unreadable one),
2 usage error (and an unreadable bank or file for lint, compare, template), 130 interrupted,
141 the output's reader went away (as any tool in a closed pipe). Each command's exact codes: the
README's "Exit codes".`,
    /** "Example:" before each command's example. */
    example: 'Example:',
    /** Commander's headings, by the English it gives them in. */
    titles: {
      'Usage:': 'Usage:',
      'Arguments:': 'Arguments:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Global Options:': 'Global Options:',
    } as Record<string, string>,
    /** Commander's words in an option's description and its errors. */
    commander: {
      default: 'default',
      choices: 'choices',
      error: 'error',
      unknownOption: (option: string) => `unknown option '${option}'`,
      unknownCommand: (command: string) => `unknown command '${command}'`,
      didYouMean: (suggestion: string) => `(Did you mean ${suggestion}?)`,
      missingArgument: (argument: string) => `missing required argument '${argument}'`,
      optionArgumentMissing: (option: string) => `option '${option}' argument missing`,
      requiredOption: (option: string) => `required option '${option}' not specified`,
      tooManyArguments: (expected: number, got: number) => `too many arguments: expected ${plural(expected, 'argument')} but got ${got}.`,
      invalidOption: (option: string, value: string) => `option '${option}' argument '${value}' is invalid.`,
      invalidArgument: (argument: string, value: string) => `argument '${argument}' value '${value}' is invalid.`,
      allowedChoices: (choices: string) => `Allowed choices are ${choices}.`,
      // What an option's value must be, said after commander's "is invalid".
      expectedWholeNumber: 'expected a whole number, 0 or more.',
      expectedScore: 'expected a score from 0 to 100.',
      expectedTracker: 'expected xlsx or csv.',
      expectedFormats: (names: readonly string[]) => `expected ${names.join(', ')} or a comma-separated list of them.`,
      expectedLanguages: (codes: readonly string[]) => `expected ${codes.join(', ')} or a comma-separated list of them, such as cy,en.`,
    },
    /** What `ce-plan --help` says each command does. */
    commands: {
      init: 'answer a bank interactively; writes the answer file and the report',
      assess: 'write one report per answer file (files, folders, globs, - for stdin), or per response of a form export (with --bank)',
      agree:
        "agree, in the terminal, the questions one organisation's respondents answered differently; writes an agreement file that assess --combine applies",
      compare: 'progress between two assessments of the same organisation',
      verify: 'check that a JSON report still follows from its answer files and bank: the same files, the same bank, the same numbers',
      lint: 'check question banks (files, folders, globs); default: the built-in banks',
      list: 'the built-in banks, with ids, versions and question counts',
      template: 'print a blank answer file for a bank, each question with its options as comments; with --agree, a blank agreement file',
      schema: 'print the JSON Schema of a bank, an answer file or an agreement file',
      export: 'write a bank as a form for another tool, or on paper: XLSForm (KoboToolbox, ODK), SurveyJS, or printable HTML',
      import: "write one answer file per response of a form tool's export: CSV or .xlsx (Microsoft Forms, Google Forms, KoboToolbox), or SurveyJS results JSON",
    },
    /** Options that several commands share. */
    shared: {
      force: (what: string) => `overwrite ${what}`,
      formats: (listed: string) => `report formats: ${listed}`,
      formatsListed: (names: readonly string[]) =>
        names.length === 2 ? `${names[0]!}, ${names[1]!} or ${names.join(',')}` : `one or more of ${names.join(', ')}, comma-separated`,
      tracker: "also write the plan's action tracker (NAME.tracker.xlsx; NAME.tracker.csv with --tracker csv)",
      dateOrder: 'how dates such as 05/11/2026 read where no date in their column settles it: dmy (day first) or mdy',
      lang: (what: string, languages: readonly string[]) => `${what}: ${languages.join(' or ')}, or both, comma-separated, the first first (cy,en)`,
      messagesLang: "the language of ce-plan's messages (the first, if two are given)",
      map: 'for a form export: FIELD=COLUMN, or a mapping file (.yaml), as import takes; repeatable',
      plain: 'numbered options, one line per prompt (also when TERM=dumb)',
      /** An example's comment: "writes northfield.md". */
      writes: (file: string) => `writes ${file}`,
    },
    assess: {
      files: 'answer files, or form exports (.csv, .xlsx, SurveyJS results .json)',
      outDir: 'where reports go',
      previousTracker:
        'the action tracker kept since the last assessment (.xlsx or .csv): the plan marks what it records as done, and a new tracker carries its owners, dates, statuses and notes forward',
      summary: 'also write a cohort summary of every organisation',
      failUnder: 'exit 1 if any overall score is below this',
      bank: 'use this bank instead of the one each answer file names',
      template: 'a Markdown report template to use instead of the built-in one; it is code, so use only one you trust',
      date: "the report's date, where the answer file gives none",
      lang: "the reports' language, whatever each answer file's lang: says; two for a bilingual report",
      combine: 'one report per organisation: answer files with the same organisation name and area are its respondents',
      anonymise: 'with --combine, name respondents "Respondent 1", "Respondent 2"… everywhere, keeping their roles',
      agreed: 'with --combine, the agreement file to apply (one among the inputs, or beside the answer files, is found without it)',
      force: 'existing reports',
      skipExisting: 'keep reports that exist and write the rest: how to finish an interrupted run',
      example: 'ce-plan assess groups/*.yaml --lang cy,en   # each report in Welsh, then English',
    },
    init: {
      bank: 'the question bank',
      answers: 'the answer file to write (and resume from)',
      out: (report: string, answers: string) =>
        `the report to write (default: the answer file's name with .md, or ${report} for ${answers}); each format takes its name with its own extension`,
      respondent: 'who is answering, when several people answer for one organisation (either part may be left out)',
      resume: 'resume an existing answer file without asking',
      restart: 'start again, replacing an existing answer file',
      lang: 'the language of the interview (the first) and of the report (lang: in the answer file)',
      force: 'an existing report',
      example: 'the interview and the report in Welsh',
    },
    agree: {
      files: "one organisation's answer files (files, folders, globs)",
      out: (file: string) => `the agreement file to write (and resume from); default: ${file} beside the first answer file`,
      bank: 'use this bank instead of the one each answer file names',
      anonymise: 'call the respondents "Respondent 1", "Respondent 2"… rather than by role',
      resume: 'resume an existing agreement file without asking',
      restart: 'start again, replacing an existing agreement file (a copy is kept)',
      lang: 'the language of the meeting',
    },
    compare: {
      before: 'the earlier answer file',
      after: 'the later answer file',
      out: 'write to a file instead of stdout',
      bank: 'use this bank instead of the one the answer files name',
      combine: 'BEFORE and AFTER are each a folder or glob: the respondents of one organisation, combined as assess --combine does',
      tracker: 'the action tracker kept since BEFORE (.xlsx or .csv, as assess --tracker wrote it): what was done for each gap, beside how its score moved',
      lang: "the language of the progress report, else the AFTER file's lang:; of several, the first only",
      force: 'an existing --out file',
    },
    verify: {
      report: 'a JSON report (assess --format json)',
      files: 'the answer files (or the form export) it was made from',
      bank: 'the bank file, when the report was not made with a built-in bank',
      map: 'for a form export: as assess took it; repeatable',
    },
    lint: {
      banks: 'bank files, folders or globs',
      format: 'output format',
      maxWarnings: 'exit 1 when there are more warnings than this',
      lang: 'the language of the findings and the summary (the first, if several); rule ids stay as they are',
    },
    list: { json: 'print JSON', lang: "the language of its headings and the banks' titles (the first, if two are given)" },
    template: {
      inputs: "a bank id or path; with --agree, one organisation's answer files",
      agree: 'a blank agreement file over these answer files: the questions they contest, with what each respondent said, to fill in',
      bank: 'with --agree: use this bank instead of the one each answer file names',
      anonymise: 'with --agree: call the respondents "Respondent 1", "Respondent 2"… in the comments',
      lang: "the language of the file's comments and its reports (lang:)",
      inWelsh: 'in Welsh, and so its reports',
    },
    schema: { kind: 'bank, answers or agreement' },
    export: {
      bank: 'a bank id or path',
      to: (formats: string) => `the form to write: ${formats}`,
      formats: {
        xlsform: 'an XLSForm workbook, for KoboToolbox, ODK and other XLSForm tools',
        surveyjs: 'a SurveyJS form, as JSON',
        html: 'a printable paper form, as HTML for A4',
      },
      out: "where to write it (default: the bank's id and the format's extension, such as ce-readiness.xlsx; - for stdout)",
      lang: "the language a form opens in (a form tool's form also carries every language the bank has); the paper form is in the first",
      force: 'an existing file',
      paperInWelsh: 'the paper form in Welsh',
    },
    import: {
      file: 'the export: .csv, .xlsx or .json',
      bank: 'the bank the form was made from',
      outDir: 'where answer files go',
      map: 'FIELD=COLUMN for a detail or question (such as organisation="Name of your group"), or a mapping file (.yaml); repeatable',
      ignore: 'a column to leave alone; repeatable',
      organisation: 'the organisation of every response that names none',
      multiSeparator: 'how the options of a multiple choice are joined in a cell (default: as the tool joins them)',
      delimiter: 'the CSV delimiter (default: the one the header line uses; "tab" for a tab)',
      encoding: 'the CSV encoding (default: UTF-8, or UTF-16 by its byte order mark), such as windows-1252',
      sheet: "the workbook's sheet to read (default: the first)",
      force: 'existing answer files',
    },
  },

  /** The interview. */
  interview: {
    skip: 'Skip this question',
    optional: ' (optional)',
    organisation: {
      name: { message: 'Organisation name', title: 'Organisation name' },
      area: { message: 'Area (optional)', title: 'Area' },
      completed_by: { message: 'Completed by (optional)', title: 'Completed by' },
    },
    nameRequired: "the organisation's name is required",
    progress: (section: number, sections: number, question: number, questions: number, approximate: boolean) =>
      `Section ${section} of ${sections} · Question ${question} of ${approximate ? 'about ' : ''}${questions}`,
    minutes: (n: number) => `${n} minute${n === 1 ? '' : 's'}`,
    hours: (hours: number, minutes: number) => `${hours} hour${hours === 1 ? '' : 's'}${minutes === 0 ? '' : ` ${minutes} minutes`}`,
    length: (questions: number, left: boolean, followUps: number, duration: string) => {
      const some = followUps === 0 ? '' : ` (${followUps === questions && questions > 1 ? 'all' : followUps} asked only after certain answers)`;
      return `${questions} question${questions === 1 ? '' : 's'}${left ? ' left' : ''}${some}: about ${duration}${followUps === 0 ? '' : ' at most'}, an estimate. Answers are saved as you go.`;
    },
    skipped: '(skipped)',
    noAnswerYet: 'No answer yet',
    useArrows: '(use ↑↓ to choose one)',
    chooseFirst: 'Choose an answer with ↑ and ↓ first, then press ⏎.',
    help: 'help',
    back: 'back',
    /** A text prompt's keys: "? help", "< or esc back". */
    helpKey: '? help',
    backKey: '< or esc back',
    /** Inquirer's own key hints, by the English it gives them in. */
    keyActions: { navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert' } as Record<string, string>,
    // The plain prompter.
    choose: (range: string, current: string, extras: string) => `Choose ${range}${current}${extras}: `,
    enterRange: (range: string) => `Enter ${range}, or an option as it is written.`,
    chooseSeveral: (current: string, extras: string) => `Choose one or more, separated by commas${current}${extras}: `,
    enterSeveral: (range: string, example: string) => `Enter numbers from ${range} or options as they are written, separated by commas, such as ${example}.`,
    numberFrom: (low: string, high: string) => `a number from ${low} to ${high}`,
    to: (low: string, high: string) => `${low} to ${high}`,
    // init's own questions and lines.
    versionChanged: (was: string, now: string) => `These answers were given to version ${was} of the bank; this is ${now}.`,
    resumeOrRestart: (file: string, answered: number, organisation: string) =>
      `${file} holds ${answered} answer${answered === 1 ? '' : 's'} for ${organisation}. Resume, or start again?`,
    resume: 'Resume where it stopped',
    restart: 'Start again (a copy of those answers is kept)',
    replace: (file: string, complete: boolean, organisation: string, answered: number, bank: string) =>
      `${file} holds ${complete ? 'a complete assessment' : 'an assessment'} for ${organisation} (${answered} answers to ${bank}). Replace it? (a copy is kept)`,
    keep: 'No, keep it and stop',
    startAgain: 'Yes, start again',
    copyKept: (copy: string, file: string) => `The old answers are kept in ${copy}; ${file} will hold the new ones.`,
    leftAsItWas: (file: string) => `${file} is left as it was; use --answers FILE to start a new assessment beside it`,
    savedResume: (file: string, command: string) => `answers saved to ${file}; run \`${command}\` again to resume`,
    nothingSaved: 'interrupted before any answer was given; nothing was saved',
  },

  /** `ce-plan agree`: the meeting that agrees the contested questions, and the blank agreement file. */
  agree: {
    leave: { choice: 'Leave it contested (not agreed)', ticks: 'tick none to leave it contested', typed: 'leave it empty to leave it contested' },
    toAgree: (n: number) => `${n === 1 ? '1 question' : `${n} questions`} to agree, where your answers differ.`,
    contestedOf: (at: number, of: number) => `Contested question ${at} of ${of}`,
    why: { message: 'Why, in one line?', title: 'Why?', problem: 'say in one line why you agreed this (or go back)' },
    present: { message: 'Who is here? Untick anyone who is not', title: 'Present', problem: 'tick at least one' },
    notAnswered: 'not answered',
    notAsked: 'not asked',
    heading: (organisation: string, respondents: number, bank: string) => `${organisation}: ${respondents} respondents (${bank})`,
    nothingToAgree: (organisation: string, respondents: number) =>
      `${organisation}: the ${respondents} respondents contest no question (their answers are within half a mark of each other), so there is nothing to agree.`,
    saved: (agreed: number, contested: number, file: string) =>
      `${agreed} of the ${contested} contested questions agreed; saved to ${file}. \`ce-plan assess --combine\` on the answer files applies it (it is found beside them, or give it with --agreed).`,
    nothingSaved: 'nothing was agreed, and nothing was saved',
    savedResume: (file: string) => `the agreement so far is saved to ${file}; run \`ce-plan agree\` on the same files again to resume`,
    interrupted: 'interrupted before any answer was agreed; nothing was saved',
    resumeOrRestart: (file: string, agreed: number) => `${file} holds ${agreed} agreed answer${agreed === 1 ? '' : 's'}. Resume, or start again?`,
    resume: 'Resume where it stopped',
    restart: 'Start again (a copy of the agreement so far is kept)',
    // The blank agreement file's comments (`ce-plan template --agree`).
    blank: (organisation: string, questions: number, respondents: number) =>
      `A blank agreement for ${organisation}: the ${questions === 1 ? 'question' : `${questions} questions`} its ${respondents} respondents answered differently.`,
    howTo: (folder: string) =>
      `For each question the meeting agrees, write the agreed answer and, in one line, why; leave both empty\nfor a question it does not agree. Fill in the date and who was present, and save this file in\n${folder} (the respondents' files below are named from there) as agreement.yaml or NAME.agreement.yaml;\n\`ce-plan assess --combine\` on the answer files then applies it (docs/agreement-files.md).`,
    date: 'required: the day the meeting agreed, YYYY-MM-DD',
    respondents: 'The answer files agreed on: one that changes after this is named, and the agreement is not applied to it.',
    presentList: 'required: who was present, names or roles, such as [Resident chair, Housing manager]',
    nothingContested: 'nothing is contested',
  },

  /** The forms ce-plan exports (XLSForm, SurveyJS, paper) and `import` reads back. */
  forms: {
    details: {
      organisation: { label: 'Organisation', hint: 'The group, team or partnership these answers are for.' },
      area: { label: 'Area' },
      respondent: { label: 'Your name' },
      role: { label: 'Your role' },
      date: { label: 'Date', hint: 'The date these answers describe.' },
      completed_by: { label: 'Completed by' },
    } as Record<'organisation' | 'area' | 'respondent' | 'role' | 'date' | 'completed_by', { label: string; hint?: string }>,
    detailsTitle: 'About these answers',
    notWithOthers: (labels: readonly string[]) =>
      `${list(
        labels.map((l) => `"${l}"`),
        'or',
      )} cannot be chosen with other options.`,
    numberRange: (min: number | undefined, max: number | undefined) =>
      `Enter a number ${min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `of ${min} or more` : `of ${max} or less`}.`,
    inUnit: (unit: string) => `In ${unit}.`,
    keepTo: (n: number) => `Keep it to ${n} characters.`,
    wholeNumber: 'Enter a whole number.',
    // The paper form.
    paper: {
      tickOne: 'Tick one.',
      tickAll: 'Tick all that apply.',
      onItsOwn: (label: string) => `${label} (tick this only on its own)`,
      tickScale: (min: number, max: number, dontKnow: string | null) => `Tick one, from ${min} to ${max}${dontKnow === null ? '' : `, or ${dontKnow}`}.`,
      writeNumber: (whole: boolean, min: number | undefined, max: number | undefined) => {
        const range = [min === undefined ? '' : `${min} or more`, max === undefined ? '' : `${max} or less`].filter(Boolean).join(', ');
        return `Write ${whole ? 'a whole number' : 'a number'}${range ? ` (${range})` : ''}.`;
      },
      writeText: (most: number | undefined) => `Write your answer${most ? `, in up to ${most} characters` : ''}.`,
      dayMonthYear: ' (day, month, year)',
      optional: ' (optional)',
      skipIf: (condition: string) => `Skip this question if ${condition}.`,
      title: (bank: string) => `${bank}: paper form`,
      how: 'Tick a round box where a question takes one answer, and every square box that applies where it takes several.\nWhere a question says “Skip this question if …”, and that is so, go on to the next one. Questions marked (optional) may be left blank.',
      whoIsAnswering: 'Who is answering',
      footer: (bank: string, version: string, example: string, command: string) =>
        `Bank ${bank}, version ${version}. To score these answers, type each form into one row of a spreadsheet\nwhose column headers are the grey names (such as ${example}), with the grey values as answers,\nand run ${command}.`,
      // A condition in words.
      anyOfThese: 'any of these is so',
      allOfThese: 'all of these are so',
      anyOf: 'any',
      allOf: 'all',
      of: (which: string, parts: readonly string[]) => `(${which} of: ${parts.join('; ')})`,
      always: 'always',
      never: 'never',
      question: (n: string) => `question ${n}`,
      ticked: (values: string, at: string) => `${values} is ticked at ${at}`,
      notTicked: (values: string, at: string) => `${values} is not ticked at ${at}`,
      noTickOr: (at: string, values: string) => `${at} has no tick, or ${values} is ticked`,
      tickButNot: (at: string, values: string) => `${at} has a tick, but not at ${values}`,
      anythingBut: (at: string, value: string) => `${at} is anything but ${value} on its own`,
      onlyTicked: (value: string, at: string) => `only ${value} is ticked at ${at}`,
      blankOr: (at: string, values: string) => `${at} is left blank or answered ${values}`,
      answeredBut: (at: string, values: string) => `${at} is answered, but not ${values}`,
      notAnswered: (at: string, values: string) => `${at} is not answered ${values}`,
      answered: (at: string, values: string) => `${at} is answered ${values}`,
    },
  },

  /** `ce-plan template`: a blank answer file's comments. */
  template: {
    answersFor: (title: string, id: string, version: string) => `Answers for "${title}" (${id} ${version}).`,
    howTo: 'Write each answer after its colon. Leave it empty if you cannot answer yet: it counts as unanswered.',
    then: 'Then run: ce-plan assess THIS-FILE',
    name: 'required: the organisation assessed',
    optional: 'optional',
    date: "optional: the report's date (YYYY-MM-DD)",
    respondent: 'optional: who answered, when several people answer for one organisation (assess --combine)',
    lang: 'optional: the language of its reports',
    section: (n: number, of: number, title: string) => `Section ${n} of ${of}: ${title}`,
    answer: (hint: string) => `Answer: ${hint}`,
    onlyIf: (condition: string) => `Only asked if ${condition}`,
    oneOf: (options: string) => `one of: ${options}`,
    listOf: (example: string, options: string, alone: readonly string[]) =>
      `a list, such as [${example}], of: ${options}${alone.length ? ` (${alone.join(', ')} only on its own)` : ''}`,
    scale: (min: number, max: number, ends: string, dontKnow: string | null) =>
      `a whole number from ${min} to ${max} (${ends})${dontKnow === null ? '' : `, or ${dontKnow}`}`,
    number: (whole: boolean, unit: string | undefined, min: number | undefined, max: number | undefined) => {
      const range = [min !== undefined ? `at least ${min}` : '', max !== undefined ? `at most ${max}` : ''].filter(Boolean).join(', ');
      return `${whole ? 'a whole number' : 'a number'}${unit ? ` of ${unit}` : ''}${range ? `, ${range}` : ''}`;
    },
    text: (most: number | undefined) => `text in quotes${most ? `, up to ${most} characters` : ''}`,
    /** A condition in the template's words: "definition-written is yes or partly". */
    is: (question: string, values: string) => `${question} is ${values}`,
    isNot: (question: string, values: string) => `${question} is not ${values}`,
    isExactly: (question: string, value: string) => `${question} is exactly ${value}`,
    and: ' and ',
    or: ' or ',
    not: (text: string) => `not (${text})`,
  },
};

/** "Gap" from "gap". */
function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** ce-plan's own words in one language, shaped as the English. */
export type Words = typeof en;
