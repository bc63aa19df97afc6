import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { RoomOccupancy } from '../org/room-occupancy.js';
import type { Person } from './entities.js';
import { PeopleRepository, roomLabel } from './people.repository.js';

/** A person's row as other modules read it. */
export type PersonRecord = Person;

/**
 * What other modules may ask of people (and the few writes they need): sign-in lookups and the
 * owner account a first sign-in creates (auth), room labels and occupancy (org, requests,
 * billing), an owner's WeChat openid (notifications). Owners and bindings are managed by
 * PeopleService and MeService.
 */
@Injectable()
export class PeopleLookup implements OnModuleInit {
  constructor(
    @Inject(PeopleRepository) private readonly repo: PeopleRepository,
    @Inject(RoomOccupancy) private readonly occupancy: RoomOccupancy,
  ) {}

  onModuleInit(): void {
    // the room list and sheet (org) show who lives there and their vehicles
    this.occupancy.provide({
      occupants: (roomIds, onlyApproved) => this.repo.occupants(roomIds, onlyApproved),
      vehicles: (roomId) => this.repo.vehicleDtos({ roomId }),
    });
  }

  // ---- sign-in ----
  personById(id: number): Promise<PersonRecord | null> {
    return this.repo.person(id);
  }
  personByOpenid(openid: string): Promise<PersonRecord | null> {
    return this.repo.personByOpenid(openid);
  }
  personByPhoneHash(phoneHash: string): Promise<PersonRecord | null> {
    return this.repo.personByPhoneHash(phoneHash);
  }
  /** A new owner account (first sign-in with WeChat or SMS). */
  async insertPerson(p: Omit<PersonRecord, 'id'>): Promise<PersonRecord> {
    return { ...p, id: await this.repo.insertPerson(p) };
  }
  updatePerson(id: number, patch: Partial<PersonRecord>): Promise<void> {
    return this.repo.updatePerson(id, patch);
  }
  hasBindings(personId: number): Promise<boolean> {
    return this.repo.hasBindings(personId);
  }
  moveOpenid(fromId: number, toId: number, openid: string, unionid: string | null, at: Date): Promise<void> {
    return this.repo.moveOpenid(fromId, toId, openid, unionid, at);
  }

  // ---- rooms and who lives there ----
  /** "A座 1203" labels (and property codes) of rooms, archived or not. */
  /** A room's label from its parts (as roomLabels writes it), for a view that read them in its own query. */
  roomLabelOf(parts: { buildingName: string; unit: string | null; roomNo: string }): string {
    return roomLabel(parts);
  }
  roomLabels(ids: number[]) {
    return this.repo.roomLabels(ids);
  }
  hasApprovedBinding(personId: number, roomId: number): Promise<boolean> {
    return this.repo.hasApprovedBinding(personId, roomId);
  }
  /** The person's approved binding to the room, if any. */
  approvedBinding(personId: number, roomId: number) {
    return this.repo.approvedBinding(personId, roomId);
  }
  /** The rooms the person is the approved owner of. */
  ownedRoomIds(personId: number): Promise<number[]> {
    return this.repo.ownedRoomIds(personId);
  }
  /** Is the person an approved occupant in the project (of this room when one is given)? */
  isBoundInProject(personId: number, projectId: number, roomId?: number | null): Promise<boolean> {
    return this.repo.isBoundInProject(personId, projectId, roomId ?? undefined);
  }
  /** `isBoundInProject`, with whether the person is a key customer (a request filed for them shows it); null when not bound. */
  boundInProject(personId: number, projectId: number, roomId?: number | null): Promise<{ keyCustomer: boolean } | null> {
    return this.repo.boundInProject(personId, projectId, roomId ?? undefined);
  }
  /** The rooms the person holds (approved bindings of rooms in use) with their project and building. */
  approvedRooms(personId: number): Promise<{ projectId: number; roomId: number; buildingId: number }[]> {
    return this.repo.approvedRooms(personId);
  }
  /** The approved occupants of a room (whom a visitor may come to see), with their binding kind. */
  async roomOccupants(roomId: number): Promise<{ personId: number; name: string; kind: string }[]> {
    const rows = await this.repo.occupants([roomId], true);
    return rows.map((r) => ({ personId: r.personId, name: String(r.name ?? ''), kind: String(r.kind) }));
  }
  /** Binding requests of the project waiting for review (the desk's count). */
  pendingBindings(projectId: number): Promise<number> {
    return this.repo.pendingBindings(projectId);
  }
  keyCustomers(ids: number[]): Promise<Set<number>> {
    return this.repo.keyCustomers(ids);
  }
}
