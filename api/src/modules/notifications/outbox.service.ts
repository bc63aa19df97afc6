import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SubscribeTemplate } from '@wy/shared';
import { APP_CONFIG, type AppConfig, type WechatTemplateField } from '../../config/env.js';
import { Clock } from '../../infra/clock.js';
import { withRequestId } from '../../infra/log-context.js';
import { Metrics } from '../../infra/metrics.js';
import { PiiCipher } from '../../infra/pii.js';
import { Jobs } from '../../infra/jobs.js';
import { SmsProvider, SmsSendError, type SmsTemplate } from '../../infra/sms.js';
import { WechatClient, WechatError } from '../../infra/wechat/index.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { ServiceRequestLookup } from '../service-requests/sr-lookup.service.js';
import type { OutboxMessage } from './entities.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

/** what a subscribe message carries, by field; the template's keys for them are configuration */
export type SubscribeFields = Record<WechatTemplateField, string>;

/** WeChat's length limits per key type (thing1 ≤ 20 characters, phrase3 ≤ 5 …). */
const KEY_TYPE_MAX: Record<string, number> = { thing: 20, phrase: 5, character_string: 32, name: 10, letter: 32, number: 32 };
function fit(key: string, value: string): string {
  const type = /^([a-z_]+?)\d+$/.exec(key)?.[1] ?? '';
  const max = KEY_TYPE_MAX[type];
  return max ? [...value].slice(0, max).join('') : value;
}

/**
 * Drains the outbox: staff notifications into the console list, WeChat subscribe messages through
 * the real client. Each message is claimed with a conditional update and a lease counted from
 * that claim, so several instances never send one twice; failures back off and retry; a message with no credit left
 * for the owner and template is dropped as 'no_credit' (each acceptance allows one send).
 */
@Injectable()
export class OutboxService implements OnModuleInit {
  private readonly logger = new Logger('Outbox');
  constructor(
    @Inject(NotificationsRepository) private readonly repo: NotificationsRepository,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(WechatClient) private readonly wechat: WechatClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Jobs) private readonly jobs: Jobs,
    @Inject(SmsProvider) private readonly sms: SmsProvider,
    @Inject(ServiceRequestLookup) private readonly requests: ServiceRequestLookup,
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
  ) {}

  onModuleInit(): void {
    // after the breach job (order 10), so escalations it enqueued go out in the same round
    this.jobs.register('outbox', 20, () => this.drain());
    this.metrics.gauge(
      'wy_outbox_backlog',
      'Outbox messages (WeChat, SMS) not sent yet',
      async () => (await this.repo.backlog()).count,
    );
    this.metrics.gauge(
      'wy_outbox_oldest_unsent_seconds',
      'Age of the oldest outbox message not sent yet (0 when none)',
      async () => {
        const { oldest } = await this.repo.backlog();
        return oldest ? Math.max(0, (this.clock.now().getTime() - oldest.getTime()) / 1000) : 0;
      },
    );
  }

  /**
   * How long a claimed message is left alone by other instances: a send's worst case (a token fetch, the
   * send, a refreshed token and the send again, each bounded by WECHAT_TIMEOUT_MS) and a margin.
   */
  leaseMs(): number {
    return 4 * this.config.wechat.timeoutMs + 5000;
  }

  async drain(limit = 100): Promise<number> {
    const due = await this.repo.dueMessages(this.clock.now(), limit);
    let done = 0;
    for (const m of due) {
      // the lease runs from this claim, not from the batch's start: a long batch never hands a
      // message in flight to another instance (each message is sent once)
      const claimedAt = this.clock.now();
      if (!(await this.repo.claim(m, new Date(claimedAt.getTime() + this.leaseMs())))) continue; // another instance has it
      const rid = (m.payload as { rid?: unknown }).rid;
      if (await (typeof rid === 'string' ? withRequestId(rid, () => this.sendOne(m)) : this.sendOne(m))) done++;
    }
    return done;
  }

  /** One claimed message's attempt: sent (true), or put back for later with its error. */
  private async sendOne(m: OutboxMessage): Promise<boolean> {
    try {
      if (m.channel === 'staff') {
        // written to the console list and marked sent in one transaction: never delivered twice
        await this.repo.transaction(async (em) => {
          await this.deliverToStaff(em, m);
          await this.repo.markSent(m.id, this.clock.now(), 'delivered', em);
        });
      } else {
        const outcome = await this.deliver(m);
        await this.repo.markSent(m.id, this.clock.now(), outcome);
      }
      this.logger.log(`outbox ${m.id} (${m.channel}) sent`);
      return true;
    } catch (e) {
      const backoff = Math.min(3600, 30 * 2 ** m.attempts) * 1000;
      await this.repo.markFailed(
        m.id,
        new Date(this.clock.now().getTime() + backoff),
        String((e as Error).message).slice(0, 300),
      );
      this.logger.warn(`outbox ${m.id} failed: ${(e as Error).message}`);
      return false;
    }
  }

  private deliverToStaff(em: EntityManager, m: OutboxMessage): Promise<void> {
    const p = m.payload as Record<string, unknown>;
    return this.notifications.notifyStaff(em, (p.staffIds as number[]) ?? [], {
      projectId: (p.projectId as number) ?? null,
      title: String(p.title),
      body: String(p.body),
      link: (p.link as string) ?? null,
    });
  }

  /** The template's data: each field under the key configured for it, cut to its key type's length. */
  dataFor(template: SubscribeTemplate, fields: SubscribeFields): Record<string, string> {
    const { keys } = this.config.wechat.templates[template];
    return Object.fromEntries(
      Object.entries(keys).map(([field, key]) => [key, fit(key, fields[field as WechatTemplateField] ?? '')]),
    );
  }

  private async deliver(m: OutboxMessage): Promise<string> {
    if (m.channel === 'sms') return this.deliverSms(m);
    const p = m.payload as Record<string, unknown>;
    // WeChat subscribe message to an owner
    const personId = Number(p.personId);
    const template = String(p.template) as SubscribeTemplate;
    const person = await this.people.personById(personId);
    if (!person?.openid) return 'no_openid';
    if (!(await this.repo.spendCredit(personId, template))) return 'no_credit';
    try {
      await this.wechat.sendSubscribeMessage({
        touser: person.openid,
        templateId: this.templateId(template),
        page: String(p.page ?? 'pages/index/index'),
        // messages enqueued before the keys were configuration carry their data as it was
        data: p.fields ? this.dataFor(template, p.fields as SubscribeFields) : (p.data as Record<string, string>),
      });
      return 'sent';
    } catch (e) {
      if (e instanceof WechatError && e.isRefused) return 'refused'; // 43101: the credit is gone either way
      if (e instanceof WechatError && e.isPermanentMessageError) {
        // never sendable as configured (40037 template, 47003 keys or values): not retried, the credit kept
        await this.repo.refundCredit(personId, template);
        this.logger.error(`outbox ${m.id}: ${e.message} — check WECHAT_TPL_${template.toUpperCase()} and its _KEYS`);
        return 'rejected';
      }
      // not delivered: give the credit back before retrying
      await this.repo.refundCredit(personId, template);
      throw e;
    }
  }

  /**
   * An SMS to a request's reporter (R-REP-08 the thanks for a public-area repair) or to a person (a parking
   * rental's expiry). The payload names the request or the person, not the phone: the number is read (and
   * decrypted) when sent, so the outbox keeps no phone.
   */
  private async deliverSms(m: OutboxMessage): Promise<string> {
    const p = m.payload as {
      requestId?: number;
      personId?: number;
      template: SmsTemplate;
      params: Record<string, string>;
      text?: string;
    };
    const phone = p.personId
      ? this.pii.decrypt((await this.people.personById(Number(p.personId)))?.phoneEnc ?? null)
      : (await this.requests.reporter(Number(p.requestId)))?.phone;
    if (!phone) return 'no_phone';
    try {
      await this.sms.send({ phone, template: p.template, params: p.params, text: p.text });
      return 'sent';
    } catch (e) {
      if (e instanceof SmsSendError && e.permanent) {
        this.logger.error(`outbox ${m.id}: SMS refused (${e.vendorCode}) — check SMS_TEMPLATE_${p.template.toUpperCase()}`);
        return 'rejected';
      }
      throw e;
    }
  }

  templateId(t: SubscribeTemplate): string {
    return this.config.wechat.templates[t].id;
  }

  /** The owner accepted these templates in the mini-program: one more send for each. */
  async addCredits(personId: number, templates: SubscribeTemplate[]): Promise<Record<string, number>> {
    for (const template of new Set(templates)) await this.repo.addCredit(personId, template);
    const rows = await this.repo.credits(personId);
    return Object.fromEntries(rows.map((r) => [r.template, r.credits]));
  }
}
