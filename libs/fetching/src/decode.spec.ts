import * as iconv from 'iconv-lite';
import { decodeBytes } from './decode';
import { fixture, manifest, seedLines, seedText } from './test-fixtures';
import { toFetchedDocument } from './to-document';

describe('decoding the seed in every supported encoding', () => {
  const cases = manifest().encodings;

  it('covers UTF-8 (with and without BOM), UTF-16 LE/BE, windows-1256, ISO-8859-6 and wrong HTML declarations', () => {
    const files = cases.map((c) => c.file).join(' ');
    for (const part of ['utf8.txt', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'windows-1256.txt', 'iso-8859-6.txt', 'declared-utf8-is-1256', 'declared-1256-is-iso']) {
      expect(files).toContain(part);
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s decodes to the seed text', (file, c) => {
    const doc = toFetchedDocument(fixture(file), file);
    expect(doc.encoding).toBe(c.encoding);
    expect(doc.decodingErrors).toBe(false);
    const expected = seedLines(c.substitutes);
    if (c.kind === 'text') {
      expect(doc.format).toBe('text');
      expect(doc.blocks.map((b) => b.text)).toEqual(expected);
    } else {
      expect(doc.format).toBe('html');
      expect(doc.blocks.filter((b) => b.tag === 'p').map((b) => b.text)).toEqual(expected);
    }
  });

  it('plain-text fixtures decode with decodeBytes to exactly the seed string', () => {
    for (const c of cases.filter((x) => x.kind === 'text' && !x.substitutes)) {
      expect(decodeBytes(fixture(c.file)).text).toBe(seedText());
    }
  });
});

describe('decodeBytes', () => {
  const arabic = 'قال الوزير في مؤتمر صحفي عقده اليوم إن الحكومة ستقدم الدعم اللازم للمتضررين من السيول';

  it('replaces invalid UTF-8 with U+FFFD and flags it instead of failing', () => {
    const r = decodeBytes(fixture('invalid-bytes.utf8.txt'));
    expect(r.encoding).toBe('UTF-8');
    expect(r.decodingErrors).toBe(true);
    expect(r.text.match(/\ufffd/g)!.length).toBeGreaterThanOrEqual(3);
    expect(r.text).toContain(seedLines()[5]);
  });

  it('corrects a declared utf-8 on windows-1256 bytes, and a declared windows-1256 on UTF-8 bytes', () => {
    expect(decodeBytes(iconv.encode(arabic, 'windows-1256'), 'utf-8')).toEqual({ text: arabic, encoding: 'windows-1256', decodingErrors: false });
    expect(decodeBytes(Buffer.from(arabic, 'utf8'), 'windows-1256')).toEqual({ text: arabic, encoding: 'UTF-8', decodingErrors: false });
  });

  it('tells windows-1256 from ISO-8859-6 whichever is declared', () => {
    for (const declared of [undefined, 'windows-1256', 'iso-8859-6', 'iso-8859-1']) {
      expect(decodeBytes(iconv.encode(arabic, 'iso-8859-6'), declared).encoding).toBe('ISO-8859-6');
      expect(decodeBytes(iconv.encode(arabic, 'windows-1256'), declared).encoding).toBe('windows-1256');
    }
  });

  it('keeps a correct declared Latin charset and detects Cyrillic', () => {
    const fr = "L'été dernier, les élèves étaient très préoccupés à propos de la côte française.";
    expect(decodeBytes(iconv.encode(fr, 'latin1'), 'iso-8859-1')).toMatchObject({ text: fr, encoding: 'windows-1252' });
    const ru = 'Правительство объявило о новых экономических мерах для поддержки регионов страны.';
    expect(decodeBytes(iconv.encode(ru, 'windows-1251'))).toMatchObject({ text: ru, encoding: 'windows-1251' });
  });

  it('flags an odd trailing byte and unpaired surrogates in UTF-16', () => {
    const body = iconv.encode('نص', 'utf16le');
    const odd = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), body, Buffer.from([0x41])]));
    expect(odd).toMatchObject({ text: 'نص\ufffd', encoding: 'UTF-16LE', decodingErrors: true });
    const lone = decodeBytes(Buffer.from([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]));
    expect(lone).toMatchObject({ text: '\ufffdA', decodingErrors: true });
  });

  it('decodes pure ASCII as the declared charset or UTF-8', () => {
    expect(decodeBytes(Buffer.from('hello'))).toEqual({ text: 'hello', encoding: 'UTF-8', decodingErrors: false });
    expect(decodeBytes(Buffer.from('hello'), 'cp1256').encoding).toBe('windows-1256');
  });
});
