import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { Clock } from '../../infra/clock.js';
import { Jobs } from '../../infra/jobs.js';
import { Limits } from '../../infra/limits.js';
import { Storage } from '../../infra/storage/storage.js';
import { makeThumbnail, THUMB_TYPE, thumbKey, uploadUrls } from './thumbnail.js';
import { UploadAccess } from './upload-access.js';
import { UploadsRepository } from './uploads.repository.js';

const MAX = 5 * 1024 * 1024;
/** What one person may hold that no record has taken (photos picked for a request not yet filed). */
export const UNATTACHED_LIMIT = { files: 20, bytes: 40 * 1024 * 1024 };
/** Uploads per person per day, counted before anything is stored. */
export const DAILY_UPLOADS = 200;
/** A file no record took within this time is removed (with its thumbnail). */
export const STRAY_AFTER_MS = 24 * 3600_000;
const MAGIC: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.subarray(0, 4).toString() === 'RIFF' && b.subarray(8, 12).toString() === 'WEBP',
};

/**
 * Photos and signatures through the storage interface, with thumbnails. The uploader reads their
 * own; anyone else only through what the file is attached to (UploadAccess).
 */
@Injectable()
export class UploadService implements OnModuleInit {
  private readonly logger = new Logger('Uploads');
  constructor(
    @Inject(UploadsRepository) private readonly repo: UploadsRepository,
    @Inject(UploadAccess) private readonly access: UploadAccess,
    @Inject(Storage) private readonly storage: Storage,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(Limits) private readonly limits: Limits,
    @Inject(Jobs) private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register('uploads-sweep', 80, () => this.sweep());
  }

  /** Stores a photo and its thumbnail (`thumbnail: false` for a signature drawn on the screen: shown whole). */
  async put(
    p: Principal,
    b: { fileName: string; contentType: string; contentBase64: string },
    opts: { thumbnail?: boolean } = {},
  ): Promise<{ id: number; url: string; thumbUrl: string }> {
    const data = Buffer.from(b.contentBase64, 'base64');
    if (!data.length) throw new AppError('VALIDATION_FAILED', '文件是空的');
    if (data.length > MAX) throw new AppError('VALIDATION_FAILED', '照片不能超过5MB，请压缩后再传');
    if (!MAGIC[b.contentType]?.(data)) throw new AppError('VALIDATION_FAILED', '文件内容不是所声明的图片格式');
    // a person cannot fill the store with files no record takes: a daily cap, and a cap on what waits to be taken
    const pending = await this.repo.unattachedOf(p.kind, p.id);
    if (pending.files >= UNATTACHED_LIMIT.files || pending.bytes + data.length > UNATTACHED_LIMIT.bytes)
      throw new AppError('RATE_LIMITED', '您已上传了较多尚未提交的照片，请先提交报修（或等一天后未提交的照片自动清理）再上传');
    if (!(await this.limits.hit(`uploads:${p.kind}:${p.id}`, DAILY_UPLOADS, 24 * 3600_000)).ok)
      throw new AppError('RATE_LIMITED', '今天上传的照片已经很多了，请明天再试');
    // refuses an image that cannot be read, before anything is kept
    const thumb = opts.thumbnail === false ? null : await makeThumbnail(data);
    const now = this.clock.now();
    const key = `${now.toISOString().slice(0, 7)}/${randomUUID()}`;
    try {
      await this.storage.put(key, data, b.contentType);
      if (thumb) await this.storage.put(thumbKey(key), thumb, THUMB_TYPE);
    } catch (e) {
      throw new AppError('STORAGE_UNAVAILABLE', undefined, { reason: (e as Error).message });
    }
    const id = await this.repo.insert({
      storageKey: key,
      contentType: b.contentType,
      size: data.length,
      ownerKind: p.kind,
      ownerId: p.id,
      createdAt: now,
    });
    return { id, ...uploadUrls(id) };
  }

  /** The photo, or with `thumb` its thumbnail (made now for an upload older than thumbnails); same read rule. */
  async get(p: Principal, id: number, thumb = false): Promise<{ contentType: string; data: Buffer }> {
    const u = await this.repo.upload(id);
    if (!u) throw notFound('文件');
    const mine = u.ownerKind === p.kind && u.ownerId === p.id;
    if (!mine && !(await this.access.mayRead(p, id))) throw notFound('文件');
    try {
      if (thumb) {
        const made = await this.storage.get(thumbKey(u.storageKey));
        if (made) return { contentType: THUMB_TYPE, data: made };
      }
      const data = await this.storage.get(u.storageKey);
      if (!data) throw notFound('文件');
      if (!thumb) return { contentType: u.contentType, data };
      const made = await makeThumbnail(data);
      await this.storage.put(thumbKey(u.storageKey), made, THUMB_TYPE);
      return { contentType: THUMB_TYPE, data: made };
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('STORAGE_UNAVAILABLE', undefined, { reason: (e as Error).message });
    }
  }

  /** Files a record has just taken (in the record's transaction): they are kept from now on. */
  markAttached(em: EntityManager, ids: number[]): Promise<void> {
    return this.repo.markAttached(em, [...new Set(ids)], this.clock.now());
  }

  /** Takes back a file stored for a step that did not happen (a signature on a refused confirmation). */
  async discard(id: number): Promise<void> {
    const u = await this.repo.upload(id);
    if (!u || u.attachedAt) return;
    await this.storage.delete(u.storageKey);
    await this.storage.delete(thumbKey(u.storageKey));
    await this.repo.deleteStray(id);
  }

  /** Removes files no record took within a day (a periodic job on every instance; each file once). */
  async sweep(): Promise<number> {
    const strays = await this.repo.strays(new Date(this.clock.now().getTime() - STRAY_AFTER_MS), 200);
    let removed = 0;
    for (const u of strays) {
      if (!(await this.repo.deleteStray(u.id))) continue; // taken a moment ago, or swept by another instance
      await this.storage.delete(u.storageKey).catch((e) => this.logger.warn(`sweep ${u.storageKey}: ${(e as Error).message}`));
      await this.storage.delete(thumbKey(u.storageKey)).catch(() => {});
      removed++;
    }
    return removed;
  }

  /** Photos named in a request or a step must be the caller's own uploads. */
  async checkOwned(p: Principal, ids: number[]): Promise<void> {
    const rows = await this.repo.owners(ids);
    if (rows.length !== new Set(ids).size || rows.some((r) => r.ownerKind !== p.kind || r.ownerId !== p.id))
      throw badRequest('照片不存在或不是您上传的');
  }
}
