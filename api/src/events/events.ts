/**
 * Every domain event, by name, with its payload: the contract between a publisher and its
 * subscribers. Any module may import this file (it lives outside modules/, so importing it is
 * no dependency on the publisher). Payloads are plain data: ids, codes, names, instants.
 */
import type { SlaClockKind } from '@wy/shared';

/** Who did it, as a timeline or a message names them. */
export interface EventActor {
  kind: 'staff' | 'owner';
  id: number;
  name: string;
  /** the HTTP request they act in (x-request-id), when they do: the messages the event causes carry it */
  rid?: string;
}

/**
 * One step of an owner-facing workflow's timeline (a parking application, a release pass …), written by that
 * module's timeline writer in the step's transaction: owner words and the centre's notes kept apart.
 */
export interface TimelineStep<Actor = EventActor> {
  actor: Actor;
  action: string;
  from: string;
  to: string;
  at: Date;
  /** the centre's note (staff only) */
  note: string | null;
  /** what the owner reads; null: the step is staff-only */
  ownerNote: string | null;
}

/**
 * A step's timeline row columns shared by every workflow's event table (放行条, 装修, 入伙, 车位申请): who did what,
 * the statuses, the notes cut to their columns, and the audience (owner when there are owner words, else staff).
 */
export function stepColumns(s: TimelineStep<{ kind: string; id: number | null; name: string }>) {
  return {
    at: s.at,
    actorKind: s.actor.kind,
    actorId: s.actor.id,
    actorName: s.actor.name.slice(0, 50),
    action: s.action,
    fromStatus: s.from || null,
    toStatus: s.to,
    note: s.note?.slice(0, 1000) ?? null,
    audience: s.ownerNote ? 'owner' : 'staff',
    ownerNote: s.ownerNote?.slice(0, 1000) ?? null,
  };
}

/** A timeline row as its event table stores it (`stepColumns`), as far as a reader's timeline needs it. */
interface StepRow {
  at: Date;
  action: string;
  actorKind: string;
  actorName: string;
  toStatus: string | null;
  note: string | null;
  audience: string;
  ownerNote: string | null;
}

/**
 * A workflow's timeline as its reader sees it: staff every step with the centre's notes and who did it; an owner
 * the owner-facing steps only, with the owner words, the centre's people named 服务中心.
 */
export function stepTimeline(rows: StepRow[], staff: boolean, labels: Record<string, string>) {
  return rows
    .filter((e) => staff || e.audience === 'owner')
    .map((e) => ({
      at: new Date(e.at).toISOString(),
      action: e.action,
      label: labels[e.action] ?? e.action,
      actorName: staff || e.actorKind === 'owner' ? e.actorName : '服务中心',
      toStatus: e.toStatus,
      note: staff ? e.note : e.ownerNote,
    }));
}

/**
 * What a move does to the request's SLA clocks, as data the sla module applies with the
 * project's own durations and calendar. Each op is on the event's cycle unless it names one.
 */
export type ClockOp =
  /** start a promise at `from`, due after the project's duration for `kind` (resolve: by urgency) unless `dueAt` is given; met at once when `metAt` is */
  | { op: 'start'; kind: SlaClockKind; from: Date; dueAt?: Date; metAt?: Date; cycle?: number }
  /**
   * a (re-)dispatch: a new round's promise of this kind starts at `from`; the previous round's, if running, ends
   * superseded (a breach stays one). `first`: the request's first dispatch, so there is no previous round to end
   */
  | { op: 'restart'; kind: SlaClockKind; from: Date; first?: boolean }
  /** the running promise of this kind ends superseded (a breach stays one) and none starts: the order went to the grab pool */
  | { op: 'supersede'; kind: SlaClockKind }
  /** the promise is kept now; `orElse`: refuse the whole move with this 409 message when it was not running */
  | { op: 'meet'; kind: SlaClockKind; cycle?: number; orElse?: string }
  /** stop promises that were neither kept nor broken (they leave the KPIs) */
  | { op: 'cancel'; kinds: readonly SlaClockKind[]; cycle?: number }
  /** a running promise gets a new due time (the required-by time given at dispatch) */
  | { op: 'setDue'; kind: SlaClockKind; dueAt: Date }
  /** every running promise of the cycle stands still (waiting for the owner) … */
  | { op: 'pause' }
  /** … and runs again, its due time moved by the time it stood still */
  | { op: 'resume' };

/** The request as every request event describes it. */
export interface RequestRef {
  requestId: number;
  projectId: number;
  type: string;
  code: string;
  categoryName: string;
  description: string;
  urgency: string;
  /** the owner who filed it, when they have a record (subscribe messages go to them) */
  requesterPersonId: number | null;
  /** in-home or public area; staff who raised it on patrol (R-REP-08 thanks only others for a public repair) */
  scope: string;
  requesterStaffId: number | null;
  /** the project's zone, for times written into messages */
  timeZone: string;
}

export interface DomainEvents {
  /** org: a project was created (in the creating transaction). */
  'project.created': { projectId: number; code: string };
  /** org: a project's details changed (its code or time zone may be among them). */
  'project.updated': { projectId: number };
  /** staff: an account's sign-in ended (archived, or its password set by a manager): its sessions end too. */
  'staff.access_revoked': { staffId: number; at: Date; reason: 'archived' | 'password_changed' };
  /** staff: what a signed-in staff member is allowed changed (name, roles, projects, archived or restored). */
  'staff.changed': { staffId: number; at: Date };
  /** people: an owner's record was archived (R-OWN-05): their sign-in ends with it. */
  'person.archived': { personId: number; at: Date };

  /** service requests: a request was filed (intake), in its transaction. */
  'request.filed': RequestRef & { requesterName: string; byOwner: boolean; actor: EventActor; at: Date; clocks: ClockOp[] };
  /** service requests: a request moved (an action was taken on it), in the move's transaction. */
  'request.moved': RequestRef & {
    action: string;
    from: string;
    to: string;
    /** the cycle the move was taken in (a reopen starts the next one) */
    cycle: number;
    actor: EventActor;
    at: Date;
    /** the staff member the move gave the order to (dispatch, transfer, grab), if any */
    assignedTo: number | null;
    clocks: ClockOp[];
  };
  /** service requests: a repair's work was finished (its fee, if paid, is owed by the room). */
  'repair.finished': {
    requestId: number;
    projectId: number;
    roomId: number | null;
    code: string;
    categoryName: string;
    chargeKind: string;
    feeFen: number | null;
    at: Date;
  };

  /** billing: a bill was paid (at the desk), in the payment's transaction. */
  'bill.paid': {
    billId: number;
    paymentId: number;
    projectId: number;
    sourceType: string;
    sourceId: number;
    amountFen: number;
    method: string;
    receiptNo: string;
    at: Date;
    cashier: EventActor;
  };

  /** complaints: a complaint was taken (desk or mini-program), in its transaction. */
  'complaint.filed': {
    complaintId: number;
    projectId: number;
    complainantPersonId: number | null;
    byOwner: boolean;
    actor: EventActor;
    at: Date;
    timeZone: string;
  };
  /** complaints: a step was taken on a complaint, in its transaction. */
  'complaint.moved': {
    complaintId: number;
    projectId: number;
    code: string | null;
    action: string;
    from: string;
    to: string;
    actor: EventActor;
    at: Date;
    /** the supervisor the step gave it to (forward), if any */
    assignedTo: number | null;
  };
  /** complaints: a class A complaint went to the project manager (R-CMP-08), in the step's transaction. */
  'complaint.escalated': { complaintId: number; projectId: number; code: string; problem: string; at: Date };
  /** complaints: the breach job found a promise past its due time (each once), in its own transaction. */
  'complaint.clock_breached': {
    clockId: number;
    complaintId: number;
    projectId: number;
    code: string | null;
    importance: string | null;
    /** the promise (ComplaintClockKind) */
    kind: string;
    handlerStaffId: number | null;
    dueAt: Date;
    timeZone: string;
  };
  /** complaints: compensation was promised within authority (R-CMP-13), in the step's transaction: the superior is told the same day. */
  'complaint.compensation_promised': {
    complaintId: number;
    projectId: number;
    code: string | null;
    amountFen: number;
    note: string;
    promisedBy: EventActor;
    promiserRoles: readonly string[];
    at: Date;
  };
  /** complaints: a joint complaint reached three people (R-CMP-14): escalated in writing to the company the same day. */
  'complaint.joint_escalated': {
    complaintId: number;
    projectId: number;
    code: string | null;
    count: number;
    report: string;
    at: Date;
  };

  /** enquiries: a suggestion or inquiry was taken (desk or mini-program), in its transaction. */
  'enquiry.filed': { enquiryId: number; projectId: number; type: string; byOwner: boolean; content: string; at: Date };
  /** enquiries: a suggestion went to its handler (R-SUG-01), in the step's transaction. */
  'enquiry.forwarded': { enquiryId: number; projectId: number; type: string; handlerStaffId: number; content: string; at: Date };
  /**
   * enquiries: a suggestion or inquiry was answered (R-SUG-02, R-INQ-01/03), in the step's transaction;
   * `faqEntryId` when the answer came from the FAQ (R-FAQ-03).
   */
  'enquiry.replied': {
    enquiryId: number;
    projectId: number;
    type: string;
    question: string;
    answer: string | null;
    outcome: string | null;
    faqEntryId: number | null;
    at: Date;
  };

  /**
   * payments: WeChat Pay said an order is paid — a verified notify or a signed query (R-PAY-01) — in the
   * transaction that marked the order paid, once per order (R-PAY-02). Billing credits its bills there.
   */
  'payment.verified': {
    orderId: number;
    outTradeNo: string;
    transactionId: string;
    projectId: number;
    personId: number;
    payerName: string;
    method: 'wechat_pay';
    /** each bill with what was charged for it (its amount and the late fee at ordering) */
    bills: { billId: number; amountFen: number; lateFeeFen: number }[];
    totalFen: number;
    at: Date;
  };

  /**
   * payments: a refund of a payment finished (R-PAY-04) — money went back — in the transaction that finished it,
   * once per refund. Invoice requests flag an invoiced bill for a red-letter reversal (红冲).
   */
  'payment.refunded': {
    refundId: number;
    paymentId: number;
    billId: number;
    projectId: number;
    amountFen: number;
    at: Date;
  };

  /**
   * billing (R-PAY-04): an adjustment of an unpaid bill is being approved, in its transaction (the bill's
   * row is held). A module holding a charge for the bill at its old amount refuses by throwing: payments
   * while the owner has an open WeChat Pay order for it.
   */
  'bill.adjusting': { billId: number; projectId: number; at: Date };

  /** invoices: finance recorded the invoice issued for an owner's request (开票申请), in its transaction. */
  'invoice.issued': {
    requestId: number;
    projectId: number;
    personId: number;
    invoiceNo: string;
    /** the invoice's date, YYYY-MM-DD in the project's zone */
    invoiceDate: string;
    title: string;
    at: Date;
    /** the project's zone (the message's time is written in it) */
    timeZone: string;
    /** the HTTP request that issued it (x-request-id): the owner's message carries it */
    rid?: string;
  };

  /** parking: a step was taken on a parking application, in its transaction. */
  'parking.moved': {
    applicationId: number;
    projectId: number;
    personId: number;
    action: string;
    from: string;
    to: string;
    actor: EventActor;
    at: Date;
  };
  /**
   * parking (R-PRK-03, R-OWN-01): a rental's card was issued and its space is rented (or a renewal was
   * paid): the vehicle's record takes the space and the contract number. In the transaction.
   */
  'parking.rented': {
    applicationId: number;
    projectId: number;
    personId: number;
    roomId: number;
    plate: string;
    spaceNo: string;
    contractNo: string;
    cardNo: string;
    endOn: string;
    at: Date;
  };
  /** parking: a rental ended (given up or lapsed unpaid) and its space is free again. */
  'parking.ended': { applicationId: number; projectId: number; personId: number; plate: string; spaceNo: string; at: Date };

  /** visitors (R-PAS-05): a visitor was registered or invited, or a step was taken (confirmed, refused, in, left…), in its transaction. */
  'visitor.moved': {
    visitorId: number;
    projectId: number;
    roomId: number;
    /** the person visited */
    hostPersonId: number;
    action: string;
    from: string;
    to: string;
    actor: EventActor;
    at: Date;
  };
  /** release passes (R-PAS-01…03): a step was taken on a pass (applied, confirmed, issued, released…), in its transaction. */
  'pass.moved': {
    passId: number;
    projectId: number;
    /** the applicant (null: a walk-in pass made at the desk) */
    personId: number | null;
    code: string | null;
    action: string;
    from: string;
    to: string;
    actor: EventActor;
    at: Date;
  };

  /** move-in (R-MOV-02…05): a step was taken on a room's move-in (arrival, start, a desk step, a defect's move), in its transaction. */
  'movein.moved': {
    moveInId: number;
    projectId: number;
    roomId: number;
    action: string;
    from: string;
    to: string;
    actor: EventActor;
    at: Date;
  };

  /** renovation (R-REN-01…05): a step was taken on an application (applied, returned, reviewed, approved, permitted…), in its transaction. */
  'renovation.moved': {
    renovationId: number;
    projectId: number;
    /** the applicant (null: a walk-in application made at the desk) */
    personId: number | null;
    action: string;
    from: string;
    to: string;
    actor: EventActor;
    at: Date;
  };

  /**
   * move-in: the keys were handed over (R-MOV-02), in that transaction. people makes the buyer an approved owner
   * of the room if they are not yet (the phone as stored: encrypted, and its keyed hash).
   */
  'movein.completed': {
    moveInId: number;
    projectId: number;
    roomId: number;
    buyerName: string;
    buyerPhoneEnc: string;
    buyerPhoneHash: string;
    actor: EventActor;
    at: Date;
  };

  /** sla: the breach job marked a promise broken (once per clock), in its own transaction. */
  'sla.clock_breached': {
    clockId: number;
    requestId: number;
    projectId: number;
    kind: SlaClockKind;
    /** the due time in force (an approved extension counts) */
    dueAt: Date;
    timeZone: string;
  };
}

export type DomainEventName = keyof DomainEvents;
