/**
 * Paying picked bills (R-PAY-01): the server makes the WeChat Pay order. In WeChat the phone pays with
 * the server-signed parameters (wx.requestPayment); in a phone browser (H5) the payer goes to WeChat Pay's
 * cashier page, which comes back to our result page. Either way the result page asks the server, which
 * believes only WeChat Pay's signed notify or a signed query — never what the phone says.
 */
import Taro from '@tarojs/taro';
import { api, toast } from '../services/request';

export const resultUrl = (orderId: number) => `/pkg-fee/result/index?id=${orderId}`;

export async function payOnline(billIds: number[]): Promise<void> {
  const h5 = process.env.TARO_ENV === 'h5';
  const order = await api.post('/me/payments', { body: { billIds, channel: h5 ? 'h5' : 'jsapi' } });
  if (order.status !== 'created') {
    await Taro.navigateTo({ url: resultUrl(order.id) });
    return;
  }
  if (h5) {
    if (!order.h5Url) return toast('暂时无法发起支付，请稍后再试');
    // WeChat Pay's H5 cashier returns to redirect_url appended to h5_url
    const back = `${window.location.origin}${window.location.pathname}#${resultUrl(order.id)}`;
    window.location.href = `${order.h5Url}&redirect_url=${encodeURIComponent(back)}`;
    return;
  }
  const p = order.payParams;
  if (!p) return toast('暂时无法发起支付，请稍后再试');
  try {
    await Taro.requestPayment({
      timeStamp: p.timeStamp,
      nonceStr: p.nonceStr,
      package: p.package,
      signType: 'RSA',
      paySign: p.paySign,
    });
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? '');
    if (msg.includes('cancel')) return toast('已取消支付');
    // a failure the phone reports may still have been paid: the server has the verdict
  }
  await Taro.navigateTo({ url: resultUrl(order.id) });
}
