/** What the work order says: place, requester, category and fee, times, who handles it, answers, result, photos. */
import { Descriptions, Typography } from 'antd';
import {
  CHANNEL_LABELS,
  CHARGE_KIND_LABELS,
  formatYuan,
  REPAIR_SCOPE_LABELS,
  SATISFACTION_LABELS,
  type ChargeKind,
  type Satisfaction,
} from '@wy/shared';
import type { RequestDetail } from '../../../services/models';
import { formatRange, formatTime } from '../../../utils/time';
import PhoneReveal from '../PhoneReveal';
import { PhotoList } from '../Photos';
import SignatureImage from '../SignatureImage';
import FinishChecklist from '../FinishChecklist';

const satisfaction = (s: string | null | undefined) => (s ? SATISFACTION_LABELS[s as Satisfaction] : '—');

export default function RequestFacts({ r }: { r: RequestDetail }) {
  return (
    <Descriptions bordered size="small" column={2}>
      <Descriptions.Item label="房屋/位置" span={2}>
        {[r.roomLabel, r.location].filter(Boolean).join(' · ') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label="报修人">{r.requesterName}</Descriptions.Item>
      <Descriptions.Item label="联系电话">
        <PhoneReveal requestId={r.id} masked={r.phoneMasked} />
      </Descriptions.Item>
      <Descriptions.Item label="类别">
        {r.categoryName} · {REPAIR_SCOPE_LABELS[r.scope]}
      </Descriptions.Item>
      <Descriptions.Item label="收费">
        {CHARGE_KIND_LABELS[r.chargeKind as ChargeKind] ?? r.chargeKind}
        {r.priceFen != null && `（标准 ${formatYuan(r.priceFen)}）`}
        {r.feeFen != null && ` · 实收 ${formatYuan(r.feeFen)}`}
      </Descriptions.Item>
      <Descriptions.Item label="渠道">{CHANNEL_LABELS[r.channel]}</Descriptions.Item>
      <Descriptions.Item label="受理时间">{formatTime(r.receivedAt)}</Descriptions.Item>
      <Descriptions.Item label="预约上门">{formatRange(r.appointmentStart, r.appointmentEnd)}</Descriptions.Item>
      <Descriptions.Item label="承诺时间">{formatTime(r.promisedAt)}</Descriptions.Item>
      <Descriptions.Item label="处理人">
        {r.assigneeName ?? <Typography.Text type="secondary">未派单</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label="要求完成">{formatTime(r.requiredBy)}</Descriptions.Item>
      <Descriptions.Item label="首问负责人">{r.firstContactName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="业主自评">{satisfaction(r.ownerSatisfaction)}</Descriptions.Item>
      <Descriptions.Item label="回访结果">
        {satisfaction(r.callbackSatisfaction)}
        {r.callbackComment && ` · ${r.callbackComment}`}
      </Descriptions.Item>
      <Descriptions.Item label="问题描述" span={2}>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.description}</Typography.Paragraph>
      </Descriptions.Item>
      {(r.result || r.materials.length > 0) && (
        <Descriptions.Item label="处理结果" span={2}>
          <div>{r.result ?? '—'}</div>
          {r.materials.length > 0 && (
            <Typography.Text type="secondary">
              材料：{r.materials.map((m) => `${m.name}${m.spec ? `(${m.spec})` : ''} ×${m.quantity}${m.unit ?? ''}`).join('；')}
            </Typography.Text>
          )}
        </Descriptions.Item>
      )}
      {r.rounds.at(-1)?.checklist && (
        <Descriptions.Item label="完工确认" span={2}>
          <FinishChecklist round={r.rounds.at(-1)!} />
        </Descriptions.Item>
      )}
      <Descriptions.Item label="照片" span={2}>
        <PhotoList photos={r.photos} />
      </Descriptions.Item>
      {r.signature && (
        <Descriptions.Item label="业主签字" span={2}>
          <SignatureImage photo={r.signature} />
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
