import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { QUEUES, sha256Hex, type FetchJob, type SourceInfo } from '@app/contracts';
import { BlobStore, PipelineProducer, StageProcessor, StatusStore, type StageOutcome } from '@app/queue';
import { FetchError } from '@app/fetching';
import { readDocument } from '@app/formats';
import { PoliteFetcher } from '@app/sources';
import { countExtraction } from './extraction-metrics';

/** Turns an upload's bytes or a URL into decoded text blocks with metadata. */
@Processor(QUEUES.fetch)
export class FetchProcessor extends StageProcessor<'fetch'> {
  constructor(
    status: StatusStore,
    producer: PipelineProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly blobs: BlobStore,
    private readonly web: PoliteFetcher,
  ) {
    super('fetch', status, producer, config.concurrency.fetch);
  }

  protected async handle(job: Job<FetchJob>): Promise<StageOutcome> {
    try {
      return await this.fetch(job.data);
    } catch (err) {
      // Permanent failures (a 404, a private address, bytes that are no document) fail at
      // once with their reason; network hiccups and 5xx answers are retried with backoff.
      if (err instanceof FetchError && !err.retryable) throw new UnrecoverableError(err.message);
      throw err;
    }
  }

  private async fetch({ docId, input }: FetchJob): Promise<StageOutcome> {
    let bytes: Buffer;
    let source: SourceInfo;
    let declaredCharset: string | undefined;
    if (input.kind === 'upload') {
      const stored = await this.blobs.get(input.blobKey);
      if (!stored) throw new UnrecoverableError(`the uploaded bytes of ${input.fileName} expired before they were fetched`);
      bytes = stored;
      source = { name: input.fileName, contentType: input.contentType, byteSize: input.byteSize, sha256: input.sha256 };
    } else {
      // robots.txt, the host's shared politeness gate and Retry-After, then the SSRF-safe fetch.
      const response = await this.web.fetch(input.url);
      bytes = response.bytes;
      declaredCharset = response.charset;
      source = { name: input.url, url: response.finalUrl, contentType: response.contentType, byteSize: bytes.length, sha256: sha256Hex(bytes) };
    }
    const fetched = await readDocument(bytes, source.name, { declaredCharset, contentType: source.contentType });
    countExtraction(fetched.extraction);
    return { kind: 'next', stage: 'strip', payload: { v: 1, docId, source, fetched } };
  }

  protected async afterSuccess(job: Job<FetchJob>): Promise<void> {
    if (job.data.input.kind === 'upload') await this.blobs.delete(job.data.input.blobKey);
  }
}
