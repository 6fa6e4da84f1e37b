import { findDates, hijriToGregorian, parseDate } from './dates';

const isos = (text: string) => findDates(text).map((m) => [m.text, m.iso]);

describe('findDates', () => {
  it('reads day month year with Egyptian and Levantine month names', () => {
    expect(isos('وصل في 12 مارس 2017 ثم عاد في ٣ كانون الأول ٢٠٢٠.')).toEqual([
      ['12 مارس 2017', '2017-03-12'],
      ['٣ كانون الأول ٢٠٢٠', '2020-12-03'],
    ]);
  });

  it('matches hamza variants of month names and maps offsets to the original text', () => {
    const text = 'منذ 5 إبريل 2019 و 7 أيّار 2021';
    const found = findDates(text);
    expect(found.map((m) => m.iso)).toEqual(['2019-04-05', '2021-05-07']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[1].text).toBe('7 أيّار 2021');
  });

  it('gives YYYY-MM for month and year, null for a month alone', () => {
    expect(isos('في شباط 2016 وفي منتصف آذار')).toEqual([
      ['شباط 2016', '2016-02'],
      ['آذار', null],
    ]);
  });

  it('treats a double month name as one mention', () => {
    expect(isos('في 4 تموز/يوليو 2016')).toEqual([['4 تموز/يوليو 2016', '2016-07-04']]);
    expect(isos('14 نوفمبر تشرين الثاني 2025')).toEqual([['14 نوفمبر تشرين الثاني 2025', '2025-11-14']]);
  });

  it('converts Hijri dates with the Umm al-Qura calendar', () => {
    expect(isos('الموافق 15 رمضان 1438')).toEqual([['15 رمضان 1438', '2017-06-10']]);
    // The tabular calendar puts 1 Shawwal 1444 on 2023-04-22.
    expect(isos('عيد الفطر في 1 شوال 1444')).toEqual([['1 شوال 1444', '2023-04-21']]);
    // Ramadan 1444 has 29 days: its day 30 keeps only the month.
    expect(isos('30 رمضان 1444')).toEqual([['30 رمضان 1444', '2023-03']]);
    // A Hijri year alone resolves to the Gregorian year its first day falls in.
    expect(isos('في عام 1438 هـ')).toEqual([['عام 1438 هـ', '2016']]);
  });

  it('takes an era letter glued to the year ("1445هـ", "2024م") into the date', () => {
    expect(isos('الأحد 5 شعبان 1445هـ الموافق 15 فبراير 2024م')).toEqual([
      ['الأحد 5 شعبان 1445هـ', '2024-02-15'],
      ['15 فبراير 2024م', '2024-02-15'],
    ]);
  });

  it('reads English and French month names of bilingual bylines', () => {
    expect(isos('Updated: Mar 4, 2024')).toEqual([['Mar 4, 2024', '2024-03-04']]);
    expect(isos('Published September 21st, 2023')).toEqual([['September 21st, 2023', '2023-09-21']]);
    expect(isos('Mis à jour le 7 février 2024')).toEqual([['7 février 2024', '2024-02-07']]);
    expect(isos('may 2020 was hard')).toEqual([]);
  });

  it('reads numeric dates, day first unless that cannot be', () => {
    expect(isos('بتاريخ 12/03/2017 و2017-03-12 و03/25/2017')).toEqual([
      ['12/03/2017', '2017-03-12'],
      ['2017-03-12', '2017-03-12'],
      ['03/25/2017', '2017-03-25'],
    ]);
  });

  it('allows spaces around the separators of numeric dates', () => {
    expect(isos('الموافق 5 / 11 / 2023')).toEqual([['5 / 11 / 2023', '2023-11-05']]);
  });

  it('reads the first year of "عامي"', () => {
    expect(isos('بين عامي 2011 و2016')).toEqual([
      ['عامي 2011', '2011'],
    ]);
  });

  it('rejects impossible numeric dates and decimals', () => {
    expect(findDates('نسبة 12.5 و 40/40/2017')).toEqual([]);
  });

  it('reports weekday phrases and years alone', () => {
    expect(isos('كشفت يوم السبت أن الثورة اندلعت عام ٢٠١١')).toEqual([
      ['يوم السبت', null],
      ['عام ٢٠١١', '2011'],
    ]);
    expect(isos('هددوا يومي الثلاثاء والأربعاء')).toEqual([['يومي الثلاثاء والأربعاء', null]]);
  });

  it('takes a leading weekday into the date it names', () => {
    expect(isos('الجمعة، 19 رمضان 1445 ، 29 مارس 2024')).toEqual([
      ['الجمعة، 19 رمضان 1445', '2024-03-29'],
      ['29 مارس 2024', '2024-03-29'],
    ]);
  });

  it('needs a day or a year beside month names that are also words', () => {
    expect(findDates('ذهب مع أب وصفر في رمضان')).toEqual([]);
    expect(isos('في 5 آب 2019')).toEqual([['5 آب 2019', '2019-08-05']]);
  });

  it('returns nothing for text without dates', () => {
    expect(findDates('')).toEqual([]);
    expect(findDates('قال الوزير إن المحادثات مستمرة')).toEqual([]);
  });
});

describe('parseDate', () => {
  it('prefers a full Gregorian date over a converted Hijri one', () => {
    expect(parseDate('الخميس 1 رمضان 1445 - 14 مارس 2024')).toBe('2024-03-14');
  });
  it('prefers the more precise mention', () => {
    expect(parseDate('عام 2016، وتحديدا في 3 يناير 2016')).toBe('2016-01-03');
  });
  it('returns null when nothing resolves', () => {
    expect(parseDate('يوم السبت الماضي')).toBeNull();
  });
});

describe('hijriToGregorian', () => {
  it('follows Umm al-Qura, not the tabular calendar', () => {
    expect(hijriToGregorian(1444, 10, 1)).toBe('2023-04-21');
    expect(hijriToGregorian(1445, 1, 1)).toBe('2023-07-19');
    expect(hijriToGregorian(1446, 9, 1)).toBe('2025-03-01');
  });
  it('agrees with ICU on the first day of every month from 1300 to 1600 AH', () => {
    const umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
      timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
    });
    const mismatches: string[] = [];
    for (let year = 1300; year <= 1600; year++) {
      for (let month = 1; month <= 12; month++) {
        const iso = hijriToGregorian(year, month, 1) as string;
        const parts = Object.fromEntries(umalqura.formatToParts(new Date(`${iso}T00:00:00Z`)).map((p) => [p.type, p.value]));
        if (`${parts.year}-${parts.month}-${parts.day}` !== `${year}-${month}-1`) mismatches.push(`${year}-${month}: ${iso}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
  it('returns null for day 30 of a 29-day month and for impossible days', () => {
    expect(hijriToGregorian(1444, 9, 29)).toBe('2023-04-20');
    expect(hijriToGregorian(1444, 9, 30)).toBeNull();
    expect(hijriToGregorian(1444, 10, 30)).toBe('2023-05-20');
    expect(hijriToGregorian(1444, 13, 1)).toBeNull();
  });
});
