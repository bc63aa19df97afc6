import { ApiProperty } from '@nestjs/swagger';
import { MAX_BILLS_PER_ORDER, PAY_ORDER_STATUSES } from '@wy/shared';
import { nullable } from '../../common/dto.js';
import { IntArray, OneOf, Str } from '../../common/validation.js';

export class CreatePayOrderDto {
  @IntArray('账单', { max: MAX_BILLS_PER_ORDER }) billIds: number[];
  @OneOf('支付方式', ['jsapi', 'h5'] as const, { labels: { jsapi: '小程序内支付', h5: '手机浏览器支付' } }) channel:
    'jsapi' | 'h5';
  @Str('支付后返回的页面', {
    optional: true,
    max: 300,
    pattern: /^https?:\/\/[^\s]+$/,
    patternMessage: '返回页面必须是 http(s) 地址',
  })
  redirectUrl?: string;
}

export class PayOrderBillDto {
  @ApiProperty() billId: number;
  @ApiProperty() amountFen: number;
  @ApiProperty() lateFeeFen: number;
}
export class JsapiPayParamsDto {
  @ApiProperty() appId: string;
  @ApiProperty() timeStamp: string;
  @ApiProperty() nonceStr: string;
  @ApiProperty() package: string;
  @ApiProperty({ enum: ['RSA'] }) signType: string;
  @ApiProperty() paySign: string;
}
export class PayOrderDto {
  @ApiProperty() id: number;
  @ApiProperty() outTradeNo: string;
  @ApiProperty({ enum: PAY_ORDER_STATUSES }) status: string;
  @ApiProperty({ description: '合计（分）' }) totalFen: number;
  @ApiProperty({ type: [PayOrderBillDto] }) bills: PayOrderBillDto[];
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @nullable('支付时间') paidAt: string | null;
  @ApiProperty({ type: JsapiPayParamsDto, nullable: true, description: 'wx.requestPayment 的参数（小程序内支付）' })
  payParams: JsapiPayParamsDto | null;
  @nullable('收银台地址（手机浏览器支付）') h5Url: string | null;
}
