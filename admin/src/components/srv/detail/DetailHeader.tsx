/** The work order's number, state tags, and the refresh and print buttons. */
import { Button, Space, Tag, Typography } from 'antd';
import { PrinterOutlined, ReloadOutlined, StarFilled } from '@ant-design/icons';
import type { RequestDetail } from '../../../services/models';
import { STATUS_COLORS, statusText, URGENCY_COLORS, urgencyText } from '../../../utils/srv';

export default function DetailHeader({
  r,
  reloading,
  onReload,
  onPrint,
}: {
  r: RequestDetail;
  reloading: boolean;
  onReload: () => void;
  onPrint: () => void;
}) {
  return (
    <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
      <Space wrap>
        <Typography.Title level={5} style={{ margin: 0 }} copyable={{ text: r.code }}>
          {r.code}
        </Typography.Title>
        <Tag color={STATUS_COLORS[r.status]} data-testid="request-status">
          {statusText(r.status)}
        </Tag>
        <Tag color={URGENCY_COLORS[r.urgency]}>{urgencyText(r.urgency)}</Tag>
        {r.overdue && <Tag color="red">超时</Tag>}
        {r.isImportant && <Tag color="magenta">重要</Tag>}
        {r.isKeyCustomer && (
          <Tag color="gold" icon={<StarFilled />}>
            重点客户
          </Tag>
        )}
      </Space>
      <Space wrap>
        <Button icon={<ReloadOutlined />} loading={reloading} onClick={onReload}>
          刷新
        </Button>
        <Button icon={<PrinterOutlined />} onClick={onPrint} data-testid="print-work-order">
          打印派工单
        </Button>
      </Space>
    </Space>
  );
}
