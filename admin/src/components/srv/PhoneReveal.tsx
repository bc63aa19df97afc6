/**
 * The requester's phone, masked until the clerk asks for it: 查看号码 opens the full number through the
 * audited reveal (R-OWN-06: who saw whose number, when) and offers 拨打 as a tel: link. Numbers never wrap.
 */
import { Button, Space, Typography } from 'antd';
import { EyeOutlined, PhoneOutlined } from '@ant-design/icons';
import { $api } from '../../services/api';

export default function PhoneReveal({ requestId, masked }: { requestId: number; masked: string | null | undefined }) {
  const reveal = $api.useMutation('post', '/api/v1/service-requests/{id}/reveal-phone');
  if (!masked) return <Typography.Text type="secondary">—</Typography.Text>;
  const phone = reveal.data?.phone;
  return (
    <Space size={4} wrap={false} data-testid="phone-reveal">
      <span className="wy-phone" data-testid="phone-number">
        {phone ?? masked}
      </span>
      {phone ? (
        <Button size="small" type="link" icon={<PhoneOutlined />} href={`tel:${phone}`} data-testid="phone-call">
          拨打
        </Button>
      ) : (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() => reveal.mutate({ params: { path: { id: requestId } } })}
          data-testid="phone-show"
        >
          查看号码
        </Button>
      )}
    </Space>
  );
}
