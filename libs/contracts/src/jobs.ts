import { QUEUES } from './queues';
import type { Extraction, FetchedDocument, SourceInfo, StrippedArticle, ProcessedDocument } from './document';

/**
 * Job payloads, one per queue.  `v` is the payload version: a worker that meets a
 * version it does not know fails the job as unrecoverable instead of guessing.
 */
export const JOB_PAYLOAD_VERSION = 1 as const;

interface JobBase {
  v: typeof JOB_PAYLOAD_VERSION;
  /** Content-derived document id, carried by every stage so one document can be followed. */
  docId: string;
}

/** What the gateway hands the fetcher: the bytes (kept in Redis under `blobKey`) or a URL. */
export type FetchInput =
  | { kind: 'upload'; blobKey: string; fileName: string; contentType: string | null; byteSize: number; sha256: string }
  | { kind: 'url'; url: string };

export interface FetchJob extends JobBase {
  input: FetchInput;
}

export interface StripJob extends JobBase {
  source: SourceInfo;
  fetched: FetchedDocument;
}

export interface TagJob extends JobBase {
  source: SourceInfo;
  encoding: string;
  /** Invalid byte sequences were replaced with U+FFFD while decoding. */
  decodingErrors: boolean;
  /** HTML pages: which extraction path produced the text. */
  extraction?: Extraction | null;
  article: StrippedArticle;
}

export interface IndexJob extends JobBase {
  document: ProcessedDocument;
}

/** Payload type of each queue, keyed by queue name. */
export interface JobPayloads {
  [QUEUES.fetch]: FetchJob;
  [QUEUES.strip]: StripJob;
  [QUEUES.tag]: TagJob;
  [QUEUES.index]: IndexJob;
}
