/** R-SRV-05: the same open problem already has an order — link the new report to it, or (after a warning) create anyway. */
import { Alert, App, Button, List, Modal, Space, Tag, Typography } from 'antd';
import type { RequestSummary } from '../../../services/models';
import { formatTime } from '../../../utils/time';
import { STATUS_COLORS, statusText, URGENCY_COLORS, urgencyText } from '../../../utils/srv';

export default function DuplicatesModal({
  list,
  linking,
  onLink,
  onCreateAnyway,
  onOpen,
  onClose,
}: {
  list: RequestSummary[] | null;
  linking: number | null;
  onLink: (r: RequestSummary) => void;
  onCreateAnyway: () => Promise<void>;
  onOpen: (id: number) => void;
  onClose: () => void;
}) {
  const { modal } = App.useApp();
  return (
    <Modal
      title="发现相同问题的进行中工单"
      open={!!list}
      width={720}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          返回修改
        </Button>,
        <Button
          key="create"
          data-testid="duplicate-create-anyway"
          onClick={() =>
            modal.confirm({
              title: '确认不是同一问题？',
              content: '重复建单会造成重复派工。只有确认是不同的问题时才新建工单。',
              okText: '仍然新建',
              cancelText: '取消',
              onOk: onCreateAnyway,
            })
          }
        >
          不是同一问题，仍然新建
        </Button>,
      ]}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="同一房屋/位置、同一类别已有进行中的工单。如是同一问题，请关联到原工单，客户的报告会记入原工单的处理过程。"
      />
      <List<RequestSummary>
        dataSource={list ?? []}
        renderItem={(r) => (
          <List.Item
            actions={[
              <Button
                key="link"
                type="primary"
                loading={linking === r.id}
                onClick={() => onLink(r)}
                data-testid="duplicate-link"
                data-request-id={r.id}
              >
                关联到此单
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Typography.Link onClick={() => onOpen(r.id)}>{r.code}</Typography.Link>
                  <Tag color={STATUS_COLORS[r.status]}>{statusText(r.status)}</Tag>
                  <Tag color={URGENCY_COLORS[r.urgency]}>{urgencyText(r.urgency)}</Tag>
                </Space>
              }
              description={
                <>
                  <div>
                    {r.categoryName} · {[r.roomLabel, r.location].filter(Boolean).join(' · ')} · {r.summary}
                  </div>
                  <Typography.Text type="secondary">
                    {r.requesterName} · 受理于 {formatTime(r.receivedAt)} ·{' '}
                    {r.assigneeName ? `处理人 ${r.assigneeName}` : '未派单'}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}
