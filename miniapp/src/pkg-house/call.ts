import Taro from '@tarojs/taro';

/** Confirm, then dial the service centre. */
export async function callCentre(phone: string | null | undefined, projectName?: string): Promise<void> {
  if (!phone) {
    void Taro.showToast({ title: '该项目暂未设置客服电话', icon: 'none' });
    return;
  }
  const { confirm } = await Taro.showModal({
    title: '联系物业服务中心',
    content: `${projectName ? projectName + '\n' : ''}客服电话 ${phone}`,
    confirmText: '拨打',
  });
  if (confirm) void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
}
