/** Minimal HS256 JWT (sign/verify) on node:crypto, with an injected "now". */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface AccessClaims {
  sub: number;
  knd: 'staff' | 'owner';
  sid: string;
  iat: number;
  exp: number;
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const HEADER = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function signJwt(claims: AccessClaims, secret: string): string {
  const payload = b64(JSON.stringify(claims));
  const sig = createHmac('sha256', secret).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${sig}`;
}

/** Returns the claims, or null when the token is malformed, tampered with or expired. */
export function verifyJwt(token: string, secret: string, nowSec: number): AccessClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return null;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const c = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as AccessClaims;
    if (typeof c.exp !== 'number' || c.exp <= nowSec) return null;
    if ((c.knd !== 'staff' && c.knd !== 'owner') || typeof c.sub !== 'number' || typeof c.sid !== 'string') return null;
    return c;
  } catch {
    return null;
  }
}
