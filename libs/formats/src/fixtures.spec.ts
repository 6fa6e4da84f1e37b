import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreBody, seedGold } from '../../../test/support/body-score';
import { readDocument } from './read-document';
import { splitDocuments } from './split';

/** Fixtures rendered from the seeds by scripts/formats/make-fixtures.py (see its header). */
const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'formats');
const manifest: Record<string, any> = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const bytes = (file: string) => readFileSync(join(DIR, file));

/** The body as the reader gives it: every block but the title. */
async function bodyOf(data: Buffer, name: string) {
  const doc = await readDocument(data, name);
  const title = doc.meta.title ?? null;
  const paragraphs = doc.blocks.filter((b) => b.text !== title).map((b) => b.text);
  return { doc, paragraphs, body: paragraphs.join('\n') };
}

function expectFaithful(body: string, seed: string) {
  const score = scoreBody(body, seedGold(seed).body);
  expect({ seed, missing: score.missing, reversed: score.reversed }).toEqual({ seed, missing: [], reversed: [] });
  expect(score.f1).toBeGreaterThanOrEqual(0.98);
}

const documents = Object.keys(manifest).filter((f) => /\.(pdf|docx|odt|rtf)$/.test(f) && manifest[f].seed);

describe('readers on documents rendered from the seeds', () => {
  it.each(documents)('%s: the seed body, in logical order, F1 >= 0.98, its paragraphs, and the title', async (file) => {
    const { doc, body, paragraphs } = await bodyOf(bytes(file), file);
    expectFaithful(body, manifest[file].seed);
    // Lines are joined into the paragraphs the document has, also across page breaks.
    expect(paragraphs).toHaveLength(seedGold(manifest[file].seed).body.length);
    expect(doc.meta.title).toBe(manifest[file].title);
    // Running headers and page numbers are gone; presentation forms are folded.
    expect(body).not.toContain('نشرة المكتب الإعلامي');
    expect(body).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFC]/);
    expect(doc.blocks.some((b) => /^\s*[\d٠-٩]+\s*$/.test(b.text))).toBe(false);
  });

  it.each(['utf8-base64-with-pdf.eml', 'windows-1256-qp.eml'])('%s: body, subject as title, sender and date', async (file) => {
    const { doc, body } = await bodyOf(bytes(file), file);
    expectFaithful(body, manifest[file].seed);
    expect(doc.meta.title).toBe(manifest[file].title);
    expect(doc.meta.author).toBeTruthy();
    expect(doc.meta.publishedTime).toMatch(/^2017-03-1[23]T/);
  });
});

describe('splitDocuments', () => {
  it('fans an e-mail out into its message and its PDF attachment, named after the message', async () => {
    const { units, rejected } = await splitDocuments(bytes('utf8-base64-with-pdf.eml'), 'tip.eml');
    expect(rejected).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(['tip.eml/statement.pdf', 'tip.eml']);
    const { body } = await bodyOf(units[0].bytes, units[0].name);
    expectFaithful(body, manifest['seed001.libreoffice.pdf'].seed);
  });

  it('splits a mailbox into messages and their attachments', async () => {
    const { units, rejected } = await splitDocuments(bytes('two-messages.mbox'), 'inbox.mbox');
    expect(rejected).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(['inbox.mbox#message-1/statement.pdf', 'inbox.mbox#message-1', 'inbox.mbox#message-2']);
    expectFaithful((await bodyOf(units[2].bytes, units[2].name)).body, manifest['windows-1256-qp.eml'].seed);
  });

  it.each(['three-captures.warc', 'three-captures.warc.gz'])('%s: each HTML capture is a document with its URI and date; the image is skipped', async (file) => {
    const { units, rejected } = await splitDocuments(bytes(file), file);
    expect(rejected).toEqual([]);
    const records = manifest[file].records;
    expect(units).toHaveLength(records.length);
    for (const [i, unit] of units.entries()) {
      const { doc } = await bodyOf(unit.bytes, unit.name);
      expect(doc.meta.canonicalUrl).toBe(records[i].url);
      expect(doc.meta.publishedTime).toBe(records[i].date);
      expectFaithful(doc.blocks.map((b) => b.text).join('\n'), records[i].seed);
    }
  });

  it('refuses a scanned PDF at once with 422 scanned_pdf_needs_ocr, keeping the rest of a batch', async () => {
    const { units, rejected } = await splitDocuments(bytes('scanned-page.pdf'), 'scan.pdf');
    expect(units).toEqual([]);
    expect(rejected).toEqual([{ name: 'scan.pdf', status: 422, reason: 'scanned_pdf_needs_ocr', error: expect.stringMatching(/no text layer.*OCR/) }]);
    await expect(readDocument(bytes('scanned-page.pdf'), 'scan.pdf')).rejects.toMatchObject({ code: 'scanned_pdf_needs_ocr' });
  });

  it('refuses a damaged PDF with 400 and a legacy .doc with 415, naming the way out', async () => {
    const broken = await splitDocuments(Buffer.from('%PDF-1.7\n1 0 obj garbage'), 'broken.pdf');
    expect(broken.rejected).toEqual([{ name: 'broken.pdf', status: 400, reason: 'invalid_document', error: expect.stringMatching(/not a readable PDF/) }]);
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    expect((await splitDocuments(doc, 'old.doc')).rejected[0]).toMatchObject({ status: 415, error: expect.stringMatching(/\.doc.*\.docx or PDF/) });
  });
});
