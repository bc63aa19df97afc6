import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../events/event-bus.js';
import { PeopleRepository } from './people.repository.js';

/** What the owner records do when others announce something. */
@Injectable()
export class PeopleSubscriptions implements OnModuleInit {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(PeopleRepository) private readonly repo: PeopleRepository,
  ) {}

  onModuleInit(): void {
    // R-OWN-01 / R-PRK-03 the vehicle's record carries its rented space and parking contract
    this.events.on('parking.rented', (em, e) =>
      this.repo.recordParking(em, {
        projectId: e.projectId,
        personId: e.personId,
        roomId: e.roomId,
        plate: e.plate,
        spaceNo: e.spaceNo,
        contractNo: e.contractNo,
        at: e.at,
      }),
    );
    // R-MOV-02 the keys handed over: the buyer is the room's owner of record
    this.events.on('movein.completed', (em, e) =>
      this.repo.recordMoveInOwner(em, {
        projectId: e.projectId,
        roomId: e.roomId,
        name: e.buyerName,
        phoneEnc: e.buyerPhoneEnc,
        phoneHash: e.buyerPhoneHash,
        staffId: e.actor.id,
        at: e.at,
      }),
    );
    this.events.on('parking.ended', (em, e) =>
      this.repo.recordParking(em, {
        projectId: e.projectId,
        personId: e.personId,
        roomId: 0,
        plate: e.plate,
        spaceNo: null,
        contractNo: null,
        at: e.at,
      }),
    );
  }
}
