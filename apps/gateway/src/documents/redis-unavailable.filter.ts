import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';

/** Errors ioredis raises when Redis cannot be reached (producer connections fail fast). */
export function isRedisUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return (
    err.name === 'MaxRetriesPerRequestError' ||
    /enableOfflineQueue|Connection is closed|ECONNREFUSED|ETIMEDOUT|connect ETIMEDOUT|EHOSTUNREACH|ENOTFOUND/.test(err.message)
  );
}

/**
 * Answers 503 when Redis is down: the request was not accepted, and saying so is
 * better than a 500 that leaves the client guessing whether anything was queued.
 */
@Catch()
export class RedisUnavailableFilter extends BaseExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('RedisUnavailable');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (!(exception instanceof HttpException) && isRedisUnavailable(exception)) {
      this.logger.warn({ error: (exception as Error).message }, 'request refused: Redis unavailable');
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(503)
        .json({ statusCode: 503, error: 'Service Unavailable', message: 'the queue (Redis) is unavailable; nothing was accepted, try again later' });
      return;
    }
    super.catch(exception, host);
  }
}
