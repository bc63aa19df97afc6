import { describe, expect, it } from 'vitest';
import {
  ANNOUNCEMENT_ACTIONS,
  ANNOUNCEMENT_KINDS,
  ANNOUNCEMENT_KIND_LABELS,
  announcementListStatus,
  announcementMayTake,
  can,
} from '../src/index.js';

describe('社区公告 rules (R-ACT-04)', () => {
  it('R-ACT-04 a draft is submitted, a pending one approved or sent back, a published one only withdrawn, a withdrawn one drafted again', () => {
    const allowed = (s: Parameters<typeof announcementMayTake>[0]) =>
      ANNOUNCEMENT_ACTIONS.filter((a) => announcementMayTake(s, a));
    expect(allowed('draft')).toEqual(['submit']);
    expect(allowed('pending')).toEqual(['approve', 'reject']);
    expect(allowed('published')).toEqual(['withdraw']);
    expect(allowed('withdrawn')).toEqual(['redraft']);
  });

  it('R-ACT-04 a published announcement reads 已过期 from its end on (the caller gives now); others keep their state', () => {
    const now = new Date('2026-11-23T02:00:00Z');
    expect(announcementListStatus('published', '2026-11-23T02:00:00Z', now)).toBe('expired');
    expect(announcementListStatus('published', '2026-11-23T02:00:01Z', now)).toBe('published');
    expect(announcementListStatus('published', null, now)).toBe('published');
    expect(announcementListStatus('withdrawn', '2026-11-01T00:00:00Z', now)).toBe('withdrawn');
  });

  it('R-ACT-04 the desk drafts; only the manager and head office approve; a technician does neither', () => {
    expect(can(['service_clerk'], 'announcement.write')).toBe(true);
    expect(can(['service_clerk'], 'announcement.approve')).toBe(false);
    expect(can(['project_manager'], 'announcement.approve')).toBe(true);
    expect(can(['head_office'], 'announcement.approve')).toBe(true);
    expect(can(['technician'], 'announcement.write')).toBe(false);
    expect(ANNOUNCEMENT_KINDS.map((k) => ANNOUNCEMENT_KIND_LABELS[k])).toEqual(['通知公告', '温馨提示', '停水停电', '社区活动']);
  });
});
