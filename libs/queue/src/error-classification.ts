/**
 * Whether a failure is worth another attempt: the one place that decides it.  Pure:
 * no Redis, no Elasticsearch, only the shape of the error.
 *
 * The rule: outages, overload and blocks end (a server restarts, a write block is
 * lifted, memory is freed), so they are retried with backoff, for as long as the
 * stage's attempts last.  Permanent is only what can never succeed: BullMQ's
 * UnrecoverableError, an error that says so of itself (`retryable: false`, e.g. a
 * FetchError for a 404 or a private address), and a document Elasticsearch itself
 * refuses as invalid (400 mapping/parsing errors, 413 too large).
 */
export type ErrorClass = 'retryable' | 'permanent';

export type ErrorClassifier = (err: unknown) => ErrorClass;

/**
 * Redis reply errors that mean "the server cannot take this now", not "the command
 * is wrong": out of memory under noeviction, a replica or a failover, loading the
 * AOF, a busy script, a cluster being resharded or down.  CROSSSLOT is a key-layout
 * mistake, but retrying keeps the document while an operator fixes the deployment.
 */
export const REDIS_UNAVAILABLE_REPLIES = ['OOM', 'READONLY', 'LOADING', 'BUSY', 'MASTERDOWN', 'TRYAGAIN', 'CLUSTERDOWN', 'CROSSSLOT', 'NOREPLICAS', 'MISCONF'] as const;

/** Socket-level failures: the other side is down, unreachable or too slow. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/** Error classes of @elastic/transport and ioredis that mean "could not talk to the server". */
const CONNECTION_ERROR_NAMES = new Set(['ConnectionError', 'TimeoutError', 'NoLivingConnectionsError', 'MaxRetriesPerRequestError', 'AbortError', 'ClusterAllFailedError', 'RequestAbortedError']);

/** Elasticsearch error types that are a passing condition, whatever their HTTP status. */
const ES_PASSING_TYPES = new Set(['cluster_block_exception', 'es_rejected_execution_exception', 'circuit_breaking_exception', 'unavailable_shards_exception', 'node_not_connected_exception', 'no_shard_available_action_exception']);

/**
 * One Elasticsearch failure, from a bulk item or a whole response.  Only a document
 * Elasticsearch rejects as invalid (400: mapping or parsing; 413: larger than any
 * request may be) is permanent; 0 (no response), 408, 429, 5xx, 403 write blocks,
 * 401/404 (a configuration an operator can fix) are retried.
 */
export function classifyElasticsearchFailure(status: number | undefined, type?: string): ErrorClass {
  if (type && ES_PASSING_TYPES.has(type)) return 'retryable';
  if (type === 'serialization_error') return 'permanent';
  return status === 400 || status === 413 ? 'permanent' : 'retryable';
}

/** The Redis reply error code of an error (`OOM` for "OOM command not allowed..."), or null. */
export function redisReplyCode(err: unknown): string | null {
  if (!(err instanceof Error) || err.name !== 'ReplyError') return null;
  // Inside a script the reply reads "ERR Error running script ... OOM command not allowed ...".
  const code = REDIS_UNAVAILABLE_REPLIES.find((c) => new RegExp(`(^|[^A-Z])${c}([^A-Z]|$)`).test(err.message));
  return code ?? err.message.split(/\s/, 1)[0];
}

/** True when an error says the server is unreachable or not accepting work right now. */
export function isUnavailableError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  if (CONNECTION_ERROR_NAMES.has(err.name)) return true;
  if (/Connection is closed|Stream isn't writeable|enableOfflineQueue|connect ECONNREFUSED|socket hang up/i.test(err.message)) return true;
  const reply = redisReplyCode(err);
  if (reply && (REDIS_UNAVAILABLE_REPLIES as readonly string[]).includes(reply)) return true;
  const cause = (err as { cause?: unknown }).cause;
  return cause !== undefined && cause !== err && isUnavailableError(cause);
}

export const classifyError: ErrorClassifier = (err) => {
  if (!(err instanceof Error)) return 'retryable';
  if (err.name === 'UnrecoverableError') return 'permanent';
  if (isUnavailableError(err)) return 'retryable';
  const own = (err as { retryable?: unknown }).retryable;
  if (typeof own === 'boolean') return own ? 'retryable' : 'permanent';
  // An @elastic/transport ResponseError: classify by the response's status and error type.
  if (err.name === 'ResponseError') {
    const e = err as { statusCode?: number; body?: { error?: { type?: string } } };
    return classifyElasticsearchFailure(e.statusCode, e.body?.error?.type);
  }
  // Our own document could not be turned into JSON: it never will be.
  if (err.name === 'SerializationError') return 'permanent';
  // Anything else (a bug, an unexpected reply) is retried within the stage's attempts.
  return 'retryable';
};
