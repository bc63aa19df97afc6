/** The renovation screens' shared words and helpers. */
import type { Tone } from '../components/workflow';
import type { ResponseOf } from '../services/request';

export type MyReno = ResponseOf<'/me/renovations/{id}', 'get'>;
export const openReno = (id: number) => `/pkg-reno/detail/index?id=${id}`;
export const period = (r: { startOn: string; endOn: string }) => `${r.startOn} 至 ${r.endOn}`;
/** Tag colour of a renovation's status. */
export const tone = (status: string): Tone =>
  status === 'permitted' || status === 'accepted'
    ? 'ok'
    : status === 'awaiting_owner' || status === 'returned' || status === 'approved' || status === 'rectifying'
      ? 'warn'
      : status === 'refused' || status === 'declined'
        ? 'bad'
        : '';
