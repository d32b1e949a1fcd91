// The forms of ids and versions, apart from the schema (schema.ts, schema-fields.ts), so a check of an
// answer file's shape (pipeline/quick-shape.ts) can use them without loading the schema library.

/** A kebab-case id: a bank's, a question's, an option's. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A semantic version: a bank's, or the one an answer file was made for. */
export const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
