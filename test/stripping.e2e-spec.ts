import request from 'supertest';
import { startPipeline, waitForDocument, type RunningPipeline } from './support/pipeline';

const PARAGRAPHS = [
  'أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تتضمن قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر.',
  'وقال المتحدث باسم الوزارة إن الخطة ستنفذ على ثلاث مراحل تبدأ الشهر المقبل، وتشمل تدريب المزارعين على أساليب الري الحديثة.',
  'وأضاف أن الحكومة خصصت ميزانية إضافية لإصلاح قنوات الري المتضررة، وأن فرقا فنية ستزور القرى لتقييم الاحتياجات على الأرض.',
];

/** A page of the site "akhbar.example": the article sits between a recurring sub-head slot the site puts on every page. */
function sitePage(n: number): Buffer {
  return Buffer.from(`<!doctype html><html lang="ar"><head><meta charset="utf-8">
<title>خطة لدعم المزارعين رقم ${n}</title><link rel="canonical" href="https://akhbar.example/news/${n}"></head>
<body><article><h1>خطة لدعم المزارعين رقم ${n}</h1>
${PARAGRAPHS.map((p, i) => `<p>${p.replace('.', ` في المرحلة ${n}.`)}</p>${i === 0 ? '<h3>نشرة الأخبار الزراعية الأسبوعية</h3>' : ''}`).join('')}
</article></body></html>`);
}

describe('boilerplate stripping in the flow', () => {
  let pipeline: RunningPipeline;
  beforeAll(async () => {
    pipeline = await startPipeline();
  });
  afterAll(async () => {
    await pipeline?.stop();
  });

  async function ingest(bytes: Buffer, name: string) {
    const response = await request(pipeline.http).post('/documents').attach('files', bytes, name);
    expect(response.status).toBe(202);
    return waitForDocument(pipeline.http, response.body.documents[0].id);
  }

  it('rejects a page in another language and a page of boilerplate only, saying why', async () => {
    const english = await ingest(
      Buffer.from('The ministry announced a new plan to support farmers in rural areas today.\nThe plan will be carried out in three phases.\n'.repeat(3)),
      'english.txt',
    );
    expect(english).toEqual(expect.objectContaining({ state: 'rejected', reason: 'not_arabic' }));
    const boilerplate = await ingest(Buffer.from('الرئيسية\nاتصل بنا\nأعلن معنا\nسياسة الخصوصية\nجميع الحقوق محفوظة\n'), 'menu.txt');
    expect(boilerplate).toEqual(expect.objectContaining({ state: 'rejected', reason: 'empty_after_stripping' }));
    const blank = await request(pipeline.http).post('/documents').attach('files', Buffer.from('   \n\n  \n'), 'spaces.txt');
    expect(blank.status).toBe(400);
    expect(blank.body.message).toContain('spaces.txt');
  });

  it('keeps the article and accounts for every dropped line', async () => {
    const page = Buffer.from(
      ['الرئيسية', 'اتصل بنا', 'أعلن معنا', ...PARAGRAPHS, 'شارك عبر واتساب فيسبوك تويتر', 'مقالات ذات صلة', 'عنوان خبر آخر لا علاقة له'].join('\n'),
    );
    const status = await ingest(page, 'with-menus.txt');
    expect(status.state).toBe('indexed');
    expect(status.document.paragraphs).toEqual(PARAGRAPHS);
    const removed = status.document.removed.map((r: { text: string }) => r.text);
    expect(removed).toEqual(expect.arrayContaining(['الرئيسية', 'اتصل بنا', 'أعلن معنا', 'مقالات ذات صلة']));
    for (const r of status.document.removed) expect(r.reason).toEqual(expect.any(String));
  });

  it("learns a site's recurring lines from the flow and drops them on its later pages", async () => {
    const first = await ingest(sitePage(1), 'page-1.html');
    expect(first.document.paragraphs).toContain('نشرة الأخبار الزراعية الأسبوعية');
    for (const n of [2, 3, 4]) await ingest(sitePage(n), `page-${n}.html`);
    const later = await ingest(sitePage(5), 'page-5.html');
    expect(later.state).toBe('indexed');
    expect(later.document.paragraphs).not.toContain('نشرة الأخبار الزراعية الأسبوعية');
    expect(later.document.removed).toEqual(
      expect.arrayContaining([expect.objectContaining({ text: 'نشرة الأخبار الزراعية الأسبوعية', reason: 'site-recurring' })]),
    );
    // The statistics live in Redis under the run's prefix, so they survive a restart of the stripper.
    const keys = await pipeline.redis.keys(`${pipeline.config.queuePrefix}:strip:*`);
    expect(keys.length).toBeGreaterThan(0);
  });
});
