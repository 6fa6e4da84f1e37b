import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Inject,
  NotFoundException,
  Param,
  Post,
  UploadedFiles,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiBody, ApiConsumes, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { FilesInterceptor } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { StatusStore } from '@app/queue';
import { IngestService, unpackUpload, type AcceptedDocument, type RejectedFile } from '@app/ingest';
import { DocumentReader } from './document-reader';
import type { UploadedDocumentFile } from './upload-storage';
import { ApiKeyGuard } from '../auth/api-key.guard';

const DOC_ID = /^[0-9a-f]{32}$/;

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly ingest: IngestService,
    private readonly status: StatusStore,
    private readonly reader: DocumentReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Multipart upload, field `files`, one or many.  202 with one id per document;
   * files that cannot be taken are listed under `rejected` without sinking the rest.
   * When nothing at all is accepted, the answer carries the first rejection's status.
   */
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Ingest one or many files (.txt, .html, .json, .ndjson, .zip); 202 with one id per document' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } })
  @ApiSecurity('api-key')
  @UseGuards(ThrottlerGuard, ApiKeyGuard)
  @UseInterceptors(FilesInterceptor('files'))
  async upload(@UploadedFiles() files: UploadedDocumentFile[] | undefined) {
    if (!files || files.length === 0) {
      throw new BadRequestException("no files: send one or more documents as multipart/form-data in the field 'files'");
    }
    const documents: AcceptedDocument[] = [];
    const rejected: RejectedFile[] = [];
    for (const file of files) {
      const unpacked = await unpackUpload(
        { name: file.originalname, bytes: file.buffer, size: file.size, contentType: file.mimetype || null, tooLarge: file.tooLarge },
        this.config.maxUploadBytes,
      );
      rejected.push(...unpacked.rejected);
      for (const unit of unpacked.units) documents.push(await this.ingest.ingestUpload(unit));
    }
    if (documents.length === 0) {
      throw new HttpException({ statusCode: rejected[0].status, message: rejected.map((r) => r.error).join('; '), rejected }, rejected[0].status);
    }
    return { documents, rejected };
  }

  /** Status per stage and, once indexed, the processed document. */
  @Get(':id')
  @ApiOperation({ summary: "A document's state, timeline per stage, last error and, once indexed, the processed document" })
  async get(@Param('id') id: string) {
    if (!DOC_ID.test(id)) throw new BadRequestException(`"${id}" is not a document id (32 hex characters)`);
    const status = await this.status.get(id);
    if (!status) throw new NotFoundException(`no document with id ${id}`);
    const document = status.state === 'indexed' ? await this.reader.read(id) : null;
    return { ...status, document };
  }

  /** Re-runs a failed document from the stage that failed. */
  @Post(':id/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Re-run a failed document from the stage that failed' })
  @ApiSecurity('api-key')
  @UseGuards(ThrottlerGuard, ApiKeyGuard)
  async retry(@Param('id') id: string) {
    if (!DOC_ID.test(id)) throw new BadRequestException(`"${id}" is not a document id (32 hex characters)`);
    return this.ingest.retry(id);
  }

  /** `{"urls": ["https://..."]}`: each URL becomes a document fetched by the fetcher. */
  @Post('urls')
  @HttpCode(202)
  @ApiOperation({ summary: 'Ingest web pages by URL; each URL becomes a document' })
  @ApiBody({ schema: { type: 'object', required: ['urls'], properties: { urls: { type: 'array', items: { type: 'string', format: 'uri' } } } } })
  @ApiSecurity('api-key')
  @UseGuards(ThrottlerGuard, ApiKeyGuard)
  async urls(@Body() body: { urls?: unknown }) {
    const urls = body?.urls;
    if (!Array.isArray(urls) || urls.length === 0) {
      throw new BadRequestException('send {"urls": ["https://...", ...]} with at least one URL');
    }
    const documents: AcceptedDocument[] = [];
    const rejected: { url: unknown; status: number; error: string }[] = [];
    for (const url of urls) {
      const problem = checkUrl(url);
      if (problem) rejected.push({ url, status: 400, error: problem });
      else documents.push(await this.ingest.ingestUrl(url as string));
    }
    if (documents.length === 0) throw new BadRequestException({ statusCode: 400, message: rejected.map((r) => r.error).join('; '), rejected });
    return { documents, rejected };
  }
}

function checkUrl(url: unknown): string | null {
  if (typeof url !== 'string') return `${JSON.stringify(url)} is not a string`;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `${url}: only http and https URLs can be fetched`;
    return null;
  } catch {
    return `${url} is not a valid URL`;
  }
}
