/** The renovation screens' shared words and helpers. */
import type { ResponseOf } from '../services/request';

export type MyReno = ResponseOf<'/me/renovations/{id}', 'get'>;
export const openReno = (id: number) => `/pkg-reno/detail/index?id=${id}`;
export const period = (r: { startOn: string; endOn: string }) => `${r.startOn} 至 ${r.endOn}`;
/** Tag colour of a renovation's status. */
export const tagClass = (status: string) =>
  status === 'permitted' || status === 'accepted'
    ? 'rn-tag--ok'
    : status === 'awaiting_owner' || status === 'returned' || status === 'approved' || status === 'rectifying'
      ? 'rn-tag--warn'
      : status === 'refused' || status === 'declined'
        ? 'rn-tag--bad'
        : '';
