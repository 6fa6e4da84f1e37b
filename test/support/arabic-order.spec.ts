import { reversedArabicWords } from './arabic-order';

const reverse = (s: string) => [...s].reverse().join('');

describe('reversedArabicWords', () => {
  it('finds nothing in Arabic written in logical order', () => {
    expect(reversedArabicWords('قصف الطيران الروسي مواقع في سورية على الحدود، ومصطفى قال')).toEqual([]);
  });

  it('catches words reversed into visual order', () => {
    expect(reversedArabicWords(reverse('في سورية على الحدود'))).toEqual([reverse('على'), reverse('سورية')]);
  });
});
