import { tokenize } from './tokenize';

// The definition the table-driven scanner must reproduce.
const reference = (text: string) => [...text.matchAll(/[\p{L}\p{M}\p{N}\u0640]+|\S/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));

describe('tokenize', () => {
  it.each([
    'قال الرئيسُ «بشار الأسد» في دمشق، يوم ١٥ آذار/مارس 2016: "لا"!',
    'Obama met Angela Merkel in Berlin… naïve café — 3.5%',
    'emoji 😀👍🏽 and CJK 北京 and Devanagari नमस्ते\u00a0nbsp\u2003em\u200bzwsp\ufeffbom',
    'lone surrogate \ud800 here and تـــطويل and ﷲ ﻻ presentation forms',
    '',
    '   \n\t ',
  ])('matches the regular-expression definition on %j', (text) => {
    expect(tokenize(text)).toEqual(reference(text));
  });
});
