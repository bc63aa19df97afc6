import { ApiProperty } from '@nestjs/swagger';
import { OneOf, Str } from '../../common/validation.js';

export class UploadDto {
  @Str('文件名', { max: 200 }) fileName: string;
  @OneOf('文件类型', ['image/jpeg', 'image/png', 'image/webp'] as const) contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  @Str('文件内容（base64）', { max: 7_000_000 }) contentBase64: string;
}
export class UploadedDto {
  @ApiProperty() id: number;
  @ApiProperty() url: string;
  @ApiProperty() thumbUrl: string;
}
export class UploadQuery {
  @OneOf('尺寸', ['thumb'] as const, { optional: true }) size?: 'thumb';
}
