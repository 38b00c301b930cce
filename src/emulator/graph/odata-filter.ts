/**
 * A small OData `$filter` parser and evaluator for the subset Graph supports on list items
 * (listitem-list: "eq, ne, lt, gt, le, ge, and startswith"), combined with `and`, `or`, `not` and
 * parentheses. The grammar, lowest precedence first:
 *
 *   expr       := andExpr ('or' andExpr)*
 *   andExpr    := unary ('and' unary)*
 *   unary      := 'not' unary | primary
 *   primary    := '(' expr ')' | startswith ['eq' bool] | operand op operand
 *   startswith := 'startswith' '(' path ',' string ')'
 *   operand    := path | string | number | true | false | null | datetime
 */

export type ComparisonOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type LiteralType = 'string' | 'number' | 'boolean' | 'null' | 'datetime';

export type Literal = {
  readonly kind: 'literal';
  readonly type: LiteralType;
  readonly value: string | number | boolean | null;
};

export type PathRef = { readonly kind: 'path'; readonly path: string };

export type FilterExpr =
  | {
      readonly kind: 'compare';
      readonly op: ComparisonOp;
      readonly path: PathRef;
      readonly value: Literal;
    }
  | { readonly kind: 'startswith'; readonly path: PathRef; readonly prefix: string }
  | { readonly kind: 'and' | 'or'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'not'; readonly operand: FilterExpr };

export class FilterSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

type Token =
  | { readonly t: 'word'; readonly v: string }
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'datetime'; readonly v: string }
  | { readonly t: '(' | ')' | ',' };

const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_./]*/;

function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (;;) {
    const ch = text[i];
    if (ch === undefined) throw new FilterSyntaxError('Unterminated string literal');
    if (ch === "'") {
      // OData escapes a quote inside a string by doubling it.
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += ch;
    i++;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: ch });
      i++;
      continue;
    }
    if (ch === "'") {
      const { value, end } = readQuoted(text, i);
      tokens.push({ t: 'string', v: value });
      i = end;
      continue;
    }
    const rest = text.slice(i);
    // OData v3 style `datetime'2026-01-01T00:00:00Z'` (SharePoint REST accepts it).
    const typed = /^datetime'/i.exec(rest);
    if (typed !== null) {
      const { value, end } = readQuoted(text, i + typed[0].length - 1);
      tokens.push({ t: 'datetime', v: value });
      i = end;
      continue;
    }
    const date = DATETIME.exec(rest);
    if (date !== null) {
      tokens.push({ t: 'datetime', v: date[0] });
      i += date[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num !== null) {
      tokens.push({ t: 'number', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word !== null) {
      tokens.push({ t: 'word', v: word[0] });
      i += word[0].length;
      continue;
    }
    throw new FilterSyntaxError(`Unexpected character '${ch}' at position ${i}`);
  }
  return tokens;
}

const OPS: readonly ComparisonOp[] = ['eq', 'ne', 'lt', 'gt', 'le', 'ge'];
const FLIPPED: Readonly<Record<ComparisonOp, ComparisonOp>> = {
  eq: 'eq',
  ne: 'ne',
  lt: 'gt',
  gt: 'lt',
  le: 'ge',
  ge: 'le',
};
const KEYWORD_LITERALS: Readonly<Record<string, Literal>> = {
  true: { kind: 'literal', type: 'boolean', value: true },
  false: { kind: 'literal', type: 'boolean', value: false },
  null: { kind: 'literal', type: 'null', value: null },
};

class Parser {
  private pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): FilterExpr {
    const expr = this.orExpr();
    if (this.pos < this.tokens.length) throw new FilterSyntaxError('Unexpected trailing input');
    return expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isWord(value: string): boolean {
    const token = this.peek();
    return token?.t === 'word' && token.v.toLowerCase() === value;
  }

  private expect(t: '(' | ')' | ','): void {
    if (this.peek()?.t !== t) throw new FilterSyntaxError(`Expected '${t}'`);
    this.pos++;
  }

  private orExpr(): FilterExpr {
    let left = this.andExpr();
    while (this.isWord('or')) {
      this.pos++;
      left = { kind: 'or', left, right: this.andExpr() };
    }
    return left;
  }

  private andExpr(): FilterExpr {
    let left = this.unary();
    while (this.isWord('and')) {
      this.pos++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterExpr {
    if (this.isWord('not')) {
      this.pos++;
      return { kind: 'not', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): FilterExpr {
    const token = this.peek();
    if (token === undefined) throw new FilterSyntaxError('Unexpected end of filter');
    if (token.t === '(') {
      this.pos++;
      const inner = this.orExpr();
      this.expect(')');
      return inner;
    }
    if (token.t === 'word' && token.v.toLowerCase() === 'startswith') {
      return this.startsWith();
    }
    const left = this.operand();
    const opToken = this.peek();
    const op = opToken?.t === 'word' ? (opToken.v.toLowerCase() as ComparisonOp) : undefined;
    if (op === undefined || !OPS.includes(op)) throw new FilterSyntaxError('Expected a comparison');
    this.pos++;
    const right = this.operand();
    if (left.kind === 'path' && right.kind === 'literal') {
      return { kind: 'compare', op, path: left, value: right };
    }
    if (left.kind === 'literal' && right.kind === 'path') {
      return { kind: 'compare', op: FLIPPED[op], path: right, value: left };
    }
    throw new FilterSyntaxError('A comparison needs one field and one literal');
  }

  private startsWith(): FilterExpr {
    this.pos++;
    this.expect('(');
    const path = this.operand();
    this.expect(',');
    const prefix = this.operand();
    this.expect(')');
    if (path.kind !== 'path' || prefix.kind !== 'literal' || prefix.type !== 'string') {
      throw new FilterSyntaxError('startswith takes a field and a string');
    }
    const expr: FilterExpr = { kind: 'startswith', path, prefix: String(prefix.value) };
    // `startswith(...) eq true` is the long form of the same test.
    if (this.isWord('eq') || this.isWord('ne')) {
      const negate = this.isWord('ne');
      this.pos++;
      const value = this.operand();
      if (value.kind !== 'literal' || value.type !== 'boolean') {
        throw new FilterSyntaxError('startswith compares to true or false');
      }
      return value.value === !negate ? expr : { kind: 'not', operand: expr };
    }
    return expr;
  }

  private operand(): PathRef | Literal {
    const token = this.peek();
    if (token === undefined) throw new FilterSyntaxError('Unexpected end of filter');
    this.pos++;
    switch (token.t) {
      case 'string':
        return { kind: 'literal', type: 'string', value: token.v };
      case 'number':
        return { kind: 'literal', type: 'number', value: token.v };
      case 'datetime':
        return { kind: 'literal', type: 'datetime', value: token.v };
      case 'word': {
        const keyword = KEYWORD_LITERALS[token.v.toLowerCase()];
        if (keyword !== undefined) return keyword;
        if (['and', 'or', 'not', ...OPS].includes(token.v.toLowerCase())) {
          throw new FilterSyntaxError(`Unexpected keyword '${token.v}'`);
        }
        return { kind: 'path', path: token.v };
      }
      default:
        throw new FilterSyntaxError(`Unexpected '${token.t}'`);
    }
  }
}

export function parseFilter(text: string): FilterExpr {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new FilterSyntaxError('Empty filter');
  return new Parser(tokens).parse();
}

/** Every field path the expression references, in order of appearance. */
export function filterPaths(expr: FilterExpr): string[] {
  switch (expr.kind) {
    case 'compare':
    case 'startswith':
      return [expr.path.path];
    case 'not':
      return filterPaths(expr.operand);
    default:
      return [...filterPaths(expr.left), ...filterPaths(expr.right)];
  }
}

/** How a field's values compare. */
export type ValueType = 'text' | 'number' | 'boolean' | 'datetime';

export type ResolvedValue = { readonly value: unknown; readonly type: ValueType };

/** A field value as text, for comparisons (objects as JSON, never `[object Object]`). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined || value === null) return '';
  return JSON.stringify(value);
}

function toComparable(raw: unknown, type: ValueType): string | number | boolean | undefined {
  if (raw === null || raw === undefined) return undefined;
  switch (type) {
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(raw);
      return Number.isNaN(n) ? undefined : n;
    }
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 1 || raw === '1' || raw === 'true') return true;
      if (raw === 0 || raw === '0' || raw === 'false') return false;
      return undefined;
    case 'datetime': {
      const text = textOf(raw);
      // A bare date or a time without zone is taken as UTC, as Graph does for filter literals.
      const iso = /Z|[+-]\d{2}:\d{2}$/.test(text)
        ? text
        : text.length === 10
          ? `${text}T00:00:00Z`
          : `${text}Z`;
      const ms = Date.parse(iso);
      return Number.isNaN(ms) ? undefined : ms;
    }
    default:
      // SharePoint compares text case-insensitively (its SQL collation is case-insensitive).
      return textOf(raw).toLowerCase();
  }
}

function compare(
  op: ComparisonOp,
  a: string | number | boolean,
  b: string | number | boolean,
): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'lt':
      return a < b;
    case 'gt':
      return a > b;
    case 'le':
      return a <= b;
    default:
      return a >= b;
  }
}

/** Evaluates an expression against one row; `resolve` supplies each path's value and type. */
export function evaluateFilter(
  expr: FilterExpr,
  resolve: (path: string) => ResolvedValue,
): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluateFilter(expr.left, resolve) && evaluateFilter(expr.right, resolve);
    case 'or':
      return evaluateFilter(expr.left, resolve) || evaluateFilter(expr.right, resolve);
    case 'not':
      return !evaluateFilter(expr.operand, resolve);
    case 'startswith': {
      const { value } = resolve(expr.path.path);
      if (value === null || value === undefined) return false;
      return textOf(value).toLowerCase().startsWith(expr.prefix.toLowerCase());
    }
    case 'compare': {
      const { value, type } = resolve(expr.path.path);
      if (expr.value.type === 'null') {
        const isNull = value === null || value === undefined || value === '';
        return expr.op === 'eq' ? isNull : expr.op === 'ne' ? !isNull : false;
      }
      const left = toComparable(value, type);
      const right = toComparable(expr.value.value, type);
      // Like SQL, a comparison with an empty field is not true (an empty field is not 'ne' x).
      if (left === undefined || right === undefined) return false;
      return compare(expr.op, left, right);
    }
  }
}
