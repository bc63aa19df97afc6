/**
 * Names for the API shapes the app uses, all derived from the generated OpenAPI types through request.ts
 * (never hand-copied).
 */
import type { ResponseOf } from './request';

export type TokenPair = ResponseOf<'/auth/refresh', 'post'>;
export type Me = ResponseOf<'/auth/me', 'get'>;
export type DirectoryProject = ResponseOf<'/directory/projects', 'get'>[number];
export type DirectoryBuilding = ResponseOf<'/directory/projects/{id}/buildings', 'get'>[number];
export type DirectoryRoom = ResponseOf<'/directory/buildings/{id}/rooms', 'get'>[number];
export type MyBinding = ResponseOf<'/me/bindings', 'get'>[number];
export type MyRoom = ResponseOf<'/me/rooms', 'get'>[number];
export type MyRoomDetail = ResponseOf<'/me/rooms/{roomId}', 'get'>;
export type Occupant = MyRoomDetail['occupants'][number];
export type Vehicle = ResponseOf<'/me/vehicles', 'get'>[number];
