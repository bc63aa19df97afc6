/**
 * Friendly names for the API's schema types, generated from the API's OpenAPI document
 * (`@wy/shared/api`, never copied by hand).
 */
import type { components } from '@wy/shared/api';

type S = components['schemas'];
export type Me = S['MeDto'];
export type TokenPair = S['TokenPairDto'];
export type Project = S['ProjectDto'];
export type Cluster = S['ClusterDto'];
export type Building = S['BuildingDto'];
export type Room = S['RoomDto'];
export type RoomDetail = S['RoomDetailDto'];
export type Occupant = S['OccupantDto'];
export type HouseholdEvent = S['HouseholdEventDto'];
export type ImportResult = S['ImportResultDto'];
export type PersonSummary = S['PersonSummaryDto'];
export type PersonDetail = S['PersonDetailDto'];
export type PersonRoom = S['PersonRoomDto'];
export type Binding = S['BindingDto'];
export type Vehicle = S['VehicleDto'];
export type StaffMember = S['StaffMemberDto'];
export type Reveal = S['RevealDto'];
export type CreateRoom = S['CreateRoomDto'];
export type UpdateRoom = S['UpdateRoomDto'];
export type CreateOwner = S['CreateOwnerDto'];
export type UpdateOwner = S['UpdateOwnerDto'];
export type CreateVehicle = S['CreateVehicleDto'];
export type CreateStaff = S['CreateStaffDto'];
export type UpdateStaff = S['UpdateStaffDto'];
export type CreateProject = S['CreateProjectDto'];
export type UpdateProject = S['UpdateProjectDto'];
export type CreateCluster = S['CreateClusterDto'];
export type CreateBuilding = S['CreateBuildingDto'];
export type UpdateBuilding = S['UpdateBuildingDto'];

/* service requests / repairs */
export type RequestSummary = S['RequestSummaryDto'];
export type RequestDetail = S['RequestDetailDto'];
export type RequestPage = S['RequestPageDto'];
export type ActionBody = S['ActionDto'];
export type Material = S['MaterialDto'];
export type RepairCategory = S['RepairCategoryDto'];
export type CreateRequest = S['CreateRequestDto'];
export type LinkReport = S['LinkReportDto'];
export type CallbackItem = S['CallbackItemDto'];
export type DutyEntry = S['DutyEntryDto'];
export type ShiftHandoverList = S['ShiftHandoverListDto'];
export type Technician = S['TechnicianDto'];
export type TimelineEvent = S['TimelineEventDto'];
export type Clock = S['ClockDto'];
export type Photo = S['PhotoDto'];
export type Notification = S['NotificationDto'];
export type Uploaded = S['UploadedDto'];
export type UploadBody = S['UploadDto'];
export type RecordedTimes = S['RecordedTimesDto'];
export type DeskCounts = S['DeskCountsDto'];
export type RepairKpis = S['RepairKpisDto'];

/* repair catalogue (R-REP-02) and dispatch rota (R-REP-04) */
export type CatalogueItem = S['CatalogueItemDto'];
export type CreateCatalogueItem = S['CreateCategoryDto'];
export type UpdateCatalogueItem = S['UpdateCategoryDto'];

/* bills, desk payments and receipts (R-FEE-02) */
export type Bill = S['BillDto'];
export type BillPage = S['BillPageDto'];
export type DeskPayment = S['DeskPaymentDto'];
export type Receipt = S['ReceiptDto'];
export type PaymentRow = S['PaymentRowDto'];
/* R-FEE-06 cash handover (交款单) */
export type PendingHandover = S['CashPendingHandoverDto'];
export type Handover = S['CashHandoverDto'];
export type HandoverDetail = S['CashHandoverDetailDto'];
export type HandoverPage = S['CashHandoverPageDto'];

/* SLA settings and extensions */
export type SlaDuration = S['SlaDurationDto'];
export type RepairSla = S['RepairSlaDto'];
export type SlaSettings = S['SlaSettingsDto'];
export type PutSlaSettings = S['PutSlaSettingsDto'];
export type RequestExtension = S['RequestExtensionDto'];
export type Extension = S['ExtensionDto'];
export type Decide = S['DecideDto'];
export type Refund = S['RefundDto'];
export type Adjustment = S['AdjustmentDto'];
export type ReconDay = S['ReconDayDto'];
export type ReconDiff = S['ReconDiffDto'];
export type InvoiceRequest = S['InvoiceRequestDto'];
/* R-ARR-* arrears collection (欠费催缴) */
export type ArrearsRow = S['ArrearsRowDto'];
export type ArrearsAction = S['ArrearsActionDto'];
export type RoomArrears = S['RoomArrearsDto'];
export type NoticeBatch = S['NoticeBatchDto'];
