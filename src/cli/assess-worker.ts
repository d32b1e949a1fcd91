// The second stage of a large `ce-plan assess`, on a worker thread: checks, scores, renders and writes
// each file the first stage parsed, with its own bank cache, so each bank is loaded once per batch.
import type { BankCache } from '../io/load-assessment.js';
import type { ReadAnswerFile } from '../io/read-answers.js';
import { assessRead, type AssessSettings } from './assess-file.js';
import { serveStage, stageSettings } from './batch.js';

const settings = stageSettings<AssessSettings>();
const cache: BankCache = new Map();

serveStage((read: ReadAnswerFile) => assessRead(read, cache, settings));
