/** The visitor screens' shared words and helpers. */
import type { ResponseOf } from '../services/request';

export type MyVisitor = ResponseOf<'/me/visitors/{id}', 'get'>;
export const openVisitor = (id: number) => `/pkg-visitor/detail/index?id=${id}`;
/** Tag colour of a visitor's shown status. */
export const tagClass = (shown: string) =>
  shown === 'invited' || shown === 'confirmed' || shown === 'in'
    ? 'wf-tag--ok'
    : shown === 'awaiting_host' || shown === 'expired'
      ? 'wf-tag--warn'
      : shown === 'refused'
        ? 'wf-tag--bad'
        : '';
