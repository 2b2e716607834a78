import { describe, expect, it } from "vitest";
import * as bibtex from "@retorquere/bibtex-parser";
import { baseCitationKey, bibtexName, escapeBibtex, renderBibtex } from "./bibtex";
import { corpusPapers, makePaper } from "../testing/papers";
import type { Paper } from "../arxiv/paper";

// No sentence-casing: the test compares titles character for character.
const parse = (text: string) => bibtex.parse(text, { english: false, sentenceCase: false });

/** The name as the parser reads it back, in arXiv's "First Last" order. */
function readName(c: { name?: string; firstName?: string; lastName?: string; prefix?: string; suffix?: string }): string {
  if (c.name) return c.name;
  return [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(" ");
}

function braceDepthOk(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    depth += ch === "{" ? 1 : ch === "}" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe("renderBibtex", () => {
  const tricky = makePaper("2504.00031", "2025-04-01T17:59:59Z", {
    title: "Leaking {LoRa}: 50% of $x^2$ & a_b #1 ~ \\alpha -- ``q'' ?` a < b > c",
    authors: [
      { name: "Ryan Marinelli", affiliations: [] },
      { name: "Gül Varol", affiliations: [] },
      { name: "Jan van der Berg", affiliations: [] },
      { name: "Pat O'Brien Jr.", affiliations: [] },
      { name: "The ATLAS Collaboration", affiliations: [] },
    ],
    primaryCategory: "cs.CR",
    doi: "10.1000/x_y(2025)",
    journalRef: "Phys. Rev. D 99, 123 (2019) & more",
  });

  it("writes an @misc entry with every field, parsed back with zero errors and nothing lost", () => {
    const text = renderBibtex([tricky]);
    expect(braceDepthOk(text)).toBe(true);
    const { entries, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const e = entries[0]!;
    expect(e.type).toBe("misc");
    expect(e.key).toBe("marinelli2025leaking");
    expect(e.fields.title).toBe(tricky.title);
    expect(e.fields.author!.map(readName)).toEqual(["Ryan Marinelli", "Gül Varol", "Jan van der Berg", "Pat O'Brien Jr.", "The ATLAS Collaboration"]);
    expect(e.fields.year).toBe("2025");
    expect(e.fields.month).toBe("4");
    expect(e.fields.eprint).toBe("2504.00031");
    expect(e.fields.archiveprefix).toBe("arXiv");
    expect(e.fields.primaryclass).toBe("cs.CR");
    expect(e.fields.url).toBe("https://arxiv.org/abs/2504.00031");
    expect(e.fields.doi).toBe("10.1000/x_y(2025)");
    expect(e.fields.note).toBe("Phys. Rev. D 99, 123 (2019) & more");
  });

  it("round-trips real corpus titles with $, ^, &, _, \\ and braces, and non-ASCII author names", () => {
    const specials = corpusPapers((t) => /[{}$%&_#^~\\]/.test(t), 60);
    const unicode = corpusPapers((_t, authors) => authors.some((a) => /[^\x00-\x7f]/.test(a)), 60);
    const papers: Paper[] = [...specials, ...unicode];
    expect(specials.length).toBeGreaterThan(30);
    expect(unicode.length).toBeGreaterThan(30);
    const text = renderBibtex(papers);
    expect(braceDepthOk(text)).toBe(true);
    const { entries, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(papers.length);
    expect(new Set(entries.map((e) => e.key)).size).toBe(papers.length);
    entries.forEach((e, i) => {
      const p = papers[i]!;
      expect(e.fields.title, p.id).toBe(p.title);
      expect(e.fields.eprint).toBe(p.id);
      expect(e.fields.author!.map(readName), p.id).toEqual(p.authors.map((a) => a.name.replace(/\s+/g, " ").trim()));
    });
  });

  it("makes keys unique with letter suffixes", () => {
    const a = makePaper("2504.00001", "2025-04-01T00:00:00Z", { title: "The same title" });
    const b = makePaper("2504.00002", "2025-04-02T00:00:00Z", { title: "The same title" });
    const c = makePaper("2504.00003", "2025-04-03T00:00:00Z", { title: "The same title" });
    const keys = parse(renderBibtex([a, b, c])).entries.map((e) => e.key);
    expect(keys).toEqual(["lovelace2025same", "lovelace2025samea", "lovelace2025sameb"]);
    expect(baseCitationKey(makePaper("2504.00004", "2025-04-01T00:00:00Z", { authors: [] }))).toBe("arxiv250400004");
  });

  it("adds keywords when given (a review's topics)", () => {
    const text = renderBibtex([tricky], { keywords: new Map([[tricky.id, ["data", "language-model"]]]) });
    expect(parse(text).entries[0]!.fields.keywords).toEqual(["data", "language-model"]);
  });
});

describe("bibtexName and escapeBibtex", () => {
  it("write names as von Last, Jr., First", () => {
    expect(bibtexName("Jan van der Berg")).toBe("van der Berg, Jan");
    expect(bibtexName("Pat O'Brien Jr.")).toBe("O'Brien, Jr., Pat");
    expect(bibtexName("Plato")).toBe("{Plato}");
    expect(bibtexName("Ann and Bo")).toBe("Bo, Ann {and}");
  });

  it("escapes every LaTeX special character", () => {
    expect(escapeBibtex("{a}\\ $ % & # _ ~ ^ < >")).toBe(
      "\\textbraceleft{}a\\textbraceright{}\\textbackslash{} \\$ \\% \\& \\# \\_ \\textasciitilde{} \\textasciicircum{} \\textless{} \\textgreater{}",
    );
    expect(escapeBibtex("a---b ``c'' ?`")).toBe("a-{}-{}-b `{}`c'{}' ?{}`");
  });
});
