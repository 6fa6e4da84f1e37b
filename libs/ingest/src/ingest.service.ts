import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { documentIdForContent, documentIdForUrl, jobIdFor, sha256Hex, type DocumentStatus } from '@app/contracts';
import { BlobStore, PipelineProducer, StatusStore } from '@app/queue';

/** One document's worth of uploaded bytes (a file, or a member of an archive). */
export interface UploadUnit {
  name: string;
  bytes: Buffer;
  contentType: string | null;
}

export interface AcceptedDocument {
  id: string;
  name: string;
  /** queued: new; duplicate: the same content was ingested before, nothing new was queued. */
  status: 'queued' | 'duplicate';
}

/** Turns accepted uploads and URLs into fetch jobs, once per distinct content. */
@Injectable()
export class IngestService {
  private readonly logger = new Logger('ingest');

  constructor(
    private readonly status: StatusStore,
    private readonly blobs: BlobStore,
    private readonly producer: PipelineProducer,
  ) {}

  async ingestUpload(unit: UploadUnit): Promise<AcceptedDocument> {
    const id = documentIdForContent(unit.bytes);
    if ((await this.lookup(id)) === 'known') return { id, name: unit.name, status: 'duplicate' };
    const blobKey = await this.blobs.put(id, unit.bytes);
    await this.producer.enqueue('fetch', {
      v: 1,
      docId: id,
      input: {
        kind: 'upload',
        blobKey,
        fileName: unit.name,
        contentType: unit.contentType,
        byteSize: unit.bytes.length,
        sha256: sha256Hex(unit.bytes),
      },
    });
    await this.status.register(id, { name: unit.name, byteSize: unit.bytes.length });
    this.logger.log({ docId: id, name: unit.name, bytes: unit.bytes.length }, 'document accepted');
    return { id, name: unit.name, status: 'queued' };
  }

  async ingestUrl(url: string): Promise<AcceptedDocument> {
    const id = documentIdForUrl(url);
    if ((await this.lookup(id)) === 'known') return { id, name: url, status: 'duplicate' };
    await this.producer.enqueue('fetch', { v: 1, docId: id, input: { kind: 'url', url } });
    await this.status.register(id, { name: url });
    this.logger.log({ docId: id, url }, 'URL accepted');
    return { id, name: url, status: 'queued' };
  }

  /**
   * Re-runs a failed document from the stage that failed.  The failed job still
   * holds that stage's input, so retrying it resumes exactly where it stopped.
   */
  async retry(id: string): Promise<DocumentStatus> {
    const current = await this.status.get(id);
    if (!current) throw new NotFoundException(`no document with id ${id}`);
    if (current.state !== 'failed' || !current.failedStage) {
      throw new ConflictException(`document ${id} is ${current.state}; only failed documents can be retried`);
    }
    const job = await this.producer.queue(current.failedStage).getJob(jobIdFor(id, current.failedStage));
    if (!job) {
      throw new ConflictException(
        `the failed ${current.failedStage} job of document ${id} is no longer kept; upload the document again`,
      );
    }
    await this.status.clearFailure(id);
    await job.retry('failed');
    await this.status.stageQueued(id, current.failedStage);
    this.logger.log({ docId: id, stage: current.failedStage }, 'failed document retried');
    return (await this.status.get(id))!;
  }

  /**
   * Known documents are not queued again.  A failed one is retried from its failed
   * stage; if that job is no longer kept, the document starts over as new.
   */
  private async lookup(id: string): Promise<'new' | 'known'> {
    const current = await this.status.get(id);
    if (!current) return 'new';
    if (current.state !== 'failed') return 'known';
    try {
      await this.retry(id);
      return 'known';
    } catch {
      await this.status.forget(id);
      return 'new';
    }
  }
}
