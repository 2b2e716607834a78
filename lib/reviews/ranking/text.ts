// Words of a paper for the ranking: title and abstract, lower-cased, without the words every
// abstract has (they would only add noise to a model trained on a few dozen marks).
const STOPWORDS = new Set(
  `a about above after again against all also an and any are as at be been before being below between both but by can could
  did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it
  its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some such
  than that the their them then there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours via using used use based propose proposed paper show shows new approach
  method methods results result however well may one two three first second also thus both non since within without among
  across many much can our such further given large work works recent present presents study`.split(/\s+/),
);

/** Title words count twice: a title says what a paper is about more densely than its abstract. */
export function paperTokens(title: string, summary: string): string[] {
  const title_ = words(title);
  return [...title_, ...title_, ...words(summary)];
}

export function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.push(w);
  }
  return out;
}
