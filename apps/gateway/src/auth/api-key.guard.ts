import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PUBLIC_ENDPOINT } from '@app/observability';

/** When API_KEY is configured, requires it as `x-api-key` or `Authorization: Bearer <key>`. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.apiKey;
    if (!expected) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const header = request.headers['x-api-key'];
    const bearer = request.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const given = (Array.isArray(header) ? header[0] : header) ?? bearer;
    if (!given || !safeEqual(given, expected)) {
      throw new UnauthorizedException('this endpoint needs an API key: send it as the x-api-key header');
    }
    return true;
  }
}

/**
 * The gateway-wide guard: every route follows the API key except those marked
 * `@PublicEndpoint()`.  Routes that list ApiKeyGuard themselves (after ThrottlerGuard,
 * so refused keys count against the limit) are left to that check.
 */
@Injectable()
export class ApiKeyEverywhereGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKey: ApiKeyGuard,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ENDPOINT, targets)) return true;
    const own = targets.flatMap((t) => (Reflect.getMetadata(GUARDS_METADATA, t) as unknown[] | undefined) ?? []);
    if (own.includes(ApiKeyGuard)) return true;
    return this.apiKey.canActivate(context);
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
