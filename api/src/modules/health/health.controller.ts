import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Public } from '../../common/decorators.js';
import { dbKind } from '../../database/data-source.js';
import { Clock } from '../../infra/clock.js';
import { DATA_SOURCE } from '../../infra/tokens.js';

export class HealthDto {
  @ApiProperty() status: string;
  @ApiProperty() db: string;
  @ApiProperty({ enum: ['sqlite', 'mysql'] }) dbKind: string;
  @ApiProperty({ format: 'date-time' }) time: string;
}

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
  async health(): Promise<HealthDto> {
    try {
      await this.ds.query('SELECT 1');
    } catch {
      throw new AppError('INTERNAL', '数据库不可用');
    }
    return { status: 'ok', db: 'ok', dbKind: dbKind(this.ds), time: this.clock.now().toISOString() };
  }
}
