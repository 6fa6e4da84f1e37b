import { fixture } from './test-fixtures';
import { sniffUpload } from './sniff';

describe('sniffUpload', () => {
  it.each([
    ['image.png', 'PNG'],
    ['photo.jpg', 'JPEG'],
    ['anim.gif', 'GIF'],
    ['picture.webp', 'WebP'],
    ['program.elf', 'ELF'],
    ['setup.exe', 'Windows executable'],
    ['archive.txt.gz', 'gzip'],
  ])('refuses %s (%s) with 415 naming the file and the supported types', (file, label) => {
    const r = sniffUpload(fixture(file), file);
    expect(r).toMatchObject({ rejected: true, status: 415 });
    const message = (r as { message: string }).message;
    expect(message).toContain(`"${file}"`);
    expect(message).toContain(label);
    expect(message).toMatch(/\.txt.*\.html.*\.json.*\.ndjson.*ZIP/);
  });

  it('recognises the formats @app/formats reads by their content', () => {
    expect(sniffUpload(fixture('report.pdf'), 'report')).toEqual({ kind: 'pdf' });
    expect(sniffUpload(Buffer.from('{\\rtf1\\ansi\\ansicpg1256 نص}'), 'x')).toEqual({ kind: 'rtf' });
    expect(sniffUpload(Buffer.from('WARC/1.1\r\nWARC-Type: warcinfo\r\n'), 'crawl')).toEqual({ kind: 'warc' });
    const mail = 'From: desk@paper.example\r\nTo: a@b.example\r\nSubject: =?utf-8?b?2K7YqNix?=\r\nDate: Sun, 12 Mar 2017 09:30:00 +0000\r\n\r\nنص';
    expect(sniffUpload(Buffer.from(mail), 'tip')).toEqual({ kind: 'eml' });
    expect(sniffUpload(Buffer.from(`From MAILER-DAEMON Sun Mar 12 09:30:00 2017\n${mail}`), 'box')).toEqual({ kind: 'mbox' });
    // A text that merely starts with a word and a colon stays text.
    expect(sniffUpload(Buffer.from('From: the editor\nقال المحرر إن الخبر صحيح'), 'note.txt')).toEqual({ kind: 'text' });
    const legacy = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    expect(sniffUpload(legacy, 'old.doc')).toMatchObject({ status: 415, message: expect.stringContaining('save it as .docx or PDF') });
  });

  it('decides by content even when the name says otherwise', () => {
    expect(sniffUpload(fixture('image.png'), 'innocent.txt')).toMatchObject({ status: 415 });
    expect(sniffUpload(fixture('seed000.utf8.html'), 'page.json')).toEqual({ kind: 'html' });
    expect(sniffUpload(fixture('good.zip'), 'upload.bin')).toEqual({ kind: 'zip' });
    expect(sniffUpload(fixture('seed000.utf8.txt'), 'story.html')).toEqual({ kind: 'text' });
  });

  it('answers 400 for an empty or blank file, naming it', () => {
    expect(sniffUpload(fixture('empty.txt'), 'empty.txt')).toEqual({ rejected: true, status: 400, message: '"empty.txt" is empty' });
    expect(sniffUpload(Buffer.from(' \n\t\n'), 'blank.txt')).toMatchObject({ rejected: true, status: 400, message: expect.stringContaining('"blank.txt"') });
  });

  it('recognises HTML in any supported encoding, including UTF-16 with a BOM', () => {
    for (const f of ['seed000.utf8.html', 'seed000.windows-1256.html', 'seed000.utf16le-bom.html', 'seed000.iso-8859-6.html']) {
      expect(sniffUpload(fixture(f), f)).toEqual({ kind: 'html' });
    }
    expect(sniffUpload(Buffer.from('<p>خبر قصير</p>'), 'snippet')).toEqual({ kind: 'html' });
    expect(sniffUpload(fixture('seed000.utf16le-bom.txt'), 'x.txt')).toEqual({ kind: 'text' });
  });

  it('tells JSON from NDJSON by content, using the name only as a tiebreak', () => {
    expect(sniffUpload(fixture('docs.json'), 'docs')).toEqual({ kind: 'json' });
    expect(sniffUpload(fixture('docs.ndjson'), 'docs')).toEqual({ kind: 'ndjson' });
    expect(sniffUpload(fixture('docs.ndjson'), 'docs.json')).toEqual({ kind: 'json' });
    expect(sniffUpload(Buffer.from('{"body":"نص"}'), 'notes.txt')).toEqual({ kind: 'text' });
    expect(sniffUpload(Buffer.from('[1, 2'), 'broken.json')).toEqual({ kind: 'json' });
  });

  it('refuses SVG, other XML and office documents, but not XHTML', () => {
    expect(sniffUpload(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'a.svg')).toMatchObject({ status: 415 });
    expect(sniffUpload(Buffer.from('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>'), 'feed.xml')).toMatchObject({ status: 415 });
    expect(sniffUpload(Buffer.from('<?xml version="1.0"?>\n<!DOCTYPE html><html><body><p>x</p></body></html>'), 'a.xhtml')).toEqual({ kind: 'html' });
  });

  it('refuses unknown binary data', () => {
    const bin = Buffer.alloc(1000);
    for (let i = 0; i < bin.length; i++) bin[i] = (i * 7) % 32;
    expect(sniffUpload(bin, 'blob.dat')).toMatchObject({ status: 415, message: expect.stringContaining('binary data') });
  });
});
