import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppError, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { Clock } from '../../infra/clock.js';
import { Storage } from '../../infra/storage/storage.js';
import { ServiceRequestRepository } from './sr.repository.js';

const MAX = 5 * 1024 * 1024;
const MAGIC: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.subarray(0, 4).toString() === 'RIFF' && b.subarray(8, 12).toString() === 'WEBP',
};

/** Photos through the storage interface; the uploader and staff of a request's project may read them. */
@Injectable()
export class UploadService {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(Storage) private readonly storage: Storage,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async put(
    p: Principal,
    b: { fileName: string; contentType: string; contentBase64: string },
  ): Promise<{ id: number; url: string }> {
    const data = Buffer.from(b.contentBase64, 'base64');
    if (!data.length) throw new AppError('VALIDATION_FAILED', '文件是空的');
    if (data.length > MAX) throw new AppError('VALIDATION_FAILED', '照片不能超过5MB，请压缩后再传');
    if (!MAGIC[b.contentType]?.(data)) throw new AppError('VALIDATION_FAILED', '文件内容不是所声明的图片格式');
    const now = this.clock.now();
    const key = `${now.toISOString().slice(0, 7)}/${randomUUID()}`;
    try {
      await this.storage.put(key, data, b.contentType);
    } catch (e) {
      throw new AppError('STORAGE_UNAVAILABLE', undefined, { reason: (e as Error).message });
    }
    const id = await this.repo.insertUpload({
      storageKey: key,
      contentType: b.contentType,
      size: data.length,
      ownerKind: p.kind,
      ownerId: p.id,
      createdAt: now,
    });
    return { id, url: `/api/v1/uploads/${id}` };
  }

  async get(p: Principal, id: number): Promise<{ contentType: string; data: Buffer }> {
    const u = await this.repo.upload(id);
    if (!u) throw notFound('文件');
    const mine = u.ownerKind === p.kind && u.ownerId === p.id;
    if (!mine && !(await this.visibleThroughRequest(p, id))) throw notFound('文件');
    let data: Buffer | null;
    try {
      data = await this.storage.get(u.storageKey);
    } catch (e) {
      throw new AppError('STORAGE_UNAVAILABLE', undefined, { reason: (e as Error).message });
    }
    if (!data) throw notFound('文件');
    return { contentType: u.contentType, data };
  }

  /** Staff of the request's project, and its requester, see the photos attached to a request. */
  private async visibleThroughRequest(p: Principal, uploadId: number): Promise<boolean> {
    for (const r of await this.repo.attachedRequests(uploadId)) {
      if (p.kind === 'owner' && r.requesterPersonId === p.id) return true;
      if (p.kind === 'staff' && (p.scope === 'all' || p.scope.includes(r.projectId))) return true;
    }
    return false;
  }
}
