import { View } from '@tarojs/components';
import { Button } from '../../components/button';
import { useState } from 'react';
import { REPAIR_ACTION_LABELS, type RepairAction } from '@wy/shared';
import { toast } from '../../services/request';
import type { RequestDetail } from '../../services/models';
import { ActionSheet } from './sheet';

/** The technician's actions in the order of the job; secondary ones after. */
const TECH_ORDER: RepairAction[] = [
  'grab',
  'accept',
  'contact',
  'arrive',
  'resume',
  'finish',
  'hand_in',
  'reschedule',
  'pause',
  'transfer',
  'return',
];
const PRIMARY = new Set<RepairAction>(['grab', 'accept', 'contact', 'arrive', 'resume', 'finish']);

/** The buttons the API allows, and the sheet of the one tapped. */
export function OrderActions(props: { d: RequestDetail; onDone: (next: RequestDetail) => void }) {
  const { d } = props;
  const [act, setAct] = useState<RepairAction | null>(null);
  // the order is handed in once: hide 交回工单 when it is already recorded
  const actions = TECH_ORDER.filter((a) => d.allowedActions.includes(a) && !(a === 'hand_in' && d.times?.orderReturnedAt));
  // 交回工单 is the main button once nothing else of the job is left (after 完工)
  const primary = (a: RepairAction) => PRIMARY.has(a) || (a === 'hand_in' && !actions.some((x) => PRIMARY.has(x)));
  if (actions.length === 0) return null;
  return (
    <>
      <View className="actbar-space" style={{ height: actions.length > 3 ? '148px' : '88px' }} />
      <View className="actbar">
        {actions.map((a) => (
          <Button
            key={a}
            className={`btn ${primary(a) ? 'btn--primary' : a === 'return' ? 'btn--danger' : ''} t-act-${a}`}
            onClick={() => setAct(a)}
          >
            {REPAIR_ACTION_LABELS[a]}
          </Button>
        ))}
      </View>
      {act ? (
        <ActionSheet
          key={act}
          d={d}
          act={act}
          onClose={() => setAct(null)}
          onDone={(next) => {
            setAct(null);
            props.onDone(next);
            toast(`${REPAIR_ACTION_LABELS[act]}成功`);
          }}
        />
      ) : null}
    </>
  );
}
