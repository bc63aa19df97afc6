import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { isStaffRole, maskPhone, projectScope, seesAllProjects, type StaffRole } from '@wy/shared';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { AppError } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { secondsUntil } from '../../common/rate-limit.guard.js';
import { Clock } from '../../infra/clock.js';
import { Limits } from '../../infra/limits.js';
import { PiiCipher } from '../../infra/pii.js';
import { SmsProvider } from '../../infra/sms.js';
import { WechatClient, WechatError } from '../../infra/wechat/index.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import { AuthRepository } from './auth.repository.js';
import { SessionCache } from './session-cache.js';
import { signJwt, verifyJwt, type AccessClaims } from './jwt.js';
import type { MeDto, TokenPairDto } from './auth.dto.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** A real bcrypt hash of a random string: unknown usernames cost the same time as known ones. */
const DUMMY_HASH = bcrypt.hashSync(randomBytes(16).toString('hex'), 10);
/** An SMS code may be resent after a minute and guessed five times. */
const SMS_RESEND_MS = 60_000;
const SMS_MAX_GUESSES = 5;
/** Signed-and-checked access tokens kept (`verifyAccessToken`). */
const VERIFIED_KEPT = 10_000;
/** The attempt counter of a username from one client (its lock is per client). */
export const loginKey = (username: string, client: string) => `login:${username}:${client}`;

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuthRepository) private readonly repo: AuthRepository,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(SmsProvider) private readonly sms: SmsProvider,
    @Inject(WechatClient) private readonly wechat: WechatClient,
    @Inject(StaffLookup) private readonly staff: StaffLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(Limits) private readonly limits: Limits,
    @Inject(SessionCache) private readonly sessions: SessionCache,
  ) {}

  // ---- staff ----
  /**
   * Password sign-in. An attempt is counted per (username, client) *before* the password is
   * checked, in one conditional write shared by every instance: parallel guesses get no more than
   * the allowance, and a lock from one client does not lock the account everywhere. Known and
   * unknown usernames get the same answers (and the same bcrypt cost), so neither tells them apart.
   */
  async staffLogin(username: string, password: string, client: string): Promise<TokenPairDto> {
    const key = loginKey(username, client);
    const max = this.config.loginMaxFailures;
    const attempt = await this.limits.hit(key, max, this.config.lockoutMinutes * 60_000);
    if (!attempt.ok) throw this.locked(attempt.resetAt);
    const staff = await this.staff.staffByUsername(username);
    const known = !!staff && !staff.archivedAt;
    const ok = await bcrypt.compare(password, known ? staff.passwordHash : DUMMY_HASH);
    if (!known || !ok) {
      const left = max - attempt.hits;
      if (left <= 0) throw this.locked(attempt.resetAt);
      throw new AppError('AUTH_BAD_CREDENTIALS', `用户名或密码错误，再错${left}次将暂时锁定`);
    }
    await this.limits.reset(key);
    return this.issue('staff', staff.id);
  }

  private locked(until: Date): AppError {
    const minutes = Math.ceil(secondsUntil(until, this.clock.now()) / 60);
    return new AppError(
      'AUTH_LOCKED',
      `密码错误次数过多，已暂时锁定，请${minutes}分钟后再试；如需立即登录，请联系管理员在“员工管理”中解锁`,
      { lockedUntil: until.toISOString() },
    );
  }

  // ---- tokens ----
  private async issue(kind: 'staff' | 'owner', subjectId: number): Promise<TokenPairDto> {
    const now = this.clock.now();
    const sessionId = randomUUID();
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.refreshTokenTtlSec * 1000);
    await this.repo.createSession(
      { id: sessionId, subjectKind: kind, subjectId, createdAt: now, expiresAt, revokedAt: null, revokeReason: null },
      { sessionId, tokenHash: sha256(refreshToken), expiresAt, usedAt: null, createdAt: now },
    );
    return this.pair(kind, subjectId, sessionId, refreshToken);
  }

  private async pair(kind: 'staff' | 'owner', subjectId: number, sessionId: string, refreshToken: string): Promise<TokenPairDto> {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const accessToken = signJwt(
      { sub: subjectId, knd: kind, sid: sessionId, iat, exp: iat + this.config.accessTokenTtlSec },
      this.config.jwtSecret,
    );
    const principal = await this.loadPrincipal(kind, subjectId, sessionId);
    return { accessToken, refreshToken, expiresIn: this.config.accessTokenTtlSec, me: await this.me(principal) };
  }

  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const now = this.clock.now();
    const row = await this.repo.refreshByHash(sha256(refreshToken));
    if (!row) throw new AppError('TOKEN_INVALID');
    const session = await this.repo.sessionById(row.sessionId);
    if (!session || session.revokedAt || session.expiresAt <= now || row.expiresAt <= now) {
      throw new AppError('TOKEN_INVALID');
    }
    // A refresh token works once. Seeing it again means it was copied: end the whole session.
    if (row.usedAt || !(await this.repo.useRefresh(row.id, now))) {
      await this.repo.revokeSession(session.id, now, 'refresh_reuse');
      this.sessions.forgetSession(session.id);
      this.logger.warn(`refresh token reuse detected, session ${session.id} revoked`);
      throw new AppError('TOKEN_INVALID');
    }
    const next = randomBytes(32).toString('base64url');
    await this.repo.addRefresh({
      sessionId: session.id,
      tokenHash: sha256(next),
      expiresAt: session.expiresAt,
      usedAt: null,
      createdAt: now,
    });
    return this.pair(session.subjectKind as 'staff' | 'owner', session.subjectId, session.id, next);
  }

  async logout(p: Principal): Promise<void> {
    await this.repo.revokeSession(p.sessionId, this.clock.now(), 'logout');
    this.sessions.forgetSession(p.sessionId);
  }

  /**
   * Tokens whose signature has been checked, with their claims: a token's signature is either right or
   * wrong for good, so each is checked once (the HMAC was 2.5 % of the API's time under the bench). The
   * expiry and the session are still checked on every request. At most VERIFIED_KEPT, oldest forgotten first.
   */
  private readonly verified = new Map<string, AccessClaims>();

  async verifyAccessToken(token: string): Promise<Principal> {
    const now = this.clock.now();
    const nowSec = Math.floor(now.getTime() / 1000);
    let claims = this.verified.get(token) ?? null;
    if (!claims) {
      claims = verifyJwt(token, this.config.jwtSecret, nowSec);
      if (claims) {
        if (this.verified.size >= VERIFIED_KEPT) this.verified.delete(this.verified.keys().next().value!);
        this.verified.set(token, claims);
      }
    } else if (claims.exp <= nowSec) claims = null;
    if (!claims) throw new AppError('TOKEN_INVALID');
    let s = this.sessions.get(claims.sid, now.getTime());
    if (!s) {
      const mark = this.sessions.mark();
      s = await this.repo.principalOfSession(claims.sid, claims.knd);
      if (s) this.sessions.set(claims.sid, s, now.getTime(), mark);
    }
    if (!s || s.revokedAt || s.expiresAt <= now || s.subjectId !== claims.sub || s.kind !== claims.knd || s.archivedAt) {
      throw new AppError('TOKEN_INVALID');
    }
    if (s.kind === 'owner') return { kind: 'owner', id: s.subjectId, sessionId: claims.sid, name: s.name };
    const roles = s.roles.filter(isStaffRole) as StaffRole[];
    return {
      kind: 'staff',
      id: s.subjectId,
      sessionId: claims.sid,
      name: s.name,
      username: s.username ?? '',
      roles,
      scope: projectScope(roles, s.projectIds),
    };
  }

  private async loadPrincipal(kind: 'staff' | 'owner', id: number, sessionId: string): Promise<Principal> {
    if (kind === 'staff') {
      const found = await this.staff.staffWithProjects(id);
      if (!found || found.staff.archivedAt) throw new AppError('TOKEN_INVALID');
      const s = found.staff;
      const roles = (s.roles ?? []).filter(isStaffRole) as StaffRole[];
      const scope = projectScope(roles, found.projectIds);
      return { kind: 'staff', id: s.id, sessionId, name: s.name, username: s.username, roles, scope };
    }
    const p = await this.people.personById(id);
    if (!p || p.archivedAt) throw new AppError('TOKEN_INVALID');
    return { kind: 'owner', id: p.id, sessionId, name: p.name };
  }

  async me(p: Principal): Promise<MeDto> {
    if (p.kind === 'staff') {
      const projects = await this.org.projectsByIds(p.scope);
      return {
        kind: 'staff',
        id: p.id,
        name: p.name,
        username: p.username,
        roles: p.roles,
        allProjects: seesAllProjects(p.roles),
        projects: projects.map((x) => ({ id: x.id, code: x.code, name: x.name })),
        phoneMasked: null,
      };
    }
    const person = await this.people.personById(p.id);
    return {
      kind: 'owner',
      id: p.id,
      name: p.name,
      username: null,
      roles: [],
      allProjects: false,
      projects: [],
      phoneMasked: maskPhone(this.pii.decrypt(person?.phoneEnc)),
    };
  }

  // ---- owners: WeChat ----
  async wechatLogin(code: string, phoneCode?: string): Promise<TokenPairDto> {
    let openid: string;
    let unionid: string | undefined;
    let phone: string | undefined;
    try {
      ({ openid, unionid } = await this.wechat.code2Session(code));
      if (phoneCode) phone = await this.wechat.getPhoneNumber(phoneCode);
    } catch (e) {
      if (e instanceof WechatError && !e.retryable) throw new AppError('AUTH_WECHAT_CODE_INVALID');
      this.logger.warn(`WeChat login failed: ${(e as Error).message}`);
      throw new AppError('AUTH_WECHAT_UNAVAILABLE');
    }
    const now = this.clock.now();
    let person = await this.people.personByOpenid(openid);
    if (phone) {
      const phoneHash = this.pii.hash(phone)!;
      const byPhone = await this.people.personByPhoneHash(phoneHash);
      if (!person && byPhone) {
        // The centre registered this owner by phone: attach the WeChat identity to that record.
        await this.people.updatePerson(byPhone.id, { openid, unionid: unionid ?? null, updatedAt: now });
        person = { ...byPhone, openid };
      } else if (person && !person.phoneHash && !byPhone) {
        await this.people.updatePerson(person.id, { phoneEnc: this.pii.encrypt(phone), phoneHash, updatedAt: now });
      } else if (person && !person.phoneHash && byPhone && byPhone.id !== person.id) {
        // Logged in by WeChat before giving a phone, and the centre had registered that phone:
        // the WeChat identity moves to the registered record, the blank one is archived.
        if (await this.people.hasBindings(person.id)) {
          throw new AppError('CONFLICT', '该微信已提交过绑定申请，与客服中心登记的手机号不是同一档案，请联系客服中心合并');
        }
        await this.people.moveOpenid(person.id, byPhone.id, openid, unionid ?? null, now);
        person = { ...byPhone, openid };
      }
    }
    if (!person) {
      person = await this.people.insertPerson({
        name: '微信用户',
        phoneEnc: phone ? this.pii.encrypt(phone) : null,
        phoneHash: phone ? this.pii.hash(phone) : null,
        idNoEnc: null,
        idNoHash: null,
        openid,
        unionid: unionid ?? null,
        isKeyCustomer: false,
        note: null,
        createdAt: now,
        updatedAt: now,
        archivedAt: null,
      });
    }
    if (person.archivedAt) throw new AppError('FORBIDDEN', '该账号已归档，请联系客服中心');
    return this.issue('owner', person.id);
  }

  // ---- owners: SMS (H5) ----
  async sendSmsCode(phone: string): Promise<{ ttlSeconds: number }> {
    const phoneHash = this.pii.hash(phone)!;
    const now = this.clock.now();
    // one code per phone per minute, taken atomically before anything is sent (every instance shares it)
    const cool = await this.limits.hit(`sms:${phoneHash}`, 1, SMS_RESEND_MS);
    if (!cool.ok) throw new AppError('RATE_LIMITED', `验证码已发送，请${secondsUntil(cool.resetAt, now)}秒后再试`);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.repo.insertSmsCode({
      phoneHash,
      codeHash: sha256(`${phoneHash}:${code}`),
      expiresAt: new Date(now.getTime() + this.config.sms.codeTtlSec * 1000),
      attempts: 0,
      consumedAt: null,
      createdAt: now,
    });
    await this.sms.send({
      phone,
      template: 'login_code',
      params: { code },
      text: `【物业服务中心】您的登录验证码是${code}，${Math.round(this.config.sms.codeTtlSec / 60)}分钟内有效。如非本人操作请忽略。`,
    });
    return { ttlSeconds: this.config.sms.codeTtlSec };
  }

  async smsLogin(phone: string, code: string): Promise<TokenPairDto> {
    const phoneHash = this.pii.hash(phone)!;
    const now = this.clock.now();
    const row = await this.repo.latestSmsCode(phoneHash);
    if (!row || row.consumedAt || row.expiresAt <= now) throw new AppError('AUTH_SMS_CODE_INVALID');
    // the guess is counted before the code is compared: parallel guesses get no more than the allowance
    if (!(await this.repo.takeSmsAttempt(row.id, SMS_MAX_GUESSES))) throw new AppError('AUTH_SMS_CODE_INVALID');
    const expected = Buffer.from(row.codeHash, 'hex');
    const given = Buffer.from(sha256(`${phoneHash}:${code}`), 'hex');
    if (!timingSafeEqual(expected, given)) throw new AppError('AUTH_SMS_CODE_INVALID');
    if (!(await this.repo.consumeSmsCode(row.id, now))) throw new AppError('AUTH_SMS_CODE_INVALID');
    let person = await this.people.personByPhoneHash(phoneHash);
    if (!person) {
      person = await this.people.insertPerson({
        name: '业主' + phone.slice(-4),
        phoneEnc: this.pii.encrypt(phone),
        phoneHash,
        idNoEnc: null,
        idNoHash: null,
        openid: null,
        unionid: null,
        isKeyCustomer: false,
        note: null,
        createdAt: now,
        updatedAt: now,
        archivedAt: null,
      });
    }
    if (person.archivedAt) throw new AppError('FORBIDDEN', '该账号已归档，请联系客服中心');
    return this.issue('owner', person.id);
  }
}
