import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { EventBus } from './event-bus.js';

/** The bus on a real (embedded) database: in-transaction handlers commit or roll back with the publisher. */
describe('domain event bus', () => {
  const ds = new DataSource({ type: 'sqljs', entities: [], synchronize: false });
  let bus: EventBus;
  const rows = async () => (await ds.query('SELECT what FROM written ORDER BY what')).map((r: { what: string }) => r.what);
  beforeAll(async () => {
    await ds.initialize();
    await ds.query('CREATE TABLE written (what varchar(40))');
    bus = new EventBus(ds);
    bus.on('project.created', async (em, e) => {
      await em.query('INSERT INTO written (what) VALUES (?)', [`handler:${e.code}`]);
      if (e.code === '999') throw new Error('handler refuses');
    });
  });
  afterAll(async () => ds.destroy());

  it('runs subscribers in the publisher’s transaction; after-commit handlers only once it commits', async () => {
    const committed: string[] = [];
    bus.afterCommit('project.updated', (e) => void committed.push(`after:${e.projectId}`));
    await ds.transaction(async (em) => {
      await em.query("INSERT INTO written (what) VALUES ('publisher:101')");
      await bus.publish(em, 'project.created', { projectId: 1, code: '101' });
      await bus.publish(em, 'project.updated', { projectId: 1 });
      expect(committed).toEqual([]); // not yet: the transaction is still open
    });
    expect(committed).toEqual(['after:1']);
    expect(await rows()).toEqual(['handler:101', 'publisher:101']);

    // a subscriber that throws rolls back the publisher's writes and its own; nothing runs after
    await expect(
      ds.transaction(async (em) => {
        await em.query("INSERT INTO written (what) VALUES ('publisher:999')");
        await bus.publish(em, 'project.updated', { projectId: 2 });
        await bus.publish(em, 'project.created', { projectId: 2, code: '999' });
      }),
    ).rejects.toThrow('handler refuses');
    expect(await rows()).toEqual(['handler:101', 'publisher:101']);
    expect(committed).toEqual(['after:1']);

    // published outside a transaction: after-commit handlers run at once
    await bus.publish(ds.manager, 'project.updated', { projectId: 3 });
    expect(committed).toEqual(['after:1', 'after:3']);
  });
});
