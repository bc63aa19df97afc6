/**
 * R-OWN-06 personal data at rest: AES-256-GCM with a key from the environment,
 * plus a keyed HMAC so a phone or ID number can be looked up without decrypting.
 * Stored form: "v1:<iv b64>:<tag b64>:<ciphertext b64>".
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export class PiiCipher {
  constructor(
    private readonly key: Buffer,
    private readonly hashKey: Buffer,
  ) {
    if (key.length !== 32 || hashKey.length !== 32) throw new Error('PII keys must be 32 bytes');
  }

  encrypt(plain: string): string;
  encrypt(plain: null | undefined): null;
  encrypt(plain: string | null | undefined): string | null;
  encrypt(plain: string | null | undefined): string | null {
    if (plain === null || plain === undefined || plain === '') return null;
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return `v1:${iv.toString('base64')}:${c.getAuthTag().toString('base64')}:${ct.toString('base64')}`;
  }

  decrypt(stored: string | null | undefined): string | null {
    if (!stored) return null;
    const [v, iv, tag, ct] = stored.split(':');
    if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unknown PII format');
    const d = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    d.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(ct, 'base64')), d.final()]).toString('utf8');
  }

  /** Keyed hash for exact-match search; normalised (trimmed, upper-cased) first. */
  hash(value: string | null | undefined): string | null {
    if (!value) return null;
    return createHmac('sha256', this.hashKey).update(value.trim().toUpperCase()).digest('hex');
  }
}
