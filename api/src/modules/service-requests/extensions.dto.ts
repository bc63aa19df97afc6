import { ApiProperty } from '@nestjs/swagger';
import { SLA_CLOCK_KINDS } from '@wy/shared';
import { Instant, Int, OneOf, Str } from '../../common/validation.js';

export class RequestExtensionDto {
  @OneOf('承诺', SLA_CLOCK_KINDS) kind: (typeof SLA_CLOCK_KINDS)[number];
  @Instant('延期至') until: string;
  @Str('延期原因', { max: 200 }) reason: string;
}
export class DecideDto {
  @Str('审批意见', { optional: true, max: 200 }) note?: string;
}
export class ExtensionQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', ['pending', 'approved', 'rejected'] as const, { optional: true }) status?: 'pending' | 'approved' | 'rejected';
  @Int('工单', { optional: true, min: 1 }) requestId?: number;
}
export class ExtensionDto {
  @ApiProperty() id: number;
  @ApiProperty() requestId: number;
  @ApiProperty() requestCode: string;
  @ApiProperty() kind: string;
  @ApiProperty({ description: '所延期的承诺（时限）' }) clockId: number;
  @ApiProperty() cycle: number;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ format: 'date-time' }) until: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: String, nullable: true }) decisionNote: string | null;
}
