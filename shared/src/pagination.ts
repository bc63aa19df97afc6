/** Keyset pages: the server returns `nextCursor` (opaque); the client sends it back. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(values: readonly (string | number)[]): string {
  return base64url(JSON.stringify(values));
}
export function decodeCursor(cursor: string): (string | number)[] | null {
  try {
    const v = JSON.parse(unbase64url(cursor));
    // numbers in a cursor are keys: safe integers only (1e400 parses to Infinity, which no database takes)
    return Array.isArray(v) &&
      v.length > 0 &&
      v.length <= 4 &&
      v.every((x) => (typeof x === 'string' && x.length <= 64) || Number.isSafeInteger(x))
      ? v
      : null;
  } catch {
    return null;
  }
}
function base64url(s: string): string {
  const b = typeof btoa === 'function' ? btoa(unescape(encodeURIComponent(s))) : Buffer.from(s).toString('base64');
  return b.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function unbase64url(s: string): string {
  const b = s.replace(/-/g, '+').replace(/_/g, '/');
  return typeof atob === 'function' ? decodeURIComponent(escape(atob(b))) : Buffer.from(b, 'base64').toString();
}
declare const Buffer: { from(s: string, enc?: string): { toString(enc?: string): string } };
