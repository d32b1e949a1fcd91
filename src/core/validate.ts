// Checks parsed data against a schema and turns each problem into a located finding with a plain message.
import type { z } from 'zod';
import type { Diagnostic, DocPath, Locator } from './diagnostics.js';
import { didYouMean } from './did-you-mean.js';
import type { Result } from './result.js';
import type { Words } from './words/index.js';

/** The data as the schema reads it, or each problem as a finding worded in `words`' language. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, locator: Locator, file: string, words: Words): Result<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data, diagnostics: [] };
  const diagnostics = result.error.issues.flatMap((issue) => describeIssue(issue, schema, data, locator, file, words));
  return { ok: false, diagnostics };
}

function valueAt(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, key) ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return node;
}

/** Text from a file, quoted for a message: JSON quoting also escapes control characters, so a file cannot drive the terminal. */
export function quoteText(text: string): string {
  return JSON.stringify(text.length > 40 ? text.slice(0, 37) + '...' : text);
}

/** How a value reads to a bank author, in `words`' language: YAML words rather than JavaScript types. */
export function describeValue(value: unknown, words: Words): string {
  const say = words.findings.value;
  if (value === null || value === undefined) return say.empty;
  if (Array.isArray(value)) return say.list;
  // YAML's own types, which a tag makes: named for what they are, not as maps.
  if (value instanceof Uint8Array) return say.binary;
  if (value instanceof Date) return say.timestamp;
  if (value instanceof Set) return say.set;
  if (value instanceof Map) return say.orderedMap;
  if (typeof value === 'object') return say.map;
  if (typeof value === 'string') return say.text(quoteText(value));
  if (typeof value === 'boolean') return say.yesNo(value);
  return say.number(value as number);
}

function subject(path: DocPath, words: Words): string {
  const last = path.at(-1);
  if (last === undefined) return words.findings.theFile;
  if (typeof last === 'number') return words.findings.item(last + 1, String(path.at(-2) ?? ''));
  return `"${last}"`;
}

/** A rule the schema states, by its key (`schemaRule`), in `words`' language; zod's own words for any other. */
function ruleText(message: string, words: Words): string {
  const rules = words.findings.rules;
  return Object.hasOwn(rules, message) ? rules[message as SchemaRule] : message;
}

/** The key of a rule the schema states, worded by the catalogue's `findings.rules`. */
export type SchemaRule = keyof Words['findings']['rules'];

/** How a schema states a rule: by its key, so a finding words it in the reader's language. */
export const schemaRule = (rule: SchemaRule) => ({ error: rule });

function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown, locator: Locator, file: string, words: Words): Diagnostic[] {
  const say = words.findings;
  const path = issue.path as DocPath;
  const subjectOf = (at: DocPath) => subject(at, words);
  const expectedOf = (type: string) => (Object.hasOwn(say.expected, type) ? say.expected[type as keyof typeof say.expected] : type);
  const at = (rule: string, message: string, target: DocPath = path, where: 'key' | 'value' = 'value'): Diagnostic => ({
    file,
    ...locator.at(target, where),
    severity: 'error',
    rule,
    message,
  });
  const actual = valueAt(data, path);

  switch (issue.code) {
    case 'invalid_type': {
      if (actual === undefined && path.length > 0) {
        return [at('missing-key', say.missingKey(subjectOf(path), expectedOf(issue.expected)), path.slice(0, -1))];
      }
      const quoteIt = issue.expected === 'string' && (typeof actual === 'boolean' || actual === null);
      return [at('wrong-type', say.wrongType(subjectOf(path), expectedOf(issue.expected), describeValue(actual, words), quoteIt))];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path, data);
      return issue.keys.map((key) => at('unknown-key', `${say.unknownKey(key)}${didYouMean(key, allowed, words)}`, [...path, key], 'key'));
    }
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (discriminator && options) {
        const names = options.map(String);
        if (actual === undefined) return [at('missing-key', say.missingOneOf(discriminator, names), path.slice(0, -1))];
        return [at('invalid-value', `${say.notOneOf(subjectOf(path), names, describeValue(actual, words))}${didYouMean(String(actual), names, words)}`)];
      }
      // A value of the right type for one of the alternatives is judged by that alternative, whose findings
      // say exactly what is wrong inside it; any other value gets the union's own message.
      const branch = issue.errors.find((errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0));
      if (branch !== undefined)
        return branch.flatMap((inner) => describeIssue({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, schema, data, locator, file, words));
      return [at('wrong-type', say.breaks(subjectOf(path), ruleText(issue.message, words), describeValue(actual, words)))];
    }
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'array') {
        return [at('invalid-value', say.items(subjectOf(path), issue.code === 'too_small', Number(limit)))];
      }
      if (issue.origin === 'string') return [at('invalid-value', say.notEmpty(subjectOf(path)))];
      const relation = issue.code === 'too_small' ? (inclusive ? 'atLeast' : 'greaterThan') : inclusive ? 'atMost' : 'lessThan';
      return [at('out-of-range', say.outOfRange(subjectOf(path), relation, String(limit), String(actual)))];
    }
    case 'invalid_value':
      return [
        at(
          'invalid-value',
          say.exactly(
            subjectOf(path),
            issue.values.map((v) => JSON.stringify(v)),
            describeValue(actual, words),
          ),
        ),
      ];
    default:
      // Formats, custom checks and anything else carry the rule the schema states (schemaRule).
      return [
        at('invalid-value', say.breaks(subjectOf(path), ruleText(issue.message, words), actual === undefined ? undefined : describeValue(actual, words))),
      ];
  }
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
};
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The keys a strict object at `path` accepts, found by walking the schema alongside the data. */
function allowedKeys(root: z.ZodType, path: DocPath, data: unknown): string[] {
  let schema: z.ZodType | undefined = root;
  let node = data;
  for (let i = 0; i <= path.length && schema; i++) {
    schema = unwrap(schema, node);
    if (!schema) return [];
    if (i === path.length) break;
    const key = path[i]!;
    const def = defOf(schema);
    schema = def.type === 'object' ? def.shape?.[String(key)] : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
    node = valueAt(node, [key]);
  }
  const shape = schema ? defOf(schema).shape : undefined;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: z.ZodType, node: unknown): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (let guard = 0; current && guard < 10; guard++) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (def.type === 'union') current = def.options?.find((option) => option.safeParse(node).success) ?? pickObjectOption(def.options ?? [], node);
    else return current;
  }
  return current;
}

/** For a failing discriminated union, the member whose `type` matches the data's. */
function pickObjectOption(options: z.ZodType[], node: unknown): z.ZodType | undefined {
  const type = valueAt(node, ['type']);
  return options.find((option) => defOf(option).shape?.['type']?.safeParse(type).success) ?? options.find((o) => defOf(o).type === 'object');
}
