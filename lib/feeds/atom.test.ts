import { describe, expect, it } from "vitest";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { ATOM_NS, escapeXml, renderAtomFeed } from "./atom";
import { ARXIV_CATEGORY_SCHEME, buildPaperFeed, feedId } from "./paper-feed";
import { makePaper } from "../testing/papers";

function parseXml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(text, "application/xml");
  return { doc, errors };
}

const children = (el: Element, name: string): Element[] =>
  Array.from(el.getElementsByTagNameNS(ATOM_NS, name)).filter((c) => c.parentNode === el);
const one = (el: Element, name: string): Element => {
  const found = children(el, name);
  expect(found, `<${name}> under <${el.localName}>`).toHaveLength(1);
  return found[0]!;
};
const text = (el: Element, name: string) => one(el, name).textContent ?? "";

const dialogue = { slug: "dialogue", name: "Dialogue", description: "Dialogue systems & chatbots." };
const data = { slug: "data", name: "Data", description: "Pre-training data." };
const paper = makePaper("2504.00031", "2025-04-01T17:59:59Z", {
  version: 2,
  updated: "2025-04-20T08:00:00Z",
  title: "Leaking <LoRa> & \"friends\": 50% of $x_1$",
  summary: "An abstract with a stray \u0007 control character and < & >.",
  authors: [
    { name: "Gül Varol", affiliations: [] },
    { name: "Jan van der Berg", affiliations: [] },
  ],
  categories: ["cs.CR", "cs.AI"],
  absUrl: "https://arxiv.org/abs/2504.00031v2",
});

describe("Atom feed of papers", () => {
  const xml = renderAtomFeed(
    buildPaperFeed({
      origin: "https://radar.example.org",
      selfPath: "/feed.xml?topics=dialogue,data",
      alternatePath: "/compare?topics=dialogue,data",
      topics: [dialogue, data],
      papers: [{ paper, topics: ["dialogue", "data"] }],
      fetchedAt: "2025-04-21T04:00:00.000Z",
    }),
  );
  const { doc, errors } = parseXml(xml);
  const feed = doc.documentElement!;

  it("is well-formed XML whose root is an Atom feed", () => {
    expect(errors).toEqual([]);
    expect(feed.namespaceURI).toBe(ATOM_NS);
    expect(feed.localName).toBe("feed");
  });

  it("has the feed's required elements and both links", () => {
    expect(text(feed, "id")).toBe("tag:roadmap-radar,2026:topics/data,dialogue");
    expect(text(feed, "title")).toBe("Roadmap Radar: Dialogue, Data");
    expect(text(feed, "updated")).toBe("2025-04-21T04:00:00.000Z");
    const links = children(feed, "link").map((l) => [l.getAttribute("rel"), l.getAttribute("href")]);
    expect(links).toEqual([
      ["self", "https://radar.example.org/feed.xml?topics=dialogue,data"],
      ["alternate", "https://radar.example.org/compare?topics=dialogue,data"],
    ]);
    expect(text(one(feed, "author"), "name")).toBe("Roadmap Radar");
  });

  it("has one entry per paper with id, title, dates, link, authors, summary and categories", () => {
    const entries = children(feed, "entry");
    expect(entries).toHaveLength(1);
    const e = entries[0]!;
    expect(text(e, "id")).toBe("https://arxiv.org/abs/2504.00031");
    expect(text(e, "title")).toBe(paper.title);
    expect(text(e, "updated")).toBe("2025-04-20T08:00:00Z");
    expect(text(e, "published")).toBe("2025-04-01T17:59:59Z");
    expect(one(e, "link").getAttribute("href")).toBe("https://arxiv.org/abs/2504.00031v2");
    expect(children(e, "author").map((a) => text(a, "name"))).toEqual(["Gül Varol", "Jan van der Berg"]);
    expect(text(e, "summary")).toBe("An abstract with a stray  control character and < & >.");
    const cats = children(e, "category").map((c) => [c.getAttribute("term"), c.getAttribute("scheme"), c.getAttribute("label") || null]);
    expect(cats).toEqual([
      ["dialogue", "https://radar.example.org/topics", "Dialogue"],
      ["data", "https://radar.example.org/topics", "Data"],
      ["cs.CR", ARXIV_CATEGORY_SCHEME, null],
      ["cs.AI", ARXIV_CATEGORY_SCHEME, null],
    ]);
  });

  it("is valid even with no papers (a never-synced topic)", () => {
    const empty = renderAtomFeed(
      buildPaperFeed({ origin: "http://x", selfPath: "/topics/dialogue/feed.xml", alternatePath: "/topics/dialogue", topics: [dialogue], papers: [], fetchedAt: null }),
    );
    const parsed = parseXml(empty);
    expect(parsed.errors).toEqual([]);
    const root = parsed.doc.documentElement!;
    expect(text(root, "updated")).toBe("1970-01-01T00:00:00Z");
    expect(text(root, "title")).toBe("Roadmap Radar: Dialogue");
    expect(text(root, "subtitle")).toBe("Dialogue systems & chatbots.");
    expect(children(root, "entry")).toHaveLength(0);
  });

  it("keeps the same id for the same topics in any order", () => {
    expect(feedId(["b", "a"])).toBe(feedId(["a", "b"]));
    expect(escapeXml("a\u0000b\uFFFEc<")).toBe("abc&lt;");
  });

  it("links a paper only to arXiv: a stored javascript: link becomes the arXiv abs page", () => {
    const hostile = makePaper("2504.00032", "2025-04-01T17:59:59Z", { absUrl: "javascript:alert(1)", pdfUrl: "javascript:alert(2)" });
    const out = renderAtomFeed(
      buildPaperFeed({ origin: "https://radar.example.org", selfPath: "/feed.xml", alternatePath: "/", topics: [data], papers: [{ paper: hostile, topics: ["data"] }], fetchedAt: null }),
    );
    expect(out).not.toContain("javascript:");
    expect(out).toContain('href="https://arxiv.org/abs/2504.00032v1"');
  });

  it("writes relative links when no trustworthy origin is known", () => {
    const feed = buildPaperFeed({ origin: "", selfPath: "/topics/data/feed.xml", alternatePath: "/topics/data", topics: [data], papers: [], fetchedAt: null });
    expect(feed.selfUrl).toBe("/topics/data/feed.xml");
    expect(feed.alternateUrl).toBe("/topics/data");
  });
});
