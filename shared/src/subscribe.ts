/**
 * The subscribe-message templates an owner may accept (微信订阅消息): request progress (受理, 派单, 完工) and an
 * invoice issued (开票). Declared once: the API's WECHAT_TPL_<NAME> settings and the credits it keeps, the
 * mini-program's consent question and its production build check (TARO_APP_SUBSCRIBE_TMPL) all read this list.
 */
export const SUBSCRIBE_TEMPLATES = ['accepted', 'dispatched', 'finished', 'invoice_issued'] as const;
export type SubscribeTemplate = (typeof SUBSCRIBE_TEMPLATES)[number];

/** What a repair asks consent for, inside the tap that files it. */
export const REPAIR_SUBSCRIBE_TEMPLATES: readonly SubscribeTemplate[] = ['accepted', 'dispatched', 'finished'];

export function isSubscribeTemplate(x: unknown): x is SubscribeTemplate {
  return typeof x === 'string' && (SUBSCRIBE_TEMPLATES as readonly string[]).includes(x);
}
