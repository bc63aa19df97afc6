/**
 * Photos and documents behind one interface: local disk by default (STORAGE_DIR),
 * an S3-compatible store by configuration later. Keys are opaque; files are served by the API.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';

export abstract class Storage {
  abstract put(key: string, data: Buffer, contentType: string): Promise<void>;
  abstract get(key: string): Promise<Buffer | null>;
  /** Removes an object; removing one that is not there is not an error. */
  abstract delete(key: string): Promise<void>;
}

export class LocalDiskStorage extends Storage {
  constructor(private readonly root: string) {
    super();
  }
  private path(key: string): string {
    const p = normalize(join(this.root, key));
    if (!p.startsWith(normalize(this.root))) throw new Error('bad storage key');
    return p;
  }
  async put(key: string, data: Buffer): Promise<void> {
    const p = this.path(key);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, data);
  }
  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch {
      return null;
    }
  }
  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

/** In memory, for tests and sqlite::memory: runs. */
export class MemoryStorage extends Storage {
  private readonly files = new Map<string, Buffer>();
  async put(key: string, data: Buffer): Promise<void> {
    this.files.set(key, data);
  }
  async get(key: string): Promise<Buffer | null> {
    return this.files.get(key) ?? null;
  }
  async delete(key: string): Promise<void> {
    this.files.delete(key);
  }
}
