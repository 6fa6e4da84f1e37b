import { decodeSignature, encodeSignature, estimatedJaccard, fingerprint, shingleHashes } from './fingerprint';

const ARTICLE =
  'قررت لجنة السياسة النقدية للبنك المركزي المصري في اجتماع استثنائي رفع سعري عائد الإيداع والإقراض لليلة واحدة ' +
  'بواقع 600 نقطة أساس وأعلن البنك أنه سيسمح لسعر صرف الجنيه بأن يتحدد وفقا لآليات السوق وتراجع الجنيه إلى نحو 49 جنيها للدولار';
const OTHER =
  'ضرب زلزال بقوة خمس درجات ولاية ملاطية شرقي تركيا فجر الخميس وشعر به سكان الولايات المجاورة دون أن ترد أنباء عن ضحايا ' +
  'وقالت إدارة الكوارث إن مركز الزلزال كان على عمق سبعة كيلومترات وأعقبته هزات ارتدادية';

describe('fingerprint', () => {
  it('gives the same signature for the same words whatever the spelling variants and diacritics', () => {
    const variant = ARTICLE.replace(/أ/g, 'ا').replace(/ة/g, 'ه').replace('المصري', 'المَصْري');
    expect(estimatedJaccard(fingerprint(ARTICLE).signature, fingerprint(variant).signature)).toBe(1);
  });

  it('estimates a high similarity for a light rewrite and a low one for another text', () => {
    const rewrite = ARTICLE.replace('في اجتماع استثنائي', 'خلال اجتماع طارئ').replace('نحو 49', 'قرابة 49');
    const copy = estimatedJaccard(fingerprint(ARTICLE).signature, fingerprint(rewrite).signature);
    const unrelated = estimatedJaccard(fingerprint(ARTICLE).signature, fingerprint(OTHER).signature);
    expect(copy).toBeGreaterThan(0.5);
    expect(unrelated).toBeLessThan(0.1);
  });

  it('shares LSH bands with a copy and none with an unrelated text', () => {
    const a = new Set(fingerprint(ARTICLE).bands);
    expect(fingerprint(`${ARTICLE} اقرأ أيضا`).bands.some((b) => a.has(b))).toBe(true);
    expect(fingerprint(OTHER).bands.some((b) => a.has(b))).toBe(false);
  });

  it('has no bands for an empty text and one shingle for a very short one', () => {
    expect(fingerprint('').bands).toEqual([]);
    expect(shingleHashes('سوريا').length).toBe(1);
  });

  it('round-trips a signature through its stored text form', () => {
    const { signature } = fingerprint(ARTICLE);
    expect(Array.from(decodeSignature(encodeSignature(signature)))).toEqual(Array.from(signature));
  });
});
