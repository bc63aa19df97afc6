import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { can, inScope } from '@wy/shared';
import { EventBus } from '../../events/event-bus.js';
import { Jobs } from '../../infra/jobs.js';
import { UploadAccess } from '../uploads/upload-access.js';
import { ParkingRepository } from './parking.repository.js';
import { ParkingReminders } from './reminders.js';
import { ParkingRent } from './rent.service.js';

/** What parking does when others announce something, what it lets read, and its periodic job. */
@Injectable()
export class ParkingSubscriptions implements OnModuleInit {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(UploadAccess) private readonly uploads: UploadAccess,
    @Inject(Jobs) private readonly jobs: Jobs,
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(ParkingRent) private readonly rent: ParkingRent,
    @Inject(ParkingReminders) private readonly reminders: ParkingReminders,
  ) {}

  onModuleInit(): void {
    // R-PRK-03 a paid rent bill (desk or verified online payment) issues the card, in the payment's transaction
    this.events.on('bill.paid', (em, e) => this.rent.onPaid(em, e));
    // document photos: the applicant and the project's parking desk read them
    this.uploads.allow(async (p, uploadId) =>
      (await this.repo.photoHolders(uploadId)).some((h) =>
        p.kind === 'owner' ? h.personId === p.id : can(p.roles, 'parking.desk') && inScope(p.scope, h.projectId),
      ),
    );
    this.jobs.register('parking-sweep', 60, () => this.rent.sweep());
    // renewal reminders before the outbox (order 20) drains, so they go out in the same round
    this.jobs.register('parking-reminders', 15, () => this.reminders.run());
  }
}
