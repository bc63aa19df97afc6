import type { DataSource } from 'typeorm';
import { AppState } from '../../database/app-state.entity.js';
import { isUniqueViolation } from '../../database/errors.js';
import type { StoredToken, WechatTokenStore } from './wechat.client.js';

const TOKEN = 'wechat_access_token';
const FORCED = 'wechat_token_forced_at';

/**
 * The WeChat access token in the database, one for every API instance (so they do not each fetch, nor
 * cancel each other's with forced refreshes), and the right to force a refresh taken by a conditional
 * write: one instance per interval.
 */
export class DbWechatTokenStore implements WechatTokenStore {
  constructor(private readonly ds: DataSource) {}

  async read(): Promise<StoredToken | null> {
    const row = await this.ds.getRepository(AppState).findOne({ where: { id: TOKEN } });
    return row?.value ? { token: row.value, refreshAt: Number(row.num) } : null;
  }

  async write(t: StoredToken): Promise<void> {
    const repo = this.ds.getRepository(AppState);
    if ((await repo.update({ id: TOKEN }, { value: t.token, num: t.refreshAt })).affected) return;
    try {
      await repo.insert({ id: TOKEN, value: t.token, num: t.refreshAt });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      await repo.update({ id: TOKEN }, { value: t.token, num: t.refreshAt });
    }
  }

  async claimForce(now: number, intervalMs: number): Promise<boolean> {
    const repo = this.ds.getRepository(AppState);
    const won = await repo
      .createQueryBuilder()
      .update()
      .set({ num: now })
      .where('id = :id AND num <= :before', { id: FORCED, before: now - intervalMs })
      .execute();
    if (won.affected) return true;
    try {
      await repo.insert({ id: FORCED, value: '', num: now });
      return true;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return false; // forced by someone less than an interval ago
    }
  }
}
