/** The release-pass screens' shared words and helpers. */
import type { Tone } from '../components/workflow';
import type { ResponseOf } from '../services/request';

export type MyPass = ResponseOf<'/me/passes/{id}', 'get'>;
export const openPass = (id: number) => `/pkg-pass/detail/index?id=${id}`;
export const when = (p: { moveOn: string; fromTime: string | null; toTime: string | null }) =>
  `${p.moveOn}${p.fromTime || p.toTime ? ` ${p.fromTime ?? ''}–${p.toTime ?? ''}` : ''}`;
/** Tag colour of a pass's shown status. */
export const tone = (shown: string): Tone =>
  shown === 'issued'
    ? 'ok'
    : shown === 'awaiting_owner' || shown === 'expired'
      ? 'warn'
      : shown === 'declined' || shown === 'rejected'
        ? 'bad'
        : '';
