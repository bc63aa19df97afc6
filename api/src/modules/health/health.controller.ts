import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Public } from '../../common/decorators.js';
import { dbKind } from '../../database/data-source.js';
import { Clock } from '../../infra/clock.js';
import { DATA_SOURCE } from '../../infra/tokens.js';

export class HealthDto {
  @ApiProperty() status: string;
  @ApiProperty({ enum: ['sqlite', 'mysql'] }) dbKind: string;
  @ApiProperty({ format: 'date-time' }) time: string;
}

export class ReadyDto extends HealthDto {
  @ApiProperty() db: string;
  @ApiProperty() migrations: string;
}

/**
 * Liveness (GET /health: the process answers; it does not touch the database, so a database outage does
 * not get every instance restarted) and readiness (GET /health/ready: the database answers and has every
 * migration this build expects; a balancer sends traffic only to a ready instance).
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto })
  health(): HealthDto {
    return { status: 'ok', dbKind: dbKind(this.ds), time: this.clock.now().toISOString() };
  }

  @Get('ready')
  @Public()
  @ApiOkResponse({ type: ReadyDto })
  @ApiServiceUnavailableResponse({ description: '数据库不可用或有未执行的迁移' })
  async ready(): Promise<ReadyDto> {
    try {
      await this.ds.query('SELECT 1');
    } catch {
      throw new AppError('NOT_READY', '数据库不可用');
    }
    if (await this.ds.showMigrations()) throw new AppError('NOT_READY', '数据库有未执行的迁移');
    return { ...this.health(), db: 'ok', migrations: 'ok' };
  }
}
