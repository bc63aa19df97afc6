import { Inject, Injectable, Logger } from '@nestjs/common';
import { type DataSource, IsNull, LessThanOrEqual } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { Clock } from '../../infra/clock.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { WechatClient, WechatError } from '../../infra/wechat/index.js';
import { Person } from '../people/entities.js';
import { OutboxMessage, SubscribeCredit } from '../sla/entities.js';
import { SlaService } from '../sla/sla.service.js';

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
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(WechatClient) private readonly wechat: WechatClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async drain(limit = 100): Promise<number> {
    const now = this.clock.now();
    const due = await this.ds.getRepository(OutboxMessage).find({
      where: { sentAt: IsNull(), nextAttemptAt: LessThanOrEqual(now) },
      order: { id: 'ASC' },
      take: limit,
    });
    let done = 0;
    for (const m of due) {
      const lease = new Date(now.getTime() + 60_000);
      const claim = await this.ds
        .getRepository(OutboxMessage)
        .update({ id: m.id, sentAt: IsNull(), attempts: m.attempts }, { attempts: m.attempts + 1, nextAttemptAt: lease });
      if ((claim.affected ?? 0) !== 1) continue; // another instance has it
      try {
        const outcome = await this.deliver(m);
        await this.ds.getRepository(OutboxMessage).update({ id: m.id }, { sentAt: this.clock.now(), outcome, lastError: null });
        done++;
      } catch (e) {
        const backoff = Math.min(3600, 30 * 2 ** m.attempts) * 1000;
        await this.ds
          .getRepository(OutboxMessage)
          .update(
            { id: m.id },
            { nextAttemptAt: new Date(now.getTime() + backoff), lastError: String((e as Error).message).slice(0, 300) },
          );
        this.logger.warn(`outbox ${m.id} failed: ${(e as Error).message}`);
      }
    }
    return done;
  }

  private async deliver(m: OutboxMessage): Promise<string> {
    const p = m.payload as Record<string, unknown>;
    if (m.channel === 'staff') {
      await this.ds.transaction((em) =>
        this.sla.notifyStaff(em, (p.staffIds as number[]) ?? [], {
          projectId: (p.projectId as number) ?? null,
          title: String(p.title),
          body: String(p.body),
          link: (p.link as string) ?? null,
        }),
      );
      return 'delivered';
    }
    // WeChat subscribe message to an owner
    const personId = Number(p.personId);
    const template = String(p.template) as SubscribeTemplate;
    const person = await this.ds.getRepository(Person).findOne({ where: { id: personId } });
    if (!person?.openid) return 'no_openid';
    const spent = await this.ds
      .createQueryBuilder()
      .update(SubscribeCredit)
      .set({ credits: () => 'credits - 1' })
      .where('person_id = :personId AND template = :template AND credits > 0', { personId, template })
      .execute();
    if ((spent.affected ?? 0) !== 1) return 'no_credit';
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
      await this.ds.getRepository(SubscribeCredit).increment({ personId, template }, 'credits', 1);
      throw e;
    }
  }

  templateId(t: SubscribeTemplate): string {
    return this.config.wechat.templates[t];
  }

  /** The owner accepted these templates in the mini-program: one more send for each. */
  async addCredits(personId: number, templates: SubscribeTemplate[]): Promise<Record<string, number>> {
    for (const template of new Set(templates)) {
      const repo = this.ds.getRepository(SubscribeCredit);
      const r = await repo.increment({ personId, template }, 'credits', 1);
      if (!r.affected) {
        try {
          await repo.insert({ personId, template, credits: 1 });
        } catch {
          await repo.increment({ personId, template }, 'credits', 1);
        }
      }
    }
    const rows = await this.ds.getRepository(SubscribeCredit).find({ where: { personId } });
    return Object.fromEntries(rows.map((r) => [r.template, r.credits]));
  }
}
