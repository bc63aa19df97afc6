/** Typings for server.mjs — local fakes of Aliyun SMS and Tencent Cloud SMS that check each vendor's signing. */
export interface FakeSmsState {
  sent: { phone: string; signName: string; template: string; params: unknown; at: string }[];
  rejected: string[];
  failNext(code: string): void;
  reset(): void;
}
interface FakeServer {
  url: string;
  port: number;
  close(): Promise<void>;
  state: FakeSmsState;
  signNames: string[];
}
export interface FakeAliyunSms extends FakeServer {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  templates: Record<string, string[]>;
}
export interface FakeTencentSms extends FakeServer {
  secretId: string;
  secretKey: string;
  token?: string;
  sdkAppId: string;
  templates: Record<string, number>;
}
export declare function startFakeAliyunSms(o?: {
  port?: number;
  host?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  signNames?: string[];
  templates?: Record<string, string[]>;
  now?: () => number;
}): Promise<FakeAliyunSms>;
export declare function startFakeTencentSms(o?: {
  port?: number;
  host?: string;
  secretId?: string;
  secretKey?: string;
  token?: string;
  sdkAppId?: string;
  signNames?: string[];
  templates?: Record<string, number>;
  now?: () => number;
}): Promise<FakeTencentSms>;
