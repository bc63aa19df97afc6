import { createParamDecorator, Param, SetMetadata, type ExecutionContext, type PipeTransform } from '@nestjs/common';
import { AppError } from './app-error.js';
import type { Permission } from '@wy/shared';
import type { Principal } from './principal.js';

export const ACCESS_KEY = 'wy:access';
export type AccessRule = { kind: 'public' } | { kind: 'staff'; permission?: Permission } | { kind: 'owner' } | { kind: 'any' };

/** No login needed. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);
/** Staff only, optionally with a permission from shared PERMISSIONS. */
export const StaffOnly = (permission?: Permission) => SetMetadata(ACCESS_KEY, { kind: 'staff', permission } satisfies AccessRule);
/** Owner-side people only (mini-program / H5). */
export const OwnerOnly = () => SetMetadata(ACCESS_KEY, { kind: 'owner' } satisfies AccessRule);
/** Anyone logged in. */
export const AnyUser = () => SetMetadata(ACCESS_KEY, { kind: 'any' } satisfies AccessRule);

export const RATE_KEY = 'wy:rate';
export interface RateRule {
  bucket: 'login' | 'sms';
}
export const RateLimited = (bucket: RateRule['bucket']) => SetMetadata(RATE_KEY, { bucket } satisfies RateRule);

export const Me = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest().principal;
});

/** Record ids in paths: 1 to 2^31 − 1 in plain decimal ("0x10", "1e3", "016" are not ids). */
class IdPipe implements PipeTransform<string, number> {
  transform(v: string): number {
    if (!/^[1-9]\d{0,9}$/.test(v) || Number(v) > 2_147_483_647) throw new AppError('VALIDATION_FAILED', '编号必须是正整数');
    return Number(v);
  }
}
/** A numeric id from the path; anything else is a 400 with a Chinese message. */
export const Id = (name = 'id') => Param(name, new IdPipe());
