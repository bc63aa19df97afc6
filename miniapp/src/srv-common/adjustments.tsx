/**
 * R-PAY-04 a bill's approved adjustments as the owner reads them, on the bills page, the payment history and the
 * receipt: the bill's original amount, then each 减免 / 调增 with its amount and, under it, the reason in the
 * words the centre gave. Nothing when the bill was never adjusted.
 */
import { Text, View } from '@tarojs/components';
import { billAdjustmentForOwner, type BillAdjustmentKind, type BillAdjustmentTarget } from '@wy/shared';
import { yuan } from '../services/format';
import './adjustments.css';

export function AdjustmentNotes(props: {
  amountFen: number;
  adjustments: { id: number; kind: string; target: string; amountFen: number; reason: string }[];
}) {
  if (!props.adjustments.length) return null;
  return (
    <View className="adj t-fee-adjustments">
      <Text className="adj__line">原金额 {yuan(props.amountFen)}</Text>
      {props.adjustments.map((a) => (
        <View key={a.id} className="adj__item t-fee-adjustment">
          <Text className={`adj__line ${a.kind === 'reduce' ? 'adj__line--reduce' : ''}`}>
            {billAdjustmentForOwner({
              kind: a.kind as BillAdjustmentKind,
              target: a.target as BillAdjustmentTarget,
              amountFen: a.amountFen,
            })}
          </Text>
          <Text className="adj__why">原因：{a.reason}</Text>
        </View>
      ))}
    </View>
  );
}
