/** ONLY the actions the API allows this caller now (`allowedActions`), as buttons. */
import { Button, Space, Typography } from 'antd';
import { REPAIR_ACTION_LABELS, type RepairAction } from '@wy/shared';

const DANGER: readonly RepairAction[] = ['cancel', 'return'];
const PRIMARY: readonly RepairAction[] = ['dispatch', 'finish', 'confirm', 'callback', 'accept'];

export default function ActionBar({ actions, onAct }: { actions: RepairAction[]; onAct: (a: RepairAction) => void }) {
  if (!actions.length) return <Typography.Text type="secondary">当前状态下您没有可执行的操作。</Typography.Text>;
  return (
    <Space wrap>
      {actions.map((a) => (
        <Button
          key={a}
          type={PRIMARY.includes(a) ? 'primary' : 'default'}
          danger={DANGER.includes(a)}
          onClick={() => onAct(a)}
          data-testid={`action-${a}`}
        >
          {REPAIR_ACTION_LABELS[a] ?? a}
        </Button>
      ))}
    </Space>
  );
}
