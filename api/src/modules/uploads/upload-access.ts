import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/principal.js';

/** Whether `p` may read upload `uploadId` through what it is attached to (a request, later a complaint …). */
export type UploadReadRule = (p: Principal, uploadId: number) => Promise<boolean>;

/**
 * Who may read an upload besides its uploader is decided by the records it is attached to, and
 * those belong to the modules above (service requests attach photos and signatures). Each such
 * module adds its rule at start; uploads never imports them.
 */
@Injectable()
export class UploadAccess {
  private readonly rules: UploadReadRule[] = [];

  allow(rule: UploadReadRule): void {
    this.rules.push(rule);
  }
  async mayRead(p: Principal, uploadId: number): Promise<boolean> {
    for (const rule of this.rules) if (await rule(p, uploadId)) return true;
    return false;
  }
}
