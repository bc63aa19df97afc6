import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { Clock } from '../infra/clock.js';
import { AppError } from './app-error.js';
import { RATE_KEY, type RateRule } from './decorators.js';

/**
 * Fixed one-minute windows per (bucket, client IP), in memory. Behind a load
 * balancer each instance counts its own share; per-account lockout and the
 * per-phone SMS interval are kept in the database and hold across instances.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    const rule = this.reflector.get<RateRule | undefined>(RATE_KEY, ctx.getHandler());
    if (!rule) return true;
    const limit = rule.bucket === 'login' ? this.config.loginRateLimitPerMinute : this.config.smsRateLimitPerMinute;
    const req = ctx.switchToHttp().getRequest();
    const key = `${rule.bucket}:${req.ip}`;
    const now = this.clock.now().getTime();
    let w = this.windows.get(key);
    if (!w || now - w.start >= 60_000) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 50_000) this.sweep(now);
    }
    w.count++;
    if (w.count > limit) {
      const retry = Math.ceil((w.start + 60_000 - now) / 1000);
      ctx.switchToHttp().getResponse().header('retry-after', String(retry));
      throw new AppError('RATE_LIMITED', `操作过于频繁，请${retry}秒后再试`);
    }
    return true;
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= 60_000) this.windows.delete(k);
  }
}
