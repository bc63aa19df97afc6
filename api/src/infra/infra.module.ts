import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { Clock } from './clock.js';
import { Jobs } from './jobs.js';
import { Limits } from './limits.js';
import { Metrics } from './metrics.js';
import { PiiCipher } from './pii.js';
import { SmsProvider } from './sms.js';
import { S3Storage } from './storage/s3.js';
import { LocalDiskStorage, MemoryStorage, Storage } from './storage/storage.js';
import { DATA_SOURCE } from './tokens.js';
import { WechatClient } from './wechat/index.js';

export interface AppDeps {
  config: AppConfig;
  dataSource: DataSource;
  clock: Clock;
  sms: SmsProvider;
  wechat: WechatClient;
  storage?: Storage;
}

const EXPORTS = [APP_CONFIG, DATA_SOURCE, Clock, SmsProvider, WechatClient, Storage, PiiCipher, Jobs, Limits, Metrics];

/**
 * The outside world for every feature module: configuration, the data source, the clock, the
 * PII cipher, SMS, the WeChat client, file storage, the periodic jobs and the metrics. Handed in, so main.ts
 * wires the real adapters and tests wire fakes that speak the same protocols.
 */
@Global()
@Module({})
export class InfraModule {
  static forRoot(deps: AppDeps): DynamicModule {
    const { config } = deps;
    return {
      module: InfraModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATA_SOURCE, useValue: deps.dataSource },
        { provide: Clock, useValue: deps.clock },
        { provide: SmsProvider, useValue: deps.sms },
        { provide: WechatClient, useValue: deps.wechat },
        {
          provide: Storage,
          useValue:
            deps.storage ??
            (config.s3
              ? new S3Storage(config.s3)
              : config.db.kind === 'sqlite' && !config.db.file
                ? new MemoryStorage()
                : new LocalDiskStorage(config.storageDir)),
        },
        { provide: PiiCipher, useValue: new PiiCipher(config.piiKey, config.piiHashKey) },
        Jobs,
        Limits,
        Metrics,
      ],
      exports: EXPORTS,
    };
  }
}
