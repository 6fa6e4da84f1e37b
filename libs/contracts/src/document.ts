/** Shapes of a document as it moves through the pipeline and as it is stored. */

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'DATE';

/** Where a document came from. */
export interface SourceInfo {
  /** File name of an upload (zip members: "archive.zip/inner/path.html") or the URL. */
  name: string;
  url?: string;
  contentType: string | null;
  byteSize: number;
  sha256: string;
}

/** One block of text in reading order: a line of a text file, or an HTML block. */
export interface TextBlock {
  text: string;
  /** HTML tag the block came from (h1..h6, p, li, blockquote, td...); absent for plain text. */
  tag?: string;
}

/** Metadata the fetcher found beside the text (HTML head, JSON fields, HTTP headers). */
export interface FetchedMeta {
  title?: string;
  ogTitle?: string;
  siteName?: string;
  author?: string;
  publishedTime?: string;
  canonicalUrl?: string;
  lang?: string;
}

/**
 * Which path of the HTML extraction produced the blocks: the structural walk, the densest
 * text container, the JSON-LD articleBody, or the og/meta description (in fallback order).
 */
export type Extraction = 'walk' | 'density' | 'json-ld' | 'meta';

/** Output of the fetcher: decoded text blocks, ready for boilerplate stripping. */
export interface FetchedDocument {
  format: 'text' | 'html' | 'json' | 'pdf' | 'docx' | 'odt' | 'rtf' | 'eml' | 'warc';
  blocks: TextBlock[];
  /** HTML only: which extraction path produced `blocks`. */
  extraction?: Extraction;
  meta: FetchedMeta;
  /** Character encoding the bytes were decoded from, e.g. "UTF-8", "windows-1256". */
  encoding: string;
  /** True when invalid byte sequences were replaced with U+FFFD while decoding. */
  decodingErrors: boolean;
}

/** A block the stripper dropped, and why. */
export interface RemovedBlock {
  index: number;
  text: string;
  reason: string;
}

/** Output of the stripper: the article alone. */
export interface StrippedArticle {
  title: string | null;
  paragraphs: string[];
  byline: string | null;
  author: string | null;
  /** Credited agency or outlet, e.g. "رويترز" (a bare "وكالات" names none). */
  source: string | null;
  site: string | null;
  /** ISO 8601 date (or date-time) the page states, or null. */
  publishedAt: string | null;
  language: string | null;
  removed: RemovedBlock[];
}

export interface Entity {
  type: EntityType;
  text: string;
  /** Offsets (UTF-16 code units) into the document's `text` (title + body, see ProcessedDocument). */
  start: number;
  end: number;
  /** Canonical name; for DATE an ISO date when it could be resolved. */
  normalized: string;
}

/** The processed document, as stored in Elasticsearch and returned by GET /documents/:id. */
export interface ProcessedDocument {
  id: string;
  title: string | null;
  paragraphs: string[];
  /**
   * The text entity offsets point into: paragraphs joined with "\n\n".
   * Stored so offsets can be checked without re-deriving the join.
   */
  body: string;
  entities: Entity[];
  /** Entities found in the title, with offsets into the title. */
  titleEntities: Entity[];
  persons: string[];
  organizations: string[];
  locations: string[];
  byline: string | null;
  author: string | null;
  site: string | null;
  publishedAt: string | null;
  language: string | null;
  encoding: string | null;
  /** True when the bytes held invalid sequences, shown as U+FFFD in the text. */
  decodingErrors: boolean;
  /** HTML pages: which extraction path produced the text (see Extraction); null for text and JSON. */
  extraction?: Extraction | null;
  /** What the stripper dropped (menus, share bars, bylines...), each with its reason. */
  removed: RemovedBlock[];
  source: SourceInfo & { credited: string | null };
  ingestedAt: string;
}

/** Paragraphs are joined this way into `body`; entity offsets depend on it. */
export const PARAGRAPH_SEPARATOR = '\n\n';
