/**
 * What must never reach a log line: credentials in request headers and in URLs.
 * pino's `redact` censors the header values; URL credentials (`https://user:pass@host`,
 * `?apiKey=…`) are rewritten by `redactUrl`, used by the request serializer.
 */
import type { Options } from 'pino-http';

export const REDACTED = '[redacted]';

export const REDACT_PATHS = [
  'req.headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

const SECRET_QUERY = /([?&](?:api[-_]?key|apikey|token|access_token|password|secret)=)[^&#]*/gi;
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s:]*(?::[^/@\s]*)?@/gi;

/** A URL (absolute or a request path) with its user:password and secret query values censored. */
export function redactUrl(url: string): string {
  return url.replace(URL_USERINFO, `$1${REDACTED}@`).replace(SECRET_QUERY, `$1${REDACTED}`);
}

/** pino-http options of every app: level, redaction, probes and scrapes left out. */
export function httpLoggerOptions(level: string): Options {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: {
      // Receives pino-http's already-serialized request.
      req: (req: { url?: unknown }) => (typeof req.url === 'string' ? { ...req, url: redactUrl(req.url) } : req),
    },
    // Probes and scrapes would drown the documents' stories.
    autoLogging: { ignore: (req) => ['/health', '/metrics'].includes(req.url ?? '') },
  };
}
