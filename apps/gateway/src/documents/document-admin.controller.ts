import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { DocumentState } from '@app/contracts';
import { DocumentActivity, StatusStore } from '@app/queue';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { DocumentAdminService, type ReprocessFilter } from './document-admin.service';
import {
  deletedSchema,
  documentListSchema,
  reprocessFilterSchema,
  reprocessQueuedSchema,
  reprocessReportSchema,
} from './document-admin.schemas';

const DOC_ID = /^[0-9a-f]{32}$/;
const STATES: DocumentState[] = ['queued', 'processing', 'indexed', 'failed', 'rejected'];
const DEFAULT_WINDOW_MS = 24 * 3600 * 1000;
const MAX_PAGE_SIZE = 200;
const MAX_REPROCESS = 100_000;

function checkId(id: string): void {
  if (!DOC_ID.test(id)) throw new BadRequestException(`"${id}" is not a document id (32 hex characters)`);
}

function positiveInt(raw: string | undefined, name: string, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new BadRequestException(`${name} must be an integer from 1 to ${max}`);
  return n;
}

/** Listing, takedown and reprocessing of documents (beside DocumentsController's ingest and status). */
@ApiTags('documents')
@Controller('documents')
export class DocumentAdminController {
  constructor(
    private readonly admin: DocumentAdminService,
    private readonly activity: DocumentActivity,
    private readonly status: StatusStore,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Documents registered since a time, newest first, optionally of one state, with counts per state' })
  @ApiQuery({ name: 'state', required: false, enum: STATES })
  @ApiQuery({ name: 'since', required: false, description: 'ISO 8601 date or date-time; default: 24 hours ago' })
  @ApiQuery({ name: 'page', required: false, description: '1-based' })
  @ApiQuery({ name: 'size', required: false, description: `documents per page, at most ${MAX_PAGE_SIZE} (default 50)` })
  @ApiOkResponse({ schema: documentListSchema })
  async list(@Query('state') state?: string, @Query('since') since?: string, @Query('page') page?: string, @Query('size') size?: string) {
    if (state !== undefined && state !== '' && !STATES.includes(state as DocumentState)) {
      throw new BadRequestException(`state must be one of ${STATES.join(', ')}`);
    }
    const from = since ? new Date(since) : new Date(Date.now() - DEFAULT_WINDOW_MS);
    if (Number.isNaN(from.getTime())) throw new BadRequestException(`since must be an ISO 8601 date or date-time, got "${since}"`);
    const listing = await this.activity.list(
      {
        state: (state || undefined) as DocumentState | undefined,
        since: from,
        page: positiveInt(page, 'page', 1, 1_000_000),
        size: positiveInt(size, 'size', 50, MAX_PAGE_SIZE),
      },
      (ids) => this.status.getMany(ids),
    );
    return { ...listing, since: from.toISOString() };
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Takedown: removes the document from Elasticsearch and Redis; it is 404 afterwards' })
  @ApiOkResponse({ schema: deletedSchema })
  @ApiSecurity('api-key')
  @UseGuards(ThrottlerGuard, ApiKeyGuard)
  async delete(@Param('id') id: string) {
    checkId(id);
    return this.admin.delete(id);
  }

  @Post(':id/reprocess')
  @HttpCode(202)
  @ApiOperation({ summary: 'Runs an indexed document through tagging and indexing again (e.g. after the model improved)' })
  @ApiAcceptedResponse({ schema: reprocessQueuedSchema })
  @ApiSecurity('api-key')
  @UseGuards(ThrottlerGuard, ApiKeyGuard)
  async reprocess(@Param('id') id: string) {
    checkId(id);
    return this.admin.reprocess(id);
  }
}

/** POST /reprocess: many documents at once, chosen with the search's filters. */
@ApiTags('documents')
@Controller('reprocess')
export class ReprocessController {
  constructor(private readonly admin: DocumentAdminService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Reprocesses every indexed document matching a filter (query, entities, site, dates) or all of them' })
  @ApiBody({ schema: reprocessFilterSchema })
  @ApiAcceptedResponse({ schema: reprocessReportSchema })
  @ApiSecurity('api-key')
  @UseGuards(ThrottlerGuard, ApiKeyGuard)
  async reprocessMatching(@Body() body: Record<string, unknown> | undefined) {
    const { filter, all, max } = parseFilter(body ?? {});
    if (!all && Object.keys(filter).length === 0) {
      throw new BadRequestException('send a filter (q, persons, organizations, locations, site, from, to) or {"all": true}');
    }
    return this.admin.reprocessMatching(filter, max);
  }
}

const LIST_FIELDS = ['persons', 'organizations', 'locations'] as const;
const TEXT_FIELDS = ['q', 'site', 'from', 'to'] as const;

function parseFilter(body: Record<string, unknown>): { filter: ReprocessFilter; all: boolean; max: number } {
  const filter: ReprocessFilter = {};
  for (const field of TEXT_FIELDS) {
    const value = body[field];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') throw new BadRequestException(`${field} must be a string`);
    filter[field] = value;
  }
  for (const field of LIST_FIELDS) {
    const value = body[field];
    if (value === undefined) continue;
    const values = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) throw new BadRequestException(`${field} must be a list of names`);
    if (values.length) filter[field] = values as string[];
  }
  if (body.exact !== undefined) filter.exact = body.exact === true;
  const max = body.max === undefined ? 10_000 : Number(body.max);
  if (!Number.isInteger(max) || max < 1 || max > MAX_REPROCESS) throw new BadRequestException(`max must be an integer from 1 to ${MAX_REPROCESS}`);
  return { filter, all: body.all === true, max };
}
