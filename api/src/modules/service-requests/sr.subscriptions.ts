import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { fenToYuanString, mayReadRequest, PAYMENT_METHOD_LABELS, type DeskPaymentMethod } from '@wy/shared';
import { EventBus } from '../../events/event-bus.js';
import { UploadAccess } from '../uploads/upload-access.js';
import { insertDefaultCategories } from './default-categories.js';
import { ServiceRequestRepository } from './sr.repository.js';
import { TimelineWriter } from './timeline.js';

/** What service requests do when other modules announce something (and the rule they add to uploads). */
@Injectable()
export class ServiceRequestSubscriptions implements OnModuleInit {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(TimelineWriter) private readonly timeline: TimelineWriter,
    @Inject(UploadAccess) private readonly uploads: UploadAccess,
  ) {}

  onModuleInit(): void {
    // R-REP-02: a new project starts with the published repair catalogue, which it may then edit
    this.events.on('project.created', (em, e) => insertDefaultCategories(em, e.projectId));

    // R-SRV-07: a repair's fee taken at the desk is on the request's timeline (the owner reads it too)
    this.events.on('bill.paid', async (em, e) => {
      if (e.sourceType !== 'repair') return;
      const r = await this.repo.request(e.sourceId, em);
      if (!r) return;
      const amount = `¥${fenToYuanString(e.amountFen)}`;
      await this.timeline.write(em, {
        requestId: r.id,
        projectId: r.projectId,
        actor: e.cashier,
        action: 'payment',
        from: r.status,
        to: r.status,
        at: e.at,
        note: `收取维修费 ${amount}（${PAYMENT_METHOD_LABELS[e.method as DeskPaymentMethod]}），收据 ${e.receiptNo}`,
        ownerNote: `已缴纳维修费 ${amount}，收据 ${e.receiptNo}`,
        data: { billId: e.billId, paymentId: e.paymentId, receiptNo: e.receiptNo },
      });
    });

    // whoever may read a request (its requester, its project's desk, its technician) sees the photos attached to it
    this.uploads.allow(async (p, uploadId) => (await this.repo.attachedRequests(uploadId)).some((r) => mayReadRequest(p, r)));
  }
}
