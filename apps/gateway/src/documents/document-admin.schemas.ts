import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { STAGES } from '@app/contracts';

/** OpenAPI response schemas of the listing, takedown and reprocess endpoints. */

const STATES = ['queued', 'processing', 'indexed', 'failed', 'rejected'];

const stageStatus: SchemaObject = {
  type: 'object',
  required: ['state', 'attempts'],
  properties: {
    state: { type: 'string', enum: ['queued', 'active', 'done', 'failed'] },
    queuedAt: { type: 'string', format: 'date-time' },
    startedAt: { type: 'string', format: 'date-time' },
    endedAt: { type: 'string', format: 'date-time' },
    attempts: { type: 'integer', minimum: 0 },
    error: { type: 'string' },
  },
};

export const documentStatusSchema: SchemaObject = {
  type: 'object',
  required: ['id', 'state', 'stages', 'updatedAt'],
  properties: {
    id: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    state: { type: 'string', enum: STATES },
    reason: { type: 'string', description: 'why a document was rejected, e.g. not_arabic, empty_after_stripping' },
    error: { type: 'string', description: 'last error of a failed document' },
    failedStage: { type: 'string', enum: [...STAGES] },
    source: { type: 'object', properties: { name: { type: 'string' }, byteSize: { type: 'integer' } } },
    stages: { type: 'object', properties: Object.fromEntries(STAGES.map((s) => [s, stageStatus])) },
    updatedAt: { type: 'string', format: 'date-time' },
  },
};

export const documentListSchema: SchemaObject = {
  type: 'object',
  required: ['total', 'page', 'size', 'since', 'documents', 'counts', 'truncated'],
  properties: {
    total: { type: 'integer', description: 'documents in the window with the asked state' },
    page: { type: 'integer', minimum: 1 },
    size: { type: 'integer', minimum: 1 },
    since: { type: 'string', format: 'date-time' },
    documents: { type: 'array', items: documentStatusSchema, description: 'newest first' },
    counts: {
      type: 'object',
      description: 'documents in the window per state, whatever state was asked',
      properties: Object.fromEntries(STATES.map((s) => [s, { type: 'integer' }])),
    },
    truncated: { type: 'boolean', description: 'true when the window held more than 10,000 documents; counts cover the newest 10,000' },
  },
};

export const deletedSchema: SchemaObject = {
  type: 'object',
  required: ['id', 'deleted'],
  properties: { id: { type: 'string' }, deleted: { type: 'boolean', enum: [true] } },
};

export const reprocessQueuedSchema: SchemaObject = {
  type: 'object',
  required: ['id', 'state', 'stage'],
  properties: {
    id: { type: 'string' },
    state: { type: 'string', enum: ['queued'] },
    stage: { type: 'string', enum: [...STAGES], description: 'the stage it starts again from (tag)' },
  },
};

export const reprocessReportSchema: SchemaObject = {
  type: 'object',
  required: ['matched', 'queued', 'skipped'],
  properties: {
    matched: { type: 'integer', description: 'indexed documents the filter matched (at most max)' },
    queued: { type: 'array', items: { type: 'string' }, description: 'ids queued for reprocessing' },
    skipped: {
      type: 'array',
      items: { type: 'object', required: ['id', 'reason'], properties: { id: { type: 'string' }, reason: { type: 'string' } } },
      description: 'matched documents left alone, e.g. already being processed',
    },
  },
};

export const reprocessFilterSchema: SchemaObject = {
  type: 'object',
  description: 'the search filters; at least one of them, or "all": true',
  properties: {
    q: { type: 'string' },
    exact: { type: 'boolean' },
    persons: { type: 'array', items: { type: 'string' } },
    organizations: { type: 'array', items: { type: 'string' } },
    locations: { type: 'array', items: { type: 'string' } },
    site: { type: 'string' },
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    all: { type: 'boolean', description: 'true: every indexed document' },
    max: { type: 'integer', minimum: 1, maximum: 100000, default: 10000 },
  },
};
