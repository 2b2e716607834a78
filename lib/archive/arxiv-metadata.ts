// One record of arXiv's bulk metadata dump (the Kaggle "arxiv-metadata-oai-snapshot", one JSON
// object per line) turned into the app's Paper, or the reason it cannot be. Pure: the bulk
// importer streams lines through it and counts the reasons.
import { z } from "zod";
import type { Author, Paper } from "../arxiv/paper";

/** Past these a line or field is not a paper but an attack or a broken export. */
export const METADATA_LIMITS = {
  lineBytes: 2 << 20,
  title: 4_000,
  abstract: 30_000,
  /** Collaboration papers list thousands of authors: generous, but bounded. */
  authors: 600_000,
  other: 10_000,
} as const;

export type SkipReason =
  | "bad JSON"
  | "missing or malformed fields"
  | "bad id"
  | "bad version date"
  | "huge field"
  | "line too long"
  | "out of scope"
  | "before --from"
  | "blank line";

const text = z.string();
const optionalText = z.string().nullish();
const recordSchema = z.object({
  id: text.min(1),
  title: text,
  abstract: text,
  categories: text.min(1),
  versions: z.array(z.object({ version: z.string().optional(), created: text })).min(1),
  authors: optionalText,
  authors_parsed: z.array(z.array(z.string())).nullish(),
  comments: optionalText,
  "journal-ref": optionalText,
  doi: optionalText,
});
type MetadataRecord = z.infer<typeof recordSchema>;

const NEW_ID = /^\d{4}\.\d{4,5}$/;
const OLD_ID = /^[a-z-]+(\.[A-Za-z-]+)?\/\d{7}$/;
/** RFC 2822 as the dump writes it: "Mon, 2 Apr 2007 19:18:42 GMT". */
const RFC2822 = /^(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? (?:GMT|UT|[+-]\d{4})$/;

export type MetadataLine = { ok: true; paper: Paper; v1Ms: number } | { ok: false; reason: SkipReason; detail: string; v1Ms?: number };

const fold = (s: string) => s.replace(/\s+/g, " ").trim();
const orNull = (s: string | null | undefined) => {
  const f = s == null ? "" : fold(s);
  return f === "" ? null : f;
};

function rfc2822Ms(raw: string): number | null {
  if (!RFC2822.test(raw.trim())) return null;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : ms;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");

/** authors_parsed is [last, first, suffix] per author, with LaTeX accents already decoded. */
function authorsOf(r: MetadataRecord): Author[] {
  if (r.authors_parsed && r.authors_parsed.length > 0) {
    return r.authors_parsed
      .map(([last = "", first = "", suffix = ""]) => fold([first, last, suffix].filter(Boolean).join(" ")))
      .filter(Boolean)
      .map((name) => ({ name, affiliations: [] }));
  }
  return (r.authors ?? "")
    .split(/,\s*|\s+and\s+/)
    .map(fold)
    .filter(Boolean)
    .map((name) => ({ name, affiliations: [] }));
}

function hugeField(r: MetadataRecord): string | null {
  if (r.title.length > METADATA_LIMITS.title) return `title of ${r.title.length} characters`;
  if (r.abstract.length > METADATA_LIMITS.abstract) return `abstract of ${r.abstract.length} characters`;
  const authors = (r.authors?.length ?? 0) + JSON.stringify(r.authors_parsed ?? []).length;
  if (authors > METADATA_LIMITS.authors) return `authors of ${authors} characters`;
  for (const k of ["comments", "journal-ref", "doi", "categories", "id"] as const) {
    const v = r[k];
    if (typeof v === "string" && v.length > METADATA_LIMITS.other) return `${k} of ${v.length} characters`;
  }
  if (r.versions.length > 1000) return `${r.versions.length} versions`;
  return null;
}

/**
 * A dump line as a Paper, or why not. `inScope` decides which categories are kept; the v1
 * date is returned even for papers out of scope, because it tells how far the dump reaches.
 */
export function parseMetadataLine(line: string, inScope: (categories: readonly string[]) => boolean): MetadataLine {
  if (line.trim() === "") return { ok: false, reason: "blank line", detail: "" };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { ok: false, reason: "bad JSON", detail: (e as Error).message.slice(0, 80) };
  }
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "record")))];
    return { ok: false, reason: "missing or malformed fields", detail: fields.join(", ") };
  }
  const r = parsed.data;
  const huge = hugeField(r);
  if (huge) return { ok: false, reason: "huge field", detail: huge };
  const id = r.id.trim();
  if (!NEW_ID.test(id) && !OLD_ID.test(id)) return { ok: false, reason: "bad id", detail: id.slice(0, 40) };
  const v1Ms = rfc2822Ms(r.versions[0]!.created);
  const lastMs = rfc2822Ms(r.versions[r.versions.length - 1]!.created);
  if (v1Ms === null || lastMs === null) return { ok: false, reason: "bad version date", detail: `${id}: ${r.versions[0]!.created.slice(0, 40)}` };
  const categories = [...new Set(r.categories.split(/\s+/).filter(Boolean))];
  if (!inScope(categories)) return { ok: false, reason: "out of scope", detail: id, v1Ms };
  const version = r.versions.length;
  return {
    ok: true,
    v1Ms,
    paper: {
      id,
      version,
      title: fold(r.title),
      authors: authorsOf(r),
      summary: fold(r.abstract),
      published: iso(v1Ms),
      updated: iso(Math.max(v1Ms, lastMs)),
      primaryCategory: categories[0]!,
      categories,
      absUrl: `https://arxiv.org/abs/${id}v${version}`,
      pdfUrl: `https://arxiv.org/pdf/${id}v${version}`,
      doi: orNull(r.doi),
      journalRef: orNull(r["journal-ref"]),
      comment: orNull(r.comments),
    },
  };
}
