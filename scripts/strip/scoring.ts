/** Scoring rules of seeds/README.md for boilerplate stripping. */

const squeeze = (s: string) => s.replace(/\s+/g, '');

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Token F1: whitespace tokens of kept body vs gold body, compared as multisets. */
export function tokenF1(kept: string[], gold: string[]): { precision: number; recall: number; f1: number } {
  const count = (lines: string[]) => {
    const m = new Map<string, number>();
    for (const t of lines.join(' ').split(/\s+/).filter(Boolean)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const k = count(kept);
  const g = count(gold);
  let overlap = 0;
  let nk = 0;
  let ng = 0;
  for (const [t, n] of k) {
    nk += n;
    overlap += Math.min(n, g.get(t) ?? 0);
  }
  for (const n of g.values()) ng += n;
  const precision = nk ? overlap / nk : gold.length ? 0 : 1;
  const recall = ng ? overlap / ng : 1;
  return { precision, recall, f1: f1(precision, recall) };
}

/**
 * Line F1, white space removed: recall = share of gold lines found in the kept body;
 * precision = share of kept paragraphs that are body text (part of a gold line, so a
 * glued heading split into its own paragraph still counts).
 */
export function lineF1(kept: string[], gold: string[]) {
  const keptAll = squeeze(kept.join(''));
  const goldLines = gold.map(squeeze);
  const found = goldLines.filter((g) => keptAll.includes(g));
  const correct = kept.map(squeeze).filter((p) => p.length > 0 && goldLines.some((g) => g.includes(p)));
  const precision = kept.length ? correct.length / kept.length : gold.length ? 0 : 1;
  const recall = gold.length ? found.length / gold.length : 1;
  const missed = gold.filter((_, i) => !keptAll.includes(goldLines[i]));
  const extra = kept.filter((p) => !goldLines.some((g) => g.includes(squeeze(p))));
  return { precision, recall, f1: f1(precision, recall), missed, extra };
}

/** Title: exact match after trimming; a page without a title must get none. */
export function scoreTitle(got: string | null, gold: string | null): { goldHas: boolean; ok: boolean; note: string } {
  const want = gold?.trim() ?? null;
  const have = got?.trim() ?? null;
  if (want !== null) return { goldHas: true, ok: have === want, note: have === want ? 'exact' : `MISS (got ${JSON.stringify(have)})` };
  return { goldHas: false, ok: have === null, note: have === null ? 'none (ok)' : `none in gold, got ${JSON.stringify(have)}` };
}

export type MetaField = 'author' | 'source' | 'site';

/** Author, source and site, each scored where the gold has it (exact after trimming). */
export function scoreMetadata(
  article: Partial<Record<MetaField, string | null>>,
  gold: Partial<Record<MetaField, string>>,
): Array<{ field: MetaField; ok: boolean; note: string }> {
  const out: Array<{ field: MetaField; ok: boolean; note: string }> = [];
  for (const field of ['author', 'source', 'site'] as const) {
    const want = gold[field];
    if (!want) continue;
    const ok = article[field]?.trim() === want.trim();
    out.push({ field, ok, note: `${field} ${ok ? 'found' : `MISS (got ${JSON.stringify(article[field])})`}` });
  }
  return out;
}

/** Everything the seeds' rules score for one stripped document. */
export function scoreDocument(
  article: { paragraphs: string[]; title: string | null } & Partial<Record<MetaField, string | null>>,
  gold: { body: string[]; title: string | null; metadata: Partial<Record<MetaField, string>> },
) {
  return {
    token: tokenF1(article.paragraphs, gold.body),
    line: lineF1(article.paragraphs, gold.body),
    title: scoreTitle(article.title, gold.title),
    meta: scoreMetadata(article, gold.metadata),
  };
}

/** The per-document line both evaluation scripts print. */
export function formatScore(name: string, score: ReturnType<typeof scoreDocument>): string {
  const f = (x: number) => x.toFixed(3);
  const { token, line, title } = score;
  return `${name}  tokenF1 ${f(token.f1)}  lineF1 ${f(line.f1)} (P ${f(line.precision)} R ${f(line.recall)})  title ${title.note}`;
}
