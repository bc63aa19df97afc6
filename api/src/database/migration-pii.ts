/**
 * The PII cipher a migration's data step uses to encrypt personal data already stored in clear (R-OWN-06).
 * TypeORM makes the migration objects itself, so whoever runs migrations with a configuration (createApp,
 * `npm run migrate`) hands the cipher over here first. A step that finds rows to encrypt without one fails
 * rather than leave them in clear.
 */
import type { PiiCipher } from '../infra/pii.js';

let cipher: PiiCipher | null = null;

export function setMigrationPii(c: PiiCipher): void {
  cipher = c;
}

export function migrationPii(): PiiCipher {
  if (!cipher) throw new Error('迁移需要加密已有的个人信息，但未提供 PII 密钥（请通过 npm run migrate 或启动 API 执行迁移）');
  return cipher;
}
