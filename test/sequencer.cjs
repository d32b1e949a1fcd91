// The order jest starts the suites in, on its two workers. Jest starts the longest first, by the times
// it kept from the last run; a fresh clone (as CI runs) has none, and jest then goes by file size, which
// leaves a short file with a slow test (forms-scale) to the end, with one core idle while it runs. So a
// suite jest has no time for takes its typical time from this table (seconds, from `npm test` on two
// cores), or a second if it is not here: the slow ones start first wherever the tests run.
const Sequencer = require('@jest/test-sequencer').default;
const { basename } = require('node:path');

const TYPICAL_SECONDS = {
  browser: 30,
  'init-terminal': 25,
  combine: 18,
  'batch-control': 13,
  lint: 10,
  'tool-exports': 11,
  'export-surveyjs': 10,
  docx: 8,
  'import-bad': 8,
  batch: 7.5,
  'template-code': 7,
  'forms-scale': 6.5,
  'import-cli': 5.5,
  'quick-shape': 5.5,
  monotonic: 4.5,
  writes: 4,
  agreement: 4,
  'agree-terminal': 4,
  'tracker-properties': 4,
  cli: 3.5,
  'browser-progress': 3.5,
};

class SlowestFirst extends Sequencer {
  time(test) {
    return super.time(test) ?? (TYPICAL_SECONDS[basename(test.path, '.test.ts')] ?? 1) * 1000;
  }
}

module.exports = SlowestFirst;
