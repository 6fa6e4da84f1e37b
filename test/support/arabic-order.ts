/**
 * Words that show Arabic stored in visual (reversed) order rather than logical order:
 * a word cannot begin with ta marbuta (ة) or alef maqsura (ى), which only end words,
 * so "ةيروس" (سورية reversed) or "ىلع" (على reversed) give it away.
 */
export function reversedArabicWords(text: string): string[] {
  return (text.match(/[\u0600-\u06FF]+/g) ?? []).filter((word) => /^[\u0629\u0649]/.test(word));
}
