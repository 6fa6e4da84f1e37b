/** Dev diagnostics: prints errors (gold vs predicted spans) for a quick look. Not part of the npm scripts. */
import { createEmbeddedTagger } from '@app/tagging';
import { bioEntities, readConll } from './conll';

const tagger = createEmbeddedTagger();
const types = new Set(['PER', 'LOC', 'ORG']);
let shown = 0;
for (const s of readConll('dev.conll')) {
  const text = s.tokens.join(' ');
  const starts: number[] = [];
  let pos = 0;
  for (const t of s.tokens) { starts.push(pos); pos += t.length + 1; }
  const tokAt = (o: number) => { let i = 0; while (i + 1 < starts.length && starts[i + 1] <= o) i++; return i; };
  const pred = new Map<string, string>();
  for (const e of tagger.tag(text)) pred.set(`${e.type}:${tokAt(e.start)}:${tokAt(e.end - 1) + 1}`, e.text);
  const gold = bioEntities(s.tags, types);
  const show = (k: string) => { const [t, a, b] = k.split(':'); return `${t}[${s.tokens.slice(+a, +b).join(' ')}]`; };
  const fp = [...pred.keys()].filter((k) => !gold.has(k)).map(show);
  const fn = [...gold].filter((k) => !pred.has(k)).map(show);
  if ((fp.length || fn.length) && shown++ < Number(process.argv[2] ?? 60)) console.log(`FP: ${fp.join(' ')}\nFN: ${fn.join(' ')}\n`);
}
