// What each form tool ce-plan knows writes in its export, beside the answers: its own columns, how it
// joins the options of a multiple choice, when a response was made, and how it heads a field that sits
// in a group. Each entry is taken from the tool's own code, tests or documentation, named beside it; a
// new tool is one entry here (and a layout in the tests' tool-exports helper).

export type FormTool = 'microsoft-forms' | 'google-forms' | 'kobotoolbox' | 'odk-central' | 'surveyjs';

interface ToolLayout {
  name: string;
  /** How it joins the options of a multiple choice in one cell. */
  separator: string;
  /** The columns it adds of its own. */
  metadata: readonly string[];
  /** Its columns that give when a response was made, most telling first: a report's date when the form asks for none. */
  timestamps: readonly string[];
}

export const TOOLS: Record<FormTool, ToolLayout> = {
  // "Responses → Open in Excel": ID, Start time, Completion time, Email, Name, Last modified time;
  // quizzes add Total points, Quiz feedback, and "Points - …" and "Feedback - …" beside each question.
  'microsoft-forms': {
    name: 'Microsoft Forms',
    separator: ';',
    metadata: ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'Total points', 'Quiz feedback', 'Grade posted time'],
    timestamps: ['Completion time', 'Start time'],
  },
  // "Download responses (.csv)" joins checkbox options with ";"; the linked Google Sheet, downloaded as
  // CSV, with ", " (cells are read either way).
  'google-forms': { name: 'Google Forms', separator: ';', metadata: ['Timestamp', 'Email Address', 'Email', 'Score'], timestamps: ['Timestamp'] },
  // kpi's export tests (kpi/tests/test_mock_data_exports.py) and formpack (src/formpack/schema/fields.py):
  // `start`, `end`, then the fields, then _id, _uuid, _submission_time, _validation_status, _notes,
  // _status, _submitted_by, __version__, _tags, _index; groups joined to names (or labels) by "/"; a
  // multiple choice's options joined by a space.
  kobotoolbox: {
    name: 'KoboToolbox',
    separator: ' ',
    metadata: [
      'start',
      'end',
      'today',
      'deviceid',
      'username',
      'phonenumber',
      'simserial',
      'subscriberid',
      'audit',
      'meta/instanceID',
      'meta/instanceName',
      'meta/rootUuid',
      'meta/deprecatedID',
      'formhub/uuid',
      '__version__',
      '_id',
      '_uuid',
      '_submission_time',
      '_validation_status',
      '_notes',
      '_status',
      '_submitted_by',
      '_tags',
      '_index',
    ],
    timestamps: ['end', '_submission_time', 'today', 'start'],
  },
  // central-backend's CSV (lib/data/briefcase.js, test/unit/data/briefcase.js): SubmissionDate, the
  // fields (groups joined to names by "-", or names alone with "Remove group names"; notes too, always
  // empty; the form's meta/instanceID as meta-instanceID or instanceID), then KEY, SubmitterID,
  // SubmitterName, AttachmentsPresent, AttachmentsExpected, Status, ReviewState, DeviceID, Edits,
  // FormVersion. A multiple choice's options joined by a space; split, `name/option` columns of 1 or 0.
  'odk-central': {
    name: 'ODK Central',
    separator: ' ',
    metadata: [
      'meta-instanceID',
      'instanceID',
      'meta-instanceName',
      'instanceName',
      'meta-deprecatedID',
      'deprecatedID',
      'KEY',
      'SubmitterID',
      'SubmitterName',
      'AttachmentsPresent',
      'AttachmentsExpected',
      'Status',
      'ReviewState',
      'DeviceID',
      'Edits',
      'FormVersion',
    ],
    timestamps: ['SubmissionDate'],
  },
  // `survey.data`: a question's name to its value (a list for a checkbox); an "other" or comment text
  // under `name-Comment` (survey-core's settings.commentSuffix). The SurveyJS Service dates each result
  // `HappendAt`.
  surveyjs: { name: 'SurveyJS', separator: ', ', metadata: [], timestamps: ['HappendAt'] },
};

/** SurveyJS keeps the text typed beside an "other" option (or in a comment box) under the question's name and this. */
export const COMMENT_SUFFIX = '-Comment';

/** Microsoft Forms quizzes add "Points - <question>" and "Feedback - <question>"; KoboToolbox's own columns start with "_". */
export const METADATA_PATTERN = /^(?:points|feedback) - |^_/i;
