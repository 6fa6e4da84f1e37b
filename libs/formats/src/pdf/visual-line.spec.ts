import { toLogical, visualLineToLogical } from './visual-line';

/** A word as drawn: its characters left to right, i.e. an Arabic word reversed. */
const drawn = (logical: string, xMin: number, width: number) => ({ xMin, xMax: xMin + width, text: [...logical].reverse().join('') });

describe('visualLineToLogical', () => {
  it('puts right-to-left words back in reading order, keeping digits as they read', () => {
    expect(toLogical([...'في عام 2017 قال'].reverse().join('').replace('7102', '2017'))).toBe('في عام 2017 قال');
    expect(toLogical('Reuters 2017')).toBe('Reuters 2017');
  });

  it('closes the gaps Arabic fonts leave after non-joining letters, keeps real spaces', () => {
    // "في سوريا" drawn as "يا" | "سور" | "في": a 1.8 pt kerning gap inside the word, 4.4 pt spaces.
    const line = [drawn('يا', 100, 10), drawn('سور', 111.8, 20), drawn('في', 136.2, 10)];
    expect(visualLineToLogical(line, 19.5)).toBe('في سوريا');
  });

  it('keeps the space before an overhanging kaf: after a joining letter a gap is a space', () => {
    // "جانبه كشف": the kaf reaches back over the space, leaving 1 pt.
    expect(visualLineToLogical([drawn('كشف', 100, 20), drawn('جانبه', 121, 30)], 19.5)).toBe('جانبه كشف');
    expect(visualLineToLogical([drawn('كلها', 100, 20), drawn('المنطقة', 120.7, 30)], 19.5)).toBe('المنطقة كلها');
  });

  it('attaches harakat drawn apart from their letters', () => {
    expect(visualLineToLogical([drawn('َل', 100, 5), drawn('ِب', 107.8, 5), drawn('ق', 114.5, 5)], 19.5)).toBe('قِبَل');
  });
});
