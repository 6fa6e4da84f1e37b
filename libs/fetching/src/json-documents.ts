/** Documents handed to us as JSON objects: `{ body | text | content, title?, url?, publishedAt?, author?, site? }`. */

export interface JsonDocument {
  /** Where it was: "line 3" (NDJSON) or "item 2" (JSON array), "document" for a lone object. */
  position: string;
  paragraphs: string[];
  title?: string;
  url?: string;
  publishedAt?: string;
  author?: string;
  site?: string;
}

export interface JsonDocumentError {
  position: string;
  reason: string;
}

export interface ParsedJsonDocuments {
  documents: JsonDocument[];
  errors: JsonDocumentError[];
}

const BODY_KEYS = ['body', 'text', 'content'];
const FIELD_KEYS: Record<'title' | 'url' | 'publishedAt' | 'author' | 'site', string[]> = {
  title: ['title', 'headline'],
  url: ['url', 'link'],
  publishedAt: ['publishedAt', 'published_at', 'datePublished', 'date'],
  author: ['author', 'byline'],
  site: ['site', 'siteName', 'site_name'],
};
/** A single object may wrap the list, e.g. `{"documents": [...]}`. */
const LIST_KEYS = ['documents', 'articles', 'items'];

/**
 * Parses `.json` (one object, or an array of objects) or `.ndjson` (one object per line);
 * without a format, text that does not parse as a whole but has several lines is NDJSON.
 * Every bad line or item is reported with its position and reason; the good ones are kept.
 */
export function parseJsonDocuments(text: string, format?: 'json' | 'ndjson'): ParsedJsonDocuments {
  const out: ParsedJsonDocuments = { documents: [], errors: [] };
  const source = text.replace(/^\ufeff/, '');
  format ??= guessFormat(source);
  if (format === 'ndjson') {
    source.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '') return;
      const position = `line ${i + 1}`;
      try {
        take(JSON.parse(line), position, out);
      } catch (err) {
        out.errors.push({ position, reason: `invalid JSON: ${(err as Error).message}` });
      }
    });
    return out;
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    out.errors.push({ position: jsonErrorPosition(source, err as Error), reason: `invalid JSON: ${(err as Error).message}` });
    return out;
  }
  const list = Array.isArray(data) ? data : wrappedList(data);
  if (list) list.forEach((item, i) => take(item, `item ${i + 1}`, out));
  else take(data, 'document', out);
  if (list && list.length === 0) out.errors.push({ position: 'document', reason: 'the array holds no documents' });
  return out;
}

function guessFormat(source: string): 'json' | 'ndjson' {
  try {
    JSON.parse(source);
    return 'json';
  } catch {
    return source.trim().includes('\n') ? 'ndjson' : 'json';
  }
}

function wrappedList(data: unknown): unknown[] | null {
  if (!isObject(data) || BODY_KEYS.some((k) => k in data)) return null;
  const key = LIST_KEYS.find((k) => Array.isArray(data[k]));
  return key ? (data[key] as unknown[]) : null;
}

function take(value: unknown, position: string, out: ParsedJsonDocuments): void {
  const doc = toDocument(value, position);
  if (typeof doc === 'string') out.errors.push({ position, reason: doc });
  else out.documents.push(doc);
}

/** The document, or the reason it is not one. */
function toDocument(value: unknown, position: string): JsonDocument | string {
  if (!isObject(value)) return `expected an object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`;
  const bodyKey = BODY_KEYS.find((k) => value[k] !== undefined && value[k] !== null);
  if (!bodyKey) return `no body: expected one of ${BODY_KEYS.map((k) => `"${k}"`).join(', ')}`;
  const body = value[bodyKey];
  let paragraphs: string[];
  if (typeof body === 'string') paragraphs = body.split(/\r?\n/);
  else if (Array.isArray(body) && body.every((p) => typeof p === 'string')) paragraphs = body as string[];
  else return `"${bodyKey}" must be a string or an array of strings`;
  paragraphs = paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  if (paragraphs.length === 0) return `"${bodyKey}" is empty`;

  const doc: JsonDocument = { position, paragraphs };
  for (const [field, keys] of Object.entries(FIELD_KEYS) as [keyof typeof FIELD_KEYS, string[]][]) {
    const v = stringField(value, keys);
    if (v) doc[field] = v;
  }
  return doc;
}

function stringField(obj: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = obj[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) return v.join('، ');
    if (isObject(v) && typeof v.name === 'string') return v.name;
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "line N" of a JSON.parse failure, when the engine says where it failed (not every V8 message does). */
function jsonErrorPosition(text: string, err: Error): string {
  const line = /\(line (\d+) column \d+\)/.exec(err.message);
  if (line) return `line ${line[1]}`;
  const m = /position (\d+)/.exec(err.message);
  if (!m) return 'document';
  return `line ${text.slice(0, Number(m[1])).split('\n').length}`;
}
