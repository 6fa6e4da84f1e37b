import { lookup as dnsLookup } from 'node:dns/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import * as zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { AllowList, specialAddressKind } from './address-policy';
import { FetchError } from './errors';

export interface FetchUrlOptions {
  /** Hosts, IPs or CIDRs that may be fetched although private (tests, intranets). */
  allowList?: readonly string[];
  /** Time to get a TCP (and TLS) connection, per hop. */
  connectTimeoutMs?: number;
  /** Time for the whole fetch, redirects included. */
  timeoutMs?: number;
  /** Cap on the (decompressed) body; the download is aborted past it. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Extra request headers, e.g. If-None-Match / If-Modified-Since for a conditional GET. */
  headers?: Record<string, string>;
  /** Answer a 304 Not Modified as a response (empty body) instead of failing. */
  acceptNotModified?: boolean;
}

export interface FetchedResponse {
  bytes: Buffer;
  contentType: string | null;
  finalUrl: string;
  /** charset parameter of Content-Type, when the server sent one. */
  charset?: string;
  status: number;
  /** Validators for the next conditional GET, when the server sent them. */
  etag?: string;
  lastModified?: string;
}

export const DEFAULT_USER_AGENT = 'ArabicNewsPipeline/0.1 (+https://github.com/arabic-news-pipeline/arabic-news-pipeline)';
const DEFAULTS = { connectTimeoutMs: 5_000, timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Downloads one URL politely and safely: redirects are followed by hand so each hop's
 * host is resolved and checked (no private, loopback, link-local... address unless
 * allow-listed), and the socket connects to exactly the address that was checked, so a
 * second DNS answer cannot swap in a private one (DNS rebinding). Fails with a FetchError.
 */
export async function fetchUrl(url: string, options: FetchUrlOptions = {}): Promise<FetchedResponse> {
  const opts = { ...DEFAULTS, ...options };
  const allow = new AllowList(options.allowList ?? []);
  const deadline = Date.now() + opts.timeoutMs;
  let current = parseUrl(url, url);
  for (let hop = 0; ; hop++) {
    const addresses = await resolveChecked(current, allow, hop > 0, url);
    const res = await requestAny(current, addresses, opts, deadline, url);
    if (REDIRECTS.has(res.status)) {
      res.body.destroy();
      const location = res.headers.location;
      if (!location) throw new FetchError('bad_redirect', `${current.href} answered ${res.status} without a Location header`, url);
      if (hop >= opts.maxRedirects) throw new FetchError('too_many_redirects', `more than ${opts.maxRedirects} redirects starting at ${url}`, url);
      current = parseUrl(location, url, current);
      continue;
    }
    const validators = {
      ...(res.headers.etag ? { etag: res.headers.etag } : {}),
      ...(res.headers['last-modified'] ? { lastModified: res.headers['last-modified'] } : {}),
    };
    if (res.status === 304 && opts.acceptNotModified) {
      res.body.destroy();
      return { bytes: Buffer.alloc(0), contentType: null, finalUrl: current.href, status: 304, ...validators };
    }
    if (res.status < 200 || res.status > 299) {
      res.body.destroy();
      const error = new FetchError(`http_${res.status}`, `${current.href} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, url);
      error.retryAfterMs = retryAfterMs(res.headers['retry-after']);
      throw error;
    }
    const bytes = await readCapped(res, opts.maxBytes, deadline, current.href, url);
    const contentType = res.headers['content-type'] ?? null;
    const charset = contentType ? /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] : undefined;
    return { bytes, contentType, finalUrl: current.href, status: res.status, ...(charset ? { charset } : {}), ...validators };
  }
}

function parseUrl(raw: string, original: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    throw new FetchError(base ? 'bad_redirect' : 'invalid_url', `${JSON.stringify(raw)} is not a valid URL`, original);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FetchError('unsupported_protocol', `${u.protocol} URLs are not fetched (only http and https): ${u.href}`, original);
  }
  return u;
}

/** Resolves the host and returns the addresses to connect to, refusing special addresses. */
async function resolveChecked(u: URL, allow: AllowList, redirected: boolean, original: string): Promise<{ address: string; family: number }[]> {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await dnsLookup(host, { all: true, verbatim: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new FetchError(code === 'EAI_AGAIN' ? 'unreachable' : 'dns_failed', `cannot resolve ${host} (${code ?? 'DNS error'})`, original);
    }
  }
  if (addresses.length === 0) throw new FetchError('dns_failed', `${host} has no address`, original);
  // Every answer must pass: otherwise a host could list a public and a private address.
  for (const a of addresses) {
    const kind = specialAddressKind(a.address);
    if (kind && !allow.allows(host, a.address)) {
      const why = `${host === a.address ? a.address : `${host} resolves to ${a.address}`}, ${kind} address`;
      throw redirected
        ? new FetchError('redirect_to_private_address', `redirected to ${u.href}: ${why}; refused`, original)
        : new FetchError('private_address', `${why}; refused (not in the allow-list)`, original);
    }
  }
  return addresses;
}

/** Tries the checked addresses in the resolver's order until one accepts the connection. */
async function requestAny(
  u: URL,
  addresses: { address: string; family: number }[],
  opts: typeof DEFAULTS & FetchUrlOptions,
  deadline: number,
  original: string,
): Promise<RawResponse> {
  for (let i = 0; ; i++) {
    try {
      return await request(u, addresses[i], opts, deadline, original);
    } catch (err) {
      if (i + 1 < addresses.length && err instanceof FetchError && err.code === 'unreachable') continue;
      throw err;
    }
  }
}

interface RawResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders & { location?: string };
  body: Readable;
}

function request(
  u: URL,
  target: { address: string; family: number },
  opts: typeof DEFAULTS & FetchUrlOptions,
  deadline: number,
  original: string,
): Promise<RawResponse> {
  // The socket goes to the checked address whatever the resolver would say now.
  const pinned: LookupFunction = (_host, options, cb) => {
    if ((options as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else cb(null, target.address, target.family);
  };
  const lib = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(timeoutError(original));
    const req = lib.request(u, {
      method: 'GET',
      lookup: pinned,
      agent: false,
      headers: {
        'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/json;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
        'accept-language': 'ar,en;q=0.5',
        ...opts.headers,
      },
    });
    const total = setTimeout(() => req.destroy(timeoutError(original)), remaining);
    const connect = setTimeout(() => req.destroy(new FetchError('timeout', `could not connect to ${u.host} within ${opts.connectTimeoutMs} ms`, original)), Math.min(opts.connectTimeoutMs, remaining));
    req.on('socket', (socket) => {
      socket.once(u.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connect));
    });
    req.on('response', (res) => {
      // From here readCapped owns the deadline.
      clearTimeout(connect);
      clearTimeout(total);
      const body = decompress(res);
      resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body });
    });
    req.on('error', (err) => {
      clearTimeout(total);
      clearTimeout(connect);
      reject(err instanceof FetchError ? err : networkError(err as NodeJS.ErrnoException, u, original));
    });
    req.end();
  });
}

function decompress(res: http.IncomingMessage): Readable {
  const enc = (res.headers['content-encoding'] ?? '').toLowerCase().trim();
  const inflater = enc === 'gzip' || enc === 'x-gzip' ? zlib.createGunzip() : enc === 'deflate' ? zlib.createInflate() : enc === 'br' ? zlib.createBrotliDecompress() : null;
  if (!inflater) return res;
  res.on('error', (e) => inflater.destroy(e));
  inflater.on('error', () => res.destroy());
  return res.pipe(inflater);
}

/** Reads the body, aborting as soon as it passes the cap (the Content-Length is only a hint). */
function readCapped(res: RawResponse, maxBytes: number, deadline: number, href: string, original: string): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes && !res.headers['content-encoding']) {
    res.body.destroy();
    return Promise.reject(tooLarge(maxBytes, href, original));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => {
      res.body.destroy();
      reject(timeoutError(original));
    }, Math.max(0, deadline - Date.now()));
    res.body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        clearTimeout(timer);
        res.body.destroy();
        return reject(tooLarge(maxBytes, href, original));
      }
      chunks.push(chunk);
    });
    res.body.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    res.body.on('error', (err) => {
      clearTimeout(timer);
      reject(err instanceof FetchError ? err : new FetchError('unreachable', `the download of ${href} broke off: ${err.message}`, original));
    });
  });
}

/** Retry-After as delay-seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

const tooLarge = (max: number, href: string, original: string) => new FetchError('too_large', `${href} is larger than the ${max}-byte limit`, original);
const timeoutError = (original: string) => new FetchError('timeout', `fetching ${original} took too long`, original);

function networkError(err: NodeJS.ErrnoException, u: URL, original: string): FetchError {
  if (err.code === 'ETIMEDOUT') return new FetchError('timeout', `${u.host} timed out`, original);
  return new FetchError('unreachable', `cannot reach ${u.host}: ${err.code ?? err.message}`, original);
}
