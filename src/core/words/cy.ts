// ce-plan's own words in Welsh (Cymraeg), typed against the English so the compiler names any word it
// lacks. A DRAFT for review by a Welsh speaker: no one on the team is one (docs/translation.md, with the
// glossary the banks and this catalogue share). Counted nouns follow Welsh rules: after a numeral the noun
// stays singular and mutates after 2 (soft: dau gwestiwn → 2 gwestiwn), 3 and 6 (aspirate: 3 chwestiwn),
// which is why Intl.PluralRules('cy') has its six forms.
import { LANGUAGES as LANGUAGE_CODES } from '../languages.js';
import type { Words } from './en.js';
import { mapped } from '../lists.js';
import { pluralOf, type PluralForms } from './plural.js';

const count = pluralOf('cy');

/** A noun after a numeral, in the forms its first letter takes: `forms('cwestiwn', 'gwestiwn', 'chwestiwn')`. */
const noun = (plain: string, soft = plain, aspirate = plain): PluralForms => ({
  zero: `# ${plain}`,
  one: `# ${plain}`,
  two: `# ${soft}`,
  few: `# ${aspirate}`,
  many: `# ${aspirate}`,
  other: `# ${plain}`,
});

const GAP_STATUSES = {
  done: "Wedi'i wneud",
  'partly-done': "Wedi'i wneud yn rhannol",
  'under-way': 'Ar y gweill',
  'not-done': 'Heb ei wneud',
  dropped: "Wedi'i ollwng",
  'not-tracked': 'Nid yn y traciwr',
};

const QUESTION = noun('cwestiwn', 'gwestiwn', 'chwestiwn');
const REQUIRED_QUESTION = noun('cwestiwn gorfodol', 'gwestiwn gorfodol', 'chwestiwn gorfodol');
const OPTIONAL_QUESTION = noun('cwestiwn dewisol', 'gwestiwn dewisol', 'chwestiwn dewisol');
const RECOMMENDATION = noun('argymhelliad');
const ACTION = noun('cam gweithredu', 'gam gweithredu', 'cham gweithredu');
const GAP = noun('bwlch', 'fwlch');
const STRENGTH = noun('cryfder', 'gryfder', 'chryfder');
const PRIORITY = noun('blaenoriaeth', 'flaenoriaeth');
const AREA = noun('maes', 'faes');
const TEXT = noun('darn', 'ddarn');
const FILE = noun('ffeil');
const ANSWER = noun('ateb');
const MINUTE = noun('munud', 'funud');
const HOUR = noun('awr');
const RESPONDENT = noun('ymatebydd');
const ORGANISATION = noun('sefydliad');
const REPORT = noun('adroddiad');
const EXISTING_REPORT = noun('adroddiad oedd yn bodoli');
const ANSWER_FILE = noun('ffeil ateb');
const RESPONSE = noun('ymateb');
const DIFFERENCE = noun('gwahaniaeth');
const ARGUMENT = noun('dadl', 'ddadl');
const FINDING = noun('canfyddiad', 'ganfyddiad', 'chanfyddiad');
const ITEM = noun('eitem');
const CHARACTER = noun('nod');
const PROBLEM = noun('problem', 'broblem', 'problem');
const ERROR = noun('gwall', 'wall');
const WARNING = noun('rhybudd', 'rybudd');

const AGREEMENT_WAYS_ON = "defnyddiwch --out FFEIL ar gyfer cytundeb newydd wrth ei ochr, neu --restart i'w ddisodli (cedwir copi)";

/** "a" before a consonant, "ac" before a vowel (after any opening quote). */
const and = (next: string) => (/^[“"‘'(]?[aeiouwyâêîôûŵŷ]/i.test(next) ? 'ac' : 'a');

/** "A, B a C"; `last` joins the last two ("neu"). */
const list = (items: readonly string[], last?: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last ?? and(items.at(-1)!)} ${items.at(-1)!}`;

const LANGUAGE_NAMES = { en: 'Saesneg', cy: 'Cymraeg' };

/** "wedi'i gwirio" after one file, "wedi'u gwirio" after more. */
const checked = (files: number) => (files === 1 ? "wedi'i gwirio" : "wedi'u gwirio");

// Made at the first date, not when the catalogue loads (see pluralOf).
let dates: Intl.DateTimeFormat | undefined;

export const cy: Words = {
  htmlLang: 'cy',
  untranslated: (text) => `[Saesneg] ${text}`,
  date: (iso) => (dates ??= new Intl.DateTimeFormat('cy', { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`)),
  list: (items, last) => list(items, last === undefined || last === 'and' ? undefined : last === 'or' ? 'neu' : last),

  core: {
    dontKnow: 'Ddim yn gwybod',
    scalePoint: (point, min, max, label) => `${point} o ${min}–${max}${label === undefined ? '' : ` (${label})`}`,
    unanswered: 'heb ei ateb',
    notAsked: 'heb ei ofyn',
    notAnswered: 'Heb ei ateb',
    byAll: (of) => `y ${of} i gyd`,
    bySome: (who, of) => `${who.length} o ${of} (${who.join(', ')})`,
    findOut: (prompt) => `${prompt} Holwch bwy bynnag a fyddai'n gwybod, yna dewiswch y cam nesaf yn y cyfarfod nesaf.`,
    answerTheRest: (n) =>
      `Atebwch ${n === 1 ? 'yr un cwestiwn' : `y ${count(n, QUESTION)}`} a adawyd yn wag (“Heb ei ateb” yn yr atodiad), yna cynhaliwch yr asesiad eto: tan hynny mae pob un yn cyfrif fel 0.`,
    agreeSharedView: (n, afterAgreement) =>
      `Yn y cyfarfod partneriaeth nesaf, cytunwch ar farn gyffredin ar ${n === 1 ? 'y cwestiwn' : `y ${count(n, QUESTION)}`} ${afterAgreement ? 'a restrir o dan “Yr hyn y cytunoch arno” fel rhai sydd heb gytundeb eto' : "a restrir o dan “Lle rydych chi'n anghytuno”"}. Mae camau gweithredu'r cynllun ar ${n === 1 ? 'hwnnw' : 'y rheini'} yn aros am y farn honno.`,
    agreed: (answer) => `Cytunwyd: ${answer}`,
    respondent: (n) => `Ymatebydd ${n}`,
  },

  answers: {
    required: 'mae angen ateb',
    chooseOne: 'dewiswch o leiaf un opsiwn',
    notWithOthers: (label) => `ni ellir cyfuno "${label}" ag opsiynau eraill`,
    wholeNumber: 'rhowch rif cyfan',
    number: (whole, examples) => `rhowch ${whole ? 'rif cyfan' : 'rif'}${examples.length === 0 ? '' : `, fel ${examples.join(' neu ')}`}`,
    atLeast: (n) => `rhowch ${n} neu fwy`,
    atMost: (n) => `rhowch ${n} neu lai`,
    tooLong: (most, length) => `cadwch at ${most} nod (mae hwn yn ${length})`,
  },

  findings: {
    didYouMean: (suggestion) => `; ai "${suggestion}" oedd dan sylw?`,
    tooMany: (more, limit) => `${count(more, FINDING)} arall yn y ffeil hon, heb eu dangos: cywirwch y ${limit} cyntaf a rhedwch eto`,

    nestedTooDeep: "mae wedi'i nythu'n rhy ddwfn i fod yn ffeil ce-plan",
    yamlVersion: (version) =>
      `mae'n dweud %YAML ${version}, ond dim ond YAML 1.2 y mae ce-plan yn ei ddarllen (lle mae 010 yn ddeg a 1_000 yn destun, nid 8 a 1000 fel yn 1.1); tynnwch y llinell %YAML`,
    yamlSyntax: (detail) => `nid yw'n YAML dilys (${detail})`,
    emptyFile: "mae'n wag; roedd disgwyl map YAML o allweddi",
    tooManyAliases: (most, alias) =>
      `mae'n defnyddio mwy na ${most} o arallenwau (dyma *${alias}, y cyntaf y tu hwnt i'r terfyn); ysgrifennwch y cynnwys yn llawn neu defnyddiwch lai o arallenwau`,
    aliasesExpand: (most) =>
      `mae'n defnyddio arallenwau sy'n ehangu'n rhy bell (mwy na ${most}); ysgrifennwch y cynnwys yn llawn neu defnyddiwch lai o arallenwau`,
    duplicateKey: (key) => `rhoddir yr allwedd ${key} ddwywaith yn y map hwn; dim ond unwaith y caiff pob allwedd ymddangos`,
    keyNotPlain: 'rhaid i allweddi fod yn eiriau plaen, nid rhestrau na mapiau',
    keyTagged: 'rhaid i allweddi fod yn eiriau plaen, nid dyddiad, data deuaidd na gwerth arall â thag',
    forbiddenKey: (key) => `ni chaniateir yr allwedd ${key} (gallai ymyrryd â gwrthrychau); ailenwch hi neu ei thynnu`,

    value: {
      empty: 'gwag',
      list: 'rhestr',
      binary: 'data deuaidd (gwerth !!binary)',
      timestamp: 'dyddiad ac amser (gwerth !!timestamp; ysgrifennwch ddyddiad fel testun, fel 2026-11-20)',
      set: 'set (gwerth !!set)',
      orderedMap: 'map trefnus (gwerth !!omap)',
      map: 'map o allweddi',
      text: (quoted) => `y testun ${quoted}`,
      yesNo: (value) => `${String(value)} (gwerth ie/na)`,
      number: (value) => `y rhif ${String(value)}`,
    },
    expected: {
      string: 'testun',
      number: 'rhif',
      int: 'rhif cyfan',
      boolean: 'true neu false',
      array: 'rhestr',
      object: 'map o allweddi',
      record: 'map o allweddi',
    },
    theFile: 'y ffeil',
    item: (n, of) => `eitem ${n} o "${of}"`,
    missingKey: (subject, expected) => `mae'r allwedd ofynnol ${subject} ar goll (${expected})`,
    wrongType: (subject, expected, actual, quoteIt) =>
      `${subject}: roedd disgwyl ${expected}, nid ${actual}${quoteIt ? '; rhowch ef mewn dyfynodau i’w wneud yn destun' : ''}`,
    unknownKey: (key) => `allwedd anhysbys "${key}"`,
    missingOneOf: (key, options) => `mae'r allwedd ofynnol "${key}" ar goll (un o ${options.join(', ')})`,
    notOneOf: (subject, options, actual) => `rhaid i ${subject} fod yn un o ${options.join(', ')}, nid ${actual}`,
    items: (subject, least, n) => `mae angen ${least ? 'o leiaf' : 'dim mwy na'} ${count(n, ITEM)} ar ${subject}`,
    notEmpty: (subject) => `rhaid i ${subject} beidio â bod yn wag`,
    outOfRange: (subject, relation, limit, actual) =>
      `rhaid i ${subject} fod ${{ atLeast: 'o leiaf', greaterThan: 'yn fwy na', atMost: 'dim mwy na', lessThan: 'yn llai na' }[relation]} ${limit}, nid ${actual}`,
    exactly: (subject, values, actual) => `rhaid i ${subject} fod yn ${values.join(' neu ')}, nid ${actual}`,
    breaks: (subject, rule, actual) => `${subject}: ${rule}${actual === undefined ? '' : `, nid ${actual}`}`,
    rules: {
      action: 'rhaid iddo fod yn destun, neu’n fap gydag "id", "text" a "when" neu "for"',
      version: 'rhaid iddo fod yn fersiwn semantig fel "1.0.0"',
      includesEnglish: "rhaid iddo gynnwys en: mae banc wedi'i ysgrifennu yn Saesneg, a'i gyfieithu ohoni",
      answer: "rhaid iddo fod yn werth opsiwn, yn rhif, neu'n rhestr o werthoedd opsiynau",
      dateForm: 'rhaid iddo fod yn ddyddiad fel 2026-11-20',
      realDate: 'rhaid iddo fod yn ddyddiad go iawn (BBBB-MM-DD)',
      language: `rhaid iddo fod yn iaith (${LANGUAGE_CODES.join(', ')}) neu'n rhestr ohonynt`,
      oneLine: 'rhaid iddo fod yn un llinell o destun (dim toriadau llinell na nodau rheoli)',
      sha256: 'rhaid iddo fod yn SHA-256 mewn hecs: 64 nod 0-9 ac a-f',
      kebabId: 'rhaid iddo fod mewn kebab-case, fel "define-engagement"',
      notEmpty: 'rhaid iddo beidio â bod yn wag',
      notBlank: 'rhaid iddo beidio â bod yn wag o eiriau',
      noControls: 'rhaid iddo beidio â chynnwys nodau rheoli (fel ESC), dim ond testun, llinellau newydd a thabiau',
      englishHash: 'rhaid iddo fod yn 8 digid hecs y Saesneg y cafodd ei gyfieithu ohoni, fel y mae `ce-plan lint` yn eu rhoi',
      optionValue: 'rhaid iddo fod yn air byr fel "yes" neu "ward-panel"',
      scalePoint: 'rhaid iddo fod yn rhif cyfan ar y raddfa',
    },

    bankVersion: (given, bank, version) =>
      `mae'r atebion hyn ar gyfer fersiwn ${given} o'r banc "${bank}", ond fersiwn ${version} yw'r banc; gwiriwch fod yr atebion yn dal i ffitio`,
    unknownQuestion: (id, bank) => `nid oes cwestiwn "${id}" yn y banc "${bank}"`,
    badAnswer: (id, problem) => `"${id}": ${problem}`,
    hiddenAnswer: (id) => `ni ofynnir "${id}" o ystyried yr atebion eraill (nid yw ei "when" yn dal), felly anwybyddir yr ateb hwn`,
    unknownBank: (bank, hint, known) =>
      `nid oes banc "${bank}"${hint}; ${known.length === 0 ? 'nid oes banciau adeiledig' : `y banciau adeiledig yw ${known.join(', ')}`} (neu rhowch --bank LLWYBR)`,
    tooLarge: (unit, row, size, most) =>
      `byddai ${unit === 'row' ? 'rhes' : 'ymateb'} ${row} yn gwneud ffeil atebion o ${size}, mwy nag y mae assess yn ei ddarllen (${most}), gan fod ei thestun wedi'i ysgrifennu wedi'i ddianc; byrhewch ei atebion`,
    agreementInBatch:
      'mae\'n ffeil cytundeb (mae ganddi "agreed"), nid ffeil atebion: mae `assess --combine` yn ei chymhwyso i adroddiad cyfun ei sefydliad; yma fe\'i gadewir allan',
    answer: {
      oneNotList: (values) => `mae'n cymryd un opsiwn, nid rhestr; dewiswch un o ${values.join(', ')}`,
      notAnOption: (actual, values, several) => `nid yw hwn yn opsiwn: ${actual}; ${several ? 'dewiswch o blith' : 'dewiswch un o'} ${values.join(', ')}`,
      exclusive: (value, label) => `ni ellir dewis "${value}" (${label}) gydag opsiynau eraill; cadwch ef ar ei ben ei hun neu ei dynnu`,
      scale: (min, max, dontKnow, actual) =>
        `rhaid iddo fod yn rhif cyfan o ${min} i ${max}${dontKnow === undefined ? '' : `, neu ${dontKnow}`}, nid ${actual}`,
      notNumber: (actual) => `rhaid iddo fod yn rhif, nid ${actual}`,
      notWhole: (value) => `rhaid iddo fod yn rhif cyfan, nid ${value}`,
      atLeast: (min, value) => `rhaid iddo fod o leiaf ${min}, nid ${value}`,
      atMost: (max, value) => `rhaid iddo fod dim mwy na ${max}, nid ${value}`,
      textNotList: 'rhaid iddo fod yn destun, nid rhestr',
      tooLong: (length, most) => `mae'n ${count(length, CHARACTER)} o hyd; y mwyaf y mae'r cwestiwn hwn yn ei gymryd yw ${most}`,
    },
    agreement: {
      otherBank: (agreed, answered) => `mae'n gytundeb ar y banc "${agreed}", ond mae'r ffeiliau atebion y'i cymhwysir iddynt yn ateb "${answered}"`,
      otherVersion: (agreed, bank, answered) =>
        `mae'n gytundeb ar fersiwn ${agreed} o "${bank}", ond mae'r ffeiliau atebion yn ateb fersiwn ${answered}; cytunwch eto ar yr atebion fel y maent`,
      noAnswer: (id) => `mae "${id}" yn rhoi rheswm ond dim ateb y cytunwyd arno; rhowch yr ateb, neu gwagiwch y ddau os na chytunwyd arno`,
      noReason: (id) => `mae gan "${id}" ateb y cytunwyd arno ond dim rheswm: dywedwch pam mewn un llinell (reason: …)`,
      notAnAgreement: 'nid yw’n ffeil cytundeb: nid oes ganddi "agreed" (rhoddir ffeil atebion fel mewnbwn, nid gyda --agreed)',
      twoAgreements: (n, organisation, files) => `mae'n un o ${n} cytundeb ar gyfer ${organisation} (${files}); cadwch un, fel na chymhwysir yr un`,
      notAskedOfAny: (id) =>
        `ni ofynnir "${id}" i unrhyw ymatebydd unwaith y cymhwysir y cytundeb (nid yw ei "when" yn dal), felly anwybyddir yr ateb hwn y cytunwyd arno`,
      otherOrganisation: (which, names) =>
        `mae'n gytundeb ar gyfer ${which}, nad yw'n un o sefydliadau'r rhediad hwn (${names.length === 0 ? 'nid oes gan yr un yma sawl ffeil atebion' : `y sefydliadau sydd â sawl ffeil atebion yma yw ${names.join(', ')}`}); rhaid i'w enw a'i ardal gyfateb i'w ffeiliau atebion`,
      respondentMissing: (file, path) =>
        `nid yw "${file}" yn bod (chwiliwyd am ${path}): gwnaed y cytundeb arni; adferwch hi, neu cytunwch eto ar y ffeiliau sydd ar gael`,
      respondentNotHere: (file, respondents) =>
        `nid yw "${file}" ymhlith ffeiliau atebion y ${count(respondents, RESPONDENT)} yn y rhediad hwn; aseswch hi gyda nhw, neu cytunwch eto hebddi`,
      respondentChanged: (file) =>
        `mae "${file}" wedi newid ers y cytundeb (mae ei SHA-256 yn wahanol), felly ni chymhwysir y cytundeb i'w hatebion; cytunwch eto i'w cynnwys`,
      respondentNotListed: (file) =>
        `nid yw ${file} wedi'i rhestru, felly ni chymhwysir y cytundeb i'w hatebion (nid oedd yn rhan o'r cytundeb); cytunwch eto i'w chynnwys`,
    },
    combine: {
      differentBanks: (organisation, which) =>
        `${organisation}: mae ei ffeiliau atebion yn defnyddio banciau neu fersiynau banc gwahanol, felly ni ellir eu cyfuno: ${which}`,
      wouldOverwrite: (report, input) => `byddai'r adroddiad ${report} yn ysgrifennu dros ${input}; defnyddiwch --out-dir arall`,
      onlyAgreement: (input) => `nid oes ffeil atebion yn ${input}, dim ond cytundeb; gyda --combine mae pob ochr yn ymatebwyr un sefydliad`,
      severalOrganisations: (input) => `mae ${input} yn dal ffeiliau atebion mwy nag un sefydliad; gyda --combine mae pob ochr yn ymatebwyr un sefydliad`,
      sideDifferentBanks: (input) => `${input}: mae ei ffeiliau atebion yn defnyddio banciau neu fersiynau banc gwahanol, felly ni ellir eu cyfuno`,
    },
    anonymity: {
      nameTakenOut: (prompt, marker) => `roedd ateb i "${prompt}" yn cynnwys enw ymatebydd, felly mae'r adroddiad yn ei roi fel ${marker}`,
      roleLeftOut: (role) => `dim ond un ymatebydd sydd â'r rôl "${role}", felly mae'r adroddiad yn ei gadael allan: byddai'n eu henwi`,
    },
    partnership: {
      tooFew: (only) =>
        `${only === undefined ? 'ni roddwyd ffeil atebion' : `${only} yw'r unig ffeil atebion a roddwyd`}: mae cytundeb rhwng ymatebwyr un sefydliad; rhowch eu holl ffeiliau atebion (ffolder, glob, neu bob ffeil)`,
      severalOrganisations: (which, first) =>
        `mae'r ffeiliau atebion hyn yn perthyn i ${count(which.length, ORGANISATION)}: ${which.join('; ')}. Mae cytundeb yn perthyn i un sefydliad: rhowch ei ffeiliau atebion yn unig, fel yn \`ce-plan agree ${first.join(' ')}\``,
      differentBanks: (which) =>
        `mae'r ffeiliau atebion hyn yn defnyddio banciau neu fersiynau banc gwahanol, felly ni ellir cytuno arnynt gyda'i gilydd: ${which}`,
    },
    tracker: {
      notATracker: "nid yw'n draciwr camau gweithredu: roedd disgwyl y llyfr gwaith .xlsx neu'r .csv y mae ce-plan yn ei ysgrifennu gyda --tracker",
      noSheet: (sheet) => `nid yw'n draciwr camau gweithredu: nid oes ganddo ddalen "${sheet}" (mae ce-plan assess --tracker yn ysgrifennu un)`,
      noAbout: (sheet) =>
        `nid oes ganddo ddalen "${sheet}" y gall ce-plan ei darllen (mae'n cofnodi'r banc a'r sefydliad yr ysgrifennwyd y traciwr ar eu cyfer); darllenir ei resi o hyd, yn ôl id y cam gweithredu`,
      noColumns: (missing, columns, found) =>
        `nid yw'n draciwr camau gweithredu: nid oes colofn ${missing.map((c) => `"${c}"`).join(' na ')} yn ei res gyntaf (colofnau'r traciwr yw ${columns.join(', ')}; colofnau hwn yw ${found.length === 0 ? 'dim' : found.join(', ')})`,
      inCell: (sheet, cell, message) => `${sheet === null ? 'CSV' : `dalen "${sheet}"`}, cell ${cell}: ${message}`,
      formula: (formula, column) => `mae'n dal fformiwla (${formula}); nid yw ce-plan byth yn rhedeg un: teipiwch y gwerth ei hun yn y golofn ${column}`,
      unreadable: (problem) => `ni ellir ei ddarllen (yn Saesneg: it ${problem})`,
      noId: "nid oes ID gan y rhes hon, felly ni all ce-plan ddweud pa gam gweithredu y mae'n ei gofnodi; fe'i gadewir allan o'r gymhariaeth (ac mae'n aros yn eich traciwr)",
      notAStatus: (typed, statuses) => `nid yw "${typed}" yn statws; dewiswch un o ${statuses.join(', ')}`,
      notADate: (typed) => `nid yw "${typed}" yn ddyddiad y gall ce-plan ei ddarllen (teipiwch ef fel 2027-03-31 neu 31/03/2027); fe'i cedwir fel y'i teipiwyd`,
      repeated: (id, row) => `mae'n ailadrodd y cam gweithredu "${id}" o res ${row}; mae'r gymhariaeth yn ei ddarllen unwaith`,
      conflicting: (id, status, row, earlier) =>
        `mae'n cofnodi'r cam gweithredu "${id}" eto, fel ${status ?? 'statws annarllenadwy'}, ond mae gan res ${row} ef fel ${earlier ?? 'statws annarllenadwy'}; cadwch un rhes ar ei gyfer (darllenir rhes ${row})`,
    },
    progress: {
      inCell: (sheet, cell, message) => `${sheet}, cell ${cell}: ${message}`,
      otherBank: (written, after) =>
        `fe'i hysgrifennwyd ar gyfer y banc "${written}", ond caiff AFTER ei sgorio gyda "${after}"; cyfatebir camau gweithredu yn ôl eu id`,
      otherOrganisation: (written, before) => `fe'i hysgrifennwyd ar gyfer "${written}", ond "${before}" yw BEFORE`,
      otherDate: (written, before) =>
        `fe'i hysgrifennwyd ar gyfer asesiad ${written}, ond mae BEFORE wedi'i ddyddio ${before}; ai traciwr yr asesiad hwnnw ydyw?`,
      removed: (id, bank, writtenWith) =>
        `nid yw'r cam gweithredu "${id}" yn ${bank} mwyach${writtenWith === undefined ? '' : ` (ysgrifennwyd y traciwr gyda ${writtenWith})`}; rhestrir ei res ar wahân`,
      unknown: (id, bank, hint) => `nid yw "${id}" yn un o gamau gweithredu ${bank}${hint}; rhestrir ei res ar wahân`,
      missingRow: (sheet, id) =>
        `nid oes rhes yn ${sheet} ar gyfer y cam gweithredu "${id}", yr ysgrifennwyd ef gydag ef (wedi'i ddileu?); mae'n cyfrif fel heb ei dracio`,
    },
    reading: {
      folder: 'ffolder yw hwn, nid ffeil',
      notRegular: (yamlExpected) => `nid yw'n ffeil arferol (dyfais, pibell neu soced)${yamlExpected ? '; rhowch ffeil YAML' : ''}`,
      noSuchFile: 'nid yw’r ffeil yn bod',
      permissionDenied: 'dim caniatâd i’w darllen',
      cannotRead: (code) => `nid oes modd ei darllen (${code})`,
      tooLarge: (size, limit) => `mae'n ${size}, yn rhy fawr i fod yn ffeil ce-plan (y terfyn yw ${limit})`,
      exportTooLarge: (size, limit) => `mae'n ${size}, yn fwy nag y dylai allforyn ffurflen fod (y terfyn yw ${limit})`,
      zeroByte: (offset) => `nid yw'n ffeil destun (beit sero yn safle ${offset}); disgwylid YAML yn UTF-8`,
      exportZeroByte: (offset) => `nid yw'n ffeil destun (beit sero yn safle ${offset}); disgwylid CSV, llyfr gwaith .xlsx neu JSON`,
      notUtf8: "nid yw'n destun UTF-8 dilys; cadwch hi fel YAML UTF-8",
    },
    formExport: {
      unit: { row: 'rhes', response: 'ymateb' },
      units: { row: 'rhesi', response: 'ymatebion' },
      question: (id) => `cwestiwn "${id}"`,
      secondColumn: (column, what, first) =>
        `mae colofn ${column} yn ail golofn ar gyfer ${what} (colofn ${first} yw'r gyntaf); darllenir y ddwy, a gwrthodir rhes lle maen nhw'n wahanol`,
      noQuestion: (column, bank, hint, delimiter) =>
        `nid yw colofn ${column} yn cyfateb i unrhyw gwestiwn yn y banc "${bank}"${hint}${delimiter} (--ignore hi, neu --map hi at gwestiwn)`,
      didYouMean: (nearest) => `; oeddech chi'n golygu ${nearest}?`,
      commentNoQuestion: (column, choice, bank) =>
        `mae colofn ${column} yn cynnwys yr hyn a deipiwyd wrth ymyl un o opsiynau "${choice}" (blwch "arall" neu sylw SurveyJS), ond nid oes cwestiwn testun rhydd yn y banc "${bank}" yn dilyn "${choice}" i'w gymryd (--ignore hi, neu --map hi at gwestiwn)`,
      mapNoColumn: (name, column) => `--map ${name}=${column}: nid oes colofn o'r fath yn y ffeil`,
      wrongDelimiter: (delimiter) => `; mae celloedd y pennawd yn cynnwys ${delimiter}: ai hwn sy'n gwahanu'r ffeil? rhowch --delimiter ${delimiter}`,
      noHeader: (column, row) => `nid oes pennawd i golofn ${column}, ond mae rhes ${row} yn rhoi gwerth ynddi; enwch y golofn, neu gwagiwch hi`,
      noResponses: 'mae ganddi bennawd ond dim ymatebion',
      emptyExport: "mae'n wag: mae gan allforyn ffurflen res pennawd, yna rhes ar gyfer pob ymateb",
      dateLeftOut: (unit, row, header, problem) => `gadewir dyddiad ${unit} ${row} allan (ac unrhyw rai tebyg): ${header}: ${problem}`,
      noOrganisationColumn: (file, delimiter) =>
        `nid oes colofn yn ${file} ar gyfer enw'r sefydliad; enwch un gyda --map organisation=COLOFN, neu rhowch un i bob ymateb gyda --organisation ENW${delimiter}`,
      noColumnIsQuestion: (file, bank, delimiter) => `${file}: nid yw'r un o'i cholofnau yn gwestiwn yn y banc "${bank}"${delimiter}`,
      headerNotFirst: (file, row, bank) =>
        `${file}: rhes ${row} yw ei phennawd, nid rhes 1 (nid yw rhes 1 yn cyfateb i unrhyw gwestiwn yn y banc "${bank}"); dilëwch y rhesi uwch ei ben`,
      otherBank: (file, columns, named, bank) =>
        `${file}: nid yw'r un o'i ${columns} colofn (megis ${named}) yn gwestiwn nac yn fanylyn yn y banc "${bank}": ai allforyn ffurflen a wnaed o fanc arall yw hwn? Enwch y banc hwnnw gyda --bank. (Teclyn a allforiodd ei labeli mewn iaith arall: allforiwch ei enwau yn lle hynny, megis "XML values and headers" KoboToolbox.)`,
      and: ' a ',
      emptyRow: (unit, row) => `mae ${unit} ${row} yn wag; caiff ei hepgor`,
      emptyRows: (units, first, last, count) => `mae ${units} ${first} i ${last} yn wag (${count} ohonynt); cânt eu hepgor`,
      differs: (column) => `mae'r golofn hon a cholofn ${column} ar gyfer yr un cwestiwn, ac maen nhw'n anghytuno yma`,
      noOrganisation: (unit, row) => `nid yw ${unit} ${row} yn enwi sefydliad; mae angen un ar bob ymateb (neu rhowch --organisation ENW)`,
      noAnswers: (unit, row, bank) =>
        `nid yw ${unit} ${row} yn ateb unrhyw gwestiwn yn y banc "${bank}": mae pob cell a allai ddal ateb yn wag, felly nid yw'n gwneud ffeil atebion`,
      optionColumns: (id, chosen, given) => `mae celloedd colofn-i-bob-opsiwn "${id}" yn dweud ${chosen}, ond mae ei cholofn yn dweud ${given}`,
      tooMuchText: (size, limit) => `mae'r gell hon yn dal ${size} o destun, mwy nag y gall ffeil atebion ei ddal (${limit} i gyd)`,
      tooManyCells: (row, cells, width, delimiter) =>
        `mae gan res ${row} ${cells} cell, ond mae gan y pennawd ${width}: rhaid rhoi gwerth â ${delimiter} ynddo rhwng dyfynodau dwbl`,
      oneCell: (row, width, other, delimiter) => `un gell yw rhes ${row}, lle mae gan y pennawd ${width}: fe'i gwahenir â ${other}, nid ${delimiter}`,
      refused: {
        'not-xlsx': 'hen lyfr gwaith Excel .xls yw hwn; cadwch ef fel Llyfr Gwaith Excel (.xlsx) neu fel CSV UTF-8',
        'encrypted-workbook':
          "llyfr gwaith wedi'i gloi â chyfrinair yw hwn, ac ni all ce-plan ei agor: yn Excel, tynnwch y cyfrinair (File → Info → Protect Workbook → Encrypt with Password, a'i glirio) a'i gadw, neu cadwch ef fel CSV UTF-8",
      },
      csvRow: (row, why) => `rhes ${row}: ${why}`,
      quoteNotClosed: 'nid yw cell a ddyfynnwyd yma byth yn cau, felly nid oes modd darllen gweddill y ffeil',
      misencoded:
        'mae\'n cynnwys beitiau nad ydynt yn destun UTF-8 (mae\'n debyg i\'r ffeil gael ei chadw fel "CSV" yn Windows-1252); cadwch hi fel "CSV UTF-8", neu rhowch --encoding windows-1252',
      xlsxDamaged: "nid yw'n llyfr gwaith .xlsx y gellir ei ddarllen (mae ei gyfeiriadur zip ar goll neu wedi'i ddifrodi)",
      xlsxUnreadable: (why) => `nid yw'n llyfr gwaith .xlsx y gellir ei ddarllen (${why})`,
      unpacksTooLarge: (limit) => `mae'n dadbacio i fwy na ${limit}, yn fwy nag y dylai allforyn ffurflen fod (y terfyn yw ${limit})`,
      noSheets: 'nid oes ganddo ddalennau',
      errorValue: (value) => `mae'n dal y gwerth gwall ${value}`,
      notJson: (why) => `nid yw'n JSON dilys: ${why}`,
      notSurveyResults: "nid yw'n ganlyniadau SurveyJS: disgwylid rhestr o ymatebion, pob un yn fap o enwau cwestiynau i atebion",
      wrappedResults: (key) =>
        `mae'n dal rhestr o ymatebion dan ${key}: mae ce-plan yn darllen canlyniadau SurveyJS fel rhestr JSON o ymatebion ([ { … }, … ]), neu fel y mae Gwasanaeth SurveyJS yn eu rhoi ({ "Data": [ … ] }); cadwch y rhestr ei hun`,
      matrix: "mae'n dal grŵp o atebion (matrics neu banel) nad yw unrhyw gwestiwn ce-plan yn ei gymryd",
      formula: (formula) => `fformiwla yw hon (${formula}); nid yw ce-plan byth yn rhedeg fformiwlâu: rhowch yr ateb y mae'n sefyll amdano yn ei lle`,
      fitsNoOption: (text, names, near) =>
        `nid yw ${text} yn cyfateb i unrhyw opsiwn (${names})${near === undefined ? '' : `; oeddech chi'n golygu "${near}"?`}`,
      oneOption: (n) => `mae'n cymryd un opsiwn, nid rhestr o ${n}`,
      onePoint: "mae'n cymryd un pwynt ar y raddfa, nid rhestr",
      notAPoint: (text, min, max, dontKnow) => `nid yw ${text} yn bwynt ar y raddfa o ${min} i ${max}${dontKnow ? ', nac yn "Ddim yn gwybod"' : ''}`,
      notANumber: (text) => `nid yw ${text ?? 'rhestr'} yn rhif; ysgrifennwch ef â digidau, megis 12 neu 2.5`,
      textNotList: "mae'n cymryd testun, nid rhestr",
      notChosen: (text) => `nid yw ${text} yn 1 (wedi'i ddewis) nac yn 0`,
      notADate: (text) => `nid yw ${text} yn ddyddiad`,
      notARealDate: (text) => `nid yw ${text} yn ddyddiad go iawn`,
      onlyOneWay: (text, dayFirst, columnDayFirst, settled) =>
        `dim ond gyda'r ${dayFirst ? 'diwrnod' : 'mis'} yn gyntaf y gellir darllen ${text}, ond mae dyddiadau'r golofn hon gyda'r ${columnDayFirst ? 'diwrnod' : 'mis'} yn gyntaf${settled}; ysgrifennwch ef fel BBBB-MM-DD, megis 2026-11-20`,
      settledBy: (text, row) => ` (fel y dengys ${text} yn rhes ${row})`,
      notADateWrite: (text) => `nid yw ${text} yn ddyddiad; ysgrifennwch ef fel BBBB-MM-DD, megis 2026-11-20`,
      dateOrder: (header, dayFirst, example, why) =>
        `darllenir dyddiadau colofn ${header} gyda'r ${dayFirst ? 'diwrnod' : 'mis'} yn gyntaf (${example}), ${why}`,
      becauseOf: (text, row) => `gan mai felly yn unig y gellir darllen ${text} yn rhes ${row}`,
      example: { dmy: '05/11/2026 yw 5 Tachwedd 2026', mdy: '05/11/2026 yw 11 Mai 2026' },
      becauseFlag: 'fel y dywed --date-order',
      becauseUk: "fel yn y DU; os yw'r mis yn gyntaf, rhowch --date-order mdy",
    },
    mapping: {
      delimiter: (given) => `rhaid i --delimiter fod yn un nod (neu "tab"), nid ${given}`,
      map: (given) => `mae --map yn cymryd MAES=COLOFN (fel organisation="Enw eich grŵp") neu ffeil fapio (.yaml), nid ${given}`,
      noTarget: (name, bank) => `--map ${name}=…: nid oes manylyn na chwestiwn "${name}" yn y banc "${bank}"`,
      noOption: (id, value) => `values: nid oes gan "${id}" opsiwn "${value}"`,
    },
  },

  lint: {
    error: 'gwall',
    warning: 'rhybudd',
    noProblems: (files) => `${count(files, FILE)} ${checked(files)}, dim problemau`,
    problems: (errors, warnings, files) =>
      `✖ ${count(errors + warnings, PROBLEM)} (${count(errors, ERROR)}, ${count(warnings, WARNING)}) mewn ${count(files, FILE)} ${checked(files)}`,
    rules: {
      'action-id': {
        noId: (recommendation, n) =>
          `nid oes "id" gan y cam gweithredu hwn; mae'r traciwr yn ei ddilyn fel "${recommendation}-${n}", sy'n newid os aildrefnir y camau: rhowch id iddo`,
      },
      'action-question': { noQuestion: (id) => `nid oes cwestiwn "${id}" yn y banc hwn` },
      'band-order': {
        notRising: (band, min, previous, previousMin) =>
          `mae'r band "${band}" yn dechrau ar ${min}, ond rhaid iddo ddechrau uwchlaw "${previous}" (${previousMin}); rhestrwch fandiau ag isafsymiau sy'n codi`,
      },
      'band-start': { notZero: (min) => `rhaid i'r band cyntaf ddechrau ar 0, nid ${min}, fel bod band i bob sgôr` },
      'band-timescale': {
        unused: `ni ddefnyddir "timescale" mwyach: mae'r cynllun yn rhoi pob cam gweithredu mewn gorwel (y chwarter hwn, o fewn chwe mis, o fewn y flwyddyn); tynnwch ef`,
      },
      'band-unreachable': { unreachable: (band, min, best) => `mae'r band "${band}" yn dechrau ar ${min}, ond y sgôr orau bosibl yw ${best}` },
      'capacity-question': {
        minAboveMax: (min, max) => `mae "min" (${min}) yn fwy na "max" (${max})`,
        noQuestion: (id) => `nid oes cwestiwn "${id}" yn y banc hwn`,
        notNumber: (id, type) => `cwestiwn ${type} yw "${id}"; mae rheol capasiti angen rhif neu raddfa`,
        unreachable: (id, atLeast, highest) => `nid oes ateb i "${id}" yn cyrraedd ${atLeast} (ei uchaf yw ${highest})`,
      },
      'condition-form': {
        mixed: 'rhaid i amod ddefnyddio un yn union o: question, all, any, not',
        noQuestion: 'mae amod angen "question" gydag un o in, equals, not_in; neu all, any, not',
        oneTest: (question) => `mae amod ar "${question}" angen un yn union o in, equals, not_in`,
      },
      'condition-never-holds': {
        never: (question) =>
          `nid oes atebion sy'n gwneud i'r amod hwn ddal, felly ${question === undefined ? 'ni ellir byth dewis y cam gweithredu hwn' : `ni ellir byth dangos y cwestiwn "${question}"`}; gwiriwch ei brofion yn erbyn ei gilydd ac yn erbyn pryd y dangosir y cwestiynau y maent yn eu profi`,
      },
      'condition-order': {
        noQuestion: (id) => `nid oes cwestiwn "${id}" yn y banc hwn`,
        notEarlier: (id, itself) =>
          `${itself ? `"${id}" yw'r cwestiwn hwn ei hun` : `daw "${id}" yn nes ymlaen`}; dim ond at gwestiynau cynharach y caiff amod gyfeirio`,
      },
      'condition-value': {
        neverMatches: (question, type, value) => `cwestiwn ${type} yw "${question}", felly ni all ${value} byth gyfateb`,
        notTaken: (question, noun, value) => `nid oes gan "${question}" ${noun === 'option' ? 'opsiwn' : 'bwynt'} ${value}`,
        takes: (choices) => ` (mae'n cymryd ${choices.join(', ')})`,
      },
      'duplicate-bank-id': { duplicate: (id, first) => `mae'r id banc "${id}" eisoes yn cael ei ddefnyddio gan ${first}; rhaid i ids banc fod yn unigryw` },
      'duplicate-id': {
        duplicate: (kind, id, line) =>
          `id ${{ source: 'ffynhonnell', band: 'band', recommendation: 'argymhelliad', section: 'adran', question: 'cwestiwn', action: 'cam gweithredu' }[kind]} dyblyg "${id}" (defnyddiwyd gyntaf ar linell ${line}); rhaid i ids fod yn unigryw`,
        duplicateOption: (value, question) => `gwerth opsiwn dyblyg "${value}" yn y cwestiwn "${question}"`,
      },
      'duplicate-label': {
        sameLabel: (first, line, second, question, label) =>
          `mae gan yr opsiynau "${first}" (llinell ${line}) a "${second}" yn y cwestiwn "${question}" yr un label "${label}"; ni all ymatebydd wahaniaethu rhyngddynt`,
      },
      'find-out': {
        noDontKnow: (question) =>
          `nid yw'r cwestiwn "${question}" yn cynnig ateb "ddim yn gwybod" (opsiwn gyda "dont_know: true"), felly ni ellir byth dangos y dasg hon`,
      },
      'flag-option': {
        notApplicable: (value) => `mae'r opsiwn "${value}" yn golygu amherthnasol, felly ni all fod yn risg i'w nodi`,
        dontKnow: (value) => `"ddim yn gwybod" yw'r opsiwn "${value}": mae'r cynllun eisoes yn gofyn i'r grŵp ddarganfod; nodwch yr atebion sy'n risgiau`,
        noScore: (value) => `nid oes sgôr gan yr opsiwn "${value}", felly nid oes dim yn dangos ei fod yn brin; nodwch opsiynau â sgôr yn unig`,
        best: (value, score) => `yr opsiwn "${value}" yw'r ateb gorau (${score}); mae baner yn nodi ateb sy'n brin`,
      },
      'follow-up-can-lower': {
        notChecked: (gate, reason) =>
          `ni wiriwyd "${gate}" (${reason}), felly ni all lint ddweud a all ateb gwell iddo sgorio'n is; byrhewch ei gadwyni o gwestiynau dilynol, neu gwiriwch ef â llaw (docs/scoring.md)`,
        tooManyFollowUps: (most) => `mae mwy na ${most} o gwestiynau'n dibynnu ar ei ateb`,
        tooManyOthers: (most) => `mae mwy na ${most} o gwestiynau eraill yn penderfynu a ofynnir ef a'i gwestiynau dilynol`,
        tooLarge: "mae rhesymeg hepgor y banc yn rhy fawr i'w rhoi ar brawf yn llawn",
        answer: (answer) => (answer === undefined ? 'dim ateb' : `"${answer}"`),
        then: (given) => (given.length === 0 ? '' : ` (yna ${given.join(', ')})`),
        overall: 'y sgôr gyffredinol',
        recommendation: (id) => `yr argymhelliad "${id}"`,
        lower: (gate, better, what, betterScore, worse, worseScore) =>
          `gall ateb gwell i "${gate}" sgorio'n is: mae ${better} yn rhoi ${betterScore} i ${what}, ond mae ${worse} yn rhoi ${worseScore}; agorwch gwestiynau dilynol â sgôr ar ei atebion gwell yn unig, neu gadewch nhw heb sgôr (docs/scoring.md)`,
        closed: (closed, gate, answer) =>
          `ni ofynnir "${closed}" byth pan gaiff "${gate}" ei ateb gorau ${answer}, felly mae'n cyfrif 0 yno ac ni all ei argymhelliad gyrraedd 100 gyda'r ateb hwnnw; agorwch gwestiynau dilynol â sgôr ar bob ateb gorau, neu gadewch nhw heb sgôr (docs/scoring.md)`,
      },
      'foundation-for': {
        noRecommendation: (id) => `nid oes argymhelliad "${id}" yn y banc hwn`,
        itself: (id) => `ni all "${id}" fod yn sylfaen iddo'i hun`,
        cycle: (id, other) => `mae "${id}" yn sylfaen i "${other}" yn ei dro, felly ni all yr un ddod yn gyntaf`,
      },
      'number-range': { maxNotAbove: (min, max) => `rhaid i max (${max}) fod yn fwy na min (${min})` },
      'option-na': {
        scored: (value) => `mae'r opsiwn "${value}" yn amherthnasol, felly nid yw'n cymryd sgôr; tynnwch "score"`,
        notExclusive: (value) => `rhaid i'r opsiwn amherthnasol "${value}" fod yn "exclusive: true" hefyd mewn dewis lluosog`,
      },
      'option-score': { noScore: (value) => `mae angen sgôr rhwng 0 ac 1 ar yr opsiwn "${value}", neu "na: true" os yw'n golygu amherthnasol` },
      'question-recommendation': {
        both: 'defnyddiwch "recommendation" neu "recommendations", nid y ddau',
        notScored: (question, key, unscorable) =>
          `mae'r cwestiwn "${question}" yn enwi argymhelliad, ond ${unscorable === undefined ? 'nid oes sgôr gan yr un o’i opsiynau' : `nid yw cwestiynau ${unscorable} yn cael sgôr`}; tynnwch "${key}" neu ychwanegwch sgoriau`,
        noRecommendation: (question, known) =>
          `nid yw'r cwestiwn â sgôr "${question}" yn enwi argymhelliad; ychwanegwch "recommendation: <id>"${known.length > 0 ? ` (un o ${known.join(', ')})` : ''}`,
      },
      'scale-range': {
        maxNotAbove: (min, max) => `rhaid i max y raddfa (${max}) fod yn fwy na min (${min})`,
        tooManyPoints: (most, points) => `caiff graddfa fod ag uchafswm o ${most} pwynt, nid ${points}; defnyddiwch gwestiwn rhif yn lle hynny`,
        labelOutside: (point, min, max) => `mae'r label ar gyfer ${point} y tu allan i'r raddfa ${min}–${max}`,
      },
      'translation-missing': {
        plainAction: (language, hash) =>
          `testun plaen yw'r cam gweithredu hwn, felly nid oes lle i'w ${LANGUAGE_NAMES[language]}; ysgrifennwch ef fel map: { text: …, text_${language}: …, text_${language}_from: ${hash} }`,
        pointsMissing: (key, language, points) => `nid oes ${LANGUAGE_NAMES[language]} gan "${key}" ar gyfer pwynt ${points.join(', ')}`,
        missing: (key, language, hash) =>
          `nid oes cyfieithiad ${LANGUAGE_NAMES[language]} gan "${key}"; ychwanegwch ${key}_${language}: … a ${key}_${language}_from: ${hash} (stwnsh y Saesneg hon), neu tynnwch ${language} o "languages"`,
      },
      'translation-stale': {
        orphanHash: (key, language) =>
          `mae "${key}_from" yn cofnodi stwnsh, ond nid oes "${key}"; ychwanegwch y ${LANGUAGE_NAMES[language]}, neu tynnwch "${key}_from"`,
        noHash: (key, hash) =>
          `nid yw "${key}" yn dweud o ba Saesneg y cafodd ei gyfieithu; gwiriwch ef yn erbyn y Saesneg, yna ychwanegwch ${key}_from: ${hash}`,
        stale: (english, language, was, key, now) =>
          `mae'r Saesneg "${english}" wedi newid ers gwneud y ${LANGUAGE_NAMES[language]} hon ohoni (${was}, nawr ${now}); gwiriwch "${key}" yn erbyn y Saesneg, yna gosodwch ${key}_from: ${now}`,
      },
      'unknown-recommendation': { noRecommendation: (id) => `nid oes argymhelliad "${id}" yn y banc hwn` },
      'unknown-source': { undeclared: (id) => `nid yw'r ffynhonnell "${id}" wedi'i datgan o dan "sources"` },
      'unreachable-recommendation': {
        cannotReach: (question, best, id) =>
          `gall y cwestiwn "${question}" sgorio ${best} ar y mwyaf, felly ni all yr argymhelliad "${id}" byth gyrraedd 100; rhowch sgôr o 1 i'w opsiwn gorau`,
      },
      'unscored-recommendation': {
        unscored: (id) => `nid oes cwestiwn yn rhoi sgôr i'r argymhelliad "${id}"; clymwch gwestiwn wrtho gyda "recommendation: ${id}"`,
      },
      'unused-question': {
        unused: (question) =>
          `nid yw'r cwestiwn "${question}" yn bwydo sgôr, amod, cam gweithredu nac adran o'r adroddiad; ychwanegwch sgoriau, "report: expectations" neu "report: context", neu ei dynnu`,
      },
      'unused-source': { uncited: (id) => `mae'r ffynhonnell "${id}" wedi'i datgan ond nid oes dim yn ei dyfynnu` },
    },
  },

  report: {
    respondentMark: '[ymatebydd]',
    heading: (organisation) => `Adroddiad parodrwydd: ${organisation}`,
    notAssessed: 'heb ei asesu',
    area: 'Ardal',
    completedBy: 'Cwblhawyd gan',
    answeredBy: 'Atebwyd gan',
    people: (n) => `${n} o bobl`,
    date: 'Dyddiad',
    dateNotGiven: 'heb ei roi',
    questionBank: 'Banc cwestiynau',
    summary: 'Crynodeb',
    whoAnswered: 'Pwy atebodd',
    whereYouDisagree: "Lle rydych chi'n anghytuno",
    whatYouAgreed: 'Yr hyn y cytunoch arno',
    agreedIntro: (date, present) =>
      `Ar ${date}, gyda ${present} yn bresennol, fe gytunoch ar yr atebion hyn. Mae pob un yn sefyll dros bob ymatebydd yn y sgoriau; mae'r hyn a atebodd pob un ohonoch wedi'i gadw wrth ei ochr.`,
    agreedLabel: 'Cytunwyd:',
    agreedPresent: (present) => `(yn bresennol: ${present})`,
    why: 'Pam:',
    hadAnswered: 'Roedd wedi ateb',
    stillContested: 'Heb gytundeb eto',
    nothingContested: "Dim: lle cawsoch sgôr, mae eich atebion bellach o fewn hanner marc i'w gilydd.",
    stillContestedText:
      "Cwestiynau lle mae eich atebion yn dal i wahaniaethu o hanner marc neu fwy, neu, lle nad oes sgôr, lle dewisoch atebion gwahanol. Mae'r cynllun yn gofyn i chi gytuno ar farn gyffredin ar bob un yn gyntaf.",
    allOfYou: (n) => `y ${n} ohonoch`,
    notAppliedChanged: (respondent) =>
      `${respondent}: newidiodd y ffeil ateb ar ôl y cytundeb, felly nid yw'n cael ei gymhwyso iddi; mae eu hatebion eu hunain yn sefyll.`,
    notAppliedNotListed: (respondent) =>
      `${respondent}: nid yw'r ffeil ateb yn un y mae'r cytundeb yn ei rhestru, felly nid yw'n cael ei gymhwyso iddi; mae eu hatebion eu hunain yn sefyll.`,
    notAgreed: (respondent) => `${respondent} (heb gytuno)`,
    notAskedAnswer: 'Heb ei ofyn',
    notAskedOf: (who) => `Ni ofynnwyd i ${list(who)}, ar ôl eu hateb eu hunain i gwestiwn cynharach, felly nid yw'r ateb y cytunwyd arno yn cyfrif iddynt.`,
    scores: 'Sgoriau fesul argymhelliad',
    howToRead: 'Sut i ddarllen yr adroddiad hwn',
    gapAnalysis: 'Dadansoddiad o’r bylchau',
    objectives: 'Amcanion manwl',
    expectations: 'Disgwyliadau ac effaith',
    appendix: 'Atodiad: cwestiynau ac atebion',
    references: 'Cyfeiriadau',
    seenDifferently: (parts) => `Rydych chi'n gweld ${list(parts)} yn wahanol iawn`,
    splitApart: (n) => `mae eich sgoriau ar gyfer ${n === 1 ? 'hwn' : 'pob un'} 50 pwynt neu fwy ar wahân. Gweler`,
    needsAttention: 'Angen sylw nawr',
    whateverElse: ", beth bynnag mae'r sgoriau'n ei ddweud:",
    startWith: (n) => (n === 1 ? 'Dechreuwch yma:' : "Dechreuwch gyda'r rhain, yn y drefn hon:"),
    respondent: 'Ymatebydd',
    requiredAnswered: 'Cwestiynau gorfodol a atebwyd',
    overall: 'At ei gilydd',
    recommendation: 'Argymhelliad',
    score: 'Sgôr',
    band: 'Band',
    counts: 'Pwysau',
    range: 'Ystod',
    noneContested: "Ni atebwyd unrhyw gwestiwn yn ddigon gwahanol i fod o bwys: lle cawsoch sgôr, roedd eich atebion o fewn hanner marc i'w gilydd.",
    contested:
      "Cwestiynau lle mae eich atebion yn wahanol o hanner marc neu fwy, neu, lle nad oes dim yn cael sgôr, lle dewisoch chi atebion gwahanol. Mae'r cynllun yn gofyn i chi gytuno ar farn gyffredin ar bob un yn gyntaf.",
    gap: (rank, title) => `Bwlch ${rank}: ${title}`,
    countsTimes: (times) => `yn cyfrif ${times}`,
    moreCauses: (n) => `A ${n} arall islaw marciau llawn: gweler yr atodiad.`,
    belowFullMarks: 'Islaw marciau llawn:',
    moreCausesShort: (n) => `; a ${n} arall (gweler yr atodiad)`,
    noGaps: (top) => `Dim bylchau: mae pob argymhelliad a aseswyd yn cyrraedd ${top}.`,
    noObjectives: "Dim bylchau, felly dim amcanion: daliwch ati gyda'r hyn sy'n gweithio.",
    objectivesIntro: "Amcanion sy'n cau'r bylchau uchod",
    fillIn: 'Llenwch berchennog a dyddiad targed ar gyfer pob un.',
    findOutMark: 'Canfod.',
    needsAttentionMark: 'Angen sylw nawr.',
    asked: (said, prompt) => `${said}, pan ofynnwyd “${prompt}”:`,
    owner: 'Perchennog',
    targetDate: 'Dyddiad targed',
    done: "Wedi'i wneud",
    whatToDo: "Beth i'w wneud",
    gapColumn: 'Bwlch',
    saysNothing:
      "Nid yw'r atebion yn dweud dim eto am y lle i newid strategaeth, polisi a'r gwasanaethau a ddarperir, na sut y bydd disgwyliadau'n cael eu rheoli.",
    scopeToChange: 'Beth mae eich atebion yn ei ddweud am y lle i newid:',
    askedQuoted: (prompt, by) => `Pan ofynnwyd “${prompt}”, ${by === null ? 'dyma eich ateb' : `dyma ateb ${by}`}:`,
    inYourOwnWords: 'Yn eich geiriau eich hun:',
    question: 'Cwestiwn',
    answer: 'Ateb',
    unassessed: "Heb eu hasesu (ni ofynnwyd unrhyw gwestiwn sy'n cyfrif):",
    chartCaption: 'Y sgoriau yn y siart, yr uchaf yn gyntaf',
    chartTitle: "Sgoriau fesul argymhelliad, yr uchaf yn gyntaf, allan o 100. Mae tabl ar ôl y siart yn rhoi'r un rhifau i ddarllenwyr sgrin.",
    chartLine: (band, min) => `${band} o ${min}`,
    chartKey: 'Bandiau',
    chartFrom: (band, min) => `${band}, o ${min}`,
    page: (n, of) => ['Tudalen ', n, ' o ', of],

    gapsNone: 'Nid oedd modd asesu unrhyw argymhelliad.',
    gapsAllReach: (assessed, top) => `Nid oes yr un o'r ${count(assessed, RECOMMENDATION)} a aseswyd islaw ${top}, y band uchaf: nid oes bylchau.`,
    gapsSome: (gaps, assessed, strengths, top) => {
      const reach = strengths === 0 ? 'Nid oes yr un yn ei gyrraedd' : `Mae ${strengths} yn ei gyrraedd`;
      return `Mae ${gaps} o'r ${count(assessed, RECOMMENDATION)} a aseswyd islaw ${top}, y band uchaf: ${gaps === 1 ? 'mae hwn yn fwlch' : "dyma'r bylchau"}. ${reach}.`;
    },
    countsDouble: (times) => (times === 2 ? 'yn cyfrif ddwywaith' : `yn cyfrif ×${times}`),
    horizons: {
      now: { title: 'Nawr', when: 'y chwarter hwn' },
      next: { title: 'Nesaf', when: 'o fewn chwe mis' },
      later: { title: 'Yn nes ymlaen', when: 'o fewn y flwyddyn' },
    },
    said: (by) => (by === null ? 'Dywedoch chi' : `Dywedodd ${by}`),
    answered: (by) => (by === null ? 'Atebsoch chi' : `Atebodd ${by}`),
    lowestBand: (band) => `${band}, y band isaf`,
    holdsUp: (titles) => `yn cynnal ${list(mapped(titles, (t) => `“${t}”`))}`,
    flaggedReason: 'mae angen sylw nawr ar ateb',
    headlineNotAssessed: "Heb ei asesu: ni ofynnwyd unrhyw gwestiwn sy'n cyfrif tuag at sgôr",
    headline: (band, score) => `${band} at ei gilydd, gyda ${score} allan o 100`,
    headlineLowest: (result, areas, lowest, named) =>
      `${result}, ond mae ${areas === 1 ? 'un maes' : count(areas, AREA)} yn y band isaf (${lowest}): ${list(named)}`,
    more: (n) => `${n} arall`,
    quoted: (title) => `“${title}”`,
    readingOne: (when, who) => `Atebion un person${when === null ? '' : `, ar ${when}`}${who === null ? '' : ` (${who})`}: hunanasesiad, nid arolygiad.`,
    readingGroup: (people, when, agreedOn) =>
      `Atebion ${people} o bobl${when === null ? '' : `, ar ${when}`}, pob un wedi'i sgorio ar ei ben ei hun${agreedOn === null ? '' : ` gyda'r atebion y cytunwyd arnynt ar ${agreedOn} yn lle eu rhai nhw`}, yna wedi'u cyfartaleddu: hunanasesiad ar y cyd, nid arolygiad.`,
    readingBands: (top, weighted, bank) =>
      `Mae'r bandiau (${top} yw'r uchaf)${weighted ? " a'r pwysoliadau (mae ×2 yn cyfrif ddwywaith)" : ''} yn perthyn i'r banc cwestiynau (${bank}), nid i'r canllawiau, nad ydynt yn rhoi sgoriau.`,
    readingHorizons: 'Awgrymiadau yw’r gorwelion (Nawr: y chwarter hwn; Nesaf: o fewn chwe mis; Yn nes ymlaen: o fewn y flwyddyn).',
    readingScoring: 'Sut y cyfrifir sgoriau: docs/scoring.md yn ce-plan (yn Saesneg).',
    readingDraft: "Drafft yw Cymraeg y banc cwestiynau hwn, nad yw siaradwr Cymraeg wedi'i adolygu eto.",
    readingUntranslated: (n) =>
      `Nid oes Cymraeg eto ar gyfer ${n === 1 ? 'un darn' : count(n, TEXT)} o destun y banc cwestiynau: mae'n cael ei ddangos yn Saesneg, wedi'i farcio [Saesneg].`,
    madeFromFiles: (n) => `${count(n, FILE)} ateb`,
    madeFromOne: (hash) => `un ffeil ateb (SHA-256 ${hash}…)`,
    madeFromRow: (row, hash) => `rhes ${row} o allforyn ffurflen (SHA-256 ${hash}…)`,
    madeFrom: (tool, bank, bankHash, from) =>
      `Gwnaed gan ${tool} o'r banc ${bank} (SHA-256 ${bankHash}…) ${and(from)} ${from}; mae ce-plan verify yn gwirio'r adroddiad JSON yn eu herbyn.`,
    sizeHolds: (actions) => `Mae Nawr yn dal hyd at ${count(actions, ACTION)}`,
    sizeSized: (holds, min, more, capped) =>
      `${holds}, wedi'i faintioli i'r hyn a ddywedoch am eich amser a'ch adnoddau: ${min} i ddechrau, ${list(more)}${capped === null ? '' : `, hyd at y ${capped} y mae'r cynllun yn eu rhoi ar y mwyaf`}.`,
    oneMoreBecause: (because) => `un arall oherwydd ${because}`,
    sizeStart: (holds, noReason) =>
      `${holds}: maint cychwynnol y cynllun, gan ${noReason ? 'nad oedd eich atebion yn rhoi rheswm dros fwy' : 'y gall grŵp ymdopi â hynny mewn chwarter'}.`,
    atLastReview: (status) => `${status} yn yr adolygiad diwethaf`,
    notAskedCause: 'Ni ofynnwyd, ar ôl ateb cynharach',
    goingWell: (top, named) => `Yn mynd yn dda (${top}): ${list(named)}.`,
    goingBest: (named) => `Yn mynd orau hyd yma: ${list(named)}.`,
    dontKnow: (n) =>
      `Atebwyd ${n === 1 ? '1 cwestiwn' : count(n, QUESTION)} â “Ddim yn gwybod”: mae'r cynllun yn gofyn i chi ganfod ${n === 1 ? 'yr ateb' : 'pob un'}, nawr.`,
    orderText: "Y band isaf yn gyntaf; o fewn band, y bwlch a fyddai'n ennill fwyaf (mae ×2 yn cyfrif ddwywaith), a maes cyn y rhai y mae'n eu cynnal.",
    heldBack: (n) =>
      `Mae ${n === 1 ? 'un cam gweithredu arall' : `${count(n, ACTION)} arall`} yn gweddu i'ch atebion: wedi'u gadael tan ar ôl y flwyddyn hon, fel bod y cynllun yn aros o'r maint y gallwch ei gario.`,
    ofShown: (answered, shown) => `${answered} o ${shown}`,
    completeness: (answered, shown, percent) => `Atebwyd ${answered} o ${count(shown, REQUIRED_QUESTION)} (${percent}%)`,
    optionalCompleteness: (answered, shown) => `; atebwyd ${answered} o ${count(shown, OPTIONAL_QUESTION)}`,
    groupCompleteness: (each) => `Cwestiynau gorfodol a atebwyd: ${each.join('; ')}`,
    alsoIn: (language, where) => `Mae'r adroddiad hwn ar gael yn ${LANGUAGE_NAMES[language]} hefyd, ${where === 'above' ? 'uchod' : 'isod'}.`,
  },

  summary: {
    title: (bank) => `Crynodeb o'r garfan: ${bank}`,
    organisations: (n, assessed) => `${count(n, ORGANISATION)}, ${assessed === 1 ? 'ac mae gan 1 ohonynt' : `ac mae gan ${assessed} ohonynt`} sgôr gyffredinol`,
    notIncluded: (n, named, more) =>
      `Heb eu cynnwys: ${n === 1 ? 'un ffeil ateb' : count(n, FILE) + ' ateb'} o'r rhediad hwn na ellid eu hasesu (gweler canfyddiadau'r rhediad): ${named}${more > 0 ? ` a ${more} arall` : ''}`,
    overallScores: (min, median, max) => `Sgoriau cyffredinol: isaf ${min}, canolrif ${median}, uchaf ${max}`,
    respondents: (n) => `, ${count(n, RESPONDENT)}`,
    organisationsHeading: 'Sefydliadau',
    ranking: 'Y sgôr gyffredinol uchaf yn gyntaf; mae sgoriau cyfartal yn rhannu safle ac yn dilyn trefn yr enw. Mae dolen i adroddiad pob sefydliad.',
    rank: 'Safle',
    organisation: 'Sefydliad',
    overall: 'At ei gilydd',
    gaps: 'Bylchau',
    weakest: 'Meysydd gwannaf',
    report: 'Adroddiad',
    none: 'dim',
    ofAssessed: (n, of) => `${n} o ${of}`,
    key: 'Allwedd:',
    keyOverall: "y sgôr gyffredinol allan o 100, a'i band.",
    keyGaps: (top, min) =>
      `faint o'r argymhellion a aseswyd sydd islaw ${top}, y band uchaf (o ${min}): mae bwlch yn golygu'r un peth yma ag ym mhob adroddiad.`,
    keyWeakest:
      "y ddau fwlch cyntaf yn y drefn y mae adroddiad y sefydliad yn eu rhoi (y band isaf yn gyntaf, yna'r bwlch a fyddai'n ennill fwyaf), gyda'u sgoriau allan o 100.",
    keyNotAssessed: 'heb ei asesu.',
    chartTitle: "Sgoriau cyffredinol fesul sefydliad, yr uchaf yn gyntaf, allan o 100. Mae'r tabl isod yn rhoi'r un rhifau.",
    sharedGaps: 'Bylchau cyffredin',
    sharedGapsText: (top, min) =>
      `Bwlch cyffredin yw argymhelliad lle mae o leiaf hanner y sefydliadau a aseswyd arno yn sgorio islaw ${top}, y band uchaf (o dan ${min}). Daw'r rhai mwyaf cyffredin yn gyntaf.`,
    noSharedGaps: 'Nid oes unrhyw argymhelliad yn fwlch i o leiaf hanner y sefydliadau.',
    sharedGap: (top, below, assessed, mean) => `Islaw ${top} i ${below} o'r ${assessed} sefydliad a aseswyd arno (sgôr gymedrig ${mean}):`,
    suggestedActions: 'Camau gweithredu a awgrymir:',
    byRecommendation: 'Fesul argymhelliad',
    byRecommendationText: (top) => `Faint o sefydliadau sydd islaw ${top} ar bob argymhelliad, o'r rhai a aseswyd arno, a'r sgoriau isaf, canolrif ac uchaf.`,
    recommendation: 'Argymhelliad',
    below: (top) => `Islaw ${top}`,
    lowest: 'Isaf',
    median: 'Canolrif',
    highest: 'Uchaf',
    overallScore: 'Sgôr gyffredinol',
  },

  docx: {
    splitSentence: (parts, see) => `Rydych chi'n gweld ${parts.join('; ')} yn wahanol iawn: mae eich sgoriau 50 pwynt neu fwy ar wahân. Gweler “${see}”.`,
    contested: (still) =>
      `Cwestiynau lle mae eich atebion ${still ? 'yn dal i fod ' : ''}yn wahanol o hanner marc neu fwy. Mae'r cynllun yn gofyn i chi gytuno ar farn gyffredin ar bob un yn gyntaf.`,
    chartAlt: (bars) => `Sgoriau fesul argymhelliad, yr uchaf yn gyntaf, allan o 100: ${bars.join('; ')}. Mae'r tabl ar ôl y siart yn rhoi'r un rhifau.`,
    number: 'Rhif',
    highestFirst: 'Argymhelliad (yr uchaf yn gyntaf)',
    causes: (causes, more) => ` Islaw marciau llawn: ${causes.join('; ')}${more > 0 ? `; a ${more} arall (gweler yr atodiad)` : ''}.`,
    planIntro: (source, size) =>
      `Y cynllun: amcanion sy'n cau'r bylchau uchod${source ? `, fel y mae camau nesaf y canllawiau'n gofyn (${source})` : ''}. ${size} Ticiwch bob un pan fydd wedi'i wneud, a llenwch berchennog a dyddiad targed.`,
    scopeToChange: (parts) => `Beth mae eich atebion yn ei ddweud am y lle i newid: ${parts.join('; ')}.`,
    description: (bank) => `Adroddiad parodrwydd ar ${bank}`,
  },

  tracker: {
    columns: {
      ID: 'ID',
      Gap: 'Bwlch',
      Horizon: 'Gorwel',
      Action: 'Cam gweithredu',
      Owner: 'Perchennog',
      'Target date': 'Dyddiad targed',
      Status: 'Statws',
      Notes: 'Nodiadau',
    },
    statuses: { 'Not started': 'Heb ddechrau', 'Under way': 'Ar y gweill', Done: "Wedi'i wneud", Dropped: "Wedi'i ollwng" },
    horizon: (title, when) => `${title} (${when})`,
    earlier: "Cynt (o'r traciwr diwethaf)",
    title: (organisation) => `Traciwr camau gweithredu: ${organisation}`,
    chooseStatus: (statuses) => `Dewiswch un o: ${statuses.join(', ')}.`,
    page: 'Tudalen &P o &N',
  },

  compare: {
    title: (organisation) => `Cynnydd: ${organisation}`,
    before: 'Cyn',
    after: 'Ar ôl',
    side: (file, organisation, date, bank, answered, shown) =>
      `${file}: ${organisation}, ${date ?? 'dim dyddiad'}, banc ${bank}, atebwyd ${answered} o ${count(shown, QUESTION)}`,
    methodChanged: "Newidiodd y dull; efallai na ellir cymharu'r rhifau.",
    check: 'Gwiriwch:',
    overall: 'At ei gilydd',
    measure: 'Mesur',
    change: 'Newid',
    score: 'Sgôr',
    band: 'Band',
    completeness: 'Cyflawnder',
    points: (change) => `${change} pwynt`,
    same: 'yr un fath',
    notAssessed: 'heb ei asesu',
    byRecommendation: 'Fesul argymhelliad',
    recommendation: 'Argymhelliad',
    largestFirst: 'Y newid mwyaf yn gyntaf.',
    gapsClosed: 'Bylchau a gaewyd',
    gapsClosedText: 'Argymhellion sydd wedi cyrraedd y band uchaf ers yr asesiad cyntaf.',
    gapsOpened: 'Bylchau a agorwyd',
    gapsOpenedText: 'Argymhellion a oedd yn y band uchaf ac sydd wedi syrthio islaw iddo.',
    none: 'Dim.',
    answersChanged: 'Atebion a newidiodd',
    question: 'Cwestiwn',
    noAnswerChanged: 'Ni newidiodd unrhyw ateb.',
    agreedActions: 'Camau gweithredu y cytunwyd arnynt',
    trackerLine: (file, line) => `Mae'r traciwr camau gweithredu ${file} ${line}`,
    trackerOrigin: (organisation, date, bank) => `wedi'i ysgrifennu ar gyfer asesiad ${organisation}${date === null ? '' : ` ar ${date}`} (${bank}); mae'n `,
    trackerCounts: (total, done, underWay, notStarted, dropped, unreadable) =>
      `cofnodi ${count(total, ACTION)}: ${done} wedi'u gwneud, ${underWay} ar y gweill, ${notStarted} heb ddechrau, ${dropped} wedi'u gollwng${unreadable === 0 ? '' : `, ${unreadable} na ellir eu darllen`}.`,
    noGaps: 'Nid oedd bylchau yn yr asesiad cyntaf.',
    gapsText:
      "Bylchau'r asesiad cyntaf, wedi'u rhifo fel yn ei adroddiad a'i draciwr: beth mae'r traciwr yn ei ddweud a wnaed ar gyfer pob un, wrth ochr sut y symudodd ei sgôr.",
    gap: (rank, title) => `Bwlch ${rank}: ${title}`,
    verdictColumn: 'Beth a wnaed, a sut y symudodd y sgôr',
    noRow: "Nid oes gan y traciwr res ar gyfer unrhyw un o'i gamau gweithredu.",
    other: 'Camau gweithredu a thasgau eraill',
    otherText: "Camau gweithredu a thasgau nad ydynt yn gwasanaethu unrhyw un o fylchau'r asesiad cyntaf.",
    gone: 'Nid yn y banc bellach',
    goneText:
      "Rhesi nad oes gan y banc diweddarach eu cam gweithredu (o fersiwn hŷn o'r banc, neu ID wedi'i gamdeipio): wedi'u darllen, ond heb eu paru ag unrhyw fwlch.",
    row: 'Rhes',
    deleted: "Dim rhes yn y traciwr (wedi'i dileu?)",
    unreadable: (row) => `Annarllenadwy (rhes ${row}: gweler y negeseuon)`,
    unanswered: 'heb ei ateb',
    notAsked: 'heb ei ofyn',
    notInBank: 'nid yn y banc',
    // "a" (and) mutates the verb after it: a chododd; "ond" (but) does not.
    verdict: (status, movement, closed) => {
      const acted = status === 'done' || status === 'partly-done' || status === 'under-way';
      const moved =
        movement === 'not-assessed'
          ? '; heb ei asesu y tro hwn'
          : movement === 'rose'
            ? `${acted ? ', a chododd' : ', ond cododd'} y sgôr${closed ? ", gan gau'r bwlch" : ''}`
            : movement === 'fell'
              ? `${acted ? ', ond' : ', a'} gostyngodd y sgôr`
              : acted
                ? ', dim newid eto'
                : ', a dim newid';
      return `${GAP_STATUSES[status]}${moved}`;
    },
  },

  terminal: {
    overallNotAssessed: 'At ei gilydd: heb ei asesu (ni ofynnwyd unrhyw gwestiwn â sgôr)',
    overall: (score) => `At ei gilydd: ${score} / 100`,
    notAssessed: 'heb ei asesu',
    gapsAndStrengths: (gaps, strengths) => `${count(gaps, GAP)} (islaw'r band uchaf), ${count(strengths, STRENGTH)} (ynddo).`,
    priorities: (n) => (n === 1 ? 'Eich blaenoriaeth:' : `Eich ${count(n, PRIORITY)}:`),
    priority: (title, score, band) => `${title} (${score} / 100, ${band})`,
    answersSaved: (file) => `atebion wedi'u cadw yn ${file}`,
    reportWritten: (file) => `adroddiad wedi'i ysgrifennu i ${file}`,
  },

  messages: {
    wrote: (path) => `wedi ysgrifennu ${path}`,
    warning: 'rhybudd',
    stopping: "yn stopio pan fydd y ffeiliau sydd ar y gweill wedi'u gorffen (torrwch ar draws eto i stopio ar unwaith)",
    reportsWritten: (written, listed) => `${count(written, REPORT)} wedi'u hysgrifennu${written > 0 && listed ? " (pob un wedi'i restru uchod)" : ''}`,
    written: (n) => `${n} wedi'u hysgrifennu`,
    toFinish: (force) => `I orffen, rhedwch yr un gorchymyn eto gyda --skip-existing${force ? ' yn lle --force' : ''}`,
    interrupted: (seen, total, reports, left, summary, toFinish) =>
      `torrwyd ar draws ar ôl ${seen} o ${count(total, FILE)}: ${reports}, pob un yn gyfan; ${count(left, FILE)} heb eu hasesu${summary ? ', a dim crynodeb wedi’i ysgrifennu' : ''}. ${toFinish}: mae'n cadw'r adroddiadau a ysgrifennwyd ac yn ysgrifennu'r gweddill`,
    interruptedCombining: (written, left, summary, toFinish) =>
      `torrwyd ar draws wrth ysgrifennu'r adroddiadau cyfun: ${written} wedi'u hysgrifennu, pob un yn gyfan; ${count(left, ORGANISATION)} heb adroddiad${summary ? ', a dim crynodeb wedi’i ysgrifennu' : ''}. ${toFinish}`,
    filesNotAssessed: (n) => `${count(n, FILE)} heb eu hasesu`,
    organisationsWithout: (n) => `${count(n, ORGANISATION)} heb adroddiad`,
    unwritable: (outDir, done, rest) => `wedi stopio: ni ellir ysgrifennu unrhyw adroddiad i ${outDir} (uchod); ${done}, ${rest}`,
    assessed: (assessed, total, failed, kept, outDir) =>
      `aseswyd ${assessed} o ${count(total, FILE)}${failed ? `; methodd ${failed}` : ''}${kept > 0 ? `; cadwyd ${count(kept, EXISTING_REPORT)}` : ''}; adroddiadau yn ${outDir}`,
    summaryLeavesOut: (left, total) =>
      `mae'r crynodeb yn gadael allan ${left} o'r ${count(total, ANSWER_FILE)}, a fethodd (uchod); mae'n eu henwi dan "Heb eu cynnwys"`,
    noSummary: 'ni ysgrifennwyd crynodeb: ni aseswyd unrhyw ffeil ateb',
    underFloor: (n, floor, listed, more) => `cafodd ${n} sgôr islaw --fail-under ${floor}: ${listed}${more > 0 ? `, a ${more} arall` : ''}`,
    templateEnded: (template, exitCode) =>
      `daeth templed yr adroddiad ${template} â'i edefyn gweithio i ben (cod gadael ${exitCode}), fel y mae process.exit() yn ei wneud; cod yw templed (gweler y README), ac ni ysgrifennwyd adroddiad ar gyfer y ffeiliau yr oedd yn gweithio arnynt`,
    imported: (written, total, failed, outDir) =>
      `mewnforiwyd ${written} o ${count(total, RESPONSE)}${failed ? `; methodd ${failed}` : ''}; ffeiliau ateb yn ${outDir}`,
    removedStaging: (path, pid) => `wedi dileu ${path}, ffolder dros dro rhediad assess a laddwyd (proses ${pid})`,
    assessing: 'yn asesu',
    importing: 'yn mewnforio',
    cannotWriteOutput: (why) => `ni ellir ysgrifennu'r allbwn: ${why}`,
    internalError: "gwall mewnol; nam yn ce-plan yw hwn, rhowch wybod amdano gyda'r hyn sy'n dilyn.",
    methodChanged: (reason) => `newidiodd y dull; efallai na ellir cymharu'r rhifau: ${reason}`,
    method: {
      bankDiffers: (before, after) => `mae'r banc yn wahanol: "${before}" cyn, "${after}" wedyn`,
      bankVersionDiffers: (before, after) => `mae fersiwn y banc yn wahanol: ${before} cyn, ${after} wedyn`,
      answerBanksDiffer: (before, after, scoredWith) =>
        `mae'r ffeiliau ateb yn enwi banciau gwahanol ("${before}" cyn, "${after}" wedyn), er bod y ddwy'n cael sgôr yma gyda ${scoredWith}`,
      answerVersionsDiffer: (before, after, scoredWith) =>
        `ysgrifennwyd y ffeiliau ateb ar gyfer fersiynau gwahanol o'r banc (${before} cyn, ${after} wedyn), er bod y ddwy'n cael sgôr yma gyda ${scoredWith}`,
      namesDiffer: (before, after) => `mae enwau'r sefydliad yn wahanol: "${before}" cyn, "${after}" wedyn; efallai mai dau sefydliad gwahanol yw'r rhain`,
      datesBackwards: (before, after) =>
        `mae'r dyddiadau'n mynd tuag yn ôl: ${before} cyn, ${after} wedyn; rhowch yr asesiad cynharaf yn gyntaf, fel bod newid yn darllen fel cynnydd`,
    },
    verify: {
      notTheFiles: (report) => `✖ ${report}: nid y ffeiliau a roddwyd yw'r rhai y'i gwnaed ohonynt.`,
      noFileHas: (source, sha256) => `  ${source}: nid oes gan unrhyw ffeil a roddwyd yr SHA-256 hwn (${sha256})`,
      rowOf: (row, file) => `rhes ${row} o ${file}`,
      bankChanged: (bank, was, now) => `mae'r banc ${bank} wedi newid ers hynny: ${was} oedd ei SHA-256, a ${now} yw e nawr`,
      agreementMissing: (file, sha256) =>
        `cymhwysodd y cytundeb ${file} (SHA-256 ${sha256}), nad yw ymhlith y ffeiliau a roddwyd, neu sydd wedi newid ers hynny`,
      moreDifferences: (n) => `a ${count(n, DIFFERENCE)} arall`,
      otherTool: (was, now) => ` (fe'i gwnaed gan ${was}; dyma ${now})`,
      follows: (report, files, tools) =>
        `✔ Mae ${report} yn dilyn o'i ${files === 1 ? 'ffeil ateb' : count(files, ANSWER_FILE)} a'i fanc: mae pob rhif yn cyfateb${tools}.`,
      doesNotFollow: (report, tools) => `✖ Nid yw ${report} yn dilyn o'i ffeiliau ateb a'i fanc fel y maent nawr${tools}:`,
      cannotRead: (file, why) => `ni ellir darllen ${file}: ${why}`,
      notJson: (file) => `nid JSON yw ${file}: rhowch yr adroddiad a ysgrifennodd assess --format json`,
      notAReport: (file) =>
        `nid yw ${file} yn adroddiad JSON ce-plan sy'n enwi'r hyn y'i gwnaed ohono (mae adroddiadau ce-plan 0.1 yn ei enwi; nid yw rhai cynharach)`,
    },
    list: { id: 'ID', version: 'FERSIWN', questions: 'CWESTIYNAU', title: 'TEITL' },
    errors: {
      badDate: (given) => `rhaid i --date fod yn ddyddiad fel 2026-11-20, nid "${given}"`,
      forceOrSkip: "defnyddiwch --force (disodli adroddiadau sy'n bodoli) neu --skip-existing (eu cadw), nid y ddau",
      anonymiseNeedsCombine: 'mae --anonymise yn enwi ymatebwyr adroddiadau cyfun: defnyddiwch ef gyda --combine',
      agreedNeedsCombine: 'mae --agreed yn cymhwyso cytundeb i adroddiadau cyfun: defnyddiwch ef gyda --combine',
      trackerForOne: (organisations, names) =>
        `traciwr un sefydliad yw --previous-tracker, ond mae'r ffeiliau hyn yn ateb ar gyfer ${count(organisations, ORGANISATION)}: ${names}`,
      trackerForOneFile: (files) => `traciwr un sefydliad yw --previous-tracker: rhowch un ffeil ateb (neu ffeiliau un sefydliad gyda --combine), nid ${files}`,
      summaryOneBank: (banks) =>
        `mae --summary angen i bob ffeil ateb ddefnyddio un banc, ond mae'r rhain yn defnyddio ${list(banks)}; defnyddiwch --bank, neu aseswch nhw ar wahân`,
      summaryOverBank: (summary, bank) => `byddai --summary ${summary} yn trosysgrifo'r banc ${bank}, un o fewnbynnau'r rhediad hwn; dewiswch enw arall`,
      sameAnswerFile: (one, other) => `yr un ffeil ateb yw ${one} a ${other}; gyda --combine rhoddir pob ymatebydd unwaith`,
      sameReport: (one, other, reports) => `byddai ${one} a ${other} ill dau'n ysgrifennu ${reports}.*; ailenwch un neu aseswch nhw ar wahân`,
      reportOverInput: (report, entry, input) =>
        `byddai'r adroddiad ${report} ar gyfer ${entry} yn trosysgrifo ${input}, un o fewnbynnau'r rhediad hwn; defnyddiwch --out-dir arall`,
      summaryOverReport: (summary, report) => `byddai --summary ${summary} yn trosysgrifo'r adroddiad ${report}; dewiswch enw arall`,
      overwritesInput: (flagAndPath, input, of) => `byddai ${flagAndPath} yn trosysgrifo ${input}, un o fewnbynnau ${of}; dewiswch enw arall`,
      inputs: {
        answerFile: (path) => `y ffeil ateb ${path}`,
        formExport: (path) => `allforyn y ffurflen ${path}`,
        bank: (path) => `y banc ${path}`,
        builtInBank: (path) => `y banc adeiledig ${path}`,
        reportTemplate: (path) => `templed yr adroddiad ${path}`,
        agreement: (path) => `y cytundeb ${path}`,
        previousTracker: (path) => `y traciwr blaenorol ${path}`,
        actionTracker: (path) => `y traciwr gweithredu ${path}`,
        summary: (path) => `y crynodeb ${path}`,
      },
      runs: { assess: 'y rhediad hwn', compare: 'y gymhariaeth hon', import: 'y mewnforio hwn', export: 'yr allforio hwn' },
      exists: (file) => `mae ${file} yn bodoli eisoes; defnyddiwch --force i'w drosysgrifo`,
      cannotWrite: (file, why) => `nid oes modd ysgrifennu ${file}: ${why}`,
      writeReasons: {
        ENOTDIR: "ffeil yw rhan o'r llwybr, nid ffolder",
        EEXIST: "ffeil yw rhan o'r llwybr, nid ffolder",
        EISDIR: 'ffolder yw hi',
        EACCES: 'dim caniatâd',
        EPERM: 'dim caniatâd',
        EROFS: "mae'r ddisg yn ddarllen-yn-unig",
        ENOSPC: "mae'r ddisg yn llawn",
        EDQUOT: "mae cwota'r ddisg wedi'i ddefnyddio",
        EIO: 'rhoddodd y ddisg wall mewnbwn/allbwn',
        EFBIG: "mae'r ffeil yn rhy fawr i'r ddisg",
        ENAMETOOLONG: "mae'r enw yn rhy hir",
        ELOOP: 'mae gormod o gysylltiadau symbolaidd yn y llwybr',
      },
      cannotReadLock: (file, code) => `nid oes modd darllen ${file} (${code}), y mae ce-plan yn ei chadw tra bo cyfweliad ar agor ar ei ffeil atebion`,
      sameAnswerFileInImport: (unit, row, path, other) =>
        `byddai ${unit} ${row} yn ysgrifennu ${path}, a ysgrifennwyd eisoes gan ${unit} ${other} yn y mewnforio hwn; rhowch enwau gwahanol i'r sefydliadau`,
      unknownEncoding: (label) =>
        `nid yw --encoding ${label} yn amgodiad y mae ce-plan yn ei adnabod; rhowch gynnig ar utf-8, windows-1252, iso-8859-1 neu utf-16le`,
      noSuchSheet: (file, sheet, sheets) => `nid oes dalen ${sheet} yn ${file}; ei dalennau yw ${sheets}`,
      formNeedsBank: (file) => `allforyn ffurflen yw ${file}: enwch y banc y gwnaed ei ffurflen ohono gyda --bank`,
      noFilesMatch: (pattern) => `nid oes ffeiliau'n cyfateb i "${pattern}"`,
      noYamlIn: (folder) => `nid oes ffeiliau .yaml neu .yml yn y ffolder "${folder}"`,
      noBuiltInBank: (id, banks) => `nid oes banc adeiledig "${id}"; y banciau adeiledig yw ${list(banks)} (neu rhowch lwybr at ffeil banc)`,
      oneStdin: 'dim ond un o BEFORE ac AFTER all fod yn - (stdin)',
      answerFileNotExport: (file) => `ffeil ateb yw ${file}, nid allforyn ffurflen: aseswch hi gyda ce-plan assess`,
      workbookNotText: (to) => `mae --to ${to} yn ysgrifennu llyfr gwaith, nid testun: rhowch ffeil gyda --out, neu anfonwch ef i ffeil neu bibell`,
      cannotReadTemplate: (file, why) => `ni ellir darllen templed yr adroddiad ${file}: ${why}`,
      noSuchFile: 'dim ffeil o’r fath',
      initNeedsTerminal:
        "Mae `ce-plan init` yn gofyn ei gwestiynau mewn terfynell, ac nid yw hon yn un (neu mae CI wedi'i osod). Heb derfynell, ysgrifennwch ffeil ateb wag gyda `ce-plan template BANK > answers.yaml`, llenwch hi, yna rhedwch `ce-plan assess answers.yaml`.",
      agreeNeedsTerminal:
        "Mae `ce-plan agree` yn gofyn ei gwestiynau mewn terfynell, ac nid yw hon yn un (neu mae CI wedi'i osod). Heb derfynell, ysgrifennwch gytundeb gwag gyda `ce-plan template --agree FILES… > agreement.yaml`, llenwch ef, a'i gadw wrth ochr y ffeiliau ateb.",
      resumeOrRestart: 'defnyddiwch --resume neu --restart, nid y ddau',
      reportExists: (file) => `mae ${file} yn bodoli eisoes; defnyddiwch --force i'w drosysgrifo, neu --out i ysgrifennu mewn man arall`,
      outOverAnswers: (out, answers) => `byddai --out ${out} yn trosysgrifo'r ffeil ateb ${answers}; dewiswch enw arall`,
      respondentEmpty: 'mae --respondent angen enw, rôl, neu’r ddau: "Alex Morgan, Swyddog y cyngor"',
      otherBank: (file, itsBank, wanted, beside) =>
        `mae ${file} yn ateb y banc "${itsBank}", nid "${wanted}". I ateb ${wanted} wrth ei ochr, defnyddiwch --answers ${beside}; i barhau ag ef, defnyddiwch --bank ${itsBank}; mae --restart yn ei ddisodli (gan ofyn yn gyntaf os yw'n gyflawn, a chadw copi)`,
      lockLost: (lockFile, answers) =>
        `cafodd ${lockFile} ei ddileu neu ei gymryd drosodd tra oedd y cyfweliad hwn ar agor, felly ni chadwyd ei ateb olaf: efallai fod cyfweliad arall yn cadw ${answers}. Mae'r atebion a gadwyd cyn hynny yn y ffeil honno, oni bai fod y cyfweliad arall wedi'u disodli.`,
      lockInTheWay: (lockFile, file) =>
        `mae ${lockFile} yn y ffordd: mae ce-plan yn ei chadw tra bo cyfweliad ar agor ar ${file}, ac ni all ddarllen hon. Os nad oes cyfweliad o'r ffeil honno ar agor, dilëwch hi a rhedwch hwn eto.`,
      lockHolder: (pid, host, since) => `proses ${pid}${host === null ? '' : ` ar ${host}`}${since === null ? '' : `, ers ${since}`}`,
      openElsewhere: (file, holder, saved, lockFile) =>
        `mae ${file} ar agor mewn cyfweliad arall (${holder}). Byddai dau gyfweliad ar un ${saved === 'answerFile' ? 'ffeil ateb' : 'ffeil gytundeb'} yn trosysgrifo atebion ei gilydd, felly mae hwn yn stopio. ` +
        `Gorffennwch y cyfweliad hwnnw yn gyntaf, neu ${saved === 'answerFile' ? 'rhowch ffeil ateb ei hun i bob person (--answers FFEIL)' : 'ysgrifennwch ffeil gytundeb arall (--out FFEIL)'}.` +
        (lockFile === null ? '' : ` Os nad yw'r cyfweliad hwnnw'n rhedeg mwyach, dilëwch ${lockFile} a rhedwch hwn eto.`),
      lockRemoved: (file, pid) => `Roedd cyfweliad o ${file} a stopiodd heb orffen (proses ${pid}) wedi gadael ei glo; mae wedi'i ddileu.`,
      notThisAgreement: (file, problem) => `mae ${file} ${problem}; i gytuno ar y ffeiliau ateb hyn, ${AGREEMENT_WAYS_ON}`,
      waysOn: AGREEMENT_WAYS_ON,
      otherOrganisation: (theirs, ours) => `yn gytundeb ${theirs}, nid ${ours}`,
      otherAgreementBank: (theirs, ours) => `yn gytundeb ar y banc "${theirs}", nid "${ours}"`,
      otherAnswerFiles: (files) => `wedi'i ddechrau ar ffeiliau ateb eraill (${files.join(', ')})`,
      answerFilesChanged: (files) =>
        `wedi'i ddechrau cyn i ${list(files)} newid (mae ${files.length === 1 ? 'ei SHA-256' : 'eu SHA-256'} yn wahanol), felly efallai nad yw'r hyn y cytunwyd arno yn gweddu iddynt`,
      agreeOptionsAlone: 'mae --bank ac --anonymise yn mynd gyda --agree (cytundeb gwag dros ffeiliau ateb)',
      oneBank: (given) => `rhowch un banc, nid ${given} (cytundeb gwag dros ffeiliau ateb yw \`ce-plan template --agree FILES…\`)`,
    },
  },

  help: {
    program:
      "Pa mor barod yw eich sefydliad i ymgysylltu â'i gymunedau ar ddiogelwch cymunedol? Atebwch fanc cwestiynau, a chael sgôr, dadansoddiad o'r bylchau a chynllun gweithredu.",
    version: "argraffu'r fersiwn",
    help: 'dangos cymorth',
    helpCommand: 'dangos cymorth ar gyfer gorchymyn',
    examples: `
Enghreifftiau:
  $ ce-plan init                                  ateb y banc rhagosodedig yn y derfynell
  $ ce-plan assess groups/ --format md,json       un adroddiad ar gyfer pob ffeil ateb
  $ ce-plan compare spring.yaml autumn.yaml       cynnydd rhwng dau asesiad
  $ ce-plan lint questionnaires/                  gwirio banciau, fel y mae CI yn ei wneud
  $ ce-plan list                                  y banciau sydd ar gael
  $ ce-plan template ce-readiness > answers.yaml  ffeil ateb wag i'w llenwi
  $ ce-plan schema bank                           JSON Schema banc cwestiynau

Codau gadael: 0 wedi'i wneud, 1 mae'r canfyddiadau'n dweud na (i assess: methodd unrhyw ffeil, hyd yn oed un
na ellir ei darllen), 2 gwall defnydd (a banc neu ffeil na ellir eu darllen i lint, compare, template), 130 torrwyd
ar draws, 141 aeth darllenydd yr allbwn i ffwrdd (fel unrhyw offeryn mewn pibell sydd wedi cau). Union godau pob
gorchymyn: "Exit codes" yn y README (yn Saesneg).`,
    example: 'Enghraifft:',
    titles: {
      'Usage:': 'Defnydd:',
      'Arguments:': 'Dadleuon:',
      'Options:': 'Opsiynau:',
      'Commands:': 'Gorchmynion:',
      'Global Options:': 'Opsiynau cyffredinol:',
    },
    commander: {
      default: 'rhagosodiad',
      choices: 'dewisiadau',
      error: 'gwall',
      unknownOption: (option) => `opsiwn anhysbys '${option}'`,
      unknownCommand: (command) => `gorchymyn anhysbys '${command}'`,
      didYouMean: (suggestion) => `(Oeddech chi'n golygu ${suggestion}?)`,
      missingArgument: (argument) => `mae'r ddadl ofynnol '${argument}' ar goll`,
      optionArgumentMissing: (option) => `mae dadl yr opsiwn '${option}' ar goll`,
      requiredOption: (option) => `ni roddwyd yr opsiwn gofynnol '${option}'`,
      tooManyArguments: (expected, got) => `gormod o ddadleuon: disgwylid ${count(expected, ARGUMENT)} ond cafwyd ${got}.`,
      invalidOption: (option, value) => `mae dadl '${value}' yr opsiwn '${option}' yn annilys.`,
      invalidArgument: (argument, value) => `mae gwerth '${value}' y ddadl '${argument}' yn annilys.`,
      allowedChoices: (choices) => `Y dewisiadau a ganiateir yw ${choices}.`,
      expectedWholeNumber: 'disgwylid rhif cyfan, 0 neu fwy.',
      expectedScore: 'disgwylid sgôr o 0 i 100.',
      expectedTracker: 'disgwylid xlsx neu csv.',
      expectedFormats: (names) => `disgwylid ${names.join(', ')} neu restr ohonynt wedi'u gwahanu gan gomâu.`,
      expectedLanguages: (codes) => `disgwylid ${codes.join(', ')} neu restr ohonynt wedi'u gwahanu gan gomâu, fel cy,en.`,
    },
    commands: {
      init: "ateb banc yn rhyngweithiol; mae'n ysgrifennu'r ffeil ateb a'r adroddiad",
      assess:
        'ysgrifennu un adroddiad ar gyfer pob ffeil ateb (ffeiliau, ffolderi, globiau, - ar gyfer stdin), neu ar gyfer pob ymateb mewn allforyn ffurflen (gyda --bank)',
      agree:
        "cytuno, yn y derfynell, ar y cwestiynau a atebodd ymatebwyr un sefydliad yn wahanol; mae'n ysgrifennu ffeil gytundeb y mae assess --combine yn ei chymhwyso",
      compare: "cynnydd rhwng dau asesiad o'r un sefydliad",
      verify: "gwirio bod adroddiad JSON yn dal i ddilyn o'i ffeiliau ateb a'i fanc: yr un ffeiliau, yr un banc, yr un rhifau",
      lint: 'gwirio banciau cwestiynau (ffeiliau, ffolderi, globiau); rhagosodiad: y banciau adeiledig',
      list: "y banciau adeiledig, gyda'u dynodwyr, eu fersiynau a nifer eu cwestiynau",
      template: "argraffu ffeil ateb wag ar gyfer banc, pob cwestiwn gyda'i opsiynau fel sylwadau; gyda --agree, ffeil gytundeb wag",
      schema: 'argraffu JSON Schema banc, ffeil ateb neu ffeil gytundeb',
      export: 'ysgrifennu banc fel ffurflen ar gyfer offeryn arall, neu ar bapur: XLSForm (KoboToolbox, ODK), SurveyJS, neu HTML i’w argraffu',
      import:
        'ysgrifennu un ffeil ateb ar gyfer pob ymateb mewn allforyn o offeryn ffurflenni: CSV neu .xlsx (Microsoft Forms, Google Forms, KoboToolbox), neu JSON canlyniadau SurveyJS',
    },
    shared: {
      force: (what) => `trosysgrifo ${what}`,
      formats: (listed) => `fformatau'r adroddiad: ${listed}`,
      formatsListed: (names) =>
        names.length === 2 ? `${names[0]!}, ${names[1]!} neu ${names.join(',')}` : `un neu fwy o ${names.join(', ')}, wedi'u gwahanu gan gomâu`,
      tracker: "ysgrifennu traciwr gweithredu'r cynllun hefyd (NAME.tracker.xlsx; NAME.tracker.csv gyda --tracker csv)",
      dateOrder: 'sut i ddarllen dyddiadau fel 05/11/2026 lle nad oes dyddiad yn eu colofn yn ei setlo: dmy (y diwrnod yn gyntaf) neu mdy',
      lang: (what, languages) => `${what}: ${languages.join(' neu ')}, neu'r ddwy, wedi'u gwahanu gan goma, y gyntaf yn gyntaf (cy,en)`,
      messagesLang: 'iaith negeseuon ce-plan (y gyntaf, os rhoddir dwy)',
      map: 'ar gyfer allforyn ffurflen: MAES=COLOFN, neu ffeil fapio (.yaml), fel y mae import yn eu cymryd; gellir ei ailadrodd',
      plain: 'opsiynau wedi’u rhifo, un llinell i bob cwestiwn (hefyd pan fo TERM=dumb)',
      writes: (file) => `yn ysgrifennu ${file}`,
    },
    assess: {
      files: 'ffeiliau ateb, neu allforion ffurflen (.csv, .xlsx, .json canlyniadau SurveyJS)',
      outDir: "lle mae'r adroddiadau'n mynd",
      previousTracker:
        "y traciwr gweithredu a gadwyd ers yr asesiad diwethaf (.xlsx neu .csv): mae'r cynllun yn nodi'r hyn y mae'n ei gofnodi fel wedi'i wneud, ac mae traciwr newydd yn cario ei berchnogion, ei ddyddiadau, ei statws a'i nodiadau ymlaen",
      summary: 'ysgrifennu crynodeb carfan o bob sefydliad hefyd',
      failUnder: 'gadael gyda 1 os yw unrhyw sgôr gyffredinol yn is na hyn',
      bank: "defnyddio'r banc hwn yn lle'r un y mae pob ffeil ateb yn ei enwi",
      template: "templed adroddiad Markdown i'w ddefnyddio yn lle'r un adeiledig; cod yw e, felly defnyddiwch un rydych yn ymddiried ynddo yn unig",
      date: "dyddiad yr adroddiad, lle nad yw'r ffeil ateb yn rhoi un",
      lang: 'iaith yr adroddiadau, beth bynnag y mae lang: pob ffeil ateb yn ei ddweud; dwy ar gyfer adroddiad dwyieithog',
      combine: "un adroddiad ar gyfer pob sefydliad: ffeiliau ateb gyda'r un enw sefydliad ac ardal yw ei ymatebwyr",
      anonymise: 'gyda --combine, enwi ymatebwyr yn "Ymatebydd 1", "Ymatebydd 2"… ym mhobman, gan gadw eu rolau',
      agreed: "gyda --combine, y ffeil gytundeb i'w chymhwyso (ceir un ymhlith y mewnbynnau, neu wrth ochr y ffeiliau ateb, hebddo)",
      force: "adroddiadau sy'n bodoli",
      skipExisting: "cadw adroddiadau sy'n bodoli ac ysgrifennu'r gweddill: sut i orffen rhediad y torrwyd ar ei draws",
      example: "ce-plan assess groups/*.yaml --lang cy,en   # pob adroddiad yn Gymraeg, yna'n Saesneg",
    },
    init: {
      bank: 'y banc cwestiynau',
      answers: "y ffeil ateb i'w hysgrifennu (ac i barhau ohoni)",
      out: (report, answers) =>
        `yr adroddiad i'w ysgrifennu (rhagosodiad: enw'r ffeil ateb gyda .md, neu ${report} ar gyfer ${answers}); mae pob fformat yn cymryd ei enw gyda'i estyniad ei hun`,
      respondent: "pwy sy'n ateb, pan fo sawl person yn ateb ar ran un sefydliad (gellir gadael y naill ran neu'r llall allan)",
      resume: 'parhau â ffeil ateb sy’n bodoli heb ofyn',
      restart: 'dechrau eto, gan ddisodli ffeil ateb sy’n bodoli',
      lang: "iaith y cyfweliad (y gyntaf) a'r adroddiad (lang: yn y ffeil ateb)",
      force: 'adroddiad sy’n bodoli',
      example: "y cyfweliad a'r adroddiad yn Gymraeg",
    },
    agree: {
      files: 'ffeiliau ateb un sefydliad (ffeiliau, ffolderi, globiau)',
      out: (file) => `y ffeil gytundeb i'w hysgrifennu (ac i barhau ohoni); rhagosodiad: ${file} wrth ochr y ffeil ateb gyntaf`,
      bank: "defnyddio'r banc hwn yn lle'r un y mae pob ffeil ateb yn ei enwi",
      anonymise: 'galw\'r ymatebwyr yn "Ymatebydd 1", "Ymatebydd 2"… yn hytrach nag wrth eu rôl',
      resume: 'parhau â ffeil gytundeb sy’n bodoli heb ofyn',
      restart: 'dechrau eto, gan ddisodli ffeil gytundeb sy’n bodoli (cedwir copi)',
      lang: 'iaith y cyfarfod',
    },
    compare: {
      before: 'y ffeil ateb gynharaf',
      after: 'y ffeil ateb ddiweddaraf',
      out: 'ysgrifennu i ffeil yn lle stdout',
      bank: "defnyddio'r banc hwn yn lle'r un y mae'r ffeiliau ateb yn ei enwi",
      combine: "mae BEFORE ac AFTER yr un yn ffolder neu'n glob: ymatebwyr un sefydliad, wedi'u cyfuno fel y mae assess --combine yn ei wneud",
      tracker:
        'y traciwr gweithredu a gadwyd ers BEFORE (.xlsx neu .csv, fel yr ysgrifennodd assess --tracker ef): beth a wnaed ar gyfer pob bwlch, wrth ochr sut y symudodd ei sgôr',
      lang: 'iaith yr adroddiad cynnydd, fel arall lang: y ffeil AFTER; o sawl un, y gyntaf yn unig',
      force: 'ffeil --out sy’n bodoli',
    },
    verify: {
      report: 'adroddiad JSON (assess --format json)',
      files: "y ffeiliau ateb (neu'r allforyn ffurflen) y'i gwnaed ohonynt",
      bank: 'ffeil y banc, pan na wnaed yr adroddiad gyda banc adeiledig',
      map: 'ar gyfer allforyn ffurflen: fel y cymerodd assess ef; gellir ei ailadrodd',
    },
    lint: {
      banks: 'ffeiliau, ffolderi neu globiau banc',
      format: 'fformat yr allbwn',
      maxWarnings: 'gorffen gyda 1 pan fo mwy o rybuddion na hyn',
      lang: "iaith y canfyddiadau a'r crynodeb (y gyntaf, os rhoddir sawl un); mae dynodwyr y rheolau yn aros fel y maent",
    },
    list: { json: 'argraffu JSON', lang: 'iaith ei benawdau a theitlau’r banciau (y gyntaf, os rhoddir dwy)' },
    template: {
      inputs: 'dynodwr neu lwybr banc; gyda --agree, ffeiliau ateb un sefydliad',
      agree: "ffeil gytundeb wag dros y ffeiliau ateb hyn: y cwestiynau y maent yn anghytuno arnynt, gyda'r hyn a ddywedodd pob ymatebydd, i'w llenwi",
      bank: "gyda --agree: defnyddio'r banc hwn yn lle'r un y mae pob ffeil ateb yn ei enwi",
      anonymise: 'gyda --agree: galw\'r ymatebwyr yn "Ymatebydd 1", "Ymatebydd 2"… yn y sylwadau',
      lang: "iaith sylwadau'r ffeil a'i hadroddiadau (lang:)",
      inWelsh: 'yn Gymraeg, ac felly ei hadroddiadau',
    },
    schema: { kind: 'bank, answers neu agreement' },
    export: {
      bank: 'dynodwr neu lwybr banc',
      to: (formats) => `y ffurflen i'w hysgrifennu: ${formats}`,
      formats: {
        xlsform: 'llyfr gwaith XLSForm, ar gyfer KoboToolbox, ODK ac offer XLSForm eraill',
        surveyjs: 'ffurflen SurveyJS, fel JSON',
        html: "ffurflen bapur i'w hargraffu, fel HTML ar gyfer A4",
      },
      out: "lle i'w hysgrifennu (rhagosodiad: dynodwr y banc ac estyniad y fformat, fel ce-readiness.xlsx; - ar gyfer stdout)",
      lang: "yr iaith y mae ffurflen yn agor ynddi (mae ffurflen offeryn ffurflenni hefyd yn cario pob iaith sydd gan y banc); mae'r ffurflen bapur yn y gyntaf",
      force: 'ffeil sy’n bodoli',
      paperInWelsh: 'y ffurflen bapur yn Gymraeg',
    },
    import: {
      file: 'yr allforyn: .csv, .xlsx neu .json',
      bank: 'y banc y gwnaed y ffurflen ohono',
      outDir: "lle mae'r ffeiliau ateb yn mynd",
      map: 'MAES=COLOFN ar gyfer manylyn neu gwestiwn (fel organisation="Enw eich grŵp"), neu ffeil fapio (.yaml); gellir ei ailadrodd',
      ignore: "colofn i'w gadael; gellir ei ailadrodd",
      organisation: 'sefydliad pob ymateb nad yw’n enwi un',
      multiSeparator: "sut mae opsiynau dewis lluosog wedi'u cysylltu mewn cell (rhagosodiad: fel y mae'r offeryn yn eu cysylltu)",
      delimiter: 'amffinydd y CSV (rhagosodiad: yr un y mae llinell y pennawd yn ei ddefnyddio; "tab" ar gyfer tab)',
      encoding: 'amgodiad y CSV (rhagosodiad: UTF-8, neu UTF-16 yn ôl ei farc trefn beit), fel windows-1252',
      sheet: "y ddalen o'r llyfr gwaith i'w darllen (rhagosodiad: y gyntaf)",
      force: "ffeiliau ateb sy'n bodoli",
    },
  },

  interview: {
    skip: 'Hepgor y cwestiwn hwn',
    optional: ' (dewisol)',
    organisation: {
      name: { message: "Enw'r sefydliad", title: "Enw'r sefydliad" },
      area: { message: 'Ardal (dewisol)', title: 'Ardal' },
      completed_by: { message: 'Cwblhawyd gan (dewisol)', title: 'Cwblhawyd gan' },
    },
    nameRequired: "mae angen enw'r sefydliad",
    progress: (section, sections, question, questions, approximate) =>
      `Adran ${section} o ${sections} · Cwestiwn ${question} o ${approximate ? 'tua ' : ''}${questions}`,
    minutes: (n) => count(n, MINUTE),
    hours: (hours, minutes) => `${count(hours, HOUR)}${minutes === 0 ? '' : ` ${count(minutes, MINUTE)}`}`,
    length: (questions, left, followUps, duration) => {
      const some =
        followUps === 0
          ? ''
          : ` (${followUps === questions && questions > 1 ? 'pob un' : followUps} ${followUps === 1 ? 'yn cael ei ofyn' : 'yn cael eu gofyn'} dim ond ar ôl atebion penodol)`;
      return `${count(questions, QUESTION)}${left ? ' ar ôl' : ''}${some}: tua ${duration}${followUps === 0 ? '' : ' ar y mwyaf'}, amcangyfrif. Mae atebion yn cael eu cadw wrth i chi fynd.`;
    },
    skipped: '(wedi hepgor)',
    noAnswerYet: 'Dim ateb eto',
    useArrows: '(defnyddiwch ↑↓ i ddewis un)',
    chooseFirst: 'Dewiswch ateb gyda ↑ a ↓ yn gyntaf, yna pwyswch ⏎.',
    help: 'help',
    back: 'yn ôl',
    helpKey: '? help',
    backKey: '< neu esc yn ôl',
    keyActions: { navigate: 'symud', select: 'dewis', submit: 'cyflwyno', all: 'y cyfan', invert: 'gwrthdroi' },
    choose: (range, current, extras) => `Dewiswch ${range}${current}${extras}: `,
    enterRange: (range) => `Rhowch ${range}, neu opsiwn fel y mae wedi'i ysgrifennu.`,
    chooseSeveral: (current, extras) => `Dewiswch un neu fwy, wedi'u gwahanu gan gomâu${current}${extras}: `,
    enterSeveral: (range, example) => `Rhowch rifau o ${range} neu opsiynau fel y maent wedi'u hysgrifennu, wedi'u gwahanu gan gomâu, fel ${example}.`,
    numberFrom: (low, high) => `rhif o ${low} i ${high}`,
    to: (low, high) => `${low} i ${high}`,
    versionChanged: (was, now) => `Rhoddwyd yr atebion hyn i fersiwn ${was} o'r banc; dyma fersiwn ${now}.`,
    resumeOrRestart: (file, answered, organisation) => `Mae ${file} yn dal ${count(answered, ANSWER)} ar gyfer ${organisation}. Parhau, neu ddechrau eto?`,
    resume: "Parhau o'r man lle y stopiodd",
    restart: "Dechrau eto (cedwir copi o'r atebion hynny)",
    replace: (file, complete, organisation, answered, bank) =>
      `Mae ${file} yn dal ${complete ? 'asesiad cyflawn' : 'asesiad'} ar gyfer ${organisation} (${count(answered, ANSWER)} i ${bank}). Ei ddisodli? (cedwir copi)`,
    keep: 'Na, ei gadw a stopio',
    startAgain: 'Ie, dechrau eto',
    copyKept: (copy, file) => `Mae'r hen atebion yn cael eu cadw yn ${copy}; bydd ${file} yn dal y rhai newydd.`,
    leftAsItWas: (file) => `Mae ${file} wedi'i adael fel yr oedd; defnyddiwch --answers FFEIL i ddechrau asesiad newydd wrth ei ochr`,
    savedResume: (file, command) => `atebion wedi'u cadw yn ${file}; rhedwch \`${command}\` eto i barhau`,
    nothingSaved: 'torrwyd ar draws cyn rhoi unrhyw ateb; ni chadwyd dim',
  },

  agree: {
    leave: {
      choice: 'Gadael heb gytundeb (heb gytuno)',
      ticks: "peidiwch â thicio dim i'w adael heb gytundeb",
      typed: "gadewch yn wag i'w adael heb gytundeb",
    },
    toAgree: (n) => `${n === 1 ? '1 cwestiwn' : count(n, QUESTION)} i gytuno arnynt, lle mae eich atebion yn wahanol.`,
    contestedOf: (at, of) => `Cwestiwn heb gytundeb ${at} o ${of}`,
    why: { message: 'Pam, mewn un llinell?', title: 'Pam?', problem: 'dywedwch mewn un llinell pam y cytunoch ar hyn (neu ewch yn ôl)' },
    present: { message: 'Pwy sydd yma? Dad-diciwch unrhyw un nad yw yma', title: 'Yn bresennol', problem: 'ticiwch o leiaf un' },
    notAnswered: 'heb ei ateb',
    notAsked: 'heb ei ofyn',
    heading: (organisation, respondents, bank) => `${organisation}: ${count(respondents, RESPONDENT)} (${bank})`,
    nothingToAgree: (organisation, respondents) =>
      `${organisation}: nid yw'r ${count(respondents, RESPONDENT)} yn anghytuno ar unrhyw gwestiwn (mae eu hatebion o fewn hanner marc i'w gilydd), felly nid oes dim i gytuno arno.`,
    saved: (agreed, contested, file) =>
      `Cytunwyd ar ${agreed} o'r ${contested} cwestiwn heb gytundeb; wedi'u cadw yn ${file}. Mae \`ce-plan assess --combine\` ar y ffeiliau ateb yn ei gymhwyso (fe'i ceir wrth eu hochr, neu rhowch ef gyda --agreed).`,
    nothingSaved: 'ni chytunwyd ar ddim, ac ni chadwyd dim',
    savedResume: (file) => `mae'r cytundeb hyd yma wedi'i gadw yn ${file}; rhedwch \`ce-plan agree\` ar yr un ffeiliau eto i ailddechrau`,
    interrupted: 'torrwyd ar draws cyn cytuno ar unrhyw ateb; ni chadwyd dim',
    resumeOrRestart: (file, agreed) => `Mae ${file} yn dal ${count(agreed, ANSWER)} y cytunwyd arnynt. Ailddechrau, neu ddechrau eto?`,
    resume: 'Ailddechrau lle y stopiodd',
    restart: "Dechrau eto (cedwir copi o'r cytundeb hyd yma)",
    blank: (organisation, questions, respondents) =>
      `Cytundeb gwag ar gyfer ${organisation}: ${questions === 1 ? 'y cwestiwn' : `y ${count(questions, QUESTION)}`} a atebodd ei ${count(respondents, RESPONDENT)} yn wahanol.`,
    howTo: (folder) =>
      `Ar gyfer pob cwestiwn y mae'r cyfarfod yn cytuno arno, ysgrifennwch yr ateb y cytunwyd arno a, mewn un llinell, pam; gadewch y ddau'n wag\nar gyfer cwestiwn nad yw'n cytuno arno. Llenwch y dyddiad a phwy oedd yn bresennol, a chadwch y ffeil hon yn\n${folder} (mae ffeiliau'r ymatebwyr isod wedi'u henwi oddi yno) fel agreement.yaml neu NAME.agreement.yaml;\nmae \`ce-plan assess --combine\` ar y ffeiliau ateb wedyn yn ei gymhwyso (docs/agreement-files.md, yn Saesneg).`,
    date: 'gorfodol: y diwrnod y cytunodd y cyfarfod, BBBB-MM-DD',
    respondents: "Y ffeiliau ateb y cytunwyd arnynt: caiff un sy'n newid ar ôl hyn ei enwi, ac ni chaiff y cytundeb ei gymhwyso iddi.",
    presentList: 'gorfodol: pwy oedd yn bresennol, enwau neu rolau, fel [Cadeirydd preswylwyr, Rheolwr tai]',
    nothingContested: 'nid oes dim heb gytundeb',
  },

  forms: {
    details: {
      organisation: { label: 'Sefydliad', hint: "Y grŵp, y tîm neu'r bartneriaeth y mae'r atebion hyn ar eu cyfer." },
      area: { label: 'Ardal' },
      respondent: { label: 'Eich enw' },
      role: { label: 'Eich rôl' },
      date: { label: 'Dyddiad', hint: "Y dyddiad y mae'r atebion hyn yn ei ddisgrifio." },
      completed_by: { label: 'Cwblhawyd gan' },
    },
    detailsTitle: 'Am yr atebion hyn',
    notWithOthers: (labels) =>
      `Ni ellir dewis ${list(
        labels.map((l) => `"${l}"`),
        'neu',
      )} gydag opsiynau eraill.`,
    numberRange: (min, max) =>
      `Rhowch rif ${min !== undefined && max !== undefined ? `o ${min} i ${max}` : min !== undefined ? `o ${min} neu fwy` : `o ${max} neu lai`}.`,
    inUnit: (unit) => `Uned: ${unit}.`,
    keepTo: (n) => `Cadwch at ${n} nod.`,
    wholeNumber: 'Rhowch rif cyfan.',
    paper: {
      tickOne: 'Ticiwch un.',
      tickAll: "Ticiwch bob un sy'n berthnasol.",
      onItsOwn: (label) => `${label} (ticiwch hwn ar ei ben ei hun yn unig)`,
      tickScale: (min, max, dontKnow) => `Ticiwch un, o ${min} i ${max}${dontKnow === null ? '' : `, neu ${dontKnow}`}.`,
      writeNumber: (whole, min, max) => {
        const range = [min === undefined ? '' : `${min} neu fwy`, max === undefined ? '' : `${max} neu lai`].filter(Boolean).join(', ');
        return `Ysgrifennwch ${whole ? 'rif cyfan' : 'rif'}${range ? ` (${range})` : ''}.`;
      },
      writeText: (most) => `Ysgrifennwch eich ateb${most ? `, mewn hyd at ${most} nod` : ''}.`,
      dayMonthYear: ' (diwrnod, mis, blwyddyn)',
      optional: ' (dewisol)',
      skipIf: (condition) => `Hepgorwch y cwestiwn hwn os ${condition}.`,
      title: (bank) => `${bank}: ffurflen bapur`,
      how: "Ticiwch flwch crwn lle mae cwestiwn yn cymryd un ateb, a phob blwch sgwâr sy'n berthnasol lle mae'n cymryd sawl un.\nLle mae cwestiwn yn dweud “Hepgorwch y cwestiwn hwn os …”, a bod hynny'n wir, ewch ymlaen i'r un nesaf. Gellir gadael cwestiynau wedi'u marcio (dewisol) yn wag.",
      whoIsAnswering: "Pwy sy'n ateb",
      footer: (bank, version, example, command) =>
        `Banc ${bank}, fersiwn ${version}. I sgorio'r atebion hyn, teipiwch bob ffurflen i un rhes o daenlen\nlle mae penawdau'r colofnau yn enwau llwyd (fel ${example}), gyda'r gwerthoedd llwyd yn atebion,\na rhedwch ${command}.`,
      anyOfThese: "yw unrhyw un o'r rhain yn wir",
      allOfThese: "yw pob un o'r rhain yn wir",
      anyOf: 'unrhyw un',
      allOf: 'pob un',
      of: (which, parts) => `(${which} o: ${parts.join('; ')})`,
      always: 'bob amser',
      never: 'byth',
      question: (n) => `cwestiwn ${n}`,
      ticked: (values, at) => `yw ${values} wedi'i dicio yn ${at}`,
      notTicked: (values, at) => `nad yw ${values} wedi'i dicio yn ${at}`,
      noTickOr: (at, values) => `nad oes tic yn ${at}, neu os yw ${values} wedi'i dicio`,
      tickButNot: (at, values) => `oes tic yn ${at}, ond nid yn ${values}`,
      anythingBut: (at, value) => `yw ${at} yn unrhyw beth ond ${value} ar ei ben ei hun`,
      onlyTicked: (value, at) => `mai dim ond ${value} sydd wedi'i dicio yn ${at}`,
      blankOr: (at, values) => `yw ${at} wedi'i adael yn wag neu wedi'i ateb ${values}`,
      answeredBut: (at, values) => `yw ${at} wedi'i ateb, ond nid ${values}`,
      notAnswered: (at, values) => `nad yw ${at} wedi'i ateb ${values}`,
      answered: (at, values) => `yw ${at} wedi'i ateb ${values}`,
    },
  },

  template: {
    answersFor: (title, id, version) => `Atebion i "${title}" (${id} ${version}).`,
    howTo: "Ysgrifennwch bob ateb ar ôl ei golon. Gadewch ef yn wag os na allwch ateb eto: mae'n cyfrif fel heb ei ateb.",
    then: 'Yna rhedwch: ce-plan assess Y-FFEIL-HON',
    name: 'gorfodol: y sefydliad a asesir',
    optional: 'dewisol',
    date: 'dewisol: dyddiad yr adroddiad (BBBB-MM-DD)',
    respondent: 'dewisol: pwy atebodd, pan fydd sawl person yn ateb ar ran un sefydliad (assess --combine)',
    lang: 'dewisol: iaith ei adroddiadau',
    section: (n, of, title) => `Adran ${n} o ${of}: ${title}`,
    answer: (hint) => `Ateb: ${hint}`,
    onlyIf: (condition) => `Dim ond yn cael ei ofyn os ${condition}`,
    oneOf: (options) => `un o: ${options}`,
    listOf: (example, options, alone) => `rhestr, fel [${example}], o: ${options}${alone.length ? ` (${alone.join(', ')} ar ei ben ei hun yn unig)` : ''}`,
    scale: (min, max, ends, dontKnow) => `rhif cyfan o ${min} i ${max} (${ends})${dontKnow === null ? '' : `, neu ${dontKnow}`}`,
    number: (whole, unit, min, max) => {
      const range = [min !== undefined ? `o leiaf ${min}` : '', max !== undefined ? `dim mwy na ${max}` : ''].filter(Boolean).join(', ');
      return `${whole ? 'rhif cyfan' : 'rhif'}${unit ? ` (${unit})` : ''}${range ? `, ${range}` : ''}`;
    },
    text: (most) => `testun mewn dyfynodau${most ? `, hyd at ${most} nod` : ''}`,
    is: (question, values) => `yw ${question} yn ${values}`,
    isNot: (question, values) => `nad yw ${question} yn ${values}`,
    isExactly: (question, value) => `yw ${question} yn union ${value}`,
    and: ' a ',
    or: ' neu ',
    not: (text) => `nid (${text})`,
  },
};
