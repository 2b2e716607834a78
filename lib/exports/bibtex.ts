// Papers as BibTeX: one @misc entry per paper in the form arXiv recommends (eprint,
// archivePrefix, primaryClass), with every LaTeX special character escaped so that titles
// such as "50% of $x$ & {y}" come back exactly as arXiv gave them.
import type { Paper } from "../arxiv/paper";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

const ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  // Classic BibTeX counts braces even after a backslash, so a literal brace is a command.
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  $: "\\$",
  "%": "\\%",
  "&": "\\&",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  // In LaTeX's default OT1 encoding "<" and ">" print as ¡ and ¿.
  "<": "\\textless{}",
  ">": "\\textgreater{}",
};

/**
 * Plain text made safe for a braced BibTeX field, so LaTeX prints exactly these characters:
 * specials escaped, and TeX's ligatures ("--" as an en dash, "``" as a quote, "?`" as ¿)
 * broken with an empty group. Unicode is kept as is (biber and bibtex8 read UTF-8).
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}$%&#_~^<>]/g, (c) => ESCAPES[c]!)
    .replace(/-(?=-)/g, "-{}")
    .replace(/'(?=')/g, "'{}")
    .replace(/`(?=`)/g, "`{}")
    .replace(/([?!])(?=`)/g, "$1{}")
    .replace(/\s+/g, " ")
    .trim();
}

const PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "ter", "ten", "zu", "af", "al", "el"]);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv)$/i;
const ORGANISATION = /\b(collaboration|consortium|team|group|project|initiative|laboratory|institute|university)\b/i;

/** One name token safe inside an author list: a bare "and" or a comma would split the name. */
function nameToken(t: string): string {
  const escaped = escapeBibtex(t);
  if (/^and$/i.test(t)) return `{${escaped}}`;
  return escaped.replace(/,/g, "{,}");
}

/**
 * arXiv writes "First Middle von Last Jr."; BibTeX reads "von Last, Jr., First Middle" without
 * guessing. Organisations and single names are braced so they are never split.
 */
export function bibtexName(name: string): string {
  const tokens = name.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return "{Anonymous}";
  if (tokens.length === 1 || ORGANISATION.test(name)) return `{${escapeBibtex(tokens.join(" "))}}`;
  const suffix = tokens.length > 2 && SUFFIXES.test(tokens[tokens.length - 1]!) ? tokens.pop()! : null;
  const last = tokens.pop()!;
  let particleStart = tokens.length;
  while (particleStart > 1 && PARTICLES.has(tokens[particleStart - 1]!)) particleStart--;
  const first = tokens.slice(0, particleStart).map(nameToken).join(" ");
  const von = tokens.slice(particleStart).map(nameToken);
  const lastPart = [...von, nameToken(last)].join(" ");
  return suffix ? `${lastPart}, ${nameToken(suffix)}, ${first}` : `${lastPart}, ${first}`;
}

const STOPWORDS = new Set(["a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "towards", "toward", "from", "is", "are", "do", "does"]);

const asciiWord = (s: string) =>
  s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "");

/** "marinelli2025leaking": first author's last name, year, first significant title word. */
export function baseCitationKey(p: Paper): string {
  const firstAuthor = p.authors[0]?.name.trim().split(/\s+/) ?? [];
  const last = asciiWord(firstAuthor[firstAuthor.length - 1] ?? "");
  const word = p.title.split(/[\s\-:]+/).map(asciiWord).find((w) => w.length > 0 && !STOPWORDS.has(w)) ?? "";
  const key = `${last}${p.published.slice(0, 4)}${word}`;
  return last ? key : `arxiv${p.id.replace(/[^A-Za-z0-9]+/g, "")}`;
}

function verbatim(value: string): string {
  // url and doi are read verbatim; only braces and backslashes could break the entry.
  return value.replace(/[{}\\]/g, (c) => encodeURIComponent(c));
}

export interface BibtexOptions {
  /** Keywords per paper id, e.g. a review's topic slugs. */
  keywords?: ReadonlyMap<string, readonly string[]>;
}

export function paperToBibtex(p: Paper, key: string, keywords?: readonly string[]): string {
  const month = MONTHS[Number(p.published.slice(5, 7)) - 1];
  const fields: [string, string][] = [
    ["title", `{{${escapeBibtex(p.title)}}}`],
    ["author", `{${p.authors.map((a) => bibtexName(a.name)).join(" and ") || "{Anonymous}"}}`],
    ["year", `{${p.published.slice(0, 4)}}`],
    ...(month ? [["month", month] as [string, string]] : []),
    ["eprint", `{${verbatim(p.id)}}`],
    ["archivePrefix", "{arXiv}"],
    ["primaryClass", `{${verbatim(p.primaryCategory)}}`],
    ["url", `{https://arxiv.org/abs/${verbatim(p.id)}}`],
  ];
  if (p.doi) fields.push(["doi", `{${verbatim(p.doi)}}`]);
  if (p.journalRef) fields.push(["note", `{${escapeBibtex(p.journalRef)}}`]);
  if (keywords && keywords.length) fields.push(["keywords", `{${keywords.map(escapeBibtex).join(", ")}}`]);
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join("\n")}\n}\n`;
}

/** A .bib file: entries in the given order, keys made unique with a, b, c… suffixes. */
export function renderBibtex(papers: readonly Paper[], options: BibtexOptions = {}): string {
  return [...bibtexChunks(papers, options)].join("");
}

/** The same file in pieces of `per` entries, for a streamed download of thousands of papers. */
export function* bibtexChunks(papers: Iterable<Paper>, options: BibtexOptions = {}, per = 200): Generator<string> {
  const used = new Set<string>();
  let chunk: string[] = [];
  let first = true;
  for (const p of papers) {
    const base = baseCitationKey(p);
    let key = base;
    for (let i = 0; used.has(key); i++) key = `${base}${suffix(i)}`;
    used.add(key);
    chunk.push(`${first ? "" : "\n"}${paperToBibtex(p, key, options.keywords?.get(p.id))}`);
    first = false;
    if (chunk.length >= per) {
      yield chunk.join("");
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join("");
}

/** 0 → "a", 25 → "z", 26 → "aa"… */
function suffix(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}
