// Reads arXiv's search_query syntax into a QueryNode, refusing everything arXiv would accept
// but silently read differently from what the writer meant (lower-case "and", juxtaposed words,
// unary NOT…).
//
// Precedence: like arXiv, none. Operators bind left to right, so `a OR b AND c` means
// `(a OR b) AND c`. A run of the same operator becomes one n-ary node (`a AND b AND c`);
// an explicit parenthesised group stays a node of its own, which keeps parse(render(x)) = x.
import { QUERY_FIELDS, type QueryField, type QueryNode } from "./query-ast";

export const MAX_QUERY_LENGTH = 2000;

/** A query that cannot be read, with where (0-based character index) the problem is. */
export class QuerySyntaxError extends Error {
  override readonly name = "QuerySyntaxError";
  constructor(
    /** The problem in words, without the position. */
    readonly reason: string,
    /** 0-based index into the query text. */
    readonly position: number,
  ) {
    super(`${reason} (at character ${position + 1})`);
  }
}

type Operator = "AND" | "OR" | "ANDNOT";
type Token =
  | { type: "("; pos: number }
  | { type: ")"; pos: number }
  | { type: "op"; op: Operator; pos: number }
  | { type: "term"; node: QueryNode; pos: number };

const OPERATORS: ReadonlySet<string> = new Set(["AND", "OR", "ANDNOT"]);
const OPERATOR_LOOKALIKES = /^(and|or|not|andnot)$/i;
const FIELD_SET: ReadonlySet<string> = new Set(QUERY_FIELDS);
// Characters that end a bare word. Quotes and brackets are refused inside words below.
const WORD_END = /[\s()"]/;
const PREFIX = /^([A-Za-z][A-Za-z0-9_]*):/;

/**
 * Why a bare (unquoted) value cannot be written as it is, or null when it can.
 * Shared with the renderer so that everything it writes reads back the same.
 */
export function bareWordProblem(word: string): string | null {
  if (word === "") return "empty word";
  if (/[\s()"]/.test(word)) return `"${word}" contains a space, parenthesis or quote; quote it as a phrase`;
  if (word.includes(":")) return `":" may only follow a field prefix (${QUERY_FIELDS.join(" ")}); quote a phrase that contains ":"`;
  if (/[[\]{}]/.test(word)) return `brackets are only allowed in submittedDate:[… TO …]`;
  return null;
}

/**
 * Why `YYYYMMDDHHMM` is not a real GMT minute, or null when it is. arXiv does not complain
 * about 20240231, it just finds nothing, so the calendar is checked here.
 */
export function arxivMinuteProblem(s: string): string | null {
  if (!/^\d{12}$/.test(s)) return `"${s}" is not a date written YYYYMMDDHHMM (12 digits, GMT)`;
  const y = Number(s.slice(0, 4));
  const mo = Number(s.slice(4, 6));
  const d = Number(s.slice(6, 8));
  const h = Number(s.slice(8, 10));
  const mi = Number(s.slice(10, 12));
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12) return `"${s}" has month ${mo}`;
  if (d < 1 || d > daysInMonth) return `"${s}" has day ${d}, but that month has ${daysInMonth} days`;
  if (h > 23 || mi > 59) return `"${s}" has time ${s.slice(8, 10)}:${s.slice(10, 12)}`;
  return null;
}

/** Why a submittedDate range is unusable, or null. Both ends are inclusive. */
export function submittedDateRangeProblem(from: string, to: string): string | null {
  const problem = arxivMinuteProblem(from) ?? arxivMinuteProblem(to);
  if (problem) return problem;
  if (from > to) return `submittedDate range is reversed: ${from} is after ${to}`;
  return null;
}

function fail(reason: string, pos: number): never {
  throw new QuerySyntaxError(reason, pos);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;

  const readPhrase = (field: QueryField, quoteAt: number, termStart: number): void => {
    const close = text.indexOf('"', quoteAt + 1);
    if (close < 0) fail('phrase is not closed: add the missing "', quoteAt);
    const value = text.slice(quoteAt + 1, close);
    if (value.trim() === "") fail("empty phrase: write something between the quotes", quoteAt);
    i = close + 1;
    if (i < text.length && !/[\s()]/.test(text[i]!)) {
      fail("a phrase must be followed by a space, a parenthesis or the end", i);
    }
    tokens.push({ type: "term", node: { kind: "term", field, value, phrase: true }, pos: termStart });
  };

  const readWord = (from: number): string => {
    let end = from;
    while (end < text.length && !WORD_END.test(text[end]!)) end++;
    if (text[end] === '"') fail("a quote cannot start inside a word; put a space before it", end);
    i = end;
    return text.slice(from, end);
  };

  const readDateRange = (start: number, bracketAt: number): void => {
    if (text[bracketAt] !== "[") fail("submittedDate must be followed by [YYYYMMDDHHMM TO YYYYMMDDHHMM]", bracketAt);
    const close = text.indexOf("]", bracketAt);
    if (close < 0) fail('submittedDate range is not closed: add the missing "]"', bracketAt);
    const m = /^\s*(\S+)\s+TO\s+(\S+)\s*$/.exec(text.slice(bracketAt + 1, close));
    if (!m) fail("submittedDate range must read [YYYYMMDDHHMM TO YYYYMMDDHHMM] with TO in upper case", bracketAt);
    const [, from = "", to = ""] = m;
    const problem = submittedDateRangeProblem(from, to);
    if (problem) fail(problem, bracketAt);
    i = close + 1;
    tokens.push({ type: "term", node: { kind: "submittedDate", from, to }, pos: start });
  };

  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "(" || c === ")") {
      tokens.push(c === "(" ? { type: "(", pos: i++ } : { type: ")", pos: i++ });
    } else if (c === '"') {
      readPhrase("all", i, i);
    } else {
      const start = i;
      const prefix = PREFIX.exec(text.slice(i, i + 40));
      if (prefix) {
        const name = prefix[1]!;
        const valueAt = i + prefix[0].length;
        if (name === "submittedDate") {
          readDateRange(start, valueAt);
          continue;
        }
        if (name === "lastUpdatedDate") fail("lastUpdatedDate cannot filter in arXiv (it only sorts); use submittedDate", start);
        if (!FIELD_SET.has(name)) {
          const hint = FIELD_SET.has(name.toLowerCase()) ? "; prefixes are lower case" : "";
          fail(`unknown prefix "${name}:" (known: ${QUERY_FIELDS.join(" ")} submittedDate)${hint}`, start);
        }
        const field = name as QueryField;
        const next = text[valueAt];
        if (next === '"') {
          readPhrase(field, valueAt, start);
          continue;
        }
        if (next === undefined || /[\s()]/.test(next)) fail(`"${name}:" must be followed by a word or a quoted phrase`, start);
        const value = readWord(valueAt);
        const problem = bareWordProblem(value);
        if (problem) fail(problem, valueAt);
        tokens.push({ type: "term", node: { kind: "term", field, value, phrase: false }, pos: start });
        continue;
      }
      const word = readWord(i);
      if (OPERATORS.has(word)) {
        tokens.push({ type: "op", op: word as Operator, pos: start });
      } else if (word === "NOT") {
        fail("arXiv has no NOT; write `a ANDNOT b`", start);
      } else if (OPERATOR_LOOKALIKES.test(word)) {
        fail(
          `"${word}" is not an operator: arXiv only knows upper-case AND, OR, ANDNOT and would ` +
            `search for the word "${word}". Write it in upper case, or quote it to search for the word`,
          start,
        );
      } else {
        const problem = bareWordProblem(word);
        if (problem) fail(problem, start);
        tokens.push({ type: "term", node: { kind: "term", field: "all", value: word, phrase: false }, pos: start });
      }
    }
  }
  return tokens;
}

/** Parses arXiv search_query text. Throws `QuerySyntaxError`. */
export function parseQuery(text: string): QueryNode {
  if (text.length > MAX_QUERY_LENGTH) {
    throw new QuerySyntaxError(`query is ${text.length} characters long; the limit is ${MAX_QUERY_LENGTH}`, MAX_QUERY_LENGTH);
  }
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new QuerySyntaxError("empty query", 0);
  let k = 0;

  const parsePrimary = (): QueryNode => {
    const t = tokens[k];
    if (!t) throw new QuerySyntaxError("the query ends with an operator that has nothing on its right", text.length);
    if (t.type === "term") {
      k++;
      return t.node;
    }
    if (t.type === "(") {
      k++;
      if (tokens[k]?.type === ")") throw new QuerySyntaxError("empty parentheses", t.pos);
      const inner = parseChain();
      if (tokens[k]?.type !== ")") throw new QuerySyntaxError('unbalanced parenthesis: this "(" is never closed', t.pos);
      k++;
      return inner;
    }
    if (t.type === ")") throw new QuerySyntaxError('unbalanced parenthesis: this ")" has no matching "("', t.pos);
    if (t.op === "ANDNOT" && (k === 0 || tokens[k - 1]?.type === "(")) {
      throw new QuerySyntaxError("ANDNOT needs something on its left: arXiv has no unary NOT", t.pos);
    }
    const prev = tokens[k - 1];
    throw new QuerySyntaxError(
      prev?.type === "op" ? `two operators in a row: ${prev.op} ${t.op}` : `${t.op} needs something on its left`,
      t.pos,
    );
  };

  const parseChain = (): QueryNode => {
    let left = parsePrimary();
    let openChain: "and" | "or" | null = null; // an n-ary node built here that may still grow
    for (;;) {
      const t = tokens[k];
      if (!t || t.type === ")") return left;
      if (t.type !== "op") {
        throw new QuerySyntaxError(
          "missing operator: write AND or OR between terms, or put a phrase in double quotes",
          t.pos,
        );
      }
      k++;
      const right = parsePrimary();
      if (t.op === "ANDNOT") {
        left = { kind: "andnot", left, right };
        openChain = null;
      } else {
        const kind = t.op === "AND" ? "and" : "or";
        if (openChain === kind && left.kind === kind) left.operands.push(right);
        else left = { kind, operands: [left, right] };
        openChain = kind;
      }
    }
  };

  const node = parseChain();
  const rest = tokens[k];
  if (rest) throw new QuerySyntaxError('unbalanced parenthesis: this ")" has no matching "("', rest.pos);
  return node;
}
