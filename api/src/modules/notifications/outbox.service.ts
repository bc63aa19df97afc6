import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { Clock } from '../../infra/clock.js';
import { WechatClient, WechatError } from '../../infra/wechat/index.js';
import { PeopleRepository } from '../people/people.repository.js';
import type { OutboxMessage } from '../sla/entities.js';
import { SlaService } from '../sla/sla.service.js';
import { NotificationsRepository } from './notifications.repository.js';

export const SUBSCRIBE_TEMPLATES = ['accepted', 'dispatched', 'finished'] as const;
export type SubscribeTemplate = (typeof SUBSCRIBE_TEMPLATES)[number];

/**
 * Drains the outbox: staff notifications into the console list, WeChat subscribe messages through
 * the real client. Each message is claimed with a conditional update (a lease), so several
 * instances never send one twice; failures back off and retry; a message with no credit left
 * for the owner and template is dropped as 'no_credit' (each acceptance allows one send).
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');
  constructor(
    @Inject(NotificationsRepository) private readonly repo: NotificationsRepository,
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(WechatClient) private readonly wechat: WechatClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async drain(limit = 100): Promise<number> {
    const now = this.clock.now();
    const due = await this.repo.dueMessages(now, limit);
    let done = 0;
    for (const m of due) {
      const lease = new Date(now.getTime() + 60_000);
      if (!(await this.repo.claim(m, lease))) continue; // another instance has it
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
        done++;
      } catch (e) {
        const backoff = Math.min(3600, 30 * 2 ** m.attempts) * 1000;
        await this.repo.markFailed(m.id, new Date(now.getTime() + backoff), String((e as Error).message).slice(0, 300));
        this.logger.warn(`outbox ${m.id} failed: ${(e as Error).message}`);
      }
    }
    return done;
  }

  private deliverToStaff(em: EntityManager, m: OutboxMessage): Promise<void> {
    const p = m.payload as Record<string, unknown>;
    return this.sla.notifyStaff(em, (p.staffIds as number[]) ?? [], {
      projectId: (p.projectId as number) ?? null,
      title: String(p.title),
      body: String(p.body),
      link: (p.link as string) ?? null,
    });
  }

  private async deliver(m: OutboxMessage): Promise<string> {
    const p = m.payload as Record<string, unknown>;
    // WeChat subscribe message to an owner
    const personId = Number(p.personId);
    const template = String(p.template) as SubscribeTemplate;
    const person = await this.people.person(personId);
    if (!person?.openid) return 'no_openid';
    if (!(await this.repo.spendCredit(personId, template))) return 'no_credit';
    try {
      await this.wechat.sendSubscribeMessage({
        touser: person.openid,
        templateId: this.templateId(template),
        page: String(p.page ?? 'pages/index/index'),
        data: p.data as Record<string, string>,
      });
      return 'sent';
    } catch (e) {
      if (e instanceof WechatError && e.isRefused) return 'refused'; // 43101: the credit is gone either way
      // not delivered: give the credit back before retrying
      await this.repo.refundCredit(personId, template);
      throw e;
    }
  }

  templateId(t: SubscribeTemplate): string {
    return this.config.wechat.templates[t];
  }

  /** The owner accepted these templates in the mini-program: one more send for each. */
  async addCredits(personId: number, templates: SubscribeTemplate[]): Promise<Record<string, number>> {
    for (const template of new Set(templates)) await this.repo.addCredit(personId, template);
    const rows = await this.repo.credits(personId);
    return Object.fromEntries(rows.map((r) => [r.template, r.credits]));
  }
}
