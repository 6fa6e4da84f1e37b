/**
 * DATE entities through findDates (@app/arabic), run only on the sentences that
 * could hold a date: findDates scans the whole text with several regular
 * expressions, which cost as much as the rest of the tagging on news pages.
 */
import { findDates } from '@app/arabic';
import type { Entity } from '@app/contracts';
import { withOneProclitic } from './clitics';
import type { Token } from './tokenize';
import type { WordInfo } from './words';

// Every findDates pattern needs a four-digit year, a month name or a weekday name; these
// are the month and weekday names in normalised spelling (both naming systems, Maghrebi, Hijri).
const DATE_WORDS = withOneProclitic(
  (
    'يناير فبراير مارس ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين ' +
    'جانفي فيفري افريل ماي جوان جويليه يوليوز اوت غشت شتنبر نونبر دجنبر محرم صفر ربيع جمادي رجب شعبان رمضان شوال القعده الحجه ' +
    'السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه'
  ).split(' '),
);

// A day or month number alone is no date ("3 قتلى"): numeric dates also carry a year.
const YEAR = /[0-9]{4}/;
const mayHoldDate = (w: WordInfo): boolean => DATE_WORDS.has(w.norm) || YEAR.test(w.norm);

// Tokens a date phrase may reach on each side of its digit or month/weekday word:
// "يوم الثلاثاء 15 آذار / مارس 2016 م" spans six tokens after the weekday.
const REACH = 7;

/**
 * Date entities, with offsets into `text`: findDates runs on windows of REACH
 * tokens around each token that could belong to a date, within its sentence.
 */
export function dateEntities(text: string, tokens: Token[], words: WordInfo[], sentences: Array<[number, number]>): Entity[] {
  const out: Entity[] = [];
  for (const [from, to] of sentences) {
    let winStart = -1;
    let winEnd = -1;
    const flush = () => {
      if (winStart < 0) return;
      const start = tokens[winStart].start;
      for (const d of findDates(text.slice(start, tokens[winEnd - 1].end))) {
        out.push({ type: 'DATE', text: d.text, start: start + d.start, end: start + d.end, normalized: d.iso ?? d.text });
      }
      winStart = -1;
    };
    for (let i = from; i < to; i++) {
      if (!mayHoldDate(words[i])) continue;
      const a = Math.max(from, i - REACH);
      const b = Math.min(to, i + REACH + 1);
      if (winStart >= 0 && a <= winEnd) winEnd = Math.max(winEnd, b);
      else {
        flush();
        winStart = a;
        winEnd = b;
      }
    }
    flush();
  }
  return out;
}
