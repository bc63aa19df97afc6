import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { Clock } from '../infra/clock.js';
import { Limits } from '../infra/limits.js';
import { AppError } from './app-error.js';
import { RATE_KEY, type RateRule } from './decorators.js';

/** Seconds until a limit's window ends, for `Retry-After` and the message. */
export function secondsUntil(t: Date, now: Date): number {
  return Math.max(1, Math.ceil((t.getTime() - now.getTime()) / 1000));
}

/**
 * Per-minute limits per (bucket, client address), counted in the database (`Limits`), so several
 * API instances behind a balancer share one count. The client address is the socket's, or the one
 * a proxy named in X-Forwarded-For only when that proxy is configured (TRUST_PROXY).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Limits) private readonly limits: Limits,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateRule | undefined>(RATE_KEY, ctx.getHandler());
    if (!rule) return true;
    const limit = rule.bucket === 'login' ? this.config.loginRateLimitPerMinute : this.config.smsRateLimitPerMinute;
    const req = ctx.switchToHttp().getRequest();
    const hit = await this.limits.hit(`rate:${rule.bucket}:${req.ip}`, limit, 60_000);
    if (!hit.ok) {
      const retry = secondsUntil(hit.resetAt, this.clock.now());
      ctx.switchToHttp().getResponse().header('retry-after', String(retry));
      throw new AppError('RATE_LIMITED', `操作过于频繁，请${retry}秒后再试`);
    }
    return true;
  }
}
