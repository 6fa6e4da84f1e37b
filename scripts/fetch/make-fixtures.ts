/**
 * Writes test/fixtures/fetching/: seed 000 in every supported encoding (text and HTML,
 * one HTML with a wrongly declared charset), files with magic numbers we refuse, zips
 * (good, bomb, ".." and absolute paths) and JSON/NDJSON with broken entries.
 * Run: npx tsx scripts/fetch/make-fixtures.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as iconv from 'iconv-lite';
import { buildNewsPage } from './news-page';
import { writeZip } from './zip-writer';

const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'test/fixtures/fetching');
const seedFile = fs.readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith('000_') && f.endsWith('.txt'))!;
const seed = fs.readFileSync(path.join(root, 'seeds', seedFile), 'utf8');

/** ISO-8859-6 has no typographic quotes or dashes: the fixture carries these stand-ins. */
const ISO_8859_6_SUBSTITUTES: Record<string, string> = { '“': '"', '”': '"', '«': '"', '»': '"', '–': '-', '—': '-', 'ی': 'ي' };
const forIso = (s: string) => [...s].map((c) => ISO_8859_6_SUBSTITUTES[c] ?? c).join('');

interface EncodingFixture {
  file: string;
  kind: 'text' | 'html';
  encoding: string;
  substitutes?: Record<string, string>;
}
const manifest: { seed: string; encodings: EncodingFixture[] } = { seed: `seeds/${seedFile}`, encodings: [] };

function write(name: string, data: Buffer | string): void {
  fs.writeFileSync(path.join(out, name), data);
}
function encoded(name: string, kind: 'text' | 'html', encoding: string, bytes: Buffer, iso = false): void {
  write(name, bytes);
  manifest.encodings.push({ file: name, kind, encoding, ...(iso ? { substitutes: ISO_8859_6_SUBSTITUTES } : {}) });
}

fs.mkdirSync(out, { recursive: true });
const bom = (b: Buffer, mark: number[]) => Buffer.concat([Buffer.from(mark), b]);
const utf16be = (s: string) => iconv.encode(s, 'utf16-be');

// Plain text: the seed itself, byte for byte re-encoded.
encoded('seed000.utf8.txt', 'text', 'UTF-8', Buffer.from(seed, 'utf8'));
encoded('seed000.utf8-bom.txt', 'text', 'UTF-8', bom(Buffer.from(seed, 'utf8'), [0xef, 0xbb, 0xbf]));
encoded('seed000.utf16le-bom.txt', 'text', 'UTF-16LE', bom(iconv.encode(seed, 'utf16le'), [0xff, 0xfe]));
encoded('seed000.utf16be-bom.txt', 'text', 'UTF-16BE', bom(utf16be(seed), [0xfe, 0xff]));
encoded('seed000.windows-1256.txt', 'text', 'windows-1256', iconv.encode(seed, 'windows-1256'));
encoded('seed000.iso-8859-6.txt', 'text', 'ISO-8859-6', iconv.encode(forIso(seed), 'iso-8859-6'), true);

// HTML: the seed's lines as paragraphs of a full news page.
const lines = seed.split('\n').map((l) => l.trim()).filter(Boolean);
const page = (charset: string, text = lines) => buildNewsPage({ title: null, paragraphs: text }, 'semantic', { charset });
encoded('seed000.utf8.html', 'html', 'UTF-8', Buffer.from(page('utf-8'), 'utf8'));
encoded('seed000.windows-1256.html', 'html', 'windows-1256', iconv.encode(page('windows-1256'), 'windows-1256'));
encoded('seed000.iso-8859-6.html', 'html', 'ISO-8859-6', iconv.encode(page('iso-8859-6', lines.map(forIso)), 'iso-8859-6'), true);
encoded('seed000.utf16le-bom.html', 'html', 'UTF-16LE', bom(iconv.encode(page('utf-16'), 'utf16le'), [0xff, 0xfe]));
// Wrongly declared: says utf-8, is windows-1256; says windows-1256, is ISO-8859-6.
encoded('seed000.declared-utf8-is-1256.html', 'html', 'windows-1256', iconv.encode(page('utf-8'), 'windows-1256'));
encoded('seed000.declared-1256-is-iso.html', 'html', 'ISO-8859-6', iconv.encode(page('windows-1256', lines.map(forIso)), 'iso-8859-6'), true);
// Says windows-1256 but is UTF-8 (a template changed, the header did not).
encoded('seed000.declared-1256-is-utf8.html', 'html', 'UTF-8', Buffer.from(page('windows-1256'), 'utf8'));

// Invalid byte sequences inside UTF-8: decoded with U+FFFD, flagged, not rejected.
const broken = Buffer.from(seed, 'utf8');
for (const at of [10, 500, 1500]) broken[at] = 0xff;
write('invalid-bytes.utf8.txt', broken);

// Formats we refuse, each with its real signature.
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
write('image.png', png);
write('photo.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('\0\x10JFIF\0\x01\x01')]));
write('anim.gif', Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1'));
write('picture.webp', Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]));
write('report.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'));
write('program.elf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]));
const mz = Buffer.alloc(128);
mz.write('MZ', 0, 'latin1');
mz.writeUInt32LE(0x40, 0x3c);
mz.write('PE\0\0', 0x40, 'latin1');
write('setup.exe', mz);
write('archive.txt.gz', zlib.gzipSync(Buffer.from(seed, 'utf8')));
write('empty.txt', Buffer.alloc(0));

// Zips.
const html = Buffer.from(page('utf-8'), 'utf8');
write('good.zip', writeZip([
  { name: 'news/seed.txt', data: Buffer.from(seed, 'utf8') },
  { name: 'news/page.html', data: html },
  { name: 'news/more.ndjson', data: Buffer.from('{"title":"عنوان","body":"فقرة أولى"}\n{"body":["فقرة","ثانية"]}\n', 'utf8') },
  { name: 'inner.zip', data: writeZip([{ name: 'x.txt', data: Buffer.from('x') }]) },
  { name: 'image.png', data: png },
  { name: 'news/', data: Buffer.alloc(0), store: true },
]));
write('dotdot.zip', writeZip([{ name: 'ok.txt', data: Buffer.from('نص') }, { name: 'news/../../evil.txt', data: Buffer.from('x') }]));
write('absolute.zip', writeZip([{ name: '/etc/evil.txt', data: Buffer.from('x') }]));
// 64 MB of zeros in ~64 KB, headers honest: refused on the ratio while inflating.
const zeros = Buffer.alloc(64 * 1024 * 1024);
write('bomb-ratio.zip', writeZip([{ name: 'zeros.txt', data: zeros }]));
// The same, with headers claiming 1 KB: only counting the inflated bytes catches it.
write('bomb-lying-header.zip', writeZip([{ name: 'zeros.txt', data: zeros, declaredSize: 1024 }]));

// JSON and NDJSON with one broken entry each.
write('docs.json', JSON.stringify([
  { title: 'العنوان الأول', body: lines.slice(0, 2), url: 'https://news.example/1', publishedAt: '2024-03-29', author: 'محرر', site: 'شبكة الأخبار' },
  { title: 'بلا نص' },
  { text: lines[2] },
], null, 1));
write('docs.ndjson', [
  JSON.stringify({ title: 'خبر أول', body: lines[0] }),
  JSON.stringify({ content: [lines[1], lines[2]] }),
  '{"title": "مقطوع", "body": "نص',
  '',
  JSON.stringify({ body: lines[3], author: 'مراسل' }),
].join('\n') + '\n');

write('manifest.json', JSON.stringify(manifest, null, 1) + '\n');
console.log(`wrote ${fs.readdirSync(out).length} files to ${path.relative(root, out)}`);
