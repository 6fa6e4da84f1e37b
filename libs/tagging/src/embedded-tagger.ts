/** In-process tagger: tokenise, label with the sequence model, build spans, canonicalise. */
import { existsSync } from 'fs';
import type { Entity } from '@app/contracts';
import { canonicalize, type Mention } from './canonical';
import { GAZETTEER_DIR, Gazetteer, loadGazetteer, type GazetteerMatch } from './gazetteer';
import { gazetteerLabels, gazetteerTags, onlyAmbiguous } from './gazetteer-tags';
import { DEFAULT_MODEL_PATH, loadModel, type NerModel } from './model';
import { bioRuns, extendPersonsWithFamilyName, fixNameShapes, joinAdjacentPersons, resolveSpan, splitPersonsAtConjunction, extendPersonsWithGivenNames, type ResolvedSpan, type TokenSpan, type Vocabulary } from './spans';
import { isGivenName } from './features';
import { TRIGGERS } from './triggers';
import { applyPatternRules } from './pattern-rules';
import { isQuoted } from './quotes';
import { dateEntities } from './date-mentions';
import { sentenceRanges, tokenize } from './tokenize';
import { trimToLearnedBoundaries } from './boundaries';
import { preloadDictionary } from './dictionary';
import { preloadWordFrequencies } from './word-frequency';
import { wordInfo, type WordInfo } from './words';

export interface EmbeddedTaggerOptions {
  /** Gzipped model file; default libs/tagging/model/ner-model.json.gz. */
  modelPath?: string;
  /** Directory of gazetteer TSV files; default libs/tagging/gazetteers. */
  gazetteerDir?: string;
  /** Tag with gazetteers only (no model), e.g. when no model has been trained. */
  gazetteerOnly?: boolean;
  /** A model already loaded (training scripts evaluate a model in memory). */
  model?: NerModel;
}

const USE_LEARNED_BOUNDARIES = process.env.TAGGER_BOUNDARIES !== '0';

/** Longest text tagged; longer input is tagged up to this length, so one huge document cannot stall a worker. */
export const MAX_TAG_CHARS = 2_000_000;

/**
 * Gazetteer names fill what the model missed: untagged "مجلس الشعب" becomes ORG, and
 * "الحرس [الثوري]" (model tagged one word of the name) becomes the whole name.
 * When the model tagged a shorter name that is itself listed ("حركة [حماس]",
 * "قطاع [غزة]"), its span stays.  The lists hold only well-known names.
 */
function mergeGazetteer(labels: string[], matches: GazetteerMatch[], words: WordInfo[], gaz: Gazetteer): string[] {
  for (const m of matches) {
    const a = m.start;
    const b = m.end;
    // A model entity crossing the name's edges means the model saw a longer name: keep the model.
    if ((a > 0 && labels[a][0] === 'I') || (b < labels.length && labels[b][0] === 'I')) continue;
    // A name listed under two types ("برشلونة" city and club), or that is also an ordinary word, is left to
    // the model, unless quotes mark it as a name: "لـ «الجريدة»" is the newspaper.
    if (m.entries.length > 1 || (onlyAmbiguous(m) && !isQuoted(words, a, b))) continue;
    const type = m.entries[0].type;
    const inside = labels.slice(a, b);
    // The model's own type wins inside the name ("نادي [قطر]" stays the model's), unless its entity
    // covers under half of a longer listed name ("حلف شمال [الأطلسي]" is the alliance).
    const otherType = inside.filter((l) => l !== 'O' && l.slice(2) !== type).length;
    if (otherType > 0 && (b - a < 3 || 2 * otherType >= b - a)) continue;
    if (inside.some((l) => l !== 'O') && modelTaggedListedName(labels, a, b, words, gaz)) continue;
    labels[a] = `B-${type}`;
    for (let i = a + 1; i < b; i++) labels[i] = `I-${type}`;
  }
  return labels;
}

/** True when a model entity inside tokens [a, b) is a gazetteer name on its own. */
function modelTaggedListedName(labels: string[], a: number, b: number, words: WordInfo[], gaz: Gazetteer): boolean {
  for (let i = a; i < b; i++) {
    if (labels[i][0] !== 'B') continue;
    let j = i + 1;
    while (j < b && labels[j][0] === 'I') j++;
    const found = gaz.matchAll(words.slice(i, j).map((w) => w.norm));
    if (found.length === 1 && found[0].start === 0 && found[0].end === j - i) return true;
  }
  return false;
}

/**
 * Adds DATE entities (ISO date when it resolves, else the text).  A resolved date
 * wins over a name it overlaps ("15 نيسان 2016" is a date); a bare month name that
 * resolves to nothing loses to a name ("تتوقع نيسان" is the car maker).
 */
function withDates(named: Entity[], dates: Entity[]): Entity[] {
  if (!dates.length) return named;
  const overlaps = (a: Entity, b: Entity) => a.start < b.end && b.start < a.end;
  const strong = dates.filter((d) => d.normalized !== d.text || !named.some((e) => overlaps(d, e)));
  const free = named.filter((e) => !strong.some((d) => overlaps(d, e)));
  return [...free, ...strong].sort((a, b) => a.start - b.start);
}

/** Most frequent a word may be in the training text and still be propagated as a name on its own. */
const MAX_NAME_WORD_COUNT = 20;

/**
 * Names the first pass found, as a document-local gazetteer: each name, and for
 * people the surname parts ("بشار الأسد" -> "الأسد"), leaving out common words.
 */
function documentNames(spans: ResolvedSpan[], vocab: Vocabulary | undefined): Gazetteer {
  const names = new Gazetteer();
  const rare = (w: string) => (vocab?.get(w) ?? 0) <= MAX_NAME_WORD_COUNT && w.length >= 3 && !TRIGGERS.has(w);
  const seen = new Set<string>();
  for (const s of spans) {
    // A document repeats its names: each is added once.
    const id = s.type + s.key;
    if (seen.has(id)) continue;
    seen.add(id);
    const parts = s.key.split(' ');
    if (parts.length > 1 || rare(parts[0])) names.addKeys(s.type, s.key, [s.key]);
    if (s.type !== 'PER') continue;
    for (let k = 1; k < parts.length; k++) {
      const tail = parts.slice(k);
      if (tail.length > 1 || rare(tail[0])) names.addKeys('PER', tail.join(' '), [tail.join(' ')]);
    }
  }
  return names;
}

/** Document names fill untagged tokens or extend a shorter model entity of the same type; other types stay. */
function mergeDocumentNames(labels: string[], matches: GazetteerMatch[]): void {
  for (const m of matches) {
    if (m.entries.length > 1) continue;
    const type = m.entries[0].type;
    if ((m.start > 0 && labels[m.start][0] === 'I') || (m.end < labels.length && labels[m.end][0] === 'I')) continue;
    if (labels.slice(m.start, m.end).some((l) => l !== 'O' && l.slice(2) !== type)) continue;
    labels[m.start] = `B-${type}`;
    for (let i = m.start + 1; i < m.end; i++) labels[i] = `I-${type}`;
  }
}

export class EmbeddedTagger {
  readonly gazetteer: Gazetteer;
  readonly model: NerModel | null;

  constructor(options: EmbeddedTaggerOptions = {}) {
    this.gazetteer = loadGazetteer(options.gazetteerDir ?? GAZETTEER_DIR);
    const modelPath = options.modelPath ?? DEFAULT_MODEL_PATH;
    if (options.model) this.model = options.model;
    else if (options.gazetteerOnly) this.model = null;
    else if (existsSync(modelPath)) this.model = loadModel(modelPath);
    else if (options.modelPath) throw new Error(`NER model not found at ${modelPath}`);
    else this.model = null;
    if (this.model) {
      this.gazetteer.treatAsAmbiguous(this.model.commonNames);
      preloadDictionary();
      preloadWordFrequencies();
    }
  }

  /** Spans trimmed at the entity edges the model learned (no-op without a model or when TAGGER_BOUNDARIES=0). */
  private trim(runs: TokenSpan[], words: WordInfo[]): TokenSpan[] {
    return this.model && USE_LEARNED_BOUNDARIES ? trimToLearnedBoundaries(runs, words, this.model.boundaryWords) : runs;
  }

  tag(text: string): Entity[] {
    if (typeof text !== 'string') throw new TypeError('tag(text): text must be a string');
    const input = text.length > MAX_TAG_CHARS ? text.slice(0, MAX_TAG_CHARS) : text;
    const tokens = tokenize(input);
    const words = tokens.map((t) => wordInfo(t.text));
    const norms = words.map((w) => w.norm);
    const vocab = this.model?.vocabulary;
    // First pass: model + gazetteers, sentence by sentence.
    const ranges = sentenceRanges(input, tokens);
    const sentences = ranges.map(([from, to]) => {
      const sentWords = words.slice(from, to);
      const matches = this.gazetteer.matchAll(norms.slice(from, to));
      const gazTags = gazetteerTags(matches, to - from);
      const labels = this.model
        ? applyPatternRules(sentWords, mergeGazetteer(this.model.decode(sentWords, gazTags), matches, sentWords, this.gazetteer), this.gazetteer)
        : gazetteerLabels(matches, to - from);
      const byStart = new Map<number, GazetteerMatch>(matches.map((m) => [m.start, m]));
      return { from, to, sentWords, sentTokens: tokens.slice(from, to), labels, byStart, spans: [] as ResolvedSpan[] };
    });
    const resolveSentence = (s: (typeof sentences)[number]) => {
      const runs = fixNameShapes(
        extendPersonsWithFamilyName(
          extendPersonsWithGivenNames(
            splitPersonsAtConjunction(joinAdjacentPersons(this.trim(bioRuns(s.labels), s.sentWords), s.sentWords), s.sentWords, isGivenName),
            s.sentWords,
            s.labels,
            isGivenName,
          ),
          s.sentWords,
          s.labels,
          vocab,
        ),
        s.sentWords,
        s.labels,
        vocab,
        (name) => this.gazetteer.byName.has(name.filter((w) => w.isWord).map((w) => w.norm).join(' ')),
      );
      s.spans = [];
      for (const run of runs) {
        const span = resolveSpan(run, s.sentTokens, s.sentWords, s.byStart, this.gazetteer, vocab);
        if (span) s.spans.push(span);
      }
    };
    sentences.forEach(resolveSentence);
    // Second pass: names found once are found everywhere in the document ("... هاني زاده ... وختم هاني [زاده]").
    const docNames = documentNames(
      sentences.flatMap((s) => s.spans),
      vocab,
    );
    if (this.model && docNames.size > 0) {
      for (const s of sentences) {
        const matches = docNames.matchAll(norms.slice(s.from, s.to));
        if (!matches.length) continue;
        mergeDocumentNames(s.labels, matches);
        for (const m of matches) if (!s.byStart.has(m.start)) s.byStart.set(m.start, m);
        resolveSentence(s);
      }
    }
    const resolved = sentences.flatMap((s) => s.spans);
    const mentions: Mention[] = resolved.map((s) => ({ type: s.type, text: input.slice(s.start, s.end), key: s.key }));
    canonicalize(mentions, this.gazetteer);
    const named: Entity[] = resolved.map((s, i) => ({
      type: s.type,
      text: mentions[i].text,
      start: s.start,
      end: s.end,
      normalized: mentions[i].canonical ?? mentions[i].text,
    }));
    return withDates(named, dateEntities(input, tokens, words, ranges));
  }
}
