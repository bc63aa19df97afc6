/** The move-in screens' shared words and helpers. */
import type { Tone } from '../components/workflow';
import type { ResponseOf } from '../services/request';

export type MyMoveIn = ResponseOf<'/me/move-ins/{id}', 'get'>;
export const openMoveIn = (id: number) => `/pkg-movein/detail/index?id=${id}`;
/** Tag colour of a move-in's status, or of a defect line's. */
export const tone = (status: string): Tone =>
  status === 'done' || status === 'confirmed' ? 'ok' : status === 'waiting' || status === 'fixed' ? 'warn' : '';
/** "2/5 步" while handled; the step names as dots. */
export const stepsText = (m: MyMoveIn) => m.steps.map((s) => `${s.state === 'done' ? '✓' : s.state === 'current' ? '▶' : '○'}${s.label}`).join('  ');
