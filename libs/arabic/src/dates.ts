/**
 * Date mentions in Arabic news text: Gregorian months in both naming systems
 * (مارس / آذار, plus Maghrebi forms), Hijri dates (converted with the Umm al-Qura
 * calendar), numeric dates, weekday phrases and years alone.
 * Matching runs on normalised text (normalizeWithOffsets) so hamza, ya and
 * ta marbuta variants and Arabic-Indic digits all match; spans are mapped back
 * to UTF-16 offsets of the original text.
 */
import { isIgnorableChar, normalizeWithOffsets } from './normalize';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' as far as the mention resolves; null when it does not. */
  iso: string | null;
}

type Calendar = 'gregorian' | 'hijri';

/** Month names in normalised spelling (أ→ا, ة→ه, ى→ي) -> [calendar, month number]. */
const MONTHS: Record<string, [Calendar, number]> = {
  // Egyptian / transliterated names: "12 مارس 2017"
  يناير: ['gregorian', 1], فبراير: ['gregorian', 2], مارس: ['gregorian', 3], ابريل: ['gregorian', 4],
  مايو: ['gregorian', 5], يونيو: ['gregorian', 6], يونيه: ['gregorian', 6], يوليو: ['gregorian', 7],
  يوليه: ['gregorian', 7], اغسطس: ['gregorian', 8], سبتمبر: ['gregorian', 9], اكتوبر: ['gregorian', 10],
  نوفمبر: ['gregorian', 11], ديسمبر: ['gregorian', 12],
  // Levantine / Iraqi (Syriac) names: "12 آذار 2017", "تشرين الأول"
  'كانون الثاني': ['gregorian', 1], شباط: ['gregorian', 2], اذار: ['gregorian', 3], نيسان: ['gregorian', 4],
  ايار: ['gregorian', 5], حزيران: ['gregorian', 6], تموز: ['gregorian', 7], اب: ['gregorian', 8],
  ايلول: ['gregorian', 9], 'تشرين الاول': ['gregorian', 10], 'تشرين الثاني': ['gregorian', 11],
  'كانون الاول': ['gregorian', 12],
  // Maghrebi (French- and Moroccan-derived) names: "3 جانفي 2019", "5 غشت 2020"
  جانفي: ['gregorian', 1], فيفري: ['gregorian', 2], افريل: ['gregorian', 4], ماي: ['gregorian', 5],
  جوان: ['gregorian', 6], جويليه: ['gregorian', 7], يوليوز: ['gregorian', 7], اوت: ['gregorian', 8],
  غشت: ['gregorian', 8], شتنبر: ['gregorian', 9], نونبر: ['gregorian', 11], دجنبر: ['gregorian', 12],
  // Hijri: "15 رمضان 1438", "ذي الحجة"
  محرم: ['hijri', 1], صفر: ['hijri', 2], 'ربيع الاول': ['hijri', 3], 'ربيع الثاني': ['hijri', 4],
  'ربيع الاخر': ['hijri', 4], 'جمادي الاولي': ['hijri', 5], 'جمادي الاول': ['hijri', 5],
  'جمادي الثانيه': ['hijri', 6], 'جمادي الاخره': ['hijri', 6], 'جمادي الثاني': ['hijri', 6],
  'جمادي الاخر': ['hijri', 6], رجب: ['hijri', 7], شعبان: ['hijri', 8], رمضان: ['hijri', 9], شوال: ['hijri', 10],
  'ذو القعده': ['hijri', 11], 'ذي القعده': ['hijri', 11], 'ذو الحجه': ['hijri', 12], 'ذي الحجه': ['hijri', 12],
};

/**
 * Names that are also ordinary words (اب "father", ماي, صفر "zero", رجب a given name,
 * رمضان the fasting month as such): a mention needs a day or a year beside them.
 */
const AMBIGUOUS = new Set(['اب', 'ماي', 'اوت', 'جوان', 'صفر', 'رجب', 'محرم', 'شعبان', 'رمضان', 'شوال']);

const WEEKDAYS = 'السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه';

const alt = (names: string[]) =>
  names
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, '\\s+'))
    .join('|');
const MONTH_ALT = alt(Object.keys(MONTHS));

// Letter/digit boundaries (\b does not work for Arabic script); a one-letter proclitic
// (و ف ب ل) may precede: "و2017-03-12", "بـ 12 مارس".
const B = '(?<=^|[^\\p{L}\\p{N}]|(?<![\\p{L}\\p{N}])[وفبل])';
const E = '(?![\\p{L}\\p{N}])';
const WD_PREFIX = `(?:(?:${WEEKDAYS})\\s*[,،]?\\s*)?`;
const ERA = '(?:\\s*(ه|م)(?![\\p{L}\\p{N}]))?';
/** A year ending the mention, with its era letter glued or not: "2025", "2025م", "1447 هـ". */
const YEAR_ERA = '(\\d{4})(?:\\s*(ه|م)(?![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))';

/** "الجمعة، 19 رمضان 1445", "15 من آذار/مارس عام 2017", "14 نوفمبر تشرين الثاني 2025", "مارس 2024", "كانون الأول". */
const TEXTUAL = new RegExp(
  `${B}${WD_PREFIX}(?:(\\d{1,2})\\s*(?:من\\s+)?)?(?:شهر\\s+)?(${MONTH_ALT})${E}` +
    // A second name of the same month, after a slash or bracket or a space: "آذار/مارس", "نوفمبر تشرين الثاني".
    `(?:(?:\\s*[/(\\-–]\\s*|\\s+)(?:${MONTH_ALT})${E}(?:\\s*\\))?)?` +
    `(?:\\s*[,،]?\\s*(?:من\\s+)?(?:(?:ال)?(?:عام|سنه)\\s+)?${YEAR_ERA})?`,
  'gu',
);

/** "12/03/2017", "12-3-2017", "12 / 3 / 2017", "السبت 12.03.2017", "15/9/1438هـ". */
const NUMERIC_DMY = new RegExp(
  `${B}${WD_PREFIX}(\\d{1,2})\\s?([/.\\-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})(?![\\d/.\\-])${ERA}`,
  'gu',
);
/** "2017-03-12", "2017/3/12". */
const NUMERIC_YMD = new RegExp(`${B}(\\d{4})([/.\\-])(\\d{1,2})\\2(\\d{1,2})(?![\\d/.\\-])${ERA}`, 'gu');
/** "عام 2016", "للعام 2016م", "سنة 1438 هـ", or a year with an era letter: "1438 هـ". */
const YEAR_ALONE = new RegExp(
  `${B}(?:(?:[وفبل]{0,2}(?:ال|ل)?(?:عام|عامي|سنه|سنتي)\\s+${YEAR_ERA})|(?:(\\d{4})\\s*(ه|م)(?![\\p{L}\\p{N}])))`,
  'gu',
);
/** English and French month names, as bylines of bilingual pages write dates: "Nov 18, 2025", "18 novembre 2025". */
const LATIN_MONTHS: Array<[RegExp, number]> = [
  [/^(?:jan(?:uary)?|janv(?:ier)?)$/, 1], [/^(?:feb(?:ruary)?|f[ée]v(?:rier)?)$/, 2], [/^(?:mar(?:ch)?|mars)$/, 3],
  [/^(?:apr(?:il)?|avr(?:il)?)$/, 4], [/^(?:may|mai)$/, 5], [/^(?:june?|juin)$/, 6], [/^(?:july?|juil(?:let)?)$/, 7],
  [/^(?:aug(?:ust)?|ao[uû]t)$/, 8], [/^(?:sep(?:t(?:ember)?)?|sept(?:embre)?)$/, 9], [/^(?:oct(?:ober|obre)?)$/, 10],
  [/^(?:nov(?:ember|embre)?)$/, 11], [/^(?:dec(?:ember)?|d[ée]c(?:embre)?)$/, 12],
];
const LATIN_MONTH = '(jan(?:uary|vier)?|janv|feb(?:ruary)?|f[ée]v(?:rier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sept?(?:ember|embre)?|oct(?:ober|obre)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?)';
/** "Nov 18, 2025", "November 18th, 2025", "18 Nov 2025", "18 novembre 2025". */
const LATIN_TEXTUAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})\\s+${LATIN_MONTH}\\.?|${LATIN_MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+(\\d{4})(?![\\p{L}\\p{N}])`,
  'gu',
);

function latinMatch(m: RegExpExecArray): Raw | null {
  const name = m[2] ?? m[3];
  const month = LATIN_MONTHS.find(([re]) => re.test(name))?.[1];
  const day = Number(m[1] ?? m[4]);
  const year = Number(m[5]);
  if (month === undefined || !isGregorianYear(year) || !validDay(year, month, day)) return null;
  return { start: m.index, end: m.index + m[0].length, iso: resolve('gregorian', year, month, day), hijri: false };
}

/** "يوم السبت", "أمس الأحد", "يومي الثلاثاء والأربعاء". */
const ANY_MONTH = new RegExp(MONTH_ALT, 'u');
const ANY_WEEKDAY = new RegExp(WEEKDAYS, 'u');
const WEEKDAY_PHRASE = new RegExp(
  `${B}(?:يوم|يومي|امس|اليوم|غدا|صباح|مساء|ليله|فجر|ظهر|عصر|نهار)\\s+(?:${WEEKDAYS})${E}(?:\\s+و\\s*(?:${WEEKDAYS})${E})?`,
  'gu',
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Julian day number (integer, noon-based) of a tabular Islamic (civil, epoch 16 July 622) date. */
function tabularHijriToJdn(year: number, month: number, day: number): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439;
}

const JDN_1970 = 2440588;
const DAY_MS = 86400000;

// ICU knows the Umm al-Qura calendar (the official Saudi one, month starts from its tables) only
// as Gregorian -> Hijri, so the inverse searches the days around the tabular estimate, which is
// at most two days off in the years ICU holds tables for (1300-1600 AH; outside them ICU
// falls back to the civil calendar, which the estimate hits exactly).
const UMM_AL_QURA = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function ummAlQuraParts(jdn: number): [number, number, number] {
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of UMM_AL_QURA.formatToParts(new Date((jdn - JDN_1970) * DAY_MS))) {
    if (p.type === 'year') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return [y, m, d];
}

const monthStarts = new Map<number, number>();

/** Julian day number of the first day of an Umm al-Qura month (cached: a few hundred months occur). */
function ummAlQuraMonthStart(year: number, month: number): number {
  const key = year * 16 + month;
  const cached = monthStarts.get(key);
  if (cached !== undefined) return cached;
  const estimate = tabularHijriToJdn(year, month, 1);
  let start = estimate;
  for (const offset of [0, -1, 1, -2, 2, -3, 3]) {
    const [y, m, d] = ummAlQuraParts(estimate + offset);
    if (y === year && m === month && d === 1) {
      start = estimate + offset;
      break;
    }
  }
  monthStarts.set(key, start);
  return start;
}

/** Proleptic Gregorian date of a Julian day number. */
function jdnToGregorian(jdn: number): [number, number, number] {
  const d = new Date((jdn - JDN_1970) * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * Umm al-Qura Hijri -> Gregorian 'YYYY-MM-DD' ("1 شوال 1444" -> 2023-04-21), or null when the
 * month has no such day (day 30 of a 29-day month).
 */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const jdn = ummAlQuraMonthStart(year, month) + day - 1;
  if (day === 30 && ummAlQuraParts(jdn)[1] !== month) return null;
  const [y, m, d] = jdnToGregorian(jdn);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const isGregorianYear = (y: number) => y >= 1800 && y <= 2150;
const isHijriYear = (y: number) => y >= 1200 && y <= 1600;

/** ISO form of a (calendar, year?, month?, day?) triple, or null when it does not resolve. */
function resolve(cal: Calendar, year: number | null, month: number | null, day: number | null): string | null {
  if (year === null) return null;
  if (cal === 'hijri') {
    if (!isHijriYear(year)) return null;
    const monthStart = hijriToGregorian(year, month ?? 1, 1) as string;
    if (month === null) return monthStart.slice(0, 4);
    return (day === null ? null : hijriToGregorian(year, month, day)) ?? monthStart.slice(0, 7);
  }
  if (!isGregorianYear(year)) return null;
  if (month === null) return pad(year, 4);
  if (day === null) return `${pad(year, 4)}-${pad(month)}`;
  return validDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : `${pad(year, 4)}-${pad(month)}`;
}

interface Raw {
  start: number;
  end: number;
  iso: string | null;
  /** Resolved through the Hijri calendar (parseDate prefers a Gregorian date stated beside it). */
  hijri: boolean;
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

function textualMatch(m: RegExpExecArray): Raw | null {
  const monthKey = m[2].replace(/\s+/g, ' ');
  const entry = MONTHS[monthKey];
  if (!entry) return null;
  const [cal0, month] = entry;
  let day = num(m[1]);
  let year = num(m[3]);
  const era = m[4];
  if (day !== null && (day < 1 || day > 31)) day = null;
  if (AMBIGUOUS.has(monthKey) && day === null && year === null) return null;
  if (cal0 === 'hijri' && day === null && year === null) return null;
  // A Hijri month with a Gregorian-looking year (or the reverse) does not resolve.
  const cal = cal0;
  if (era === 'ه' && cal0 === 'gregorian') year = null;
  if (year !== null && cal === 'gregorian' && !isGregorianYear(year)) year = null;
  if (year !== null && cal === 'hijri' && !isHijriYear(year)) year = null;
  const iso = resolve(cal, year, month, day);
  // A month alone (without day and year) still is a mention, iso null.
  return { start: m.index, end: m.index + m[0].length, iso, hijri: cal === 'hijri' };
}

function numericCalendar(year: number, era: string | undefined): Calendar | null {
  if (era === 'ه' || (isHijriYear(year) && !isGregorianYear(year))) return isHijriYear(year) ? 'hijri' : null;
  return isGregorianYear(year) ? 'gregorian' : null;
}

function numericDmy(m: RegExpExecArray): Raw | null {
  let a = Number(m[1]);
  let b = Number(m[3]);
  const year = Number(m[4]);
  // Arabic pages write day first; a second field above 12 means month first (US order).
  if (b > 12 && a <= 12) [a, b] = [b, a];
  const cal = numericCalendar(year, m[5]);
  if (cal === null || b < 1 || b > 12 || a < 1 || a > 31) return null;
  return { start: m.index, end: m.index + m[0].length, iso: resolve(cal, year, b, a), hijri: cal === 'hijri' };
}

function numericYmd(m: RegExpExecArray): Raw | null {
  const year = Number(m[1]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  const cal = numericCalendar(year, m[5]);
  if (cal === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { start: m.index, end: m.index + m[0].length, iso: resolve(cal, year, month, day), hijri: cal === 'hijri' };
}

function yearAlone(m: RegExpExecArray): Raw | null {
  const year = Number(m[1] ?? m[3]);
  const era = m[2] ?? m[4];
  const cal: Calendar | null =
    era === 'ه' ? (isHijriYear(year) ? 'hijri' : null) : isGregorianYear(year) ? 'gregorian' : null;
  if (cal === null) return null;
  return { start: m.index, end: m.index + m[0].length, iso: resolve(cal, year, null, null), hijri: cal === 'hijri' };
}

function collect(re: RegExp, norm: string, make: (m: RegExpExecArray) => Raw | null, out: Raw[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    const raw = make(m);
    if (raw) out.push(raw);
  }
}

/** All date mentions in `text`, in order, non-overlapping (the longest wins). */
export function findDates(text: string): DateMention[] {
  return scan(text).map(({ hijri: _hijri, ...m }) => m);
}

function scan(text: string): Array<DateMention & { hijri: boolean }> {
  if (!text) return [];
  const { normalized, offsets } = normalizeWithOffsets(text);
  const raws: Raw[] = [];
  // Each pattern needs a month name, a weekday name or a four-digit year: plain searches for
  // those are much cheaper than the full patterns, whose boundary look-behinds run at every position.
  if (ANY_MONTH.test(normalized)) collect(TEXTUAL, normalized, textualMatch, raws);
  if (/[0-9]{4}/.test(normalized)) {
    collect(NUMERIC_DMY, normalized, numericDmy, raws);
    collect(NUMERIC_YMD, normalized, numericYmd, raws);
    collect(YEAR_ALONE, normalized, yearAlone, raws);
    if (/[a-z]/.test(normalized)) collect(LATIN_TEXTUAL, normalized, latinMatch, raws);
  }
  if (ANY_WEEKDAY.test(normalized)) collect(WEEKDAY_PHRASE, normalized, (m) => ({ start: m.index, end: m.index + m[0].length, iso: null, hijri: false }), raws);
  raws.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const out: Array<DateMention & { hijri: boolean }> = [];
  let lastEnd = -1;
  for (const r of raws) {
    if (r.start < lastEnd) continue;
    lastEnd = r.end;
    const start = offsets[r.start];
    let end = offsets[r.end - 1] + 1;
    while (end < text.length && isIgnorableChar(text[end])) end++;
    out.push({ start, end, text: text.slice(start, end), iso: r.iso, hijri: r.hijri });
  }
  return out;
}

const precision = (iso: string | null) => (iso === null ? 0 : iso.length === 10 ? 3 : iso.length === 7 ? 2 : 1);

/**
 * The date a line states, as ISO, or null: the most precise mention wins, and a
 * Gregorian date beats a converted Hijri one (the date a country observes can differ from
 * Umm al-Qura by a day), so "الجمعة، 19 رمضان 1445 ، 29 مارس 2024" gives "2024-03-29".
 * Among equals the first one wins.
 */
export function parseDate(line: string): string | null {
  let best: { iso: string; rank: number } | null = null;
  for (const m of scan(line)) {
    if (m.iso === null) continue;
    const rank = precision(m.iso) * 2 + (m.hijri ? 0 : 1);
    if (best === null || rank > best.rank) best = { iso: m.iso, rank };
  }
  return best ? best.iso : null;
}
