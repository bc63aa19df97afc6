import { Injectable } from '@nestjs/common';

/** An occupant of a room as the room sheet lists them (phone still encrypted). */
export interface RoomOccupant {
  bindingId: number;
  roomId: number;
  personId: number;
  kind: string;
  status: string;
  name: string;
  phoneEnc: string | null;
}
/** A vehicle registered to a room (people's VehicleDto). */
export interface RoomVehicle {
  id: number;
  projectId: number;
  personId: number;
  personName: string;
  roomId: number | null;
  roomLabel: string | null;
  plate: string;
  model: string | null;
  color: string | null;
  spaceNo: string | null;
}
export interface RoomOccupancySource {
  /** Approved and pending occupants of these rooms (approved only when asked). */
  occupants(roomIds: number[], onlyApproved?: boolean): Promise<RoomOccupant[]>;
  vehicles(roomId: number): Promise<RoomVehicle[]>;
}

/**
 * Who lives in a room is people's business, and people depends on org (bindings are to rooms),
 * so org does not import people: the people module hands its source in at start, and the room
 * list and sheet ask through here.
 */
@Injectable()
export class RoomOccupancy implements RoomOccupancySource {
  private source: RoomOccupancySource | null = null;

  provide(source: RoomOccupancySource): void {
    this.source = source;
  }
  private get from(): RoomOccupancySource {
    if (!this.source) throw new Error('room occupancy has no source: PeopleModule provides it');
    return this.source;
  }
  occupants(roomIds: number[], onlyApproved = false): Promise<RoomOccupant[]> {
    return this.from.occupants(roomIds, onlyApproved);
  }
  vehicles(roomId: number): Promise<RoomVehicle[]> {
    return this.from.vehicles(roomId);
  }
}
