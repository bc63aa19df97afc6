/** Typings for server.mjs — a local fake S3-compatible object store (SigV4 checked). */
export interface FakeS3 {
  url: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  objects: Map<string, { body: Buffer; contentType: string }>;
  state: { requests: number; rejected: number };
  close(): Promise<void>;
}
export declare function startFakeS3(o?: {
  port?: number;
  host?: string;
  bucket?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  region?: string;
}): Promise<FakeS3>;
