import { Text } from '@tarojs/components';
import { Button } from './button';
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

/**
 * "☎ 联系物业服务中心", or with `showNumber` "☎ 拨打物业服务中心 0755-…" (the number never breaks); nothing
 * when the number is to be shown and the project has none.
 */
export function CallCentreButton(props: {
  phone: string | null | undefined;
  projectName?: string;
  showNumber?: boolean;
  className: string;
}) {
  if (props.showNumber && !props.phone) return null;
  return (
    <Button className={`btn ${props.className}`} onClick={() => callCentre(props.phone, props.projectName)}>
      {props.showNumber ? (
        <>
          ☎ 拨打物业服务中心 <Text className="nowrap">{props.phone}</Text>
        </>
      ) : (
        '☎ 联系物业服务中心'
      )}
    </Button>
  );
}
