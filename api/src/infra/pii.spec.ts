import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PiiCipher } from './pii.js';

describe('personal data at rest', () => {
  const c = new PiiCipher(randomBytes(32), randomBytes(32));
  it('R-OWN-06 encrypts with a fresh IV each time and decrypts back', () => {
    const a = c.encrypt('13800000001');
    const b = c.encrypt('13800000001');
    expect(a).not.toBe(b);
    expect(a).not.toContain('13800000001');
    expect(c.decrypt(a)).toBe('13800000001');
  });
  it('R-OWN-06 refuses a tampered ciphertext and a wrong key', () => {
    const a = c.encrypt('440307198503124512');
    const parts = a.split(':');
    const ct = Buffer.from(parts[3]!, 'base64');
    ct[0] = ct[0]! ^ 0x01; // always a change (replacing a byte could leave it as it was, 1 time in 256)
    parts[3] = ct.toString('base64');
    expect(() => c.decrypt(parts.join(':'))).toThrow();
    expect(() => new PiiCipher(randomBytes(32), randomBytes(32)).decrypt(a)).toThrow();
  });
  it('R-OWN-06 the lookup hash is keyed and normalised', () => {
    expect(c.hash(' 11010519491231002x')).toBe(c.hash('11010519491231002X'));
    expect(new PiiCipher(randomBytes(32), randomBytes(32)).hash('13800000001')).not.toBe(c.hash('13800000001'));
    expect(c.hash(null)).toBeNull();
  });
});
