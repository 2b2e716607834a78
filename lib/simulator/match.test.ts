import { describe, expect, it } from "vitest";
import type { QueryField, QueryNode } from "../arxiv/query-ast";
import { foldSummary, loadCorpus, normalizeWords } from "./corpus";
import { arxivTimeToMs, compileQuery, termMatches } from "./match";

const term = (field: QueryField, value: string, phrase = false): QueryNode => ({ kind: "term", field, value, phrase });
const count = (m: Uint8Array) => m.reduce((s, v) => s + v, 0);
const corpus = loadCorpus();
const indexOf = (realId: string) => corpus.findIndex((p) => p.realId === realId);

describe("query matching over the corpus", () => {
  it("normalises words: case, punctuation and accents", () => {
    expect(normalizeWords("Chapter-Llama: Efficient  LLMs!")).toBe(" chapter llama efficient llms ");
    expect(normalizeWords("Gül Varol")).toBe(" gul varol ");
  });

  it("folds hard-wrapped abstracts into one line but keeps paragraph breaks", () => {
    expect(foldSummary("one\ntwo three\nfour.\n  Next para\ngoes on.\n")).toBe("one two three four.\n  Next para goes on.");
  });

  it("matches whole words, not substrings, case-insensitively", () => {
    const i = indexOf("2504.00031"); // "Leaking LoRa: An Evaluation of Password Leaks …"
    expect(termMatches("ti", "LoRa")[i]).toBe(1);
    expect(termMatches("ti", "lora")[i]).toBe(1);
    expect(termMatches("ti", "lor")[i]).toBe(0);
    expect(termMatches("ti", "lor*")[i]).toBe(1);
  });

  it("matches a phrase only as consecutive words", () => {
    const phrase = count(termMatches("abs", "large language model"));
    const words = compileQuery({ kind: "and", operands: [term("abs", "large"), term("abs", "language"), term("abs", "model")] });
    expect(phrase).toBeGreaterThan(50);
    expect(count(words.textMatches!)).toBeGreaterThan(phrase);
  });

  it("keeps author phrases inside one author", () => {
    const i = indexOf("2504.00072"); // Lucas Ventura, Antoine Yang, Cordelia Schmid, Gül Varol
    expect(termMatches("au", "Cordelia Schmid")[i]).toBe(1);
    expect(termMatches("au", "Varol")[i]).toBe(1);
    expect(termMatches("au", "Gul Varol")[i]).toBe(1);
    expect(termMatches("au", "Yang Cordelia")[i]).toBe(0);
  });

  it("matches categories exactly or by prefix, in any position", () => {
    const i = indexOf("2504.00031"); // cs.CR, cs.AI, cs.CL
    expect(termMatches("cat", "cs.CL")[i]).toBe(1);
    expect(termMatches("cat", "cs.C")[i]).toBe(0);
    expect(termMatches("cat", "cs.*")[i]).toBe(1);
    const cs = count(termMatches("cat", "cs.*"));
    const cv = count(termMatches("cat", "cs.CV"));
    expect(cs).toBeGreaterThan(cv);
    expect(cs).toBeLessThanOrEqual(corpus.length);
  });

  it("searches every text field with all:", () => {
    const ti = termMatches("ti", "benchmark");
    const abs = termMatches("abs", "benchmark");
    const all = termMatches("all", "benchmark");
    for (let i = 0; i < all.length; i++) if (ti[i] || abs[i]) expect(all[i]).toBe(1);
    expect(count(all)).toBeGreaterThanOrEqual(Math.max(count(ti), count(abs)));
  });

  it("combines with AND, OR and ANDNOT like sets", () => {
    const a = term("abs", "diffusion");
    const b = term("cat", "cs.CV");
    const and = compileQuery({ kind: "and", operands: [a, b] }).textMatches!;
    const or = compileQuery({ kind: "or", operands: [a, b] }).textMatches!;
    const not = compileQuery({ kind: "andnot", left: a, right: b }).textMatches!;
    const ma = termMatches("abs", "diffusion");
    expect(count(and) + count(not)).toBe(count(ma));
    expect(count(or)).toBe(count(ma) + count(termMatches("cat", "cs.CV")) - count(and));
  });

  it("reads submittedDate bounds as whole minutes, inclusive", () => {
    expect(arxivTimeToMs("202401312359", false)).toBe(Date.UTC(2024, 0, 31, 23, 59));
    expect(arxivTimeToMs("202401312359", true)).toBe(Date.UTC(2024, 1, 1));
    expect(arxivTimeToMs("20240131", true)).toBe(Date.UTC(2024, 1, 1));
    const q = compileQuery({ kind: "submittedDate", from: "202401010000", to: "202401312359" });
    const paper = (iso: string) => ({ i: 0, id: "2401.00001", publishedMs: Date.parse(iso) });
    expect(q.matches(paper("2024-01-31T23:59:59Z"))).toBe(true);
    expect(q.matches(paper("2024-02-01T00:00:00Z"))).toBe(false);
    expect(q.matches(paper("2024-01-01T00:00:00Z"))).toBe(true);
  });

  it("evaluates dates and ids nested inside OR per simulated paper", () => {
    const i = indexOf("2504.00031");
    const q = compileQuery({
      kind: "or",
      operands: [
        { kind: "and", operands: [term("ti", "lora"), { kind: "submittedDate", from: "202001010000", to: "202012312359" }] },
        term("id", "2401.00005v2"),
      ],
    });
    expect(q.textMatches).toBeNull();
    expect(q.matches({ i, id: "2006.00001", publishedMs: Date.UTC(2020, 5, 1) })).toBe(true);
    expect(q.matches({ i, id: "2106.00001", publishedMs: Date.UTC(2021, 5, 1) })).toBe(false);
    expect(q.matches({ i: 0, id: "2401.00005", publishedMs: Date.UTC(2024, 0, 3) })).toBe(true);
  });
});
