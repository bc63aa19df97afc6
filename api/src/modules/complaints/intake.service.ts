import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { formatLocal, needsAcknowledgment } from '@wy/shared';
import { badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { EventBus } from '../../events/event-bus.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { ComplaintClocks } from './clocks.js';
import type { ComplaintDetailDto, CreateComplaintDto, MyComplaintDto, MyCreateComplaintDto } from './complaints.dto.js';
import { ComplaintsRepository } from './complaints.repository.js';
import { Complaint } from './entities.js';
import { ComplaintMoves } from './moves.service.js';
import { ComplaintReader } from './reading.service.js';
import { ComplaintSettings, type ComplaintProjectSettings } from './settings.js';
import { ComplaintTimeline } from './timeline.js';

const JOIN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** R-CMP-14 the code a complainant gives neighbours to join the complaint (8 characters, no look-alikes). */
const newJoinCode = () => Array.from({ length: 8 }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join('');

interface IntakeInput {
  projectId: number;
  channel: string;
  roomId: number | null;
  complainantPersonId: number | null;
  complainantName: string;
  complainantPhone: string | null;
  problem: string;
  asks: string | null;
  askedBy: Date | null;
  receivedAt: Date;
  promisedAt: Date | null;
  immediate: string[] | null;
}

/**
 * Intake (R-CMP-05): the complainant, the problem, what they ask for, and the reply time they are
 * told; the immediate-action cases flagged (R-CMP-21). A complaint not made face to face owes an
 * acknowledgment within 2 days (R-CMP-06) — the mini-program's is automatic, at once. The desk may
 * review it in the same breath (its review is checked before anything is written).
 */
@Injectable()
export class ComplaintIntake {
  constructor(
    @Inject(ComplaintsRepository) private readonly repo: ComplaintsRepository,
    @Inject(ComplaintClocks) private readonly clocks: ComplaintClocks,
    @Inject(ComplaintTimeline) private readonly timeline: ComplaintTimeline,
    @Inject(ComplaintReader) private readonly reader: ComplaintReader,
    @Inject(ComplaintMoves) private readonly moves: ComplaintMoves,
    @Inject(ComplaintSettings) private readonly settings: ComplaintSettings,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async createByStaff(p: Principal, dto: CreateComplaintDto): Promise<ComplaintDetailDto> {
    ensureProjectInScope(p, dto.projectId, '项目');
    if (dto.roomId) {
      const room = await this.org.room(dto.roomId);
      if (!room || room.projectId !== dto.projectId) throw notFound('房屋');
    }
    if (dto.complainantPersonId && !(await this.people.isBoundInProject(dto.complainantPersonId, dto.projectId, dto.roomId)))
      throw badRequest('投诉人不是该房屋/项目已绑定的住户');
    const now = this.clock.now();
    const receivedAt = dto.receivedAt ? new Date(dto.receivedAt) : now;
    const input: IntakeInput = {
      projectId: dto.projectId,
      channel: dto.channel,
      roomId: dto.roomId ?? null,
      complainantPersonId: dto.complainantPersonId ?? null,
      complainantName: dto.complainantName,
      complainantPhone: dto.complainantPhone ?? null,
      problem: dto.problem,
      asks: dto.asks ?? null,
      askedBy: dto.askedBy ? new Date(dto.askedBy) : null,
      receivedAt,
      promisedAt: dto.promisedAt ? new Date(dto.promisedAt) : null,
      immediate: dto.immediate?.length ? [...new Set(dto.immediate)] : null,
    };
    const st = await this.settings.of(dto.projectId);
    const row = this.row(p, input, now, st.due(receivedAt, st.sla.promise));
    // the review given with the intake is checked first: a bad one files nothing
    const reviewInput = {
      valid: dto.valid,
      importance: dto.importance,
      category: dto.category,
      kind: dto.kind,
      classItemId: dto.classItemId,
      handlerStaffId: dto.handlerStaffId,
      note: dto.note,
    };
    const draft = Object.assign(new Complaint(), row, { id: 0 });
    const prepared = dto.review ? await this.moves.prepare(p, draft, 'review', reviewInput, st) : null;
    const id = await this.file(p, row, st, now);
    if (prepared) {
      draft.id = id;
      await this.moves.commit(prepared.ctx, 'review', prepared.out);
    }
    return this.reader.detail(p, id);
  }

  async createByOwner(p: Principal, dto: MyCreateComplaintDto): Promise<MyComplaintDto> {
    const binding = await this.people.approvedBinding(p.id, dto.roomId);
    if (!binding) throw notFound('房屋');
    const person = await this.people.personById(p.id);
    const now = this.clock.now();
    const st = await this.settings.of(binding.projectId);
    const row = this.row(
      p,
      {
        projectId: binding.projectId,
        channel: 'miniapp',
        roomId: dto.roomId,
        complainantPersonId: p.id,
        complainantName: person?.name ?? p.name,
        complainantPhone: this.pii.decrypt(person?.phoneEnc) ?? null,
        problem: dto.problem,
        asks: dto.asks ?? null,
        askedBy: dto.askedBy ? new Date(dto.askedBy) : null,
        receivedAt: now,
        promisedAt: null,
        immediate: null,
      },
      now,
      st.due(now, st.sla.promise),
    );
    const id = await this.file(p, row, st, now);
    return this.reader.myDetail(p, id);
  }

  private row(p: Principal, d: IntakeInput, now: Date, defaultPromise: Date): Omit<Complaint, 'id'> {
    if (d.receivedAt > now) throw badRequest('收到时间不能晚于现在');
    if (d.askedBy && d.askedBy <= d.receivedAt) throw badRequest('要求的处理时限必须晚于收到时间');
    if (d.promisedAt && d.promisedAt <= d.receivedAt) throw badRequest('告知的答复时间必须晚于收到时间');
    return {
      projectId: d.projectId,
      code: null,
      serial: null,
      codeHistory: null,
      importance: null,
      category: null,
      kind: null,
      classItemId: null,
      status: 'received',
      channel: d.channel,
      roomId: d.roomId,
      complainantPersonId: d.complainantPersonId,
      complainantName: d.complainantName,
      complainantPhoneEnc: this.pii.encrypt(d.complainantPhone),
      problem: d.problem,
      asks: d.asks,
      askedBy: d.askedBy,
      immediate: d.immediate,
      receivedAt: d.receivedAt,
      enteredAt: now,
      takerStaffId: p.kind === 'staff' ? p.id : null,
      promisedAt: d.promisedAt ?? defaultPromise,
      reviewedAt: null,
      reviewedBy: null,
      invalidReason: null,
      escalatedAt: null,
      handlerStaffId: null,
      handledAt: null,
      result: null,
      repliedAt: null,
      closedAt: null,
      satisfaction: null,
      cycle: 0,
      compensationFen: null,
      compensationNote: null,
      compensatedBy: null,
      compensatedAt: null,
      transferredTo: null,
      transferNote: null,
      transferredAt: null,
      identityCheckedAt: null,
      joinCode: newJoinCode(),
      jointCount: 1,
      companyReportedAt: null,
      version: 0,
      updatedAt: now,
    };
  }

  /** Files it: the row, the intake step (the complainant is told the reply time), the acknowledgment's clock. */
  private file(p: Principal, row: Omit<Complaint, 'id'>, st: ComplaintProjectSettings, now: Date): Promise<number> {
    const timeZone = st.calendar.timeZone;
    const actor = { kind: p.kind, id: p.id, name: p.name };
    return this.repo.transaction(async (em) => {
      const id = await this.repo.insert(em, row);
      const c = { id, projectId: row.projectId };
      const told = `已受理您的投诉，我们将于 ${formatLocal(row.promisedAt, timeZone)} 前答复您`;
      await this.timeline.write(em, {
        complaintId: id,
        projectId: row.projectId,
        actor,
        action: 'intake',
        from: null,
        to: 'received',
        at: now,
        note: `${row.complainantName}：${row.problem}${row.asks ? '；要求：' + row.asks : ''}`,
        ownerNote: told,
        data: row.immediate ? { immediate: row.immediate } : null,
      });
      if (needsAcknowledgment(row.channel)) {
        // R-CMP-06: within 2 days of receipt; the mini-program acknowledges automatically, at once
        const auto = p.kind === 'owner';
        await this.clocks.apply(
          em,
          c,
          0,
          [
            {
              op: 'start',
              kind: 'acknowledge',
              from: row.receivedAt,
              dueAt: st.due(row.receivedAt, st.sla.acknowledge),
              ...(auto ? { metAt: now } : {}),
            },
          ],
          now,
        );
        if (auto)
          await this.timeline.write(em, {
            complaintId: id,
            projectId: row.projectId,
            actor: { kind: 'staff', id: 0, name: '系统' },
            action: 'acknowledge',
            from: 'received',
            to: 'received',
            at: now,
            note: '自动回执',
            ownerNote: '服务中心已收到您的投诉，将跟踪处理并答复您',
          });
      }
      await this.events.publish(em, 'complaint.filed', {
        complaintId: id,
        projectId: row.projectId,
        complainantPersonId: row.complainantPersonId,
        byOwner: p.kind === 'owner',
        actor,
        at: now,
        timeZone,
      });
      return id;
    });
  }
}
