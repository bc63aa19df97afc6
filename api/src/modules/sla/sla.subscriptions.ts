import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../events/event-bus.js';
import { SlaService } from './sla.service.js';

/** What SLA does when other modules announce something. */
@Injectable()
export class SlaSubscriptions implements OnModuleInit {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(SlaService) private readonly sla: SlaService,
  ) {}

  onModuleInit(): void {
    // a request's first promises and every move's clock effects, in the same transaction
    this.events.on('request.filed', (em, e) =>
      this.sla.startFirst(
        em,
        { requestId: e.requestId, projectId: e.projectId, cycle: 0, urgency: e.urgency, at: e.at },
        e.clocks,
      ),
    );
    this.events.on('request.moved', (em, e) =>
      this.sla.apply(
        em,
        { requestId: e.requestId, projectId: e.projectId, cycle: e.cycle, urgency: e.urgency, at: e.at },
        e.clocks,
      ),
    );
    // a project's zone and code are part of its cached settings
    this.events.afterCommit('project.updated', (e) => this.sla.invalidateSettings(e.projectId));
  }
}
