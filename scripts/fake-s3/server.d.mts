/** Typings for server.mjs — a local fake S3-compatible object store (SigV4 checked). */
export interface FakeS3 {
  url: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  objects: Map<string, { body: Buffer; contentType: string }>;
  state: { requests: number; rejected: number; hosts: string[] };
  close(): Promise<void>;
}
export declare function startFakeS3(o?: {
  port?: number;
  host?: string;
  bucket?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  region?: string;
  /** the STS token every request must carry and sign (x-amz-security-token) */
  sessionToken?: string | null;
  /** false: path-style requests are refused, as Aliyun OSS does (default true) */
  pathStyle?: boolean;
}): Promise<FakeS3>;
