import { describe, expect, it } from "vitest";
import { parseMonthKey } from "@/lib/calendar/months";
import type { QueryNode } from "./query-ast";
import {
  MAX_QUERY_LENGTH,
  QuerySyntaxError,
  countMonthQuery,
  describeQuery,
  parseQuery,
  parseTopicQuery,
  renderQuery,
  topicQueryProblem,
  withSubmittedDate,
} from "./query";
import { searchUrl } from "./search-url";

const term = (field: string, value: string, phrase = false) => ({ kind: "term", field, value, phrase }) as QueryNode;

function syntaxError(text: string): QuerySyntaxError {
  try {
    parseQuery(text);
  } catch (e) {
    if (e instanceof QuerySyntaxError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe("parseQuery", () => {
  it("reads a bare word as all:", () => {
    expect(parseQuery("transformer")).toEqual(term("all", "transformer"));
  });

  it("reads every field prefix", () => {
    for (const field of ["ti", "au", "abs", "co", "jr", "cat", "rn", "id", "all"]) {
      expect(parseQuery(`${field}:x`)).toEqual(term(field, "x"));
    }
  });

  it("reads phrases, with and without a prefix", () => {
    expect(parseQuery('abs:"large language model"')).toEqual(term("abs", "large language model", true));
    expect(parseQuery('"deep dream"')).toEqual(term("all", "deep dream", true));
  });

  it("reads the example from arXiv's manual", () => {
    expect(parseQuery('(abs:"large language model" OR ti:LLM) AND cat:cs.CL')).toEqual({
      kind: "and",
      operands: [{ kind: "or", operands: [term("abs", "large language model", true), term("ti", "LLM")] }, term("cat", "cs.CL")],
    });
  });

  it("binds operators left to right, like arXiv", () => {
    expect(parseQuery("a OR b AND c")).toEqual({
      kind: "and",
      operands: [{ kind: "or", operands: [term("all", "a"), term("all", "b")] }, term("all", "c")],
    });
    expect(parseQuery("a AND b OR c")).toEqual({
      kind: "or",
      operands: [{ kind: "and", operands: [term("all", "a"), term("all", "b")] }, term("all", "c")],
    });
    expect(parseQuery("a ANDNOT b ANDNOT c")).toEqual({
      kind: "andnot",
      left: { kind: "andnot", left: term("all", "a"), right: term("all", "b") },
      right: term("all", "c"),
    });
  });

  it("flattens a run of one operator but keeps explicit groups", () => {
    expect(parseQuery("a AND b AND c")).toEqual({ kind: "and", operands: [term("all", "a"), term("all", "b"), term("all", "c")] });
    expect(parseQuery("(a AND b) AND c")).toEqual({
      kind: "and",
      operands: [{ kind: "and", operands: [term("all", "a"), term("all", "b")] }, term("all", "c")],
    });
    expect(parseQuery("((cat:cs.CL))")).toEqual(term("cat", "cs.CL"));
  });

  it("reads a submittedDate range", () => {
    expect(parseQuery("cat:cs.LG AND submittedDate:[202401010000 TO 202401312359]")).toEqual({
      kind: "and",
      operands: [term("cat", "cs.LG"), { kind: "submittedDate", from: "202401010000", to: "202401312359" }],
    });
  });

  it("keeps words with hyphens, dots and slashes", () => {
    expect(parseQuery("id:astro-ph/0601001 OR ti:pre-training")).toEqual({
      kind: "or",
      operands: [term("id", "astro-ph/0601001"), term("ti", "pre-training")],
    });
  });

  it("keeps prefixed operator-like words and quoted ones as words", () => {
    expect(parseQuery("ti:and")).toEqual(term("ti", "and"));
    expect(parseQuery('"or"')).toEqual(term("all", "or", true));
  });

  const refusals: Array<[string, string, RegExp, number]> = [
    ["unclosed (", "(a OR b", /never closed/, 0],
    ["stray )", "a OR b)", /no matching "\("/, 6],
    ["empty ()", "a AND ()", /empty parentheses/, 6],
    ["unknown prefix", "xx:foo", /unknown prefix "xx:"/, 0],
    ["upper-case prefix", "TI:foo", /lower case/, 0],
    ["lastUpdatedDate", "lastUpdatedDate:[202401010000 TO 202401312359]", /only sorts/, 0],
    ["empty phrase", 'ti:""', /empty phrase/, 3],
    ["blank phrase", 'a AND "  "', /empty phrase/, 6],
    ["unclosed phrase", 'ti:"large model', /not closed/, 3],
    ["lower-case and", "ti:a and ti:b", /"and" is not an operator/, 5],
    ["lower-case or", "ti:a or ti:b", /"or" is not an operator/, 5],
    ["lower-case not", "ti:a not ti:b", /"not" is not an operator/, 5],
    ["mixed-case AndNot", "ti:a AndNot ti:b", /"AndNot" is not an operator/, 5],
    ["dangling AND", "ti:a AND", /nothing on its right/, 8],
    ["leading OR", "OR ti:a", /OR needs something on its left/, 0],
    ["two operators", "ti:a AND OR ti:b", /two operators in a row/, 9],
    ["operator before )", "(ti:a AND) OR b", /no matching|unbalanced/, 9],
    ["unary NOT", "NOT ti:a", /no NOT/, 0],
    ["unary ANDNOT", "ANDNOT ti:a", /no unary NOT/, 0],
    ["unary ANDNOT in group", "a AND (ANDNOT b)", /no unary NOT/, 7],
    ["missing operator", "ti:large language", /missing operator/, 9],
    ["prefix without value", "ti: foo", /must be followed/, 0],
    ["colon in value", "ti:foo:bar", /":" may only follow/, 3],
    ["date not 12 digits", "submittedDate:[2024010100 TO 202401312359]", /12 digits/, 14],
    ["date bad month", "submittedDate:[202413010000 TO 202412312359]", /month 13/, 14],
    ["date bad day", "submittedDate:[202402300000 TO 202402302359]", /29 days/, 14],
    ["date reversed", "submittedDate:[202402010000 TO 202401010000]", /reversed/, 14],
    ["date lower-case to", "submittedDate:[202401010000 to 202401312359]", /TO in upper case/, 14],
    ["date unclosed", "submittedDate:[202401010000 TO 202401312359", /not closed/, 14],
    ["date without brackets", "submittedDate:202401010000", /must be followed by \[/, 14],
    ["empty query", "   ", /empty query/, 0],
  ];
  it.each(refusals)("refuses %s", (_name, text, message, position) => {
    const e = syntaxError(text);
    expect(e.reason).toMatch(message);
    expect(e.position).toBe(position);
    expect(e.message).toContain(`at character ${position + 1}`);
  });

  it("refuses a query over MAX_QUERY_LENGTH (2000) characters", () => {
    expect(MAX_QUERY_LENGTH).toBe(2000);
    const long = Array.from({ length: 400 }, (_, i) => `ti:w${i}`).join(" OR ");
    expect(long.length).toBeGreaterThan(MAX_QUERY_LENGTH);
    expect(syntaxError(long).reason).toMatch(/limit is 2000/);
  });
});

describe("renderQuery", () => {
  it("writes the canonical form: prefixes, quotes, parentheses around every group", () => {
    expect(renderQuery(parseQuery('(abs:"large language model" OR ti:LLM) AND cat:cs.CL'))).toBe(
      '(abs:"large language model" OR ti:LLM) AND cat:cs.CL',
    );
    expect(renderQuery(parseQuery("a OR b AND c"))).toBe("(all:a OR all:b) AND all:c");
    expect(renderQuery(parseQuery("a ANDNOT (b OR c)"))).toBe("all:a ANDNOT (all:b OR all:c)");
    expect(renderQuery(parseQuery("a ANDNOT b ANDNOT c"))).toBe("(all:a ANDNOT all:b) ANDNOT all:c");
  });

  const samples = [
    "transformer",
    '"deep dream"',
    '(abs:"large language model" OR ti:LLM) AND cat:cs.CL',
    "a OR b AND c ANDNOT d",
    "(a AND b) AND (c OR (d ANDNOT e))",
    "ti:x AND submittedDate:[202402290000 TO 202402292359]",
    'au:"de With" OR id:astro-ph/0601001',
  ];
  it.each(samples)("reads back what it writes: %s", (text) => {
    const node = parseQuery(text);
    expect(parseQuery(renderQuery(node))).toEqual(node);
  });

  it("refuses trees that would not read back", () => {
    expect(() => renderQuery({ kind: "and", operands: [term("ti", "a")] })).toThrow(TypeError);
    expect(() => renderQuery(term("ti", "two words"))).toThrow(TypeError);
    expect(() => renderQuery(term("ti", 'say "hi"', true))).toThrow(TypeError);
  });
});

describe("withSubmittedDate and countMonthQuery", () => {
  it("ANDs the range, extending an AND chain", () => {
    const q = parseQuery("cat:cs.CL AND ti:LLM");
    expect(renderQuery(withSubmittedDate(q, { from: "202401010000", to: "202401312359" }))).toBe(
      "cat:cs.CL AND ti:LLM AND submittedDate:[202401010000 TO 202401312359]",
    );
  });

  it("parenthesises an OR before the range", () => {
    const q = parseQuery("ti:LLM OR ti:GPT");
    expect(renderQuery(countMonthQuery(q, parseMonthKey("2024-02")))).toBe(
      "(ti:LLM OR ti:GPT) AND submittedDate:[202402010000 TO 202402292359]",
    );
  });

  it("refuses a reversed range", () => {
    expect(() => withSubmittedDate(parseQuery("a"), { from: "202402010000", to: "202401010000" })).toThrow(RangeError);
  });
});

describe("topic queries", () => {
  it("accepts a plain topic query", () => {
    expect(topicQueryProblem(parseQuery('abs:"mixture of experts" AND cat:cs.LG'))).toBeNull();
  });

  it("refuses a submittedDate anywhere, pointing at it", () => {
    expect(() => parseTopicQuery("submittedDate:[202401010000 TO 202401312359]")).toThrow(QuerySyntaxError);
    try {
      parseTopicQuery("ti:LLM AND (cat:cs.CL OR submittedDate:[202401010000 TO 202401312359])");
    } catch (e) {
      expect(e).toBeInstanceOf(QuerySyntaxError);
      expect((e as QuerySyntaxError).position).toBe(25);
      expect((e as QuerySyntaxError).reason).toMatch(/adds each month's range itself/);
    }
    expect.assertions(4);
  });

  it("refuses a query with no room left for the month range", () => {
    let text = "ti:w0";
    for (let i = 1; text.length < MAX_QUERY_LENGTH - 50; i++) text += ` OR ti:w${i}`;
    expect(text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(text.length).toBeGreaterThan(MAX_QUERY_LENGTH - 60);
    expect(() => parseTopicQuery(text)).toThrow(/leaving room for the date range/);
  });
});

describe("describeQuery", () => {
  it("says it in words", () => {
    expect(describeQuery(parseQuery('(abs:"large language model" OR ti:LLM) AND cat:cs.CL ANDNOT au:Smith'))).toBe(
      '((abstract mentions "large language model" or title mentions LLM) and category is cs.CL) but not author matches Smith',
    );
    expect(describeQuery(countMonthQuery(parseQuery("ti:x"), parseMonthKey("2024-01")))).toBe(
      "title mentions x and first submitted between 2024-01-01 00:00 and 2024-01-31 23:59 GMT",
    );
  });
});

describe("searchUrl", () => {
  it("encodes phrases, parentheses and a date range with URLSearchParams", () => {
    const query = countMonthQuery(parseQuery('abs:"large language model" OR ti:LLM'), parseMonthKey("2024-01"));
    expect(searchUrl("https://export.arxiv.org/api/query", { query, start: 0, maxResults: 1 })).toBe(
      "https://export.arxiv.org/api/query?search_query=" +
        "%28abs%3A%22large+language+model%22+OR+ti%3ALLM%29+AND+submittedDate%3A%5B202401010000+TO+202401312359%5D" +
        "&start=0&max_results=1&sortBy=relevance&sortOrder=descending",
    );
  });

  it("decodes back to the rendered query", () => {
    const query = parseQuery('(ti:"a b" OR abs:c) ANDNOT cat:hep-th');
    const url = new URL(searchUrl("http://127.0.0.1:4010/api/query", { query, start: 100, maxResults: 100, sortBy: "submittedDate" }));
    expect(url.searchParams.get("search_query")).toBe(renderQuery(query));
    expect(url.searchParams.get("start")).toBe("100");
    expect(url.searchParams.get("sortBy")).toBe("submittedDate");
  });

  it("refuses pages arXiv would not serve", () => {
    const query = parseQuery("a");
    expect(() => searchUrl("https://export.arxiv.org/api/query", { query, maxResults: 2001 })).toThrow(RangeError);
    expect(() => searchUrl("https://export.arxiv.org/api/query", { query, maxResults: 0 })).toThrow(RangeError);
    expect(() => searchUrl("https://export.arxiv.org/api/query", { query, start: 29_990, maxResults: 20 })).toThrow(RangeError);
  });
});
