import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { AnnouncementsController, MyAnnouncementsController } from './announcements.controller.js';
import { AnnouncementsRepository } from './announcements.repository.js';
import { AnnouncementDrafts } from './drafts.service.js';
import { AnnouncementMoves } from './moves.service.js';
import { AnnouncementReader } from './reading.service.js';

/**
 * 社区公告 (R-ACT-04: announcements and 温馨提示 reach owners in the mini-program; R-ACT-02 activities
 * announced in advance). How it works:
 * - The desk (`announcement.write`: 客服, 客服主管, 经理, 总部) drafts: title, kind (shared
 *   ANNOUNCEMENT_KINDS), plain-text body (shown as text, never as HTML), audience (the whole project or
 *   chosen buildings of it), urgent (首页's strip), pinned, valid from/to (to optional). A draft is edited
 *   freely and submitted for approval (提交审核).
 * - The manager or head office (`announcement.approve`) publishes it (审核发布) or sends it back with a
 *   reason (退回修改) — never one they drafted or submitted. One whose 截止时间 passed is not published.
 * - A published announcement is never edited: it is withdrawn with a reason (撤回) and may then be drafted
 *   again (重新编辑) and approved again. Past its 截止时间 it reads 已过期 (derived, not stored).
 * - Owners read the published ones within their validity, of the projects of rooms they hold, whose
 *   audience is the project or a building of one of their rooms; anything else answers 404. Opening one
 *   marks it read once per owner (a unique key); the console's detail shows how many owners read it.
 * Every step is audited (entity `announcement`). Reads rooms through PeopleLookup and buildings and
 * projects through OrgLookup; no events yet.
 */
@Module({
  imports: [AuditModule, OrgModule, PeopleModule],
  controllers: [AnnouncementsController, MyAnnouncementsController],
  providers: [AnnouncementsRepository, AnnouncementMoves, AnnouncementDrafts, AnnouncementReader],
  exports: [],
})
export class AnnouncementsModule {}
