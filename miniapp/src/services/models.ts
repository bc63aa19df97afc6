/**
 * Names for the API shapes the app uses, all derived from the generated OpenAPI types through request.ts
 * (never hand-copied).
 */
import type { RequestBodyOf, ResponseOf } from './request';

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
export type RepairCategory = ResponseOf<'/directory/projects/{id}/repair-categories', 'get'>[number];
export type RequestSummary = ResponseOf<'/me/service-requests', 'get'>[number];
export type RequestDetail = ResponseOf<'/me/service-requests/{id}', 'get'>;
export type TimelineEvent = RequestDetail['events'][number];
export type MyNotice = ResponseOf<'/me/announcements', 'get'>['items'][number];
export type MyActivity = ResponseOf<'/me/activities', 'get'>['items'][number];
export type MyActivityDetail = ResponseOf<'/me/activities/{id}', 'get'>;
export type MySurvey = ResponseOf<'/me/surveys', 'get'>[number];
export type MyWorkReport = ResponseOf<'/me/work-reports', 'get'>['items'][number];
export type Photo = RequestDetail['photos'][number];
export type TechStats = ResponseOf<'/tech/stats', 'get'>;
export type ActionBody = RequestBodyOf<'/service-requests/{id}/actions/{action}', 'post'>;
export type Material = NonNullable<ActionBody['materials']>[number];
export type MyBills = ResponseOf<'/me/bills', 'get'>;
export type Bill = MyBills['items'][number];
export type Receipt = ResponseOf<'/receipts/{id}', 'get'>;
export type RecordedTimes = RequestDetail['times'];
export type MyInvoiceRequest = ResponseOf<'/me/invoice-requests', 'get'>['items'][number];
export type InvoiceableBill = ResponseOf<'/me/invoice-requests/bills', 'get'>['items'][number];
