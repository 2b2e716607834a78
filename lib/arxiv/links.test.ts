import { describe, expect, it } from "vitest";
import { parseAtomFeed } from "./atom";
import { readArxivFixture } from "./fixtures";
import { canonicalAbsUrl, safeArxivLink } from "./links";

describe("links to arXiv", () => {
  it("keep only http(s) links to arXiv's hosts", () => {
    expect(safeArxivLink("https://arxiv.org/abs/2504.00031v2")).toBe("https://arxiv.org/abs/2504.00031v2");
    expect(safeArxivLink("http://arxiv.org/pdf/2504.00031v2")).toBe("http://arxiv.org/pdf/2504.00031v2");
    expect(safeArxivLink("https://export.arxiv.org/abs/1")).toBe("https://export.arxiv.org/abs/1");
    for (const bad of [
      "javascript:alert(1)",
      " JavaScript:alert(document.cookie)",
      "data:text/html,<script>alert(1)</script>",
      "https://evil.example/abs/1",
      "https://arxiv.org.evil.example/abs/1",
      "https://user:pw@arxiv.org/abs/1",
      "https://arxiv.org:8443/abs/1",
      "//arxiv.org/abs/1",
      "",
      null,
    ]) {
      expect(safeArxivLink(bad), String(bad)).toBeNull();
    }
    expect(canonicalAbsUrl("2504.00031", 2)).toBe("https://arxiv.org/abs/2504.00031v2");
  });

  it("are checked where a feed is parsed: a hostile feed's javascript: never reaches a paper", () => {
    const xml = readArxivFixture("api2026-search-page-10-entries.atom.xml")
      .replace(/<link href="[^"]*" rel="alternate"/g, '<link href="javascript:alert(1)" rel="alternate"')
      .replace(/<link href="[^"]*"( rel="related" type="application\/pdf" title="pdf")/g, '<link href="javascript:alert(2)"$1');
    expect(xml).toContain("javascript:alert(1)");
    const page = parseAtomFeed(xml);
    expect(page.papers.length).toBeGreaterThan(0);
    for (const p of page.papers) {
      expect(p.absUrl).toBe(`https://arxiv.org/abs/${p.id}v${p.version}`);
      expect(p.pdfUrl).toBeNull();
    }
  });
});
