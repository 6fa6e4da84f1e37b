/**
 * Dev error classes for error analysis: each gold entity missed and each false positive is
 * put in one class (type error, boundary error, missed / spurious), per type.
 * NER_MODEL=path picks the model (use one trained without dev).  `--list CLASS` prints examples.
 */
import { createEmbeddedTagger } from '@app/tagging';
import { loadModel } from '../../libs/tagging/src/model';
import { bioEntities, readConll } from './conll';

const tagger = createEmbeddedTagger({ model: loadModel(process.env.NER_MODEL) });
const types = new Set(['PER', 'LOC', 'ORG']);
const listClass = process.argv[2] === '--list' ? process.argv[3] : '';
const classes = new Map<string, number>();
const bump = (k: string) => classes.set(k, (classes.get(k) ?? 0) + 1);
for (const s of readConll(process.argv[4] ?? 'dev.conll')) {
  const text = s.tokens.join(' ');
  const starts: number[] = [];
  let pos = 0;
  for (const t of s.tokens) { starts.push(pos); pos += t.length + 1; }
  const tokAt = (o: number) => { let i = 0; while (i + 1 < starts.length && starts[i + 1] <= o) i++; return i; };
  const pred = new Set<string>();
  for (const e of tagger.tag(text)) if (types.has(e.type)) pred.add(`${e.type}:${tokAt(e.start)}:${tokAt(e.end - 1) + 1}`);
  const gold = bioEntities(s.tags, types);
  const parse = (k: string) => { const [t, a, b] = k.split(':'); return { t, a: +a, b: +b }; };
  const show = (k: string) => { const { t, a, b } = parse(k); return `${t}[${s.tokens.slice(a, b).join(' ')}]`; };
  const ctx = (k: string) => { const { a, b } = parse(k); return s.tokens.slice(Math.max(0, a - 3), b + 3).join(' '); };
  const classify = (k: string, other: Set<string>, kind: string) => {
    const x = parse(k);
    const overl = [...other].map(parse).filter((y) => y.a < x.b && x.a < y.b);
    let c: string;
    if (overl.some((y) => y.a === x.a && y.b === x.b)) c = 'type';
    else if (overl.some((y) => y.t === x.t)) c = 'boundary';
    else if (overl.length) c = 'type+boundary';
    else c = kind === 'FN' ? 'missed' : 'spurious';
    const key = `${kind} ${x.t} ${c}`;
    bump(key);
    if (listClass && key.includes(listClass)) {
      const o = overl.map((y) => show(`${y.t}:${y.a}:${y.b}`)).join(' ');
      console.log(`${key}\t${show(k)}\t${o ? '<> ' + o : ''}\t| ${ctx(k)}`);
    }
  };
  for (const g of gold) if (!pred.has(g)) classify(g, pred, 'FN');
  for (const p of pred) if (!gold.has(p)) classify(p, gold, 'FP');
}
if (!listClass) for (const [k, v] of [...classes].sort()) console.log(`${k}\t${v}`);
