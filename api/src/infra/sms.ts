/**
 * SMS behind one interface. `log` (the default outside production) writes the
 * message to the log and keeps the latest message per phone in memory for the
 * demo and the tests (GET /api/v1/dev/sms-outbox, never in production).
 * `http` posts JSON {phone, template, params, timestamp, signature} to SMS_BASE_URL/send,
 * signed with HMAC-SHA256 of the body — the shape of a provider gateway.
 */
import { createHmac } from 'node:crypto';
import { Logger } from '@nestjs/common';

export interface SmsMessage {
  phone: string;
  template: 'login_code';
  params: Record<string, string>;
  text: string;
  sentAt: Date;
}

export abstract class SmsProvider {
  abstract send(msg: Omit<SmsMessage, 'sentAt'>): Promise<void>;
}

export class LogSmsProvider extends SmsProvider {
  private readonly logger = new Logger('SMS');
  readonly outbox = new Map<string, SmsMessage>();
  async send(msg: Omit<SmsMessage, 'sentAt'>): Promise<void> {
    this.outbox.set(msg.phone, { ...msg, sentAt: new Date() });
    this.logger.log(`短信 → ${msg.phone}: ${msg.text}`);
  }
}

export class HttpSmsProvider extends SmsProvider {
  constructor(
    private readonly baseUrl: string,
    private readonly secret: string,
  ) {
    super();
  }
  async send(msg: Omit<SmsMessage, 'sentAt'>): Promise<void> {
    const body = JSON.stringify({ phone: msg.phone, template: msg.template, params: msg.params, timestamp: Date.now() });
    const signature = createHmac('sha256', this.secret).update(body).digest('hex');
    const res = await fetch(`${this.baseUrl}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': signature },
      body,
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
  }
}
