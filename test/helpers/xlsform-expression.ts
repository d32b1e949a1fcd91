// A small evaluator of the XLSForm (XPath 1.0) expression subset that `export --to xlsform` writes, for
// the tests: `${name}` and `.`, string and number literals, = != < <= > >=, and, or, parentheses, and
// the functions not(), selected(), count-selected(), string-length(), concat(), true(), false(). Values
// are held as an XLSForm form holds them: text, a select_multiple's chosen names joined by spaces, and
// "" for a blank. Anything else is a syntax error, so an expression the exporter should not write fails.

type Value = string | number | boolean;

interface Token {
  kind: 'ref' | 'string' | 'number' | 'name' | 'op' | '(' | ')' | ',' | 'dot';
  text: string;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const match =
      /^\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}/.exec(rest) ??
      /^'[^']*'/.exec(rest) ??
      /^"[^"]*"/.exec(rest) ??
      /^\d+(?:\.\d+)?/.exec(rest) ??
      /^(?:!=|<=|>=|=|<|>)/.exec(rest) ??
      /^[A-Za-z][A-Za-z-]*/.exec(rest) ??
      /^[(),.]/.exec(rest);
    if (!match) throw new SyntaxError(`unexpected ${JSON.stringify(rest.slice(0, 10))} in ${source}`);
    const text = match[0];
    const kind: Token['kind'] = text.startsWith('${')
      ? 'ref'
      : text.startsWith("'") || text.startsWith('"')
        ? 'string'
        : /^\d/.test(text)
          ? 'number'
          : /^[!<>=]/.test(text)
            ? 'op'
            : /^[A-Za-z]/.test(text)
              ? 'name'
              : text === '.'
                ? 'dot'
                : (text as '(' | ')' | ',');
    tokens.push({ kind, text: kind === 'ref' ? match[1]! : kind === 'string' ? text.slice(1, -1) : text });
    i += text.length;
  }
  return tokens;
}

type Node =
  | { kind: 'ref'; name: string }
  | { kind: 'dot' }
  | { kind: 'literal'; value: Value }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'binary'; op: string; left: Node; right: Node };

const FUNCTIONS = new Set(['not', 'selected', 'count-selected', 'string-length', 'concat', 'true', 'false']);

export function parseXlsformExpression(source: string): Node {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => {
    const token = tokens[at++];
    if (token === undefined) throw new SyntaxError(`unexpected end of ${source}`);
    return token;
  };
  const expect = (kind: Token['kind']) => {
    const token = next();
    if (token.kind !== kind) throw new SyntaxError(`expected ${kind}, found ${JSON.stringify(token.text)} in ${source}`);
    return token;
  };
  const or = (): Node => {
    let left = and();
    while (peek()?.kind === 'name' && peek()!.text === 'or') {
      next();
      left = { kind: 'binary', op: 'or', left, right: and() };
    }
    return left;
  };
  const and = (): Node => {
    let left = comparison();
    while (peek()?.kind === 'name' && peek()!.text === 'and') {
      next();
      left = { kind: 'binary', op: 'and', left, right: comparison() };
    }
    return left;
  };
  const comparison = (): Node => {
    const left = primary();
    if (peek()?.kind === 'op') return { kind: 'binary', op: next().text, left, right: primary() };
    return left;
  };
  const primary = (): Node => {
    const token = next();
    switch (token.kind) {
      case 'ref':
        return { kind: 'ref', name: token.text };
      case 'dot':
        return { kind: 'dot' };
      case 'string':
        return { kind: 'literal', value: token.text };
      case 'number':
        return { kind: 'literal', value: Number(token.text) };
      case '(': {
        const inner = or();
        expect(')');
        return inner;
      }
      case 'name': {
        if (!FUNCTIONS.has(token.text)) throw new SyntaxError(`unknown function ${token.text} in ${source}`);
        expect('(');
        const args: Node[] = [];
        if (peek()?.kind !== ')') {
          args.push(or());
          while (peek()?.kind === ',') {
            next();
            args.push(or());
          }
        }
        expect(')');
        return { kind: 'call', name: token.text, args };
      }
      default:
        throw new SyntaxError(`unexpected ${JSON.stringify(token.text)} in ${source}`);
    }
  };
  const node = or();
  if (at !== tokens.length) throw new SyntaxError(`unexpected ${JSON.stringify(tokens[at]!.text)} in ${source}`);
  return node;
}

const toNumber = (v: Value) => (typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : v.trim() === '' ? NaN : Number(v));
const toBoolean = (v: Value) => (typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 && !Number.isNaN(v) : v !== '');
const toText = (v: Value) => (typeof v === 'string' ? v : String(v));

/** Evaluates an expression; `values` gives each field's value ("" when blank), `self` the value of `.`. */
export function evaluateXlsform(source: string, values: (name: string) => string, self = ''): boolean {
  const run = (node: Node): Value => {
    switch (node.kind) {
      case 'ref':
        return values(node.name);
      case 'dot':
        return self;
      case 'literal':
        return node.value;
      case 'call': {
        const args = node.args.map(run);
        switch (node.name) {
          case 'not':
            return !toBoolean(args[0]!);
          case 'selected':
            return toText(args[0]!).split(' ').includes(toText(args[1]!));
          case 'count-selected':
            return toText(args[0]!)
              .split(' ')
              .filter((s) => s !== '').length;
          case 'string-length':
            return [...toText(args[0]!)].length;
          case 'concat':
            return args.map(toText).join('');
          case 'true':
            return true;
          default:
            return false;
        }
      }
      case 'binary': {
        if (node.op === 'and') return toBoolean(run(node.left)) && toBoolean(run(node.right));
        if (node.op === 'or') return toBoolean(run(node.left)) || toBoolean(run(node.right));
        const [left, right] = [run(node.left), run(node.right)];
        // XPath 1.0: = and != compare as numbers when either side is a number, else as text; < and > always as numbers.
        if ((node.op === '=' || node.op === '!=') && typeof left !== 'number' && typeof right !== 'number') {
          return node.op === '=' ? toText(left) === toText(right) : toText(left) !== toText(right);
        }
        const [a, b] = [toNumber(left), toNumber(right)];
        switch (node.op) {
          case '=':
            return a === b;
          case '!=':
            return a !== b;
          case '<':
            return a < b;
          case '<=':
            return a <= b;
          case '>':
            return a > b;
          default:
            return a >= b;
        }
      }
    }
  };
  return toBoolean(run(parseXlsformExpression(source)));
}
