import { errors } from '@elastic/elasticsearch';
import { UnrecoverableError } from 'bullmq';
import { ReplyError } from 'ioredis';
import { classifyElasticsearchFailure, classifyError, isUnavailableError, redisReplyCode } from './error-classification';

const esResponse = (statusCode: number, type: string) =>
  new errors.ResponseError({ statusCode, body: { error: { type, reason: 'x' }, status: statusCode }, headers: {}, warnings: null, meta: {} as never });
const sysError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:9200`), { code });

describe('classifyError', () => {
  it.each([
    ['connection refused', sysError('ECONNREFUSED')],
    ['connection reset', sysError('ECONNRESET')],
    ['timeout', sysError('ETIMEDOUT')],
    ['ES ConnectionError', new errors.ConnectionError('connect ECONNREFUSED')],
    ['ES TimeoutError', new errors.TimeoutError('Request timed out')],
    ['ES NoLivingConnectionsError', new errors.NoLivingConnectionsError('no living connections', {} as never)],
    ['ES 429', esResponse(429, 'es_rejected_execution_exception')],
    ['ES 503', esResponse(503, 'unavailable_shards_exception')],
    ['ES 500', esResponse(500, 'exception')],
    ['ES write block (403)', esResponse(403, 'cluster_block_exception')],
    ['ES 404 (missing index: operator can fix)', esResponse(404, 'index_not_found_exception')],
    ['Redis OOM', new ReplyError("OOM command not allowed when used memory > 'maxmemory'.")],
    ['Redis READONLY', new ReplyError("READONLY You can't write against a read only replica.")],
    ['Redis CROSSSLOT', new ReplyError("CROSSSLOT Keys in request don't hash to the same slot")],
    ['Redis OOM inside a script', new ReplyError('ERR Error running script (call to f_1234): @user_script:12: OOM command not allowed when used memory > maxmemory')],
    ['Redis closed connection', new Error('Connection is closed.')],
    ['producer without offline queue', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['a retryable FetchError-like error', Object.assign(new Error('timeout'), { retryable: true })],
    ['an unknown bug', new TypeError('cannot read properties of undefined')],
  ])('retries %s', (_, err) => {
    expect(classifyError(err)).toBe('retryable');
  });

  it.each([
    ['UnrecoverableError', new UnrecoverableError('bad payload')],
    ['an error that says it is not retryable', Object.assign(new Error('http 404'), { retryable: false })],
    ['ES 400 mapping error', esResponse(400, 'document_parsing_exception')],
    ['ES 413', esResponse(413, 'content_too_long_exception')],
    ['a document that cannot be serialised', new errors.SerializationError('circular', {})],
  ])('fails %s at once', (_, err) => {
    expect(classifyError(err)).toBe('permanent');
  });

  it('lets a connection cause win over a wrapper that claims to be permanent', () => {
    const wrapped = Object.assign(new Error('index failed'), { retryable: false, cause: sysError('ECONNREFUSED') });
    expect(classifyError(wrapped)).toBe('retryable');
  });
});

describe('classifyElasticsearchFailure', () => {
  it('is permanent only for a document Elasticsearch rejects as invalid', () => {
    expect(classifyElasticsearchFailure(400, 'mapper_parsing_exception')).toBe('permanent');
    expect(classifyElasticsearchFailure(400, 'document_parsing_exception')).toBe('permanent');
    expect(classifyElasticsearchFailure(413)).toBe('permanent');
    for (const status of [0, undefined, 401, 404, 408, 429, 500, 502, 503, 504]) expect(classifyElasticsearchFailure(status)).toBe('retryable');
    expect(classifyElasticsearchFailure(403, 'cluster_block_exception')).toBe('retryable');
    expect(classifyElasticsearchFailure(429, 'circuit_breaking_exception')).toBe('retryable');
  });
});

describe('redisReplyCode and isUnavailableError', () => {
  it('reads the reply code, also inside a script error', () => {
    expect(redisReplyCode(new ReplyError('OOM command not allowed'))).toBe('OOM');
    expect(redisReplyCode(new ReplyError('ERR Error running script: READONLY You cannot write'))).toBe('READONLY');
    expect(redisReplyCode(new ReplyError('WRONGTYPE Operation against a key'))).toBe('WRONGTYPE');
    expect(redisReplyCode(new Error('OOM'))).toBeNull();
  });
  it('says a server is unavailable for outages and refusing replies, not for bad commands', () => {
    expect(isUnavailableError(new ReplyError('OOM command not allowed'))).toBe(true);
    expect(isUnavailableError(new ReplyError('LOADING Redis is loading the dataset in memory'))).toBe(true);
    expect(isUnavailableError(new ReplyError('WRONGTYPE Operation against a key'))).toBe(false);
    expect(isUnavailableError(new Error('document too large'))).toBe(false);
    expect(isUnavailableError('ECONNREFUSED')).toBe(false);
  });
});
