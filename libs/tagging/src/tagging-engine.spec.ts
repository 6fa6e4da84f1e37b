import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type { Entity } from '@app/contracts';
import { createEmbeddedTagger, facetsOf } from './tagging-engine';
import { scoreSeedDocument, seedText, sumSeedScores, type SeedGold } from './seed-scorer';
import { extendPersonsWithGivenNames, splitPersonsAtConjunction } from './spans';
import { isGivenName } from './features';
import { tokenize } from './tokenize';
import { wordInfo } from './words';

const tagger = createEmbeddedTagger();

/** Offsets are UTF-16 indices into the input, text is the slice, entities ordered and disjoint. */
function expectValidSpans(text: string, entities: Entity[]): void {
  let lastEnd = 0;
  for (const e of entities) {
    expect(e.start).toBeGreaterThanOrEqual(lastEnd);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(e.normalized.length).toBeGreaterThan(0);
    lastEnd = e.end;
  }
}

const texts = (type: Entity['type'], entities: Entity[]) => entities.filter((e) => e.type === type).map((e) => e.text);

describe('createEmbeddedTagger', () => {
  it('finds people, places and organisations with exact offsets', () => {
    const text = 'قال الرئيس الروسي فلاديمير بوتين في موسكو إن حلف شمال الأطلسي يهدد أمن روسيا.';
    const entities = tagger.tag(text);
    expectValidSpans(text, entities);
    expect(texts('PER', entities)).toContain('فلاديمير بوتين');
    expect(texts('LOC', entities)).toEqual(expect.arrayContaining(['موسكو', 'روسيا']));
    expect(texts('ORG', entities)).toContain('حلف شمال الأطلسي');
  });

  it('leaves attached proclitics out of spans and restores the article of لل', () => {
    const text = 'وصل الوفد إلى بغداد قادما من دمشق، ثم توجه وزير الخارجية بعدها إلى لبنان وبسوريا والعراق وللعراق.';
    const entities = tagger.tag(text);
    expectValidSpans(text, entities);
    const locs = entities.filter((e) => e.type === 'LOC');
    expect(locs.map((e) => e.text)).toEqual(expect.arrayContaining(['بغداد', 'دمشق', 'لبنان', 'سوريا', 'العراق']));
    expect(locs.map((e) => e.text)).not.toContain('وبسوريا');
    // "وللعراق": the span starts after و ل ل; the name keeps its article.
    const last = locs[locs.length - 1];
    expect(last.text).toBe('عراق');
    expect(last.normalized).toBe('العراق');
  });

  it('does not put quotes or guillemets inside names', () => {
    const text = 'ونقلت وكالة «رويترز» عن مصادر في "حزب الله" أن الاجتماع عقد في 《طهران》.';
    const entities = tagger.tag(text);
    expectValidSpans(text, entities);
    for (const e of entities) expect(e.text).not.toMatch(/^["«»《》]|["«»《》]$/);
    expect(entities.map((e) => e.normalized)).toEqual(expect.arrayContaining(['رويترز', 'حزب الله', 'طهران']));
  });

  it('merges the two spellings of a country into one entity', () => {
    const entities = tagger.tag('تواصل روسيا غاراتها على سورية. وتقول موسكو إن وجودها في سوريا شرعي.');
    const facets = facetsOf(entities);
    expect(entities.filter((e) => e.type === 'LOC' && /^سوري[اة]$/.test(e.text))).toHaveLength(2);
    expect(facets.locations.filter((l) => l.startsWith('سوري'))).toEqual(['سوريا']);
  });

  it('resolves a short form to the full name found earlier in the document', () => {
    const text = 'استقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني في دمشق. وقال الأسد إن بلاده ستواصل الحرب.';
    const entities = tagger.tag(text);
    const short = entities.find((e) => e.type === 'PER' && e.text === 'الأسد');
    expect(short?.normalized).toBe('بشار الأسد');
    expect(facetsOf(entities).persons).toEqual(['بشار الأسد']);
  });

  it('tags dates through findDates with ISO dates', () => {
    const text = 'عقد الاجتماع في ١٢ شباط ٢٠١٧ ثم في 15 مارس 2016 وفي 3 رمضان 1437 هـ.';
    const dates = tagger.tag(text).filter((e) => e.type === 'DATE');
    expectValidSpans(text, dates);
    // Umm al-Qura: 1 Ramadan 1437 fell on 6 June 2016 (the tabular calendar says 7 June).
    expect(dates.map((d) => d.normalized)).toEqual(['2017-02-12', '2016-03-15', '2016-06-08']);
  });

  it('copes with empty, non-Arabic, mixed-script and very long text', () => {
    expect(tagger.tag('')).toEqual([]);
    expect(tagger.tag('   \n\n  ')).toEqual([]);
    const english = 'The quick brown fox jumps over the lazy dog. 2024-01-01 😀';
    expectValidSpans(english, tagger.tag(english));
    const mixed = 'قال Emmanuel Macron في باريس 😀 إن فرنسا ستدعم أوكرانيا‏ (AFP).';
    const mixedEntities = tagger.tag(mixed);
    expectValidSpans(mixed, mixedEntities);
    expect(texts('LOC', mixedEntities)).toEqual(expect.arrayContaining(['باريس', 'فرنسا', 'أوكرانيا']));
    const long = 'التقى وزير الخارجية الأمريكي في القاهرة نظيره المصري لبحث الأوضاع في غزة. '.repeat(5000);
    const longEntities = tagger.tag(long);
    expectValidSpans(long, longEntities);
    expect(longEntities.filter((e) => e.text === 'القاهرة')).toHaveLength(5000);
  });

  it('rejects a non-string input with a clear error', () => {
    expect(() => tagger.tag(undefined as unknown as string)).toThrow(/must be a string/);
  });
});

describe('facetsOf', () => {
  it('keeps one canonical name per entity and type', () => {
    const e = (type: Entity['type'], normalized: string): Entity => ({ type, text: normalized, start: 0, end: 1, normalized });
    expect(facetsOf([e('LOC', 'سوريا'), e('LOC', 'سوريا'), e('PER', 'بشار الأسد'), e('ORG', 'حزب الله'), e('DATE', '2016-01-01'), e('PER', 'بشار الاسد')])).toEqual({
      persons: ['بشار الأسد'],
      organizations: ['حزب الله'],
      locations: ['سوريا'],
    });
  });
});

describe('seed documents', () => {
  const goldDir = join(__dirname, '..', '..', '..', 'seeds', 'gold');
  const scores = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as SeedGold;
      const text = seedText(gold);
      const entities = tagger.tag(text);
      expectValidSpans(text, entities);
      return scoreSeedDocument(gold, entities);
    });
  const totals = sumSeedScores(scores);
  it.each(['PER', 'ORG', 'LOC'])('document-level F1 for %s is at least 0.90', (type) => {
    expect(totals[type].f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('dates by sentence', () => {
  it('finds the same dates as findDates on the whole text', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { findDates } = require('@app/arabic') as typeof import('@app/arabic');
    const goldDir = join(__dirname, '..', '..', '..', 'seeds');
    for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(goldDir, f), 'utf8');
      const expected = findDates(text).map((d) => `${d.start}:${d.end}:${d.iso}`);
      const got = tagger.tag(text).filter((e) => e.type === 'DATE').map((e) => `${e.start}:${e.end}:${e.normalized === e.text ? null : e.normalized}`);
      expect(got).toEqual(expected);
    }
  });
});

describe('non-Arabic text', () => {
  it('gives no entities for Latin-script names the model was not trained on', () => {
    const text = 'Barack Obama met Angela Merkel in Berlin on Monday.';
    expect(tagger.tag(text).filter((e) => e.type !== 'DATE')).toEqual([]);
  });
});

describe('organisation names with a nisba adjective', () => {
  it('keeps the adjective of a generic name and leaves listed names alone', () => {
    const bank = tagger.tag('أعلن البنك المركزي الأردني رفع الفائدة.').filter((e) => e.type === 'ORG');
    expect(bank.map((e) => e.text)).toEqual(['البنك المركزي الأردني']);
    const party = tagger.tag('وقال حزب الله اللبناني إن الهدنة صامدة.').filter((e) => e.type === 'ORG');
    expect(party.map((e) => e.text)).toEqual(['حزب الله']);
  });
});

describe('person spans', () => {
  it('splits two people joined by "و + given name" and keeps a given name left out before a name', () => {
    const words = tokenize('التقى طارق السعيد وحسن مصطفى أمس').map((t) => wordInfo(t.text));
    const runs = splitPersonsAtConjunction([{ type: 'PER', start: 1, end: 5 }], words, isGivenName);
    expect(runs).toEqual([
      { type: 'PER', start: 1, end: 3 },
      { type: 'PER', start: 3, end: 5 },
    ]);
    const one = splitPersonsAtConjunction([{ type: 'PER', start: 1, end: 3 }], tokenize('قال وليد جنبلاط').map((t) => wordInfo(t.text)), isGivenName);
    expect(one).toEqual([{ type: 'PER', start: 1, end: 3 }]);
    const nisba = tokenize('الرئيسان بوتين والتركي أردوغان').map((t) => wordInfo(t.text));
    expect(splitPersonsAtConjunction([{ type: 'PER', start: 1, end: 4 }], nisba, isGivenName)).toEqual([
      { type: 'PER', start: 1, end: 2 },
      { type: 'PER', start: 3, end: 4 },
    ]);
    const titled = tokenize('الملك عبدالله والرئيس بشار الأسد').map((t) => wordInfo(t.text));
    expect(splitPersonsAtConjunction([{ type: 'PER', start: 1, end: 5 }], titled, isGivenName)).toEqual([
      { type: 'PER', start: 1, end: 2 },
      { type: 'PER', start: 3, end: 5 },
    ]);
    const left = tokenize('ومنح وأشرف عبد الباقي').map((t) => wordInfo(t.text));
    expect(extendPersonsWithGivenNames([{ type: 'PER', start: 2, end: 4 }], left, ['O', 'O', 'B-PER', 'I-PER'], isGivenName)).toEqual([{ type: 'PER', start: 1, end: 4 }]);
  });
});
