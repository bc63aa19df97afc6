import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { EventBus } from '../events/event-bus.js';
import { isDeadlock } from './errors.js';
import { transactionRetried } from './transactions.js';

/** A driver's error as TypeORM hands it on: a QueryFailedError carrying mysql2's code and errno. */
const driverError = (code: string, errno: number) => Object.assign(new Error(code), { driverError: { code, errno } });

/** On a real (embedded) database: a deadlock's victim is undone, then run again; anything else is not. */
describe('a transaction a deadlock rolled back is run again', () => {
  const ds = new DataSource({ type: 'sqljs', entities: [], synchronize: false });
  const rows = async () => (await ds.query('SELECT what FROM written ORDER BY what')).map((r: { what: string }) => r.what);
  let bus: EventBus;
  beforeAll(async () => {
    await ds.initialize();
    await ds.query('CREATE TABLE written (what varchar(40))');
    bus = new EventBus(ds);
  });
  beforeEach(async () => ds.query('DELETE FROM written'));
  afterAll(async () => ds.destroy());

  it('MariaDB’s two ways of saying so (ER_LOCK_DEADLOCK, and ER_AUTOINC_READ_FAILED met on an AUTO-INC lock) are deadlocks; a duplicate is not', () => {
    expect(isDeadlock(driverError('ER_LOCK_DEADLOCK', 1213))).toBe(true);
    expect(isDeadlock(driverError('ER_AUTOINC_READ_FAILED', 1467))).toBe(true);
    expect(isDeadlock(driverError('ER_DUP_ENTRY', 1062))).toBe(false);
    expect(isDeadlock(new Error('余额不足'))).toBe(false);
  });

  it('the first attempt’s writes and after-commit work are undone; the second attempt commits once', async () => {
    let runs = 0;
    const after: string[] = [];
    bus.afterCommit('project.updated', (e) => void after.push(`after:${e.projectId}`));
    const answer = await transactionRetried(ds, async (em) => {
      runs++;
      await em.query('INSERT INTO written (what) VALUES (?)', [`run${runs}`]);
      await bus.publish(em, 'project.updated', { projectId: runs } as never);
      if (runs === 1) throw driverError('ER_AUTOINC_READ_FAILED', 1467);
      return 'done';
    });
    expect(answer).toBe('done');
    expect(runs).toBe(2);
    expect(await rows()).toEqual(['run2']);
    expect(after).toEqual(['after:2']);
  });

  it('any other error is thrown at once, and a deadlock every time gives up after the last attempt', async () => {
    let runs = 0;
    await expect(
      transactionRetried(ds, async (em) => {
        runs++;
        await em.query("INSERT INTO written (what) VALUES ('x')");
        throw new Error('该工单已被他人接单');
      }),
    ).rejects.toThrow('该工单已被他人接单');
    expect(runs).toBe(1);
    runs = 0;
    await expect(
      transactionRetried(
        ds,
        async () => {
          runs++;
          throw driverError('ER_LOCK_DEADLOCK', 1213);
        },
        3,
      ),
    ).rejects.toThrow('ER_LOCK_DEADLOCK');
    expect(runs).toBe(3);
    expect(await rows()).toEqual([]);
  });
});
