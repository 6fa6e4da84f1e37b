import { BadRequestException, Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Client } from '@elastic/elasticsearch';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ES_CLIENT } from '@app/observability';
import { SearchRequestError, SearchService } from '@app/search';

type QueryValue = string | string[] | undefined;

/** Repeated parameters (?persons=a&persons=b) and comma lists (?persons=a,b) both work. */
function list(value: QueryValue): string[] | undefined {
  if (value === undefined) return undefined;
  const values = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return values.length ? values : undefined;
}

function integer(value: QueryValue, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(Array.isArray(value) ? value[0] : value);
  if (!Number.isInteger(n)) throw new BadRequestException(`${name} must be an integer`);
  return n;
}

function single(value: QueryValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

@ApiTags('search')
@Controller('search')
export class SearchController {
  private readonly service: SearchService;

  constructor(@Inject(ES_CLIENT) es: Client, @Inject(APP_CONFIG) config: AppConfig) {
    this.service = new SearchService(es, config.indexAlias);
  }

  @Get()
  @ApiOperation({ summary: 'Arabic-forgiving full-text search with entity, site, story and date filters, snippets and facet counts' })
  @ApiQuery({ name: 'q', required: false, description: 'query text; hamza, ta marbuta, clitics and light inflection are forgiven' })
  @ApiQuery({ name: 'exact', required: false, description: 'true: normalised words only, no stemming' })
  @ApiQuery({ name: 'persons', required: false, isArray: true })
  @ApiQuery({ name: 'organizations', required: false, isArray: true })
  @ApiQuery({ name: 'locations', required: false, isArray: true })
  @ApiQuery({ name: 'site', required: false })
  @ApiQuery({ name: 'storyId', required: false, description: 'only this story: the same story across outlets (see a document\'s storyId)' })
  @ApiQuery({ name: 'from', required: false, description: 'published on or after (ISO date)' })
  @ApiQuery({ name: 'to', required: false, description: 'published on or before (ISO date)' })
  @ApiQuery({ name: 'page', required: false, description: '1-based' })
  @ApiQuery({ name: 'size', required: false, description: 'results per page, at most 100' })
  async search(@Query() query: Record<string, QueryValue>) {
    try {
      return await this.service.search({
        q: single(query.q),
        exact: single(query.exact) === 'true',
        persons: list(query.persons),
        organizations: list(query.organizations),
        locations: list(query.locations),
        site: single(query.site),
        storyId: single(query.storyId),
        from: single(query.from),
        to: single(query.to),
        page: integer(query.page, 'page'),
        size: integer(query.size, 'size'),
      });
    } catch (err) {
      if (err instanceof SearchRequestError) throw new BadRequestException(err.message);
      throw err;
    }
  }
}
