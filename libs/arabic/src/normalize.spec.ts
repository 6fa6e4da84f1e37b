import { foldChar, foldPresentationForms, foldPresentationFormsWithOffsets, isIgnorableChar, normalizeArabic, normalizeWithOffsets } from './normalize';

describe('normalizeArabic', () => {
  it('unifies hamza seats, alef maqsura and ta marbuta', () => {
    expect(normalizeArabic('أحمد إلى آمنة مسؤول رئيس')).toBe('احمد الي امنه مسوول رييس');
  });
  it('drops diacritics and tatweel and collapses spaces', () => {
    expect(normalizeArabic('  قِبَل   الـــطيران ')).toBe('قبل الطيران');
  });
  it('maps Arabic-Indic digits and lower-cases Latin', () => {
    expect(normalizeArabic('٢٠١٧ ABC')).toBe('2017 abc');
  });
});

describe('normalizeWithOffsets', () => {
  it('maps normalised characters back to the original text', () => {
    const text = 'في سُوريَّة';
    const { normalized, offsets } = normalizeWithOffsets(text);
    expect(normalized).toBe('في سوريه');
    const start = normalized.indexOf('سوريه');
    expect(text.slice(offsets[start], offsets[start + 5])).toBe('سُوريَّة');
  });
});

describe('presentation forms', () => {
  // "سوريا" and "لا" as a PDF producer writes them: contextual glyph codes, lam-alef ligature.
  const SURIYA = '\uFEB3\uFEEE\uFEAE\uFEF3\uFE8E';
  it('folds contextual forms and ligatures to letters, keeping digits and punctuation', () => {
    expect(foldPresentationForms(`${SURIYA} \uFEFB ١٢، (2017) \uFDF2`)).toBe('سوريا لا ١٢، (2017) الله');
    expect(foldPresentationForms('\uFEF7\uFEE3\uFEF4\uFEAE')).toBe('لأمير');
  });
  it('leaves compatibility characters outside the Arabic blocks alone (NFKC only on Arabic letters)', () => {
    expect(foldPresentationForms('ﬁ ² ① \uFD3E')).toBe('ﬁ ² ① \uFD3E');
  });
  it('drops the space NFKC puts before an isolated haraka form', () => {
    expect(foldPresentationForms('\uFEB3\uFE76')).toBe('سَ');
  });
  it('makes normalizeArabic (queries and index terms) see letters', () => {
    expect(normalizeArabic(`${SURIYA}  \uFEF7\uFEE3\uFEF4\uFEAE`)).toBe('سوريا لامير');
    expect(normalizeArabic('\uFEB3\uFE76\uFE77')).toBe('س');
  });
  it('maps folded characters back to the input', () => {
    const text = `في \uFEFB${SURIYA}`;
    const { folded, offsets } = foldPresentationFormsWithOffsets(text);
    expect(folded).toBe('في لاسوريا');
    expect(offsets.slice(3, 6)).toEqual([3, 3, 4]);
    expect(text.slice(offsets[5], offsets[folded.length])).toBe(SURIYA);
    const n = normalizeWithOffsets(text);
    expect(n.normalized).toBe('في لاسوريا');
    expect(text.slice(n.offsets[5], n.offsets[10])).toBe(SURIYA);
  });
});

describe('normalizeArabic fold table', () => {
  // The rules character by character, as normalizeArabic applied them before it read a table.
  function byRules(text: string): string {
    let out = '';
    let pendingSpace = false;
    for (const ch of text) {
      if (isIgnorableChar(ch)) continue;
      if (/\s/.test(ch)) {
        pendingSpace = out.length > 0;
        continue;
      }
      if (pendingSpace) {
        out += ' ';
        pendingSpace = false;
      }
      out += foldChar(ch);
    }
    return out;
  }

  it('gives what the rules give for every UTF-16 unit, alone and between letters', () => {
    const differing: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const text = `ا${String.fromCharCode(unit)} ب${String.fromCharCode(unit)}`;
      if (normalizeArabic(text) !== byRules(text)) differing.push(unit);
    }
    expect(differing).toEqual([]);
  });

  it('handles characters beyond the BMP, lone surrogates and expanding ligatures', () => {
    for (const text of ['😀 ÄÖ İstanbul', 'x \uD800 y \uDC00', 'ﷺ'.repeat(40), ' \u00a0\ufeff ', '']) {
      expect(normalizeArabic(text)).toBe(byRules(text));
    }
  });
});
