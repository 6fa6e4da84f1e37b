import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { MAX_TAG_CHARS } from '@app/tagging';
import { startPipeline, waitForDocument, type RunningPipeline } from './support/pipeline';

const TEXT = 'التقى الرئيس الفرنسي إيمانويل ماكرون في باريس يوم 12 آذار 2017 بوفد من الأمم المتحدة.';

/** Isolated/initial/medial/final glyph codes of the letters of TEXT, and the lam-alef ligatures. */
const FORMS: Record<string, [number, number?]> = {
  'ا': [0xfe8d], 'أ': [0xfe83], 'إ': [0xfe87], 'ب': [0xfe8f, 1], 'ت': [0xfe95, 1], 'ث': [0xfe99, 1], 'ج': [0xfe9d, 1],
  'ح': [0xfea1, 1], 'خ': [0xfea5, 1], 'د': [0xfea9], 'ذ': [0xfeab], 'ر': [0xfead], 'ز': [0xfeaf], 'س': [0xfeb1, 1],
  'ش': [0xfeb5, 1], 'ص': [0xfeb9, 1], 'ع': [0xfec9, 1], 'ف': [0xfed1, 1], 'ق': [0xfed5, 1], 'ك': [0xfed9, 1],
  'ل': [0xfedd, 1], 'م': [0xfee1, 1], 'ن': [0xfee5, 1], 'ه': [0xfee9, 1], 'و': [0xfeed], 'ي': [0xfef1, 1], 'ة': [0xfe93], 'آ': [0xfe81],
};
const LAM_ALEF: Record<string, number> = { 'ا': 0xfefb, 'أ': 0xfef7, 'إ': 0xfef9, 'آ': 0xfef5 };
function toPresentationForms(text: string): string {
  let out = '';
  const joins = (ch: string | undefined) => ch !== undefined && FORMS[ch]?.[1] === 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const form = FORMS[ch];
    if (!form) {
      out += ch;
      continue;
    }
    const fromRight = FORMS[text[i - 1]] !== undefined && joins(text[i - 1]);
    if (ch === 'ل' && LAM_ALEF[text[i + 1]]) {
      out += String.fromCharCode(LAM_ALEF[text[i + 1]] + (fromRight ? 1 : 0));
      i++;
      continue;
    }
    const toLeft = form[1] === 1 && FORMS[text[i + 1]] !== undefined;
    // Unicode order of each letter's forms: isolated, final, initial, medial (two-form letters: isolated, final).
    out += String.fromCharCode(form[0] + (fromRight ? (toLeft ? 3 : 1) : toLeft ? 2 : 0));
  }
  return out;
}

describe('POST /tag', () => {
  let pipeline: RunningPipeline;
  beforeAll(async () => {
    pipeline = await startPipeline({}, []);
  });
  afterAll(async () => {
    await pipeline?.stop();
  });

  it('tags people, places, organisations and dates with offsets into the text', async () => {
    const response = await request(pipeline.http).post('/tag').send({ text: TEXT });
    expect(response.status).toBe(200);
    const entities: { type: string; text: string; start: number; end: number; normalized: string }[] = response.body.entities;
    for (const e of entities) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
    const byType = (type: string) => entities.filter((e) => e.type === type).map((e) => e.text);
    expect(byType('PER')).toContain('إيمانويل ماكرون');
    expect(byType('LOC')).toContain('باريس');
    expect(byType('ORG')).toContain('الأمم المتحدة');
    expect(entities.find((e) => e.type === 'DATE')?.normalized).toBe('2017-03-12');
  });

  it('finds the same entities in presentation-form text (as PDFs give it), with offsets into the text as sent', async () => {
    // Each Arabic letter as its contextual glyph code (what NFKC folds back), lam-alef as one ligature.
    const shaped = toPresentationForms(TEXT);
    expect(shaped).not.toBe(TEXT);
    expect(shaped.normalize('NFKC')).toBe(TEXT);
    const response = await request(pipeline.http).post('/tag').send({ text: shaped });
    expect(response.status).toBe(200);
    const entities: { type: string; text: string; start: number; end: number }[] = response.body.entities;
    for (const e of entities) expect(shaped.slice(e.start, e.end)).toBe(e.text);
    const folded = (type: string) => entities.filter((e) => e.type === type).map((e) => e.text.normalize('NFKC'));
    expect(folded('PER')).toContain('إيمانويل ماكرون');
    expect(folded('LOC')).toContain('باريس');
    expect(folded('ORG')).toContain('الأمم المتحدة');
  });

  it('answers 400 without text and 413 for text over the limit', async () => {
    expect((await request(pipeline.http).post('/tag').send({})).status).toBe(400);
    expect((await request(pipeline.http).post('/tag').send({ text: '   ' })).status).toBe(400);
    const huge = await request(pipeline.http).post('/tag').send({ text: 'ب'.repeat(MAX_TAG_CHARS + 1) });
    expect(huge.status).toBe(413);
    expect(huge.body.message).toMatch(/at most/);
  });

  it('tags text with no entities, Latin text and mixed scripts without error', async () => {
    for (const text of ['ما زال الجو باردا هذا الصباح', 'The weather is cold this morning.', 'Breaking: عاجل 123 !!! ?']) {
      const response = await request(pipeline.http).post('/tag').send({ text });
      expect({ text, status: response.status }).toEqual({ text, status: 200 });
      expect(Array.isArray(response.body.entities)).toBe(true);
    }
  });
});

describe('the tagger app on a configured HTTP engine', () => {
  let pipeline: RunningPipeline;
  let engine: Server;

  beforeAll(async () => {
    // A remote engine that fails on one document and tags the others.
    engine = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const { text } = JSON.parse(body) as { text: string };
        if (text.includes('انهيار')) {
          res.writeHead(500).end('model crashed');
          return;
        }
        const start = text.indexOf('عمان');
        const entities = start >= 0 ? [{ type: 'LOC', text: 'عمان', start, end: start + 4, normalized: 'عمان' }] : [];
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ entities }));
      });
    });
    await new Promise<void>((resolve) => engine.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(engine.address() as AddressInfo).port}/tag`;
    pipeline = await startPipeline({ taggerEngine: 'http', taggerUrl: url, attempts: { fetch: 1, strip: 1, tag: 1, index: 1 } });
  });
  afterAll(async () => {
    await pipeline?.stop();
    engine?.close();
  });

  it('fails the one document the engine cannot tag, with the reason, and keeps tagging the others', async () => {
    const line = (extra: string) =>
      Buffer.from(`قالت الحكومة في عمان اليوم إن الأمطار الغزيرة تسببت في ${extra} عدد من الطرق في المدينة وحولها خلال الليل.\n`.repeat(3));
    const bad = await request(pipeline.http).post('/documents').attach('files', line('انهيار'), 'bad.txt');
    const good = await request(pipeline.http).post('/documents').attach('files', line('إغلاق'), 'good.txt');
    const failed = await waitForDocument(pipeline.http, bad.body.documents[0].id);
    expect(failed).toEqual(expect.objectContaining({ state: 'failed', failedStage: 'tag' }));
    expect(failed.error).toMatch(/500/);
    const indexed = await waitForDocument(pipeline.http, good.body.documents[0].id);
    expect(indexed.state).toBe('indexed');
    expect(indexed.document.locations).toEqual(['عمان']);
  });
});
