import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** OpenAPI shape of a followed source (libs/sources Source). */
export const sourceSchema: SchemaObject = {
  type: 'object',
  required: ['id', 'url', 'intervalMinutes', 'effectiveIntervalMinutes', 'createdAt', 'state', 'consecutiveErrors', 'articlesQueued'],
  properties: {
    id: { type: 'string' },
    url: { type: 'string' },
    intervalMinutes: { type: 'number' },
    effectiveIntervalMinutes: { type: 'number', description: 'the interval in force: longer when the feed asks for it (<ttl>, <sy:updatePeriod>)' },
    createdAt: { type: 'string', format: 'date-time' },
    state: { type: 'string', enum: ['pending', 'ok', 'backing_off'] },
    kind: { type: 'string', enum: ['rss', 'atom', 'sitemap', 'sitemap-index'] },
    title: { type: 'string' },
    lastPolledAt: { type: 'string', format: 'date-time' },
    lastSuccessAt: { type: 'string', format: 'date-time' },
    nextPollAfter: { type: 'string', format: 'date-time', description: 'backing off: polls before this time are skipped' },
    consecutiveErrors: { type: 'integer' },
    lastError: { type: 'string' },
    articlesQueued: { type: 'integer' },
    etag: { type: 'string' },
    lastModified: { type: 'string' },
  },
};

export const sourceListSchema: SchemaObject = { type: 'object', properties: { sources: { type: 'array', items: sourceSchema } } };
