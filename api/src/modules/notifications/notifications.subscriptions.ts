import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  COMPLAINT_CLOCK_LABELS,
  formatLocal,
  formatYuan,
  REQUEST_REVIEW_ROLES,
  SLA_CLOCK_LABELS,
  type ComplaintClockKind,
} from '@wy/shared';
import { EventBus } from '../../events/event-bus.js';
import type { EventActor, RequestRef } from '../../events/events.js';
import { ServiceRequestLookup } from '../service-requests/sr-lookup.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import { NotificationsService } from './notifications.service.js';
import type { SubscribeTemplate } from '@wy/shared';

/** Roles told when a promise is broken. */
const ESCALATE_TO = ['cs_supervisor', 'project_manager'];
/** The owner's subscribe message for a move, and its phrase (≤ 5 characters). */
const OWNER_MESSAGES: Record<string, { template: SubscribeTemplate; phrase: string }> = {
  dispatch: { template: 'dispatched', phrase: '已派单' },
  finish: { template: 'finished', phrase: '已完工' },
};

/**
 * Who is told what, in the announcing transaction (so a message is enqueued exactly when the
 * move commits): owners get WeChat subscribe messages (受理, 派单, 完工; 已开票 for an invoice), the desk's bell rings
 * for an owner's new request, a technician is told of an order given to him, and broken
 * promises are escalated to the project's supervisors and the technician.
 */
@Injectable()
export class NotificationsSubscriptions implements OnModuleInit {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(StaffLookup) private readonly staff: StaffLookup,
    @Inject(ServiceRequestLookup) private readonly requests: ServiceRequestLookup,
  ) {}

  onModuleInit(): void {
    this.events.on('request.filed', async (em, e) => {
      if (e.byOwner) {
        // a request filed in the mini-program waits for the desk's review: it reaches the clerks' bell at once
        const desk = await this.staff.withRoles(e.projectId, REQUEST_REVIEW_ROLES);
        await this.notifications.notifyStaff(em, desk, {
          projectId: e.projectId,
          title: `业主新报修 ${e.code}`,
          body: `${e.categoryName}：${e.description.slice(0, 60)}（${e.requesterName}）`,
          link: `/requests/${e.requestId}`,
        });
      }
      await this.toOwner(em, e, 'accepted', '已受理', e.at);
    });

    this.events.on('request.moved', async (em, e) => {
      const msg = OWNER_MESSAGES[e.action];
      if (msg) await this.toOwner(em, e, msg.template, msg.phrase, e.at);
      if (e.action === 'finish' && e.type === 'repair') await this.thankReporter(em, e);
      if (e.assignedTo && e.assignedTo !== e.actor.id)
        await this.notifications.notifyStaff(em, [e.assignedTo], {
          projectId: e.projectId,
          title: `新工单 ${e.code}`,
          body: `${e.categoryName}：${e.description.slice(0, 60)}`,
          link: `/requests/${e.requestId}`,
        });
    });

    // an invoice issued: the owner who asked is told its number (opens 开票申请 in the mini-program)
    this.events.on('invoice.issued', async (em, e) => {
      await this.notifications.enqueue(
        em,
        `invoice:${e.requestId}:issued`,
        'wechat',
        {
          personId: e.personId,
          template: 'invoice_issued',
          page: 'pkg-fee/invoices/index',
          fields: { code: e.invoiceNo, category: e.title, status: '已开票', time: formatLocal(e.at, e.timeZone) },
        },
        e.rid,
      );
    });

    // complaints: the desk's bell for an owner's complaint; R-CMP-08 class A to the manager at once; R-CMP-07 the supervisor given one
    this.events.on('complaint.filed', async (em, e) => {
      if (!e.byOwner) return;
      const desk = await this.staff.withRoles(e.projectId, REQUEST_REVIEW_ROLES);
      await this.notifications.notifyStaff(em, desk, {
        projectId: e.projectId,
        title: '业主新投诉',
        body: '有业主在小程序提交了投诉，请及时评审',
        link: `/complaints/${e.complaintId}`,
      });
    });
    this.events.on('complaint.escalated', async (em, e) => {
      const managers = await this.staff.withRoles(e.projectId, ['project_manager']);
      await this.notifications.notifyStaff(em, managers, {
        projectId: e.projectId,
        title: `重大投诉 ${e.code}`,
        body: e.problem.slice(0, 60),
        link: `/complaints/${e.complaintId}`,
      });
    });
    this.events.on('complaint.moved', async (em, e) => {
      if (e.assignedTo && e.assignedTo !== e.actor.id)
        await this.notifications.notifyStaff(em, [e.assignedTo], {
          projectId: e.projectId,
          title: `请处理投诉 ${e.code ?? ''}`.trim(),
          body: '有一件投诉转交给您处理',
          link: `/complaints/${e.complaintId}`,
        });
    });

    // a complaint's broken promise, once (the breach job announces it once): as a repair's, the supervisors, the manager and the handler
    this.events.on('complaint.clock_breached', async (em, e) => {
      const staffIds = await this.staff.withRoles(e.projectId, ESCALATE_TO);
      if (e.handlerStaffId) staffIds.push(e.handlerStaffId);
      await this.notifications.enqueue(em, `complaint-breach:${e.clockId}`, 'staff', {
        staffIds: [...new Set(staffIds)],
        title: `投诉超时：${e.code ?? '待评审'}${e.importance === 'A' ? '（重大）' : ''} ${COMPLAINT_CLOCK_LABELS[e.kind as ComplaintClockKind] ?? e.kind}`,
        body: `应于 ${formatLocal(e.dueAt, e.timeZone)} 前完成，已超时。请尽快处理。`,
        link: `/complaints/${e.complaintId}`,
        projectId: e.projectId,
      });
    });
    // R-CMP-13 a compensation promise reaches the promiser's superior at once: the manager, or head office for the manager's own
    this.events.on('complaint.compensation_promised', async (em, e) => {
      const byManager = e.promiserRoles.includes('project_manager') || e.promiserRoles.includes('head_office');
      const to = byManager ? await this.staff.headOffice() : await this.staff.withRoles(e.projectId, ['project_manager']);
      await this.notifications.notifyStaff(
        em,
        to.filter((id) => id !== e.promisedBy.id),
        {
          projectId: e.projectId,
          title: `赔偿承诺报告 ${e.code ?? ''}`.trim(),
          body: `${e.promisedBy.name}承诺赔偿 ${formatYuan(e.amountFen)}：${e.note}`.slice(0, 120),
          link: `/complaints/${e.complaintId}`,
        },
      );
    });
    // R-CMP-14 a joint complaint of three or more: the company's complaint department (head office) in writing, the same day
    this.events.on('complaint.joint_escalated', async (em, e) => {
      await this.notifications.notifyStaff(em, await this.staff.headOffice(), {
        projectId: e.projectId,
        title: `联名投诉上报 ${e.code ?? ''}`.trim(),
        body: e.report.slice(0, 120),
        link: `/complaints/${e.complaintId}`,
      });
    });

    // suggestions and inquiries: the desk's bell for an owner's; R-SUG-01 the handler a suggestion is forwarded to
    this.events.on('enquiry.filed', async (em, e) => {
      if (!e.byOwner) return;
      const desk = await this.staff.withRoles(e.projectId, REQUEST_REVIEW_ROLES);
      const what = e.type === 'suggestion' ? '建议' : '咨询';
      await this.notifications.notifyStaff(em, desk, {
        projectId: e.projectId,
        title: `业主新${what}`,
        body: e.content.slice(0, 60),
        link: `/enquiries/${e.enquiryId}`,
      });
    });
    this.events.on('enquiry.forwarded', async (em, e) => {
      await this.notifications.notifyStaff(em, [e.handlerStaffId], {
        projectId: e.projectId,
        title: '请处理业主建议',
        body: e.content.slice(0, 60),
        link: `/enquiries/${e.enquiryId}`,
      });
    });

    // each broken promise once (the breach job announces it once): the supervisors and the technician
    this.events.on('sla.clock_breached', async (em, e) => {
      const req = await this.requests.brief(e.requestId, em);
      const staffIds = await this.staff.withRoles(e.projectId, ESCALATE_TO);
      if (req?.assigneeStaffId) staffIds.push(req.assigneeStaffId);
      await this.notifications.enqueue(em, `breach:${e.clockId}`, 'staff', {
        staffIds: [...new Set(staffIds)],
        title: `超时：${req?.code ?? e.requestId} ${SLA_CLOCK_LABELS[e.kind] ?? e.kind}`,
        body: `应于 ${formatLocal(e.dueAt, e.timeZone)} 前完成，已超时。请尽快处理。`,
        link: `/requests/${e.requestId}`,
        projectId: e.projectId,
      });
    });
  }

  /**
   * R-REP-08 whoever reported a public-area repair (an owner, a tenant, a visitor who called) is thanked and
   * told it is fixed, by SMS, when the technician finishes it: the same day. Staff who raised it on patrol are
   * not; in-home repairs are confirmed with the owner on site.
   */
  private async thankReporter(em: EntityManager, e: RequestRef & { cycle: number; at: Date; actor: EventActor }) {
    // an in-home repair or one raised on patrol thanks nobody: the reporter's phone is not read for it
    if (e.scope !== 'public' || e.requesterStaffId !== null) return;
    const who = await this.requests.reporter(e.requestId, em);
    if (!who || who.scope !== 'public' || who.requesterStaffId !== null || !who.phone) return;
    const place = [...(who.location?.trim() || e.categoryName)].slice(0, 20).join('');
    const time = formatLocal(e.at, e.timeZone);
    await this.notifications.enqueue(
      em,
      `thanks:${e.requestId}:${e.cycle}`,
      'sms',
      {
        requestId: e.requestId,
        template: 'repair_thanks',
        params: { place, time },
        text: `感谢您报修${place}的问题，已于${time}修好，谢谢您对小区的关心！`,
      },
      e.actor.rid,
    );
  }

  /** A WeChat subscribe message to the owner who filed the request (sent while they have a credit). */
  private async toOwner(
    em: EntityManager,
    r: RequestRef & { actor: EventActor },
    template: SubscribeTemplate,
    phrase: string,
    at: Date,
  ) {
    if (!r.requesterPersonId) return;
    await this.notifications.enqueue(
      em,
      `req:${r.requestId}:${template}:${at.getTime()}`,
      'wechat',
      {
        personId: r.requesterPersonId,
        template,
        page: `pkg-repair/detail/index?id=${r.requestId}`,
        // the template's keys for these are configuration (WECHAT_TPL_<NAME>_KEYS), applied when sent
        fields: { code: r.code, category: r.categoryName, status: phrase, time: formatLocal(at, r.timeZone) },
      },
      r.actor.rid,
    );
  }
}
