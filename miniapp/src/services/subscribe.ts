/**
 * Subscribe-message consent: repair progress (受理 accepted, 派单 dispatched, 完工 finished) and an invoice
 * issued (开票 invoice_issued, asked when an invoice is requested). weapp only:
 * Taro.requestSubscribeMessage must be called inside the tap; the accepted ones are reported to the API,
 * which keeps one credit per acceptance. H5 (and a weapp build without template ids) skips quietly.
 */
import Taro from '@tarojs/taro';
import { isSubscribeTemplate, REPAIR_SUBSCRIBE_TEMPLATES as REPAIR, type SubscribeTemplate as Template } from '@wy/shared';
import { api } from './request';

function templateIds(): Partial<Record<Template, string>> {
  const raw = process.env.TARO_APP_SUBSCRIBE_TMPL || '';
  const out: Partial<Record<Template, string>> = {};
  for (const part of raw.split(',')) {
    const [k, id] = part.split(':').map((x) => x.trim());
    if (k && id && isSubscribeTemplate(k)) out[k] = id;
  }
  return out;
}

export function canSubscribe(kinds: readonly Template[] = REPAIR): boolean {
  return process.env.TARO_ENV === 'weapp' && kinds.some((k) => templateIds()[k]);
}

/** Call from the tap handler itself. Resolves with the templates the owner accepted (empty when refused). */
export async function askSubscribe(kinds: readonly Template[] = REPAIR): Promise<Template[]> {
  if (!canSubscribe(kinds)) return [];
  const ids = templateIds();
  const entries = (Object.entries(ids) as [Template, string][]).filter(([k]) => kinds.includes(k));
  try {
    const res = (await Taro.requestSubscribeMessage({
      tmplIds: entries.map(([, id]) => id),
      entityIds: [],
    } as never)) as unknown as Record<string, string>;
    const accepted = entries.filter(([, id]) => res[id] === 'accept').map(([k]) => k);
    if (accepted.length > 0) await api.post('/me/subscriptions', { body: { templates: accepted }, silent: true });
    return accepted;
  } catch {
    return [];
  }
}
