/**
 * The SQL of the hot and tricky repository reads, committed in test/sql/*.sql (immich's habit): a
 * change to a query shows in review as a change to the snapshot. The statements are taken from the
 * data source's logger while each method runs on the embedded database with fixed arguments.
 * After changing a query on purpose: `UPDATE_SQL_SNAPSHOTS=1 npx vitest run test/sql-snapshots.spec.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BillingRepository } from '../src/modules/billing/billing.repository.js';
import { PeopleRepository } from '../src/modules/people/people.repository.js';
import { ServiceRequestRepository } from '../src/modules/service-requests/sr.repository.js';
import { SlaRepository } from '../src/modules/sla/sla.repository.js';
import { StaffRepository } from '../src/modules/staff/staff.repository.js';
import { startTestApp, type TestApp } from './harness.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'sql');
const NOW = new Date('2026-11-23T02:00:00Z');

describe('repository SQL snapshots (sqlite)', () => {
  let t: TestApp;
  let captured: string[] = [];
  beforeAll(async () => {
    t = await startTestApp('sqlite', { seed: false });
    const logger = t.ds.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      captured.push(query.replace(/\s+/g, ' ').trim());
      return original(query, parameters, runner);
    };
  });
  afterAll(async () => t?.close());

  /** Runs each read and writes down the statements it issued, under its name. */
  async function snapshot(file: string, reads: Record<string, () => Promise<unknown>>): Promise<void> {
    const out: string[] = [];
    for (const [name, read] of Object.entries(reads)) {
      captured = [];
      await read();
      out.push(`-- ${name}\n${captured.map((q) => q + ';').join('\n')}\n`);
    }
    const text = out.join('\n');
    const path = join(DIR, file);
    if (process.env.UPDATE_SQL_SNAPSHOTS === '1') {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(path, text);
    }
    expect(text).toBe(readFileSync(path, 'utf8'));
  }

  it('service requests: the desk list with every filter, duplicates, counts, briefs', async () => {
    const repo = t.app.get(ServiceRequestRepository);
    await snapshot('service-requests.sql', {
      'page(all filters, keyword)': () =>
        repo.page(
          {
            projectId: 1,
            status: 'received',
            categoryId: 2,
            assigneeId: 3,
            type: 'repair',
            stage: 'in_progress',
            inPool: true,
            overdue: true,
            keyword: 'BX101',
            limit: 20,
          },
          NOW,
        ),
      'duplicates(room)': () => repo.duplicates({ projectId: 1, categoryId: 2, roomId: 3 }),
      requestCounts: () => repo.requestCounts(1, NOW),
      briefs: () => repo.briefs([1, 2]),
      events: () => repo.events(1),
      'eventsWith(clocksPart) (every detail: its timeline and clocks in one statement)': () =>
        repo.eventsWith(1, t.app.get(SlaRepository).clocksPart(1, true)),
      'eventsWith(clocksPart, bill parts) (a paid repair’s detail: timeline, clocks and bill in one statement)': () =>
        repo.eventsWith(
          1,
          t.app.get(SlaRepository).clocksPart(1, true),
          ...t.app.get(BillingRepository).billsForSourcesParts('repair', [1]),
        ),
      'request (every move and detail)': () => repo.request(1),
      'category (every intake and move)': () => repo.category(1),
      'detailRow (every move, every detail)': () => repo.detailRow(1),
    });
  });

  it('sla: running clocks, the callback queue and its counts, the breach job', async () => {
    const repo = t.app.get(SlaRepository);
    await snapshot('sla.sql', {
      runningClocks: () => repo.runningClocks([1, 2]),
      'clocks (every detail)': () => repo.clocks(1),
      'runningClock (a clock met by a move)': () => repo.runningClock(1, 'dispatch', 0),
      'clocksWithExtensions (a staff detail)': () => repo.clocksWithExtensions(1),
      'meetClock (a move keeps a promise)': () => t.ds.transaction((em) => repo.meetClock(em, 1, 'dispatch', 0, NOW)),
      'callbacksDue(window)': () => repo.callbacksDue(1, { dueFrom: NOW, dueBefore: new Date(NOW.getTime() + 3600_000) }, 21),
      'callbacksDue(next page)': () => repo.callbacksDue(1, {}, 21, { due: NOW, id: 7 }),
      callbackCounts: () => repo.callbackCounts(1, NOW, 6 * 3600_000),
      markBreached: () => repo.markBreached('00000000-0000-0000-0000-000000000000', NOW),
    });
  });

  it('people and billing: bindings with room labels, room labels, an owner’s bills', async () => {
    const people = t.app.get(PeopleRepository);
    const billing = t.app.get(BillingRepository);
    await snapshot('people-billing.sql', {
      'PeopleRepository.bindingsOf': () => people.bindingsOf([1, 2], 1),
      'PeopleRepository.roomLabels': () => people.roomLabels([1, 2]),
      'PeopleRepository.boundInProject (a desk intake for a resident)': () => people.boundInProject(1, 1, 2),
      'PeopleRepository.ownerPage(room prefix, name)': () =>
        people.ownerPage({ projectId: 1, limit: 20 }, { roomPrefix: '101', name: '张' }),
      'BillingRepository.billsForPerson': () => billing.billsForPerson(1, 'unpaid'),
      'BillingRepository.billsForSourcesParts (a paid repair’s detail reads them with its timeline)': () =>
        billing.readParts(...billing.billsForSourcesParts('repair', [1])),
      'BillingRepository.billForSource (a repair’s finish)': () => billing.billForSource('repair', 1),
      'BillingRepository.paymentsForBills': () => billing.paymentsForBills([1, 2]),
      'StaffRepository.memberOfProject (a dispatch)': () => t.app.get(StaffRepository).memberOfProject(1, 2),
    });
  });
});
