import { Inject, Injectable } from '@nestjs/common';
import { badRequest } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import type { GatePlatesDto, GateQuery } from './parking.dto.js';
import { ParkingRepository } from './parking.repository.js';
import { ParkingProjects } from './settings.js';

const plusDays = (d: string, n: number) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
const CSV_HEAD = ['车牌', '车位', '区域', '停车卡', '生效日期', '到期日期', '宽限至', '可通行', '更新时间'];
const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The car-park gate system's list of plates (no gate hardware assumed): each rental with a card, its
 * space, its validity (the term, and for a rented space the project's grace days after it), and whether it
 * may pass today; as JSON or CSV. With `since`, the change feed: every rental changed since then, ended
 * ones included (valid false), so the gate can add and drop plates; `generatedAt` is the next `since`
 * (at least once: a change at that very instant comes again).
 */
@Injectable()
export class ParkingGate {
  constructor(
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(ParkingProjects) private readonly projects: ParkingProjects,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async plates(p: Principal, q: GateQuery): Promise<GatePlatesDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const now = this.clock.now();
    const since = q.since ? new Date(q.since) : null;
    if (since && since > now) throw badRequest('起始时间不能晚于现在');
    const project = await this.projects.of(q.projectId);
    const today = project.today(now);
    const rows = await this.repo.gateRentals(q.projectId, since);
    const spaces = await this.repo.spacesByIds(rows.map((a) => a.spaceId).filter((x): x is number => x !== null));
    const areas = await this.repo.areasByIds([...new Set(spaces.map((s) => s.areaId))]);
    return {
      generatedAt: now.toISOString(),
      since: since?.toISOString() ?? null,
      items: rows.map((a) => {
        const s = spaces.find((x) => x.id === a.spaceId);
        const graceUntil = a.endOn && a.kind !== 'vip' ? plusDays(a.endOn, project.settings.graceDays) : a.endOn;
        return {
          plate: a.plate,
          spaceNo: s?.no ?? '',
          areaName: areas.find((x) => x.id === s?.areaId)?.name ?? '',
          cardNo: a.cardNo,
          validFrom: a.startOn,
          validTo: a.endOn,
          graceUntil,
          valid: a.status === 'active' && (!a.startOn || a.startOn <= today) && (!graceUntil || today <= graceUntil),
          updatedAt: new Date(a.updatedAt).toISOString(),
        };
      }),
    };
  }

  /** The same list as CSV (UTF-8 with BOM, so Excel opens the Chinese header). */
  async csv(p: Principal, q: GateQuery): Promise<string> {
    const d = await this.plates(p, q);
    const lines = [
      CSV_HEAD.join(','),
      ...d.items.map((x) =>
        [
          x.plate,
          x.spaceNo,
          x.areaName,
          x.cardNo ?? '',
          x.validFrom ?? '',
          x.validTo ?? '',
          x.graceUntil ?? '',
          x.valid ? '是' : '否',
          x.updatedAt,
        ]
          .map(cell)
          .join(','),
      ),
    ];
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }
}
