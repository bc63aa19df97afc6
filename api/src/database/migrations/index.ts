// Migrations are generated per dialect from the entities (npm run gen:migration -w api NAME)
// and committed; synchronize stays off. A test checks that, after them, the schema has no diff.
import type { MigrationInterface } from 'typeorm';
import { InitSqlite1795461490231 } from './1795461490231-Init.sqlite.js';
import { InitMysql1795461490231 } from './1795461490231-Init.mysql.js';
import { ServiceRequestsSqlite1795463709942 } from './1795463709942-ServiceRequests.sqlite.js';
import { ServiceRequestsMysql1795463709942 } from './1795463709942-ServiceRequests.mysql.js';
import { RepairsBillingSqlite1796156456655 } from './1796156456655-RepairsBilling.sqlite.js';
import { RepairsBillingMysql1796156456655 } from './1796156456655-RepairsBilling.mysql.js';
import { DailyCounterSqlite1796160033152 } from './1796160033152-DailyCounter.sqlite.js';
import { DailyCounterMysql1796160033152 } from './1796160033152-DailyCounter.mysql.js';
import { OwnerSatisfactionSqlite1796506418974 } from './1796506418974-OwnerSatisfaction.sqlite.js';
import { OwnerSatisfactionMysql1796506418974 } from './1796506418974-OwnerSatisfaction.mysql.js';
import { SharedLimitsSqlite1796508062379 } from './1796508062379-SharedLimits.sqlite.js';
import { SharedLimitsMysql1796508062379 } from './1796508062379-SharedLimits.mysql.js';
import { TimelineAudienceSqlite1796508999962 } from './1796508999962-TimelineAudience.sqlite.js';
import { TimelineAudienceMysql1796508999962 } from './1796508999962-TimelineAudience.mysql.js';
import { UploadsAttachedSqlite1796513636058 } from './1796513636058-UploadsAttached.sqlite.js';
import { UploadsAttachedMysql1796513636058 } from './1796513636058-UploadsAttached.mysql.js';
import { ComplaintsSqlite1796519379504 } from './1796519379504-Complaints.sqlite.js';
import { ComplaintsMysql1796519379504 } from './1796519379504-Complaints.mysql.js';
import { FeeItemsBillRunSqlite1796519101173 } from './1796519101173-FeeItemsBillRun.sqlite.js';
import { FeeItemsBillRunMysql1796519101173 } from './1796519101173-FeeItemsBillRun.mysql.js';
import { SharedStateSqlite1796520315674 } from './1796520315674-SharedState.sqlite.js';
import { SharedStateMysql1796520315674 } from './1796520315674-SharedState.mysql.js';
import { WechatPayOrdersSqlite1796521534485 } from './1796521534485-WechatPayOrders.sqlite.js';
import { WechatPayOrdersMysql1796521534485 } from './1796521534485-WechatPayOrders.mysql.js';
import { RepairPrintCountersignSqlite1796524136143 } from './1796524136143-RepairPrintCountersign.sqlite.js';
import { RepairPrintCountersignMysql1796524136143 } from './1796524136143-RepairPrintCountersign.mysql.js';
import { EnquiriesFaqSqlite1796530154783 } from './1796530154783-EnquiriesFaq.sqlite.js';
import { EnquiriesFaqMysql1796530154783 } from './1796530154783-EnquiriesFaq.mysql.js';
import { ParkingSqlite1796530666350 } from './1796530666350-Parking.sqlite.js';
import { ParkingMysql1796530666350 } from './1796530666350-Parking.mysql.js';
import { FollowUpsSqlite1796531341010 } from './1796531341010-FollowUps.sqlite.js';
import { FollowUpsMysql1796531341010 } from './1796531341010-FollowUps.mysql.js';
import { ComplaintRulesJointSqlite1796532192676 } from './1796532192676-ComplaintRulesJoint.sqlite.js';
import { ComplaintRulesJointMysql1796532192676 } from './1796532192676-ComplaintRulesJoint.mysql.js';
import { ComplaintWeeklyReviewBreachSqlite1796541028949 } from './1796541028949-ComplaintWeeklyReviewBreach.sqlite.js';
import { ComplaintWeeklyReviewBreachMysql1796541028949 } from './1796541028949-ComplaintWeeklyReviewBreach.mysql.js';
import { RepairContactSqlite1796542000000 } from './1796542000000-RepairContact.sqlite.js';
import { RepairContactMysql1796542000000 } from './1796542000000-RepairContact.mysql.js';
import { RefundsSqlite1796542086915 } from './1796542086915-Refunds.sqlite.js';
import { RefundsMysql1796542086915 } from './1796542086915-Refunds.mysql.js';
import { RepairIntakeKeySqlite1796543305049 } from './1796543305049-RepairIntakeKey.sqlite.js';
import { RepairIntakeKeyMysql1796543305049 } from './1796543305049-RepairIntakeKey.mysql.js';
import { ReconciliationSqlite1796544024575 } from './1796544024575-Reconciliation.sqlite.js';
import { ReconciliationMysql1796544024575 } from './1796544024575-Reconciliation.mysql.js';
import { ParkingLedgerIndexesSqlite1796544126703 } from './1796544126703-ParkingLedgerIndexes.sqlite.js';
import { ParkingLedgerIndexesMysql1796544126703 } from './1796544126703-ParkingLedgerIndexes.mysql.js';
import { ContactRoundsSqlite1796551396096 } from './1796551396096-ContactRounds.sqlite.js';
import { ContactRoundsMysql1796551396096 } from './1796551396096-ContactRounds.mysql.js';
import { RefundReconciliationSqlite1796551516768 } from './1796551516768-RefundReconciliation.sqlite.js';
import { RefundReconciliationMysql1796551516768 } from './1796551516768-RefundReconciliation.mysql.js';
import { PaymentRefundedSqlite1796553589754 } from './1796553589754-PaymentRefunded.sqlite.js';
import { PaymentRefundedMysql1796553589754 } from './1796553589754-PaymentRefunded.mysql.js';
import { CashHandoverSqlite1796557637369 } from './1796557637369-CashHandover.sqlite.js';
import { CashHandoverMysql1796557637369 } from './1796557637369-CashHandover.mysql.js';
import { InvoiceRequestsSqlite1796562867862 } from './1796562867862-InvoiceRequests.sqlite.js';
import { InvoiceRequestsMysql1796562867862 } from './1796562867862-InvoiceRequests.mysql.js';
import { BillAdjustmentsSqlite1796565184460 } from './1796565184460-BillAdjustments.sqlite.js';
import { BillAdjustmentsMysql1796565184460 } from './1796565184460-BillAdjustments.mysql.js';
import { HouseholdHistoryIndexesSqlite1796574968912 } from './1796574968912-HouseholdHistoryIndexes.sqlite.js';
import { HouseholdHistoryIndexesMysql1796574968912 } from './1796574968912-HouseholdHistoryIndexes.mysql.js';
import { PaymentTransactionIdSqlite1796576045913 } from './1796576045913-PaymentTransactionId.sqlite.js';
import { PaymentTransactionIdMysql1796576045913 } from './1796576045913-PaymentTransactionId.mysql.js';
import { InvoiceContactsEncryptedSqlite1796577242393 } from './1796577242393-InvoiceContactsEncrypted.sqlite.js';
import { InvoiceContactsEncryptedMysql1796577242393 } from './1796577242393-InvoiceContactsEncrypted.mysql.js';
import { AnnouncementsSqlite1796583900889 } from './1796583900889-Announcements.sqlite.js';
import { AnnouncementsMysql1796583900889 } from './1796583900889-Announcements.mysql.js';
import { PassesSqlite1796584054071 } from './1796584054071-Passes.sqlite.js';
import { PassesMysql1796584054071 } from './1796584054071-Passes.mysql.js';
import { ArrearsSqlite1796584269468 } from './1796584269468-Arrears.sqlite.js';
import { ArrearsMysql1796584269468 } from './1796584269468-Arrears.mysql.js';
import { MoveInSqlite1796596673971 } from './1796596673971-MoveIn.sqlite.js';
import { MoveInMysql1796596673971 } from './1796596673971-MoveIn.mysql.js';
import { ActivitiesSurveysSqlite1796596755484 } from './1796596755484-ActivitiesSurveys.sqlite.js';
import { ActivitiesSurveysMysql1796596755484 } from './1796596755484-ActivitiesSurveys.mysql.js';
import { MoveInBookingSqlite1796600171874 } from './1796600171874-MoveInBooking.sqlite.js';
import { MoveInBookingMysql1796600171874 } from './1796600171874-MoveInBooking.mysql.js';
import { RenovationSqlite1796600200000 } from './1796600200000-Renovation.sqlite.js';
import { RenovationMysql1796600200000 } from './1796600200000-Renovation.mysql.js';
import { WorkReportsSqlite1796597955288 } from './1796597955288-WorkReports.sqlite.js';
import { WorkReportsMysql1796597955288 } from './1796597955288-WorkReports.mysql.js';
import { VisitorsRelationsSqlite1796606753499 } from './1796606753499-VisitorsRelations.sqlite.js';
import { VisitorsRelationsMysql1796606753499 } from './1796606753499-VisitorsRelations.mysql.js';
import { RenovationAfterSqlite1796606666513 } from './1796606666513-RenovationAfter.sqlite.js';
import { RenovationAfterMysql1796606666513 } from './1796606666513-RenovationAfter.mysql.js';
import { OwnerRecordsSqlite1796618708300 } from './1796618708300-OwnerRecords.sqlite.js';
import { OwnerRecordsMysql1796618708300 } from './1796618708300-OwnerRecords.mysql.js';
// migrations-imports

type MigrationClass = new () => MigrationInterface;
export const MYSQL_MIGRATIONS: MigrationClass[] = [
  InitMysql1795461490231,
  ServiceRequestsMysql1795463709942,
  RepairsBillingMysql1796156456655,
  DailyCounterMysql1796160033152,
  OwnerSatisfactionMysql1796506418974,
  SharedLimitsMysql1796508062379,
  TimelineAudienceMysql1796508999962,
  UploadsAttachedMysql1796513636058,
  ComplaintsMysql1796519379504,
  FeeItemsBillRunMysql1796519101173,
  SharedStateMysql1796520315674,
  WechatPayOrdersMysql1796521534485,
  RepairPrintCountersignMysql1796524136143,
  EnquiriesFaqMysql1796530154783,
  ParkingMysql1796530666350,
  FollowUpsMysql1796531341010,
  ComplaintRulesJointMysql1796532192676,
  ComplaintWeeklyReviewBreachMysql1796541028949,
  RepairContactMysql1796542000000,
  RefundsMysql1796542086915,
  RepairIntakeKeyMysql1796543305049,
  ReconciliationMysql1796544024575,
  ParkingLedgerIndexesMysql1796544126703,
  ContactRoundsMysql1796551396096,
  RefundReconciliationMysql1796551516768, PaymentRefundedMysql1796553589754, CashHandoverMysql1796557637369, InvoiceRequestsMysql1796562867862, BillAdjustmentsMysql1796565184460, HouseholdHistoryIndexesMysql1796574968912, PaymentTransactionIdMysql1796576045913, InvoiceContactsEncryptedMysql1796577242393, AnnouncementsMysql1796583900889, PassesMysql1796584054071, ArrearsMysql1796584269468, MoveInMysql1796596673971, ActivitiesSurveysMysql1796596755484, MoveInBookingMysql1796600171874, RenovationMysql1796600200000, WorkReportsMysql1796597955288, VisitorsRelationsMysql1796606753499, RenovationAfterMysql1796606666513, OwnerRecordsMysql1796618708300];
export const SQLITE_MIGRATIONS: MigrationClass[] = [
  InitSqlite1795461490231,
  ServiceRequestsSqlite1795463709942,
  RepairsBillingSqlite1796156456655,
  DailyCounterSqlite1796160033152,
  OwnerSatisfactionSqlite1796506418974,
  SharedLimitsSqlite1796508062379,
  TimelineAudienceSqlite1796508999962,
  UploadsAttachedSqlite1796513636058,
  ComplaintsSqlite1796519379504,
  FeeItemsBillRunSqlite1796519101173,
  SharedStateSqlite1796520315674,
  WechatPayOrdersSqlite1796521534485,
  RepairPrintCountersignSqlite1796524136143,
  EnquiriesFaqSqlite1796530154783,
  ParkingSqlite1796530666350,
  FollowUpsSqlite1796531341010,
  ComplaintRulesJointSqlite1796532192676,
  ComplaintWeeklyReviewBreachSqlite1796541028949,
  RepairContactSqlite1796542000000,
  RefundsSqlite1796542086915,
  RepairIntakeKeySqlite1796543305049,
  ReconciliationSqlite1796544024575,
  ParkingLedgerIndexesSqlite1796544126703,
  ContactRoundsSqlite1796551396096,
  RefundReconciliationSqlite1796551516768, PaymentRefundedSqlite1796553589754, CashHandoverSqlite1796557637369, InvoiceRequestsSqlite1796562867862, BillAdjustmentsSqlite1796565184460, HouseholdHistoryIndexesSqlite1796574968912, PaymentTransactionIdSqlite1796576045913, InvoiceContactsEncryptedSqlite1796577242393, AnnouncementsSqlite1796583900889, PassesSqlite1796584054071, ArrearsSqlite1796584269468, MoveInSqlite1796596673971, ActivitiesSurveysSqlite1796596755484, MoveInBookingSqlite1796600171874, RenovationSqlite1796600200000, WorkReportsSqlite1796597955288, VisitorsRelationsSqlite1796606753499, RenovationAfterSqlite1796606666513, OwnerRecordsSqlite1796618708300];
