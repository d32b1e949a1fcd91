// Checks parsed data against a schema and turns each problem into a located finding with a plain message.
import type { z } from 'zod';
import type { Diagnostic, DocPath, Locator } from './diagnostics.js';
import { didYouMean } from './did-you-mean.js';
import type { Result } from './result.js';

export function validate<S extends z.ZodType>(schema: S, data: unknown, locator: Locator, file: string): Result<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data, diagnostics: [] };
  const diagnostics = result.error.issues.flatMap((issue) => describeIssue(issue, schema, data, locator, file));
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

/** How a value reads to a bank author: YAML words rather than JavaScript types. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  // YAML's own types, which a tag makes: named for what they are, not as maps.
  if (value instanceof Uint8Array) return 'binary data (a !!binary value)';
  if (value instanceof Date) return 'a date and time (a !!timestamp value; write a date as text, such as 2026-11-20)';
  if (value instanceof Set) return 'a set (a !!set value)';
  if (value instanceof Map) return 'an ordered map (a !!omap value)';
  if (typeof value === 'object') return 'a map of keys';
  if (typeof value === 'string') return `the text ${quoteText(value)}`;
  if (typeof value === 'boolean') return `${value} (a yes/no value)`;
  return `the number ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of keys',
  record: 'a map of keys',
};

function subject(path: DocPath): string {
  const last = path.at(-1);
  if (last === undefined) return 'the file';
  if (typeof last === 'number') return `item ${last + 1} of "${String(path.at(-2) ?? '')}"`;
  return `"${last}"`;
}

function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown, locator: Locator, file: string): Diagnostic[] {
  const path = issue.path as DocPath;
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
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        return [at('missing-key', `missing required key ${subject(path)} (${expected})`, path.slice(0, -1))];
      }
      const hint = issue.expected === 'string' && (typeof actual === 'boolean' || actual === null) ? '; put it in quotes to make it text' : '';
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return [at('wrong-type', `${subject(path)} must be ${expected}, not ${describeValue(actual)}${hint}`)];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path, data);
      return issue.keys.map((key) => at('unknown-key', `unknown key "${key}"${didYouMean(key, allowed)}`, [...path, key], 'key'));
    }
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (discriminator && options) {
        if (actual === undefined) return [at('missing-key', `missing required key "${discriminator}" (one of ${options.join(', ')})`, path.slice(0, -1))];
        const word = String(actual);
        return [
          at('invalid-value', `${subject(path)} must be one of ${options.join(', ')}, not ${describeValue(actual)}${didYouMean(word, options.map(String))}`),
        ];
      }
      // A value of the right type for one of the alternatives is judged by that alternative, whose findings
      // say exactly what is wrong inside it; any other value gets the union's own message.
      const branch = issue.errors.find((errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0));
      if (branch !== undefined)
        return branch.flatMap((inner) => describeIssue({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, schema, data, locator, file));
      return [at('wrong-type', `${subject(path)} ${issue.message}, not ${describeValue(actual)}`)];
    }
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'array') {
        return [
          at(
            'invalid-value',
            `${subject(path)} needs ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(limit)} item${Number(limit) === 1 ? '' : 's'}`,
          ),
        ];
      }
      if (issue.origin === 'string') return [at('invalid-value', `${subject(path)} must not be empty`)];
      const relation = issue.code === 'too_small' ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
      return [at('out-of-range', `${subject(path)} must be ${relation} ${String(limit)}, not ${String(actual)}`)];
    }
    case 'invalid_value':
      return [at('invalid-value', `${subject(path)} must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${describeValue(actual)}`)];
    default:
      // Formats, custom checks and anything else carry the message written in the schema.
      return [at('invalid-value', `${subject(path)} ${issue.message}${actual === undefined ? '' : `, not ${describeValue(actual)}`}`)];
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
