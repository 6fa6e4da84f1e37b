import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@elastic/elasticsearch';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { ProcessedDocument } from '@app/contracts';
import { ES_CLIENT } from '@app/observability';

/** Reads processed documents back from the index alias. */
@Injectable()
export class DocumentReader {
  constructor(
    @Inject(ES_CLIENT) private readonly es: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async read(id: string): Promise<ProcessedDocument | null> {
    const response = await this.es.get<Record<string, unknown>>({ index: this.config.indexAlias, id }, { ignore: [404] });
    if (!response.found || !response._source) return null;
    const { search: _searchFields, ...document } = response._source;
    return document as unknown as ProcessedDocument;
  }
}
