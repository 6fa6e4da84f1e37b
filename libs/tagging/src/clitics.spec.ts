import { cliticSplits, stemWord } from './clitics';
import { procliticCut } from './spans';
import { Gazetteer } from './gazetteer';

describe('clitics', () => {
  it('lists the readings of a word with proclitics', () => {
    expect(cliticSplits('والعراق')).toEqual([{ rest: 'والعراق', cut: 0 }, { rest: 'العراق', cut: 1 }]);
    expect(cliticSplits('وبغداد').map((s) => s.rest)).toEqual(['وبغداد', 'بغداد', 'غداد']);
    expect(cliticSplits('للعراق').map((s) => s.rest)).toEqual(['للعراق', 'لعراق', 'العراق']);
  });

  it('stems for features', () => {
    expect(stemWord('وبالعاصمه')).toBe('عاصمه');
    expect(stemWord('الاسد')).toBe('اسد');
  });

  it('cuts a proclitic only when the rest is the name', () => {
    const gaz = new Gazetteer();
    gaz.add('LOC', 'سوريا', []);
    gaz.add('PER', 'بوتين', []);
    gaz.add('LOC', 'واشنطن', []);
    expect(procliticCut('بسوريا', gaz, undefined)).toBe(1);
    expect(procliticCut('بوتين', gaz, undefined)).toBe(0);
    expect(procliticCut('واشنطن', gaz, undefined)).toBe(0);
    expect(procliticCut('وواشنطن', gaz, undefined)).toBe(1);
    expect(procliticCut('وبالقاهره', gaz, undefined)).toBe(2);
    expect(procliticCut('للعراق', gaz, undefined)).toBe(2);
    // Unknown word: و is taken as the conjunction, ب kept.
    expect(procliticCut('وكروبي', gaz, undefined)).toBe(1);
    expect(procliticCut('بهبهان', gaz, undefined)).toBe(0);
  });
});
