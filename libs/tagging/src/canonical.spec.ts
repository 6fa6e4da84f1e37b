import { canonicalize, type Mention } from './canonical';
import { Gazetteer } from './gazetteer';
import { normalizeArabic } from '@app/arabic';

const mention = (type: Mention['type'], text: string): Mention => ({ type, text, key: normalizeArabic(text) });

describe('canonicalize', () => {
  const gaz = new Gazetteer();
  gaz.add('LOC', 'سوريا', ['سورية']);

  it('gives a person short form the full name of the document', () => {
    const ms = [mention('PER', 'أيمن الصفدي'), mention('PER', 'الصفدي'), mention('PER', 'صفدي')];
    canonicalize(ms, gaz);
    expect(ms.map((m) => m.canonical)).toEqual(['أيمن الصفدي', 'أيمن الصفدي', 'أيمن الصفدي']);
  });

  it('joins an organisation cited with and without its head or nisba adjective', () => {
    const ms = [mention('ORG', 'وكالة مهر'), mention('ORG', 'مهر'), mention('ORG', 'وزارة الدفاع الإيرانية'), mention('ORG', 'وزارة الدفاع')];
    canonicalize(ms, gaz);
    expect(ms.map((m) => m.canonical)).toEqual(['وكالة مهر', 'وكالة مهر', 'وزارة الدفاع الإيرانية', 'وزارة الدفاع الإيرانية']);
  });

  it('uses gazetteer names and merges -يا/-ية spellings of unlisted places', () => {
    const ms = [mention('LOC', 'سورية'), mention('LOC', 'سلوفينيا'), mention('LOC', 'سلوفينية')];
    canonicalize(ms, gaz);
    expect(ms.map((m) => m.canonical)).toEqual(['سوريا', 'سلوفينيا', 'سلوفينيا']);
  });

  it('keeps different people apart', () => {
    const ms = [mention('PER', 'حسن روحاني'), mention('PER', 'حسن')];
    canonicalize(ms, gaz);
    expect(ms[1].canonical).toBe('حسن');
  });
});
