/**
 * Bylines, datelines and credit lines: "إعداد: أحمد الإدلبي", "بلدي نيوز – (أيمن محمد)",
 * "تواصل - وكالات:", "القاهرة - رويترز", "المصدر: الأناضول".  Each gives an author,
 * a credited source (agency or outlet) and/or the publishing site's own name.
 */
import { parseDate } from '@app/arabic';
import { isMenuWord, lineKey, namesNetwork } from './boilerplate-lexicon';
import { isKnownOutlet } from './known-outlets';
import { isFunctionWord } from './line-features';

export interface BylineInfo {
  kind: 'byline' | 'dateline' | 'source-credit' | 'site-name';
  author?: string;
  /** Credited agency or outlet. */
  source?: string;
  /** The publishing site's own name, when the dateline opens with it ("تواصل - وكالات:"). */
  site?: string;
}

/** News agencies every Arabic reader knows, normalised; "وكالات" is the generic credit. */
const AGENCIES = new Set(
  [
    'وكالات', 'وكالات الأنباء', 'رويترز', 'فرانس برس', 'وكالة فرانس برس', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'اف ب', 'أسوشيتد برس',
    'أسوشييتد برس', 'الأسوشيتد برس', 'د ب أ', 'د.ب.أ', 'الأناضول', 'وكالة الأناضول', 'سبوتنيك', 'تاس', 'نوفوستي', 'شينخوا',
    'واس', 'قنا', 'وام', 'بنا', 'كونا', 'سانا', 'ومع', 'وأج', 'مينا', 'إرنا', 'ايرنا', 'تسنيم', 'فارس', 'إسنا', 'بترا', 'وفا',
    'سبأ', 'سونا', 'واع', 'نينا', 'أ ش أ', 'العمانية', 'وات', 'لاماب', 'الأناضول', 'يونهاب', 'كيودو', 'إفي', 'أكي', 'afp', 'reuters', 'ap', 'dpa', 'xinhua', 'anadolu', 'efe', 'agencies',
  ].map(lineKey),
);

/** Words that mark a name as a media outlet rather than a place: "بلدي نيوز", "صحيفة الحياة". */
const OUTLET_WORDS = new Set(
  [
    'نيوز', 'news', 'وكالة', 'صحيفة', 'جريدة', 'موقع', 'قناة', 'شبكة', 'تلفزيون', 'راديو', 'إذاعة', 'برس', 'بوست', 'تايمز',
    'نت', 'أونلاين', 'الإخبارية', 'الاخباري', 'الإخباري', 'مجلة', 'تي في', 'tv', 'press', 'post', 'times', 'online', 'net', 'media', 'ميديا',
    'agency', 'daily', 'herald', 'tribune', 'journal', 'مرصد', 'المرصد',
  ].map(lineKey),
);

/**
 * Places that open datelines ("دمشق - سانا"): capitals and large cities of the Arab
 * world and the foreign capitals most often datelined.  Only used to tell a
 * dateline's place from the site's own name.
 */
const PLACES = new Set(
  [
    'القاهرة', 'الإسكندرية', 'دمشق', 'حلب', 'حمص', 'إدلب', 'درعا', 'اللاذقية', 'الرقة', 'دير الزور', 'الحسكة', 'القامشلي',
    'بيروت', 'طرابلس', 'صيدا', 'بغداد', 'البصرة', 'الموصل', 'أربيل', 'كركوك', 'النجف', 'كربلاء', 'عمان', 'عمّان', 'الزرقاء', 'إربد',
    'الرياض', 'جدة', 'مكة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'الدوحة', 'أبوظبي', 'أبو ظبي', 'دبي', 'الشارقة', 'الكويت',
    'المنامة', 'مسقط', 'صنعاء', 'عدن', 'تعز', 'مأرب', 'الحديدة', 'الخرطوم', 'بنغازي', 'مصراتة', 'تونس', 'صفاقس', 'الجزائر', 'وهران',
    'الرباط', 'الدار البيضاء', 'مراكش', 'فاس', 'طنجة', 'نواكشوط', 'القدس', 'غزة', 'رام الله', 'نابلس', 'الخليل', 'جنين', 'بيت لحم',
    'طهران', 'أنقرة', 'إسطنبول', 'اسطنبول', 'موسكو', 'واشنطن', 'نيويورك', 'لندن', 'باريس', 'برلين', 'بروكسل', 'جنيف', 'فيينا',
    'روما', 'مدريد', 'بكين', 'طوكيو', 'كييف', 'نيودلهي', 'إسلام آباد', 'كابول', 'تل أبيب', 'الأمم المتحدة', 'نيقوسيا', 'أثينا',
    'سوريا', 'مصر', 'العراق', 'لبنان', 'الأردن', 'السعودية', 'قطر', 'الإمارات', 'البحرين', 'عمان', 'اليمن', 'السودان', 'ليبيا',
    'المغرب', 'موريتانيا', 'فلسطين', 'إيران', 'تركيا', 'روسيا', 'أوكرانيا',
    // Cities spelled like an agency: قنا (Qena, Egypt) besides قنا (Qatar News Agency).
    'قنا', 'أسوان', 'الأقصر', 'أسيوط', 'سوهاج', 'المنيا', 'بورسعيد', 'السويس', 'طنطا', 'المنصورة',
  ].map(lineKey),
);

/** Labels that introduce an author: "إعداد: أحمد الإدلبي", "بقلم أحمد", "By John Smith". */
const AUTHOR_LABEL = new RegExp(
  '^(?:' +
    // Verbs and prepositions that take the name directly: "كتب محمد أحمد", "بقلم سارة خليل".
    '(?:بقلم|كتب|كتبت|كتبه|كتبته|إعداد|اعداد|بواسطة|نشر بواسطة|حرر بواسطة|حرره|تحرير بواسطة|by|written by|reporting by|reported by|words by|posted by|par|écrit par)(?:\\s*[:：\\-–—ـ/]\\s*|\\s+)' +
    // Nouns that also open sub-headings ("تقرير أممي", "حوار وطني"): only as a label with a colon or dash.
    '|(?:تقرير|تحرير|تغطية|تغطيه|ترجمة|ترجمه|متابعة|متابعه|حوار|أجرى الحوار|أجرت الحوار|حاوره|حاورته|مراسلنا|مراسلتنا|الكاتب|الكاتبة|كاتب المقال|المحرر|author)\\s*[:：\\-–—ـ/]\\s*' +
    ')(.+)$',
  'i',
);
/** "المصدر: الأناضول", "Source: Reuters". */
const SOURCE_LABEL = /^(?:المصدر|مصدر الخبر|نقلا عن|نقلاً عن|عن|source|via)\s*[:：\-–—]\s*(.+?)\s*[.:]?$/i;
/** "A - B:", "A – (B)", "A/ B": two short parts joined by a dash or slash. */
const TWO_PART = /^([^\-–—ـ/:()]{2,40}?)\s+[-–—ـ/]\s*\(?([^\-–—ـ/:()]{2,40}?)\)?\s*[:：]?\s*$|^([^\-–—ـ/:()]{2,40}?)\s*[-–—/]\s*\(?([^\-–—ـ/:()]{2,40}?)\)?\s*[:：]?\s*$/;
/** "لندن: «الشرق الأوسط»", "بيروت - «المدن»". */
const QUOTED_CREDIT = /^([^:：«»"“”\-–—ـ]{2,30}?)\s*[:：\-–—ـ]\s*[«"“]([^»"”]{2,30})[»"”]\s*[:：]?$/;
/** A single credit: "(رويترز)", "وكالات:", "خاص:". */
const ONE_PART = /^\(?([^():]{2,30}?)\)?\s*[:：]?\s*$/;

/** Words that stand for "exclusive" or "staff" instead of a name: "خاص - الجزيرة". */
const NOT_NAMES = new Set(['خاص', 'حصري', 'متابعات', 'متابعة', 'خاص ب', 'exclusive', 'staff'].map(lineKey));

const clean = (s: string) => s.replace(/^[\s(«"“]+|[\s)»"”:：.]+$/g, '').trim();
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isAgency = (s: string) => AGENCIES.has(lineKey(s)) || /^وكاله\s+\S+/.test(lineKey(s));
const isPlace = (s: string) => PLACES.has(lineKey(s));
const isOutlet = (s: string) =>
  isKnownOutlet(s) || lineKey(s).split(' ').some((w) => OUTLET_WORDS.has(w)) || /[a-z]/i.test(s);

/** An author label inside a meta line: "الأحد 11 فبراير 2024 - 12:00 م كتب: عمر الراشد". */
const INNER_AUTHOR = /(?:^|[\s|·•\-–—])(?:كتب|كتبت|بقلم|إعداد|اعداد|الكاتب|الكاتبة|تقرير|by)\s*[:：]\s*([^|·•\-–—،,:]{2,40})/i;

const CREDIT_MARKS = /[-–—ـ/:：()«»"“]/;
const HONORIFIC_NAME =
  /^(?:د\.|م\.|أ\.|الدكتور|الدكتورة|الأستاذ|الأستاذة|الكاتب|الكاتبة|الصحفي|الصحفية|الكاتب الصحفي|الإعلامي|الإعلامية)\s*([^\d.،,:!?؟]{3,40})$/;

/** A plausible person name: 1-5 words of letters, no digits or sentence punctuation. */
function isName(s: string): boolean {
  // Honorifics such as "د." (doctor) and "م." (engineer) may precede the name.
  const bare = s.replace(/^(?:(?:د|أ|م|ا|dr|mr|ms|prof)\.\s*)+/i, '');
  const n = wordCount(bare);
  // An initial keeps its dot: "ع. بلقاسم", "K. Benali".
  const dotless = bare.replace(/(?:^|\s)\p{L}\.(?=\s)/gu, ' x');
  return n >= 1 && n <= 5 && !/[\d.،,!?؟؛]/.test(dotless) && /\p{L}/u.test(bare) && !NOT_NAMES.has(lineKey(bare));
}

/**
 * A person's name: not a place, agency or outlet, no function words ("جديدة في معرض"),
 * no office ("وزير الخارجية"), and a first name without the article ("الموازنة العامة" is not one).
 */
function isPerson(s: string): boolean {
  const bare = bareName(s);
  if (!isName(bare) || isPlace(bare) || isAgency(bare) || isKnownOutlet(bare)) return false;
  const words = bare.split(/\s+/);
  if (/^ال/.test(words[0]) || OFFICES.has(lineKey(words[0]))) return false;
  // "تقارير وتحليلات": section names and words joined by "و" + article are not names.
  return !words.some((w) => isFunctionWord(w) || PLACES.has(lineKey(w)) || isMenuWord(w) || /^وال/.test(w));
}

/** The name without honorifics: "د. سلمى العتيبي" -> "سلمى العتيبي". */
export function bareName(s: string): string {
  return s.replace(HONORIFICS, '').trim();
}

/** The words of a name at the start of a credit, up to "للنشرة", "في", "-" and the like. */
function leadingName(s: string): string {
  const words = s.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    if (isFunctionWord(w) || /^(?:لل|لـ)/.test(w) || /[(«"“]/.test(w)) break;
    out.push(w);
  }
  return out.join(' ');
}

const HONORIFICS = /^(?:(?:د|أ|م|ا|dr|mr|ms|prof)\.\s*|(?:الدكتور|الدكتورة|الأستاذ|الأستاذة|المهندس|المهندسة|الشيخ)\s+)+/i;
/** Offices and departments that open a caption, a sub-heading or a team credit, not a name: "وزير الدفاع الروسي", "فريق التحرير". */
const OFFICES = new Set(
  ['إدارة', 'قسم', 'فريق', 'مكتب', 'وحدة', 'دائرة', 'وزير', 'وزيرة', 'رئيس', 'رئيسة', 'نائب', 'مدير', 'مديرة', 'سفير', 'قائد', 'زعيم', 'أمين', 'مستشار', 'متحدث', 'عضو', 'ملك', 'أمير', 'شيخ', 'مندوب', 'حاكم', 'محافظ', 'رئيسي']
    .map(lineKey),
);
/** "كتبت ريتا خوري في "النهار الجديد":". */
const REPUBLISHED = /^(?:كتب|كتبت)\s+(.{3,40}?)\s+في\s+[«"“]?([^«»"”:]{2,40}?)[»"”]?\s*[:：]?$/;
/** "دبي: فاطمة الشامسي". */
const PLACE_COLON = /^([^:：]{2,25}?)\s*[:：]\s*([^:：\d]{3,40})$/;
/** "حميد الإدريسي (الرباط)". */
const NAME_PLACE = /^([^()\-–—ـ/:：]{3,40}?)\s*\(([^()\d]{2,25})\)$/;
/** "عمّان – الشرفة نيوز – ليث العبادي". */
const THREE_PART = /^([^\-–—ـ/:()]{2,30}?)\s+[-–—ـ]\s+([^\-–—ـ/:()]{2,30}?)\s+[-–—ـ]\s+([^\-–—ـ/:()]{3,40})$/;
/** Labels that take a colon and are not places: "المصدر: ...", "عاجل: ...". */
const NOT_PLACES = new Set(['المصدر', 'مصدر', 'عاجل', 'تنويه', 'ملاحظة', 'تحديث', 'خاص', 'حصري', 'فيديو', 'صور', 'شاهد'].map(lineKey));
/**
 * A place not in PLACES that opens a dateline above the article: "ود مدني: عوض الكريم بابكر".
 * One or two words, no function word, no section name, no label.
 */
function isUnlistedPlace(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length <= 2 && !NOT_PLACES.has(lineKey(s)) && !isAgency(s) && !isKnownOutlet(s) && words.every((w) => /^\p{L}+$/u.test(w) && !isFunctionWord(w) && !isMenuWord(w) && !OFFICES.has(lineKey(w)));
}

/** "/قنا/", "(بترا)" inside a dateline. */
const MARKED_AGENCY = /\/\s*([^/]{2,20}?)\s*\/|\(([^()]{2,25})\)/;

/** Parses a short credit line, or returns null when the line is not one. */
export interface BylineContext {
  /** The line stands above the first paragraph, where datelines are. */
  aboveBody?: boolean;
}

export function parseByline(text: string, opts: BylineContext = {}): BylineInfo | null {
  const line = text.trim();
  if (line.length > 120 || wordCount(line) > 16) return null;
  // Credit lines carry a dash, colon, slash or bracket, an author label or an honorific,
  // or are a bare agency name of a word or three; anything else is not one.
  if (!CREDIT_MARKS.test(line) && !AUTHOR_LABEL.test(line) && !HONORIFIC_NAME.test(line) && wordCount(line) > 3) return null;
  const inner = INNER_AUTHOR.exec(line);
  if (inner && !AUTHOR_LABEL.test(line)) {
    const name = clean(inner[1]);
    return isPerson(name) ? { kind: 'byline', author: name } : null;
  }
  if (line.length > 80 || wordCount(line) > 10) return null;

  // "كتبت ريتا خوري في "النهار الجديد":": a column republished from another paper.
  const republished = REPUBLISHED.exec(line);
  if (republished && isPerson(republished[1]) && wordCount(bareName(republished[1])) >= 2 && /[«"“:：]/.test(line)) return { kind: 'byline', author: bareName(republished[1]), source: clean(republished[2]) };

  const author = AUTHOR_LABEL.exec(line);
  if (author) {
    // "بقلم: أحمد محمد - القاهرة", "إعداد سامي البدري للنشرة العربية - تحرير ...": the name
    // is the part before a dash, up to the first word that is not part of a name.
    const person = leadingName(clean(author[1]).split(/\s+[-–—|·•]\s+|\s*[,،]\s*/)[0]);
    // Without a colon a name has two words at least ("كتب التاريخ" is not a byline).
    const labelled = /^\S+(?:\s+\S+)?\s*[:：\-–—ـ/]/.test(line);
    if (isPerson(person) && (labelled || wordCount(bareName(person)) >= 2)) return { kind: 'byline', author: bareName(person) };
    return null;
  }

  // "د. سامي الخطيب", "الكاتب الصحفي نبيل حسن": a name behind an honorific, alone on its line.
  const titled = HONORIFIC_NAME.exec(line);
  if (titled && isPerson(titled[1])) return { kind: 'byline', author: bareName(titled[1]) };

  // "دبي: فاطمة الشامسي", "لندن: مراد الحسيني": place of writing and reporter.
  const placed = PLACE_COLON.exec(line);
  if (placed && isPerson(placed[2]) && (isPlace(placed[1]) || (opts.aboveBody && isUnlistedPlace(placed[1]) && wordCount(bareName(placed[2])) >= 2))) {
    return { kind: 'byline', author: bareName(placed[2]) };
  }

  // "حميد الإدريسي (الرباط)": a reporter's name with the place of writing, above the article.
  const namePlace = NAME_PLACE.exec(line);
  if (namePlace && opts.aboveBody && !isOutlet(namePlace[1]) && isPerson(namePlace[1]) && wordCount(bareName(namePlace[1])) >= 2 && !isAgency(namePlace[2]) && wordCount(namePlace[2]) <= 3) {
    return { kind: 'byline', author: bareName(namePlace[1]) };
  }

  // "عمّان – الشرفة نيوز – ليث العبادي": place, outlet and reporter.
  const three = THREE_PART.exec(line);
  if (three && isPerson(three[3].trim()) && (isPlace(three[1]) || isOutlet(three[2]) || isAgency(three[2]))) {
    const middle = clean(three[2]);
    if (isAgency(middle)) return { kind: 'byline', author: bareName(three[3].trim()), source: middle };
    return { kind: 'byline', author: bareName(three[3].trim()), site: isOutlet(middle) ? middle : undefined };
  }

  // "الدوحة في 16 نوفمبر /قنا/", "عمان 16 تشرين الثاني (بترا)": a dateline with the agency in slashes or brackets.
  const marked = MARKED_AGENCY.exec(line);
  if (marked && isAgency(marked[1] ?? marked[2]) && wordCount(line) <= 10 && wordCount(line) > wordCount(marked[1] ?? marked[2])) return { kind: 'dateline', source: (marked[1] ?? marked[2]).trim() };

  const credit = SOURCE_LABEL.exec(line);
  if (credit && wordCount(credit[1]) <= 6) return { kind: 'source-credit', source: clean(credit[1]) };

  // "لندن: «الشرق الأوسط»": a place and a quoted outlet.
  const quotedCredit = QUOTED_CREDIT.exec(line);
  if (quotedCredit && wordCount(quotedCredit[1]) <= 3) return { kind: 'dateline', source: clean(quotedCredit[2]) };

  const two = TWO_PART.exec(line);
  if (two) {
    const a = clean(two[1] ?? two[3]);
    const rawB = (two[2] ?? two[4]).trim();
    const b = clean(rawB);
    // "بيروت ـ «القدس العربي»": a quoted name is an outlet.
    const quoted = /^[«"“]/.test(rawB);
    if (wordCount(a) > 4 || wordCount(b) > 4) return null;
    if (quoted || isKnownOutlet(b)) return isPlace(a) || NOT_NAMES.has(lineKey(a)) ? { kind: 'dateline', source: b } : null;
    if (isAgency(b)) {
      // "القاهرة - رويترز" names a place; "تواصل - وكالات:" names the site itself.
      if (isPlace(a) || NOT_NAMES.has(lineKey(a))) return { kind: 'dateline', source: b };
      return { kind: 'dateline', source: b, site: a };
    }
    // "قنا ـ محمود عبد الباسط": Qena the city (also Qatar's agency) with a reporter.
    if (isPlace(a) && isPerson(b)) return { kind: 'byline', author: b };
    if (isAgency(a)) return isPerson(b) ? { kind: 'byline', source: a, author: b } : { kind: 'dateline', source: a };
    if (isPlace(a) && isPerson(b)) return { kind: 'byline', author: b };
    // "محمد علي - دمشق": a name signed with the place of writing.
    if (isPlace(b) && isPerson(a) && !isOutlet(a)) return { kind: 'byline', author: a };
    // "عنب بلدي – دمشق": an outlet credited with the place of writing.
    if (isOutlet(a) && isPlace(b)) return { kind: 'dateline', source: a };
    // "بلدي نيوز – (أيمن محمد)": an outlet credited with a reporter's name.
    if ((isOutlet(a) || /\(/.test(line)) && isPerson(b) && !isOutlet(b)) return { kind: 'byline', source: a, author: b };
    return null;
  }

  const one = ONE_PART.exec(line);
  if (one && isAgency(clean(one[1]))) {
    // A bare "وكالة الأنباء الأردنية" line is the agency's own site heading; "(رويترز)" credits a source.
    if (/^وكال/.test(line) && !/[():：]/.test(line)) return { kind: 'site-name', site: clean(one[1]) };
    return { kind: 'source-credit', source: clean(one[1]) };
  }
  return null;
}

/** "تابع ميدل ايست نيوز على التلغرام": the follow-us line names the site. */
const FOLLOW_SITE = /^\s*(?:تابع|تابعوا|تابعونا|تابعنا|follow)\s+(.{2,40}?)\s+(?:على|عبر|في|on)\s+(\S.*)$/i;
const GENERIC_FOLLOW = /^(?:اخر|احدث|كل|جميع|اهم|صفح|قنا|حساب|اخبار|us|our|نا\s)/;

/** The site name a follow-us line gives, or null. */
export function siteFromFollowLine(text: string): string | null {
  const m = FOLLOW_SITE.exec(text);
  if (!m) return null;
  const name = m[1].trim();
  // "تابع صحيفة الأفق على لمحة نيوز" (an aggregator's line) names another outlet, not this site.
  if (GENERIC_FOLLOW.test(lineKey(name)) || wordCount(name) > 5 || !namesNetwork(m[2])) return null;
  return name;
}

/**
 * The agency credited at the start of the first paragraph: "القاهرة (رويترز) - قال ...",
 * "دمشق - سانا: أعلنت ...".
 */
const LEAD_CREDIT =
  /^(?:[^\s()/]{1,20}\s*){0,5}(?:\(([^()]{2,25})\)\s*[-–—:]?|\/\s*([^/]{2,20}?)\s*\/|[-–—ـ]\s*([^\s:()]{2,20}(?:\s[^\s:()]{1,20}){0,2})\s*[:：])/;

export function sourceFromLead(paragraph: string): string | null {
  const m = LEAD_CREDIT.exec(paragraph.slice(0, 120));
  const credit = m ? (m[1] ?? m[2] ?? m[3]).trim() : null;
  return credit && isAgency(credit) ? credit : null;
}

/**
 * The full date of an agency dateline opening the first paragraph: "بورتسودان، 18 نوفمبر
 * 2025 (سونا) – وصلت ..." -> "2025-11-18".  Only the part before the credit is read.
 */
export function dateFromLead(paragraph: string): string | null {
  const m = /^([^()]{4,60}?)\s*(?:\([^()]{2,25}\)|\s[-–—]\s|[:：])/.exec(paragraph.slice(0, 90));
  if (!m || !/\d/.test(m[1])) return null;
  const iso = parseDate(m[1]);
  return iso && iso.length === 10 ? iso : null;
}

/** "حمّل تطبيق صدى الرياض من App Store": the app promotion names the site. */
const APP_SITE = /(?:حمل|حمّل|تحميل|نزل)\s+تطبيق\s+(.{2,30}?)\s+(?:من|على|عبر|في|for|on)\s/;

export function siteFromAppPromo(text: string): string | null {
  const m = APP_SITE.exec(text);
  if (!m || /^(?:الموقع|موقعنا|الصحيفة|القناة)$/.test(m[1].trim())) return null;
  return m[1].trim();
}

/**
 * The site a copyright line names: "جميع الحقوق محفوظة لموقع الوادي © 2024",
 * "© 2024 The Valley Post. All rights reserved.", "الوادي © 2025" -> "الوادي",
 * "The Valley Post", "الوادي" (an outlet word after "محفوظة ل" is dropped: "لقناة الوادي").
 */
const COPYRIGHT_AR = /محفوظة\s+(?:ل(?:ـ\s*)?(?:موقع|صحيفة|جريدة|شبكة|مجلة|قناة)?\s*)(.{2,40}?)\s*(?:[©|.،,\-–—]|\d{4}|$)/;
/** A year or a span of years, Hijri or Gregorian: "2025", "1447هـ - 2025م". */
const YEARS = String.raw`[\d٠-٩]{4}\s*(?:هـ|م(?![\u0621-\u064A]))?(?:\s*[-–]\s*[\d٠-٩]{4}\s*(?:هـ|م(?![\u0621-\u064A]))?)?`;
const COPYRIGHT_SIGN = new RegExp(String.raw`(?:©|\(c\)|copyright)\s*(?:${YEARS})?\s*(\p{L}[^©|.،,]{1,40}?)\s*(?:[|.،,]|all rights|جميع الحقوق|$)`, 'iu');
const COPYRIGHT_BEFORE = new RegExp(String.raw`^(\p{L}[^©|.،,]{1,40}?)\s*(?:©|\(c\))\s*(?:${YEARS})?\s*$`, 'iu');

export function siteFromCopyright(text: string): string | null {
  const m = COPYRIGHT_AR.exec(text) ?? COPYRIGHT_SIGN.exec(text) ?? COPYRIGHT_BEFORE.exec(text);
  if (!m) return null;
  const name = m[1].replace(/^ل(?=[\u0621-\u064A]{3})/, '').trim();
  // "هـ - 2025م" is what is left of a Hijri year, not a name.
  if (!name || wordCount(name) > 5 || !/\p{L}{2}/u.test(name) || /^(?:جميع|كافة|all|the rights|هـ)/i.test(name)) return null;
  return name;
}

/** A name alone on its line, as sites sign under the title or after the article: "رنا الحديد". */
export function isBareName(text: string): boolean {
  const line = text.trim();
  const n = wordCount(line);
  // "ع. بلقاسم": an initial's dot is part of a name.
  const dotless = line.replace(/(?:^|\s)\p{L}\.(?=\s)/gu, ' x');
  return n >= 2 && n <= 4 && !/[\d.،,:：!?؟()«»"“”\-–—|/]/.test(dotless) && isPerson(line);
}
