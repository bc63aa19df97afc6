/** The owner's buttons on a repair — only what the API allows — and the sheet each opens. */
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import { useState } from 'react';
import { REPAIR_ACTION_LABELS, SATISFACTIONS, SATISFACTION_LABELS, type Satisfaction } from '@wy/shared';
import { api, toast } from '../../services/request';
import type { RequestDetail } from '../../services/models';
import { Sheet, TextBox } from '../../srv-common/ui';
import { tappable } from '../../components/tap';

type OwnerAction = 'confirm' | 'reopen' | 'cancel';
const OWNER_ACTIONS: OwnerAction[] = ['confirm', 'reopen', 'cancel'];
const REASON_HINT: Record<'reopen' | 'cancel', string> = {
  reopen: '请说明仍存在的问题，如：修好后第二天又漏水',
  cancel: '请填写取消原因，如：问题已自行解决',
};
const DONE_TEXT: Record<OwnerAction, string> = {
  confirm: '感谢您的评价',
  cancel: '已取消报修',
  reopen: '已提交，物业将重新处理',
};

export function OwnerActions(props: { d: RequestDetail; onDone: (next: RequestDetail) => void }) {
  const { d } = props;
  const [sheet, setSheet] = useState<OwnerAction | null>(null);
  const actions = OWNER_ACTIONS.filter((a) => d.allowedActions.includes(a));
  if (actions.length === 0) return null;
  return (
    <>
      <View className="actbar-space" />
      <View className="actbar">
        {actions.map((a) => (
          <Button
            key={a}
            className={`btn ${a === 'confirm' ? 'btn--primary t-req-confirm' : a === 'cancel' ? 'btn--danger' : ''} t-act-${a}`}
            onClick={() => setSheet(a)}
          >
            {REPAIR_ACTION_LABELS[a]}
          </Button>
        ))}
      </View>
      {sheet ? (
        <ActionSheet
          d={d}
          action={sheet}
          onClose={() => setSheet(null)}
          onDone={(next) => {
            setSheet(null);
            props.onDone(next);
            toast(DONE_TEXT[sheet]);
          }}
        />
      ) : null}
    </>
  );
}

function ActionSheet(props: {
  d: RequestDetail;
  action: OwnerAction;
  onClose: () => void;
  onDone: (next: RequestDetail) => void;
}) {
  const { d, action } = props;
  const [rating, setRating] = useState<Satisfaction | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const t = text.trim();
    let body: { reason?: string; satisfaction?: Satisfaction; comment?: string };
    if (action === 'confirm') {
      if (!rating) return toast('请选择满意度');
      body = { satisfaction: rating, ...(t ? { comment: t } : {}) };
    } else {
      if (!t) return toast('请填写原因');
      body = { reason: t };
    }
    setBusy(true);
    try {
      props.onDone(await api.post('/me/service-requests/{id}/actions/{action}', { path: { id: d.id, action }, body }));
    } catch {
      // toast shown by the wrapper
    } finally {
      setBusy(false);
    }
  };

  return (
    <Sheet
      title={action === 'confirm' ? '确认完工并评价' : `${REPAIR_ACTION_LABELS[action]}报修`}
      onClose={props.onClose}
      footer={
        <Button
          className={`btn btn--block ${action === 'cancel' ? 'btn--danger' : 'btn--primary'} ${action === 'confirm' ? 't-req-confirm-submit' : ''} t-act-submit ${busy ? 'btn--disabled' : ''}`}
          loading={busy}
          onClick={submit}
        >
          {action === 'confirm' ? '提交评价' : `确认${REPAIR_ACTION_LABELS[action]}`}
        </Button>
      }
    >
      <View className="form-block">
        {action === 'confirm' ? (
          <>
            <View className="form-block__title">满意度</View>
            <View className="rate">
              {SATISFACTIONS.map((s) => (
                <View
                  key={s}
                  className={`rate__item t-req-rate-${s} ${rating === s ? 'rate__item--on' : ''}`}
                  {...tappable(SATISFACTION_LABELS[s], () => setRating(s), { pressed: rating === s })}
                >
                  {SATISFACTION_LABELS[s]}
                </View>
              ))}
            </View>
            <TextBox
              title="评价"
              hint="选填"
              className="t-req-comment"
              placeholder="说说师傅的服务吧"
              max={300}
              value={text}
              onChange={setText}
              spaced
            />
            {rating === 'dissatisfied' ? <Text className="muted">选择不满意后，物业将重新处理并回访。</Text> : null}
          </>
        ) : (
          <>
            <TextBox title="原因" className="t-act-reason" placeholder={REASON_HINT[action]} value={text} onChange={setText} />
          </>
        )}
      </View>
    </Sheet>
  );
}
