/** The columns every list of payments starts with (收款记录, 现金移交): when, receipt, room, item, method, amount. */
import { Space, Tag, Typography } from 'antd';
import { formatYuan, PAYMENT_METHOD_LABELS, type PaymentMethod } from '@wy/shared';
import type { PaymentRow } from '../../services/models';
import { formatTime } from '../../utils/time';
import type { ListColumn } from '../table/DataTable';

export function paymentColumns(projectId: number, methodWidth = 110): ListColumn<PaymentRow>[] {
  return [
    { title: '收款时间', dataIndex: 'at', width: 150, render: (_, x) => formatTime(x.at, projectId) },
    { title: '收据号', dataIndex: 'receiptNo', width: 170 },
    { title: '房屋', dataIndex: 'roomLabel', width: 160 },
    { title: '收费项目', dataIndex: 'title' },
    {
      title: '收款方式',
      dataIndex: 'method',
      width: methodWidth,
      render: (_, x) => (
        <Tag color={x.method === 'wechat_pay' ? 'green' : x.method === 'cash' ? 'gold' : 'blue'}>
          {PAYMENT_METHOD_LABELS[x.method as PaymentMethod] ?? x.method}
        </Tag>
      ),
    },
    {
      title: '实收金额',
      dataIndex: 'amountFen',
      width: 130,
      align: 'right',
      render: (_, x) => (
        <Space direction="vertical" size={0} style={{ alignItems: 'flex-end' }}>
          <Typography.Text strong>{formatYuan(x.amountFen)}</Typography.Text>
          {x.lateFeeFen > 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              含违约金 {formatYuan(x.lateFeeFen)}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
  ];
}
