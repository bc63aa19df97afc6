/** A suggestion or inquiry for the desk: who, what, the agreed reply time, the reply, the timeline and the steps allowed now. */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import {
  CHANNEL_LABELS,
  ENQUIRY_ACTION_LABELS,
  ENQUIRY_TYPE_LABELS,
  INQUIRY_OUTCOME_LABELS,
  REPLY_WAY_LABELS,
  type Channel,
  type EnquiryAction,
  type EnquiryType,
  type InquiryOutcome,
  type ReplyWay,
} from '@wy/shared';
import EventTimeline from '../../components/srv/EventTimeline';
import Loaded from '../../components/Loaded';
import { $api } from '../../services/api';
import { formatTime } from '../../utils/time';
import ActionModal from './ActionModal';
import type { EnquiryDetail } from './types';

export default function DetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const q = $api.useQuery('get', '/api/v1/enquiries/{id}', { params: { path: { id } } });
  return <Loaded query={q}>{(e) => <Detail e={e} onChanged={() => void q.refetch().then(() => onChanged?.())} />}</Loaded>;
}

function Detail({ e, onChanged }: { e: EnquiryDetail; onChanged: () => void }) {
  const [action, setAction] = useState<EnquiryAction | null>(null);
  const t = (v: string | null | undefined) => formatTime(v, e.projectId);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="enquiry-detail">
      {e.forwardLate && !e.forwardedAt && <Alert type="error" showIcon message="已超过 2 小时未转交处理人" />}
      {e.replyLate && !e.repliedAt && <Alert type="error" showIcon message="已超过约定的答复时间" />}
      <Card size="small">
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="类别">{ENQUIRY_TYPE_LABELS[e.type as EnquiryType]}</Descriptions.Item>
          <Descriptions.Item label="状态">{e.statusLabel}</Descriptions.Item>
          <Descriptions.Item label="客户">
            {e.name} {e.phoneMasked ?? ''} {e.email ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label="渠道">{CHANNEL_LABELS[e.channel as Channel] ?? e.channel}</Descriptions.Item>
          <Descriptions.Item label="内容" span={2}>
            {e.content}
          </Descriptions.Item>
          <Descriptions.Item label="收到时间">{t(e.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label="约定答复时间">
            {t(e.agreedReplyAt)}
            {e.laterAgreed && <Tag style={{ marginLeft: 8 }}>客户同意延后</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="答复方式">{REPLY_WAY_LABELS[e.replyWay as ReplyWay]}</Descriptions.Item>
          {e.type === 'suggestion' ? (
            <Descriptions.Item label="处理人">
              {e.handlerName ? `${e.handlerName}（${t(e.forwardedAt)}）` : `未转交（应于 ${t(e.forwardDueAt)} 前）`}
            </Descriptions.Item>
          ) : (
            <Descriptions.Item label="涉及建设单位">
              {e.aboutDeveloper ? (e.developerAskedAt ? `已书面询问：${e.developerLetter}` : '须先书面询问') : '否'}
            </Descriptions.Item>
          )}
          {e.consultedAt && <Descriptions.Item label="征询业委会">{t(e.consultedAt)}</Descriptions.Item>}
          {e.repliedAt && (
            <Descriptions.Item label="答复" span={2}>
              <div>
                {t(e.repliedAt)} · {REPLY_WAY_LABELS[e.repliedVia as ReplyWay] ?? ''}
                {e.adopted !== null && (
                  <Tag style={{ marginLeft: 8 }} color={e.adopted ? 'green' : 'default'}>
                    {e.adopted ? '采纳' : '不采纳'}
                  </Tag>
                )}
                {e.outcome && <Tag style={{ marginLeft: 8 }}>{INQUIRY_OUTCOME_LABELS[e.outcome as InquiryOutcome]}</Tag>}
                {e.faqEntryId && <Tag color="blue">引用答客问</Tag>}
                {e.replyLate && <Tag color="red">超时答复</Tag>}
                {e.thankedAt && <Tag color="gold">已特别致谢</Tag>}
              </div>
              <div style={{ whiteSpace: 'pre-wrap' }}>{e.replyText}</div>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title="办理">
        {e.allowedActions.length ? (
          <Space wrap>
            {e.allowedActions.map((a) => (
              <Button
                key={a}
                type={a === e.allowedActions[0] ? 'primary' : 'default'}
                onClick={() => setAction(a as EnquiryAction)}
                data-testid={`enquiry-btn-${a}`}
              >
                {ENQUIRY_ACTION_LABELS[a as EnquiryAction]}
              </Button>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">当前没有可办理的操作</Typography.Text>
        )}
      </Card>
      <Card size="small" title="处理过程">
        <EventTimeline events={e.events} projectId={e.projectId} />
      </Card>
      <ActionModal
        enquiry={e}
        action={action}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          onChanged();
        }}
      />
    </Space>
  );
}
