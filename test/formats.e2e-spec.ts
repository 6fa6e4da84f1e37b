import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { scoreBody, seedGold } from './support/body-score';
import { startPipeline, waitForDocument, type RunningPipeline } from './support/pipeline';

/** Documents rendered from the seeds by scripts/formats/make-fixtures.py. */
const DIR = join(__dirname, 'fixtures', 'formats');
const manifest: Record<string, any> = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const file = (name: string) => readFileSync(join(DIR, name));

/** Which seed each accepted document renders, by the name the gateway gives it. */
function seedOf(name: string): string {
  const record = /^(.+)#record-(\d+)$/.exec(name);
  if (record) return manifest[record[1]].records[Number(record[2]) - 1].seed;
  if (name.endsWith('/statement.pdf')) return manifest['seed001.libreoffice.pdf'].seed;
  return manifest[name].seed;
}

const UPLOADS = [
  'seed000.libreoffice.pdf', 'seed002.fpdf2-visual.pdf', 'seed000.libreoffice.docx', 'seed000.libreoffice.odt',
  'seed004.word-1256.rtf', 'utf8-base64-with-pdf.eml', 'windows-1256-qp.eml', 'three-captures.warc',
];

describe('PDF, Word, OpenDocument, RTF, e-mail and WARC through the whole pipeline', () => {
  let pipeline: RunningPipeline;
  beforeAll(async () => {
    pipeline = await startPipeline();
  });
  afterAll(async () => {
    await pipeline?.stop();
  });

  it('indexes every document (attachments and captures as their own) with the seed body, and refuses the scan at upload', async () => {
    let upload = request(pipeline.http).post('/documents');
    for (const name of [...UPLOADS, 'scanned-page.pdf']) upload = upload.attach('files', file(name), name);
    const response = await upload;
    expect(response.status).toBe(202);
    expect(response.body.rejected).toEqual([
      { name: 'scanned-page.pdf', status: 422, reason: 'scanned_pdf_needs_ocr', error: expect.stringContaining('no text layer') },
    ]);
    const names: string[] = response.body.documents.map((d: { name: string }) => d.name);
    expect(names).toEqual(expect.arrayContaining([
      ...UPLOADS.filter((n) => !n.endsWith('.warc')),
      'utf8-base64-with-pdf.eml/statement.pdf',
      'three-captures.warc#record-1', 'three-captures.warc#record-2', 'three-captures.warc#record-3',
    ]));

    for (const doc of response.body.documents as Array<{ id: string; name: string }>) {
      const status = await waitForDocument(pipeline.http, doc.id);
      expect({ name: doc.name, state: status.state, reason: status.reason }).toEqual({ name: doc.name, state: 'indexed', reason: undefined });
      const score = scoreBody(status.document.body, seedGold(seedOf(doc.name)).body);
      expect({ name: doc.name, missing: score.missing, reversed: score.reversed }).toEqual({ name: doc.name, missing: [], reversed: [] });
      expect({ name: doc.name, f1: score.f1 >= 0.98 }).toEqual({ name: doc.name, f1: true });
    }
    const pdf = await waitForDocument(pipeline.http, response.body.documents.find((d: { name: string }) => d.name === 'seed002.fpdf2-visual.pdf').id);
    expect(pdf.document.body).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFC]/);
    const mail = await waitForDocument(pipeline.http, response.body.documents.find((d: { name: string }) => d.name === 'windows-1256-qp.eml').id);
    expect(mail.document.title).toBe(manifest['windows-1256-qp.eml'].title);

    // Found by search, with the query written in presentation forms as a PDF would give it.
    const query = 'ﻓﻼﺩﻳﻤﻴﺮ ﺑﻮﺗﻴﻦ'; // فلاديمير بوتين, which seed 002 names
    const hits = await request(pipeline.http).get('/search').query({ q: query, size: 50 });
    expect(hits.status).toBe(200);
    const found = new Set(hits.body.hits.map((h: { id: string }) => h.id));
    const fromSeed002 = response.body.documents.filter((d: { name: string }) => seedOf(d.name) === '002_6602581503e6a6fb');
    expect(fromSeed002.length).toBeGreaterThanOrEqual(3);
    for (const d of fromSeed002) expect({ name: d.name, found: found.has(d.id) }).toEqual({ name: d.name, found: true });
  });

  it('answers 422 with the reason when the only file is a scanned PDF, accepting nothing', async () => {
    const response = await request(pipeline.http).post('/documents').attach('files', file('scanned-page.pdf'), 'scan.pdf');
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(/"scan\.pdf" has no text layer.*OCR/);
    expect(response.body.rejected[0].reason).toBe('scanned_pdf_needs_ocr');
  });
});
