import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can } from '@wy/shared';
import { AuthService } from '../modules/auth/auth.service.js';
import { AppError } from './app-error.js';
import { ACCESS_KEY, type AccessRule } from './decorators.js';

/**
 * Global guard. Fails closed: a route with no access rule is refused, a staff
 * route checks the permission, an owner route refuses staff and vice versa.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!rule) throw new AppError('FORBIDDEN', '该接口未声明访问规则');
    if (rule.kind === 'public') return true;
    const req = ctx.switchToHttp().getRequest();
    const header: string | undefined = req.headers?.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    if (!token) throw new AppError('UNAUTHENTICATED');
    const principal = await this.auth.verifyAccessToken(token);
    principal.rid = String(req.id);
    req.principal = principal;
    if (rule.kind === 'staff') {
      if (principal.kind !== 'staff') throw new AppError('FORBIDDEN', '仅限物业员工使用');
      if (rule.permission && !can(principal.roles, rule.permission)) throw new AppError('FORBIDDEN');
    }
    if (rule.kind === 'owner' && principal.kind !== 'owner') throw new AppError('FORBIDDEN', '仅限业主使用');
    return true;
  }
}
