import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Inject, NotFoundException, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { SourceScheduler, SourceStore, type Source } from '@app/sources';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { sourceListSchema, sourceSchema } from './sources.schemas';

const SOURCE_ID = /^[0-9a-f]{16}$/;
const DEFAULT_INTERVAL_MINUTES = 15;
const MAX_INTERVAL_MINUTES = 7 * 24 * 60;

/** Followed feeds and sitemaps: registered here, polled on their schedule by the fetchers. */
@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  constructor(
    private readonly store: SourceStore,
    private readonly scheduler: SourceScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @UseGuards(ThrottlerGuard, ApiKeyGuard)
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Follow an RSS/Atom feed, a (news) sitemap or a sitemap index; polled at once, then every intervalMinutes' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['url'],
      properties: { url: { type: 'string', format: 'uri' }, intervalMinutes: { type: 'number', default: DEFAULT_INTERVAL_MINUTES } },
    },
  })
  @ApiCreatedResponse({ schema: sourceSchema, description: '201 when new, 200 when the source was already followed (interval updated)' })
  async add(@Body() body: { url?: unknown; intervalMinutes?: unknown } | undefined, @Res({ passthrough: true }) res: Response): Promise<Source> {
    const url = this.checkUrl(body?.url);
    const interval = this.checkInterval(body?.intervalMinutes);
    const { source, created } = await this.store.add(url, interval);
    await this.scheduler.schedule(source.id, interval);
    res.status(created ? 201 : 200);
    return source;
  }

  @Get()
  @ApiOperation({ summary: 'Followed sources with their state, last poll and last error' })
  @ApiOkResponse({ schema: sourceListSchema })
  async list(): Promise<{ sources: Source[] }> {
    return { sources: await this.store.list() };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One source' })
  @ApiOkResponse({ schema: sourceSchema })
  async get(@Param('id') id: string): Promise<Source> {
    return this.find(id);
  }

  @Post(':id/poll')
  @HttpCode(202)
  @UseGuards(ThrottlerGuard, ApiKeyGuard)
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Poll a source now, beside its schedule' })
  async pollNow(@Param('id') id: string): Promise<{ id: string; queued: true }> {
    await this.find(id);
    await this.scheduler.pollNow(id);
    return { id, queued: true };
  }

  @Delete(':id')
  @UseGuards(ThrottlerGuard, ApiKeyGuard)
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Stop following a source (its documents stay)' })
  async remove(@Param('id') id: string): Promise<{ id: string; removed: true }> {
    this.checkId(id);
    await this.scheduler.unschedule(id);
    if (!(await this.store.remove(id))) throw new NotFoundException(`no source with id ${id}`);
    return { id, removed: true };
  }

  private async find(id: string): Promise<Source> {
    this.checkId(id);
    const source = await this.store.get(id);
    if (!source) throw new NotFoundException(`no source with id ${id}`);
    return source;
  }

  private checkId(id: string): void {
    if (!SOURCE_ID.test(id)) throw new BadRequestException(`"${id}" is not a source id (16 hex characters)`);
  }

  private checkUrl(raw: unknown): string {
    if (typeof raw !== 'string' || raw.trim() === '') throw new BadRequestException('url is required: the address of an RSS/Atom feed or a sitemap');
    let url: URL;
    try {
      url = new URL(raw.trim());
    } catch {
      throw new BadRequestException(`${JSON.stringify(raw)} is not a valid URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BadRequestException(`only http and https sources can be followed, not ${url.protocol}`);
    // Private addresses are refused when the source is fetched (the same SSRF rules as every URL).
    return url.href;
  }

  private checkInterval(raw: unknown): number {
    if (raw === undefined || raw === null || raw === '') return Math.max(DEFAULT_INTERVAL_MINUTES, this.config.crawl.minSourceIntervalSeconds / 60);
    const minutes = Number(raw);
    const min = this.config.crawl.minSourceIntervalSeconds / 60;
    if (!Number.isFinite(minutes) || minutes < min || minutes > MAX_INTERVAL_MINUTES) {
      throw new BadRequestException(`intervalMinutes must be a number from ${min} to ${MAX_INTERVAL_MINUTES}`);
    }
    return minutes;
  }
}
