/** R-REP-16 what the technician confirmed on finishing an in-home repair: each check ticked or not (no fee: nothing to explain). */
import { Space, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { FINISH_CHECK_LABELS, FINISH_CHECKS, requiredFinishChecks } from '@wy/shared';
import type { RequestDetail } from '../../services/models';

type Round = RequestDetail['rounds'][number];

/** the checks that applied to this round (the fee one only when a fee was charged) */
export const roundChecks = (round: Round) => requiredFinishChecks('in_home', round.feeFen);

export default function FinishChecklist({ round }: { round: Round }) {
  const c = round.checklist;
  if (!c) return null;
  const asked = roundChecks(round);
  return (
    <Space size={16} wrap data-testid="finish-checklist">
      {FINISH_CHECKS.filter((k) => asked.includes(k)).map((k) => (
        <span key={k} data-testid={`finish-check-${k}`} data-checked={c[k] ? 'yes' : 'no'}>
          {c[k] ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />}{' '}
          {FINISH_CHECK_LABELS[k]}
        </span>
      ))}
      {!asked.includes('feeExplained') && <Typography.Text type="secondary">未收费</Typography.Text>}
    </Space>
  );
}
