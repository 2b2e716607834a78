// tf-idf vectors over a fitted vocabulary: sublinear term frequency, smoothed idf, unit length,
// stored sparse (sorted indices) so dot products over thousands of papers stay cheap.
export interface Vocabulary {
  index: Map<string, number>;
  terms: string[];
  idf: Float64Array;
}

export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

/** Terms in at least `minDf` documents; idf = ln((1 + n) / (1 + df)) + 1. Terms sorted, so the same docs give the same indices. */
export function fitVocabulary(docs: readonly (readonly string[])[], minDf = 2): Vocabulary {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const terms = [...df].filter(([, n]) => n >= minDf).map(([t]) => t).sort();
  const idf = new Float64Array(terms.length);
  terms.forEach((t, i) => (idf[i] = Math.log((1 + docs.length) / (1 + df.get(t)!)) + 1));
  return { index: new Map(terms.map((t, i) => [t, i])), terms, idf };
}

export function vectorize(doc: readonly string[], vocab: Vocabulary): SparseVector {
  const tf = new Map<number, number>();
  for (const t of doc) {
    const i = vocab.index.get(t);
    if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
  }
  const idx = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
  const val = new Float64Array(idx.length);
  let norm = 0;
  idx.forEach((i, k) => {
    const v = (1 + Math.log(tf.get(i)!)) * vocab.idf[i]!;
    val[k] = v;
    norm += v * v;
  });
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < val.length; k++) val[k]! /= norm;
  return { idx, val };
}

/** Cosine of two unit vectors: merge of the sorted indices. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.idx.length && j < b.idx.length) {
    const x = a.idx[i]!;
    const y = b.idx[j]!;
    if (x === y) s += a.val[i++]! * b.val[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}
