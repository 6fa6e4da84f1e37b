import type { ProcessedDocument } from '@app/contracts';
import { tagJobFromDocument } from './tag-job-from-document';

const document: ProcessedDocument = {
  id: 'a'.repeat(32),
  title: 'زيارة وزير الخارجية إلى دمشق',
  paragraphs: ['وصل الوزير إلى دمشق.', 'والتقى نظيره السوري.'],
  body: 'وصل الوزير إلى دمشق.\n\nوالتقى نظيره السوري.',
  entities: [{ type: 'LOC', text: 'دمشق', start: 16, end: 20, normalized: 'دمشق' }],
  titleEntities: [],
  persons: [],
  organizations: [],
  locations: ['دمشق'],
  byline: 'بقلم: سامر',
  author: 'سامر',
  site: 'example.org',
  publishedAt: '2024-03-01',
  language: 'ar',
  encoding: 'windows-1256',
  decodingErrors: true,
  extraction: 'walk',
  removed: [{ index: 0, text: 'الرئيسية | أخبار', reason: 'navigation' }],
  source: { name: 'a.html', contentType: 'text/html', byteSize: 10, sha256: 'f'.repeat(64), credited: 'رويترز' },
  ingestedAt: '2024-03-01T10:00:00Z',
};

describe('tagJobFromDocument', () => {
  it('gives the tag stage the stripper output the index kept, with the credited source back in the article', () => {
    const job = tagJobFromDocument(document);
    expect(job.docId).toBe(document.id);
    expect(job.article).toEqual({
      title: document.title,
      paragraphs: document.paragraphs,
      byline: 'بقلم: سامر',
      author: 'سامر',
      source: 'رويترز',
      site: 'example.org',
      publishedAt: '2024-03-01',
      language: 'ar',
      removed: document.removed,
    });
    expect(job.source).toEqual({ name: 'a.html', contentType: 'text/html', byteSize: 10, sha256: 'f'.repeat(64) });
    expect([job.encoding, job.decodingErrors, job.extraction]).toEqual(['windows-1256', true, 'walk']);
  });

  it('drops nothing the tagger recomputes from: entities and facets are left for it to redo', () => {
    const job = tagJobFromDocument(document) as unknown as Record<string, unknown>;
    expect(JSON.stringify(job)).not.toContain('"entities"');
    expect(JSON.stringify(job)).not.toContain('"locations"');
  });
});
