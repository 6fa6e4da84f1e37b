import { fixture } from './test-fixtures';
import { sniffUpload } from './sniff';

describe('sniffUpload', () => {
  it.each([
    ['image.png', 'PNG'],
    ['photo.jpg', 'JPEG'],
    ['anim.gif', 'GIF'],
    ['picture.webp', 'WebP'],
    ['report.pdf', 'PDF'],
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
