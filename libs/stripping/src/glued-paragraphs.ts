/**
 * Repairs paragraphs glued while scraping: a sub-heading stuck after the full stop of
 * the previous paragraph ("...بأسرع وقت ممكن.الفوعة وكفريا") becomes its own paragraph.
 * Only the end of a line is split: a heading is followed by a line break, while a
 * missing space inside a line ("شروط.وبحسب") is just a typo between sentences.
 */

// Sentence end, then (no space) a short tail of 2-8 words with no sentence punctuation
// that starts with an Arabic letter and ends the line.
const GLUED_TAIL = /([.!؟?])([\u0621-\u064A][^.!؟?:؛\n]{2,80})$/;

export function splitGluedHeading(paragraph: string): string[] {
  const m = GLUED_TAIL.exec(paragraph);
  if (!m) return [paragraph];
  const tail = m[2].trim();
  const tailWords = tail.split(/\s+/).length;
  const head = paragraph.slice(0, m.index + 1);
  // A heading is short; the paragraph before it is a real paragraph.
  if (tailWords < 2 || tailWords > 8 || head.split(/\s+/).length < 12 || /[،,]/.test(tail)) return [paragraph];
  return [head, tail];
}
