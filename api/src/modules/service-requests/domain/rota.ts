import { roundRobinPick } from '@wy/shared';

/** Whose turn it is on a category's rota (an empty rota: every technician of the project, by id). */
export function rotaTurn(cat: { rota: number[] | null; rotaCursor: number }, availableIds: number[]): number | null {
  const order = cat.rota?.length ? cat.rota : [...availableIds].sort((x, y) => x - y);
  return roundRobinPick(order, availableIds, cat.rotaCursor);
}
