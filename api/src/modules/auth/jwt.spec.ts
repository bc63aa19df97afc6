import { describe, expect, it } from 'vitest';
import { signJwt, verifyJwt } from './jwt.js';

const secret = 'a-test-secret-that-is-long-enough-123';
const claims = { sub: 7, knd: 'staff' as const, sid: 's-1', iat: 1000, exp: 1900 };

describe('access tokens', () => {
  it('verifies a token it signed until it expires (pinned clock)', () => {
    const t = signJwt(claims, secret);
    expect(verifyJwt(t, secret, 1899)).toEqual(claims);
    expect(verifyJwt(t, secret, 1900)).toBeNull();
  });
  it('refuses another secret, a changed payload and the "none" algorithm', () => {
    const t = signJwt(claims, secret);
    expect(verifyJwt(t, secret + 'x', 1500)).toBeNull();
    const [h, , s] = t.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 1 })).toString('base64url');
    expect(verifyJwt(`${h}.${forged}.${s}`, secret, 1500)).toBeNull();
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(verifyJwt(`${none}.${t.split('.')[1]}.`, secret, 1500)).toBeNull();
  });
});
