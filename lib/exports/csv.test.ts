import { describe, expect, it } from "vitest";
import { csvField, renderCsv, spreadsheetSafe } from "./csv";
import { COUNTS_CSV_HEADER, renderCountsCsv } from "./counts-csv";
import { PAPER_CSV_HEADER, REVIEW_CSV_EXTRA, renderPapersCsv } from "./papers-csv";
import { makePaper } from "../testing/papers";
import type { MonthKey } from "../calendar/months";

/** A strict RFC 4180 reader, to check that what we write reads back field for field. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === "") (quoted = true), i++;
    else if (c === ",") row.push(field), (field = ""), i++;
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), (i += 2);
    else if (c === "\n" || c === "\r" || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (field += c), i++;
  }
  if (field !== "" || row.length) throw new Error("last record lacks its CRLF");
  return rows;
}

describe("csv", () => {
  it("quotes only what needs quoting, doubles quotes, ends every record with CRLF", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    expect(csvField(null)).toBe("");
    expect(csvField(0)).toBe("0");
    const text = renderCsv(["a", "b"], [["x,y", 'q"'], ["line\nbreak", null]]);
    expect(text).toBe('a,b\r\n"x,y","q"""\r\n"line\nbreak",\r\n');
    expect(readCsv(text)).toEqual([["a", "b"], ["x,y", 'q"'], ["line\nbreak", ""]]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(spreadsheetSafe("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(spreadsheetSafe("@SUM(1)")).toBe("'@SUM(1)");
    expect(spreadsheetSafe("A normal title")).toBe("A normal title");
  });
});

describe("renderCountsCsv", () => {
  it("writes one row per topic and month, with the query version; unknown counts stay empty", () => {
    const text = renderCountsCsv(
      [
        {
          slug: "dialogue",
          name: "Dialogue",
          query: 'ti:"dialogue system" OR ti:chatbot',
          queryVersion: 2,
          months: [
            { month: "2025-05" as MonthKey, count: 120, fetchedAt: "2025-06-01T04:00:00.000Z" },
            { month: "2025-06" as MonthKey, count: null, fetchedAt: null },
          ],
        },
        { slug: "governance", name: "Governance", query: "ti:governance", queryVersion: null, months: [{ month: "2025-05" as MonthKey, count: null, fetchedAt: null }] },
      ],
      new Date("2025-06-15T00:00:00Z"),
    );
    expect(readCsv(text)).toEqual([
      [...COUNTS_CSV_HEADER],
      ["dialogue", "Dialogue", "2", "2025-05", "120", "true", "2025-06-01T04:00:00.000Z", 'ti:"dialogue system" OR ti:chatbot'],
      ["dialogue", "Dialogue", "2", "2025-06", "", "false", "", 'ti:"dialogue system" OR ti:chatbot'],
      ["governance", "Governance", "", "2025-05", "", "true", "", "ti:governance"],
    ]);
  });
});

describe("renderPapersCsv", () => {
  const paper = makePaper("2504.00031", "2025-04-01T17:59:59Z", {
    title: 'A "quoted", multi-part title',
    authors: [
      { name: "Gül Varol", affiliations: [] },
      { name: "Jan van der Berg", affiliations: [] },
    ],
    categories: ["cs.CR", "cs.AI"],
    doi: "10.1/x",
  });

  it("writes one row per paper; fields read back exactly", () => {
    const rows = readCsv(renderPapersCsv([{ paper }]));
    expect(rows[0]).toEqual([...PAPER_CSV_HEADER]);
    expect(rows[1]).toEqual([
      "2504.00031",
      "1",
      'A "quoted", multi-part title',
      "Gül Varol; Jan van der Berg",
      "2025-04-01T17:59:59Z",
      "2025-04-01T17:59:59Z",
      "cs.CL",
      "cs.CR cs.AI",
      "https://arxiv.org/abs/2504.00031v1",
      "https://arxiv.org/pdf/2504.00031v1",
      "10.1/x",
      "",
      "",
    ]);
  });

  it("adds a review's topics, mark and notes", () => {
    const text = renderPapersCsv(
      [
        {
          paper,
          review: {
            topics: ["data", "dialogue"],
            mark: { mark: "shortlisted", markedBy: "Ann", markedAt: "2025-04-02T00:00:00.000Z" },
            notes: [
              { reviewer: "Ann", text: "see §3,\nthen §5", createdAt: "t", updatedAt: "t" },
              { reviewer: "Bo", text: "-1 from me", createdAt: "t", updatedAt: "t" },
            ],
          },
        },
      ],
      { review: true },
    );
    const rows = readCsv(text);
    expect(rows[0]!.slice(-5)).toEqual([...REVIEW_CSV_EXTRA]);
    expect(rows[1]!.slice(-5)).toEqual(["data dialogue", "shortlisted", "Ann", "2025-04-02T00:00:00.000Z", "Ann: see §3,\nthen §5\nBo: -1 from me"]);
  });
});

describe("formula guard and byte-order mark", () => {
  it("guards every text cell, whatever its column (doi, categories, links included)", () => {
    const evil = '=HYPERLINK("https://evil.example","click")';
    const paper = makePaper("2504.00040", "2025-04-01T00:00:00Z", {
      doi: evil,
      primaryCategory: "+cs.CL",
      categories: ["-cs.CL", "@cs.AI"],
      absUrl: "=cmd|' /C calc'!A0",
      pdfUrl: "javascript:alert(1)",
      journalRef: "@SUM(1)",
    });
    const rows = readCsv(renderPapersCsv([{ paper }]));
    const cells = Object.fromEntries(PAPER_CSV_HEADER.map((h, i) => [h, rows[1]![i]!]));
    for (const [column, value] of Object.entries(cells)) expect(value, column).not.toMatch(/^\s*[=+\-@\t\r]/);
    expect(cells.doi).toBe(`'${evil}`);
    expect(cells.abs_url).toBe("https://arxiv.org/abs/2504.00040v1");
    expect(cells.pdf_url).toBe("");
    const counts = readCsv(
      renderCountsCsv([{ slug: "x", name: "X", query: "-ti:x", queryVersion: 1, months: [] }], new Date("2025-05-01T00:00:00Z")),
    );
    expect(counts).toHaveLength(1);
    expect(renderCsv(["q"], [["=1+1"], [" =1"], ["-2"], [3]])).toBe("q\r\n'=1+1\r\n' =1\r\n'-2\r\n3\r\n");
  });

  it("writes a UTF-8 byte-order mark only when asked", () => {
    expect(renderCsv(["a"], [["é"]], { bom: true }).startsWith("\uFEFFa\r\n")).toBe(true);
    expect(renderCsv(["a"], [["é"]]).startsWith("a")).toBe(true);
    expect(renderPapersCsv([], { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });
});

describe("streamed exports", () => {
  it("write the same file in pieces as in one string", async () => {
    const { papersCsvChunks, renderPapersCsv } = await import("./papers-csv");
    const { bibtexChunks, renderBibtex } = await import("./bibtex");
    const { makePaper } = await import("../testing/papers");
    const papers = Array.from({ length: 7 }, (_, i) => makePaper(`2601.0000${i}`, "2026-01-02T00:00:00Z", { title: i % 2 ? "Same title" : `T ${i}` }));
    const csvPieces = [...papersCsvChunks(papers.map((paper) => ({ paper })), {}, 3)];
    expect(csvPieces).toHaveLength(4);
    expect(csvPieces.join("")).toBe(renderPapersCsv(papers.map((paper) => ({ paper }))));
    const bibPieces = [...bibtexChunks(papers, {}, 2)];
    expect(bibPieces).toHaveLength(4);
    // Keys stay unique across pieces (the same first author, year and title word).
    expect(bibPieces.join("")).toBe(renderBibtex(papers));
    expect(new Set(bibPieces.join("").match(/@misc\{[^,]+/g)).size).toBe(7);
  });
});
