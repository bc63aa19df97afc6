-- PeopleRepository.bindingsOf
SELECT "b"."id" AS id, "b"."project_id" AS projectId, "b"."room_id" AS roomId, "b"."person_id" AS personId, "b"."kind" AS kind, "b"."status" AS status, "b"."note" AS note, "b"."reject_reason" AS rejectReason, "b"."created_at" AS createdAt, "b"."reviewed_at" AS reviewedAt, "r"."property_code" AS propertyCode, "r"."room_no" AS roomNo, "r"."unit" AS unit, "r"."area" AS area, "r"."room_use" AS roomUse, "bd"."name" AS buildingName, "pj"."name" AS projectName, "pj"."service_phone" AS servicePhone, "pj"."timezone" AS timeZone, "p"."name" AS personName, "p"."phone_enc" AS phoneEnc FROM "room_binding" "b" INNER JOIN "room" "r" ON "r"."id" = "b"."room_id" INNER JOIN "building" "bd" ON "bd"."id" = "r"."building_id" INNER JOIN "project" "pj" ON "pj"."id" = "r"."project_id" INNER JOIN "person" "p" ON "p"."id" = "b"."person_id" WHERE "b"."person_id" IN (?, ?) AND "b"."project_id" = 1 ORDER BY "b"."id" ASC;

-- PeopleRepository.roomLabels
SELECT r.id AS id, r.project_id AS projectId, r.room_no AS roomNo, r.unit AS unit, r.property_code AS propertyCode, b.name AS buildingName FROM room r INNER JOIN building b ON b.id = r.building_id WHERE r.id IN (?, ?);

-- PeopleRepository.boundInProject (a desk intake for a resident)
SELECT p.is_key_customer AS k FROM room_binding b INNER JOIN person p ON p.id = b.person_id WHERE b.person_id = ? AND b.project_id = ? AND b.status = 'approved' AND b.room_id = ? LIMIT 1;

-- PeopleRepository.ownerPage(room prefix, name)
SELECT "p"."id" AS "p_id", "p"."name" AS "p_name", "p"."phone_enc" AS "p_phone_enc", "p"."phone_hash" AS "p_phone_hash", "p"."id_no_enc" AS "p_id_no_enc", "p"."id_no_hash" AS "p_id_no_hash", "p"."openid" AS "p_openid", "p"."unionid" AS "p_unionid", "p"."is_key_customer" AS "p_is_key_customer", "p"."note" AS "p_note", "p"."created_at" AS "p_created_at", "p"."updated_at" AS "p_updated_at", "p"."archived_at" AS "p_archived_at" FROM "person" "p" WHERE EXISTS (SELECT 1 FROM "room_binding" "b" WHERE "b"."person_id" = "p"."id" AND "b"."project_id" = 1 AND "b"."room_id" IN (SELECT r.id FROM room r WHERE r.project_id = 1 AND (r.property_code LIKE ? ESCAPE '!' OR r.room_no LIKE ? ESCAPE '!'))) AND "p"."name" LIKE ? ESCAPE '!' ORDER BY "p"."id" DESC LIMIT 21;

-- BillingRepository.billsForPerson
SELECT "b"."id" AS "b_id", "b"."project_id" AS "b_project_id", "b"."room_id" AS "b_room_id", "b"."kind" AS "b_kind", "b"."title" AS "b_title", "b"."source_type" AS "b_source_type", "b"."source_id" AS "b_source_id", "b"."fee_item_id" AS "b_fee_item_id", "b"."period" AS "b_period", "b"."due_on" AS "b_due_on", "b"."amount_fen" AS "b_amount_fen", "b"."status" AS "b_status", "b"."created_at" AS "b_created_at", "b"."paid_at" AS "b_paid_at", "b"."version" AS "b_version" FROM "bill" "b" WHERE "b"."room_id" IN (SELECT x.room_id FROM room_binding x WHERE x.person_id = 1 AND x.status = 'approved') AND "b"."status" <> 'void' AND "b"."status" = ? ORDER BY "b"."id" DESC LIMIT 200;

-- BillingRepository.billsForSources (a paid repair’s detail)
SELECT "id" AS "id", "project_id" AS "projectId", "room_id" AS "roomId", "kind" AS "kind", "title" AS "title", "source_type" AS "sourceType", "source_id" AS "sourceId", "fee_item_id" AS "feeItemId", "period" AS "period", "due_on" AS "dueOn", "amount_fen" AS "amountFen", "status" AS "status", "created_at" AS "createdAt", "paid_at" AS "paidAt", "version" AS "version" FROM "bill" WHERE source_type = ? AND source_id IN (?);

-- BillingRepository.billForSource (a repair’s finish)
SELECT "id" AS "id", "project_id" AS "projectId", "room_id" AS "roomId", "kind" AS "kind", "title" AS "title", "source_type" AS "sourceType", "source_id" AS "sourceId", "fee_item_id" AS "feeItemId", "period" AS "period", "due_on" AS "dueOn", "amount_fen" AS "amountFen", "status" AS "status", "created_at" AS "createdAt", "paid_at" AS "paidAt", "version" AS "version" FROM "bill" WHERE source_type = ? AND source_id = ? LIMIT 1;

-- BillingRepository.paymentsForBills
SELECT "id" AS "id", "project_id" AS "projectId", "bill_id" AS "billId", "method" AS "method", "amount_fen" AS "amountFen", "late_fee_fen" AS "lateFeeFen", "receipt_no" AS "receiptNo", "received_by_staff_id" AS "receivedByStaffId", "received_by_name" AS "receivedByName", "payer_name" AS "payerName", "at" AS "at", "note" AS "note", "transaction_id" AS "transactionId", "refunded_fen" AS "refundedFen", "refunded_at" AS "refundedAt", "handover_id" AS "handoverId" FROM "payment" WHERE bill_id IN (?, ?);

-- StaffRepository.memberOfProject (a dispatch)
SELECT s."id" AS "id", s."username" AS "username", s."name" AS "name", s."phone_enc" AS "phoneEnc", s."phone_hash" AS "phoneHash", s."password_hash" AS "passwordHash", s."roles" AS "roles", s."created_at" AS "createdAt", s."archived_at" AS "archivedAt" FROM staff s JOIN staff_project sp ON sp.staff_id = s.id AND sp.project_id = ? WHERE s.id = ?;
