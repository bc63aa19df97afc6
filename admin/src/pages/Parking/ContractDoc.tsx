/**
 * 车位租赁合同 (R-PRK-03) or, for a fixed space, 物业停车场服务协议 (R-PRK-07), printed in duplicate: one
 * copy for the owner, one for the service centre's file; parties, space, vehicle, term and rent.
 */
import { PARKING_TERM_LABELS, formatYuan, type ParkingTerm } from '@wy/shared';
import { kindLabel } from './display';
import type { ParkingApp } from './types';

function Copy({ a, projectName, copy }: { a: ParkingApp; projectName: string; copy: string }) {
  const vip = a.kind === 'vip';
  const rent = a.periods[0]?.amountFen ?? a.rentFen;
  return (
    <div style={{ padding: '12px 24px', breakAfter: 'page', fontSize: 14, lineHeight: 2 }} data-testid="parking-contract-copy">
      <div style={{ textAlign: 'right', fontSize: 12 }}>{copy}</div>
      <h2 style={{ textAlign: 'center', margin: 0 }}>{vip ? '物业停车场服务协议' : '车位租赁合同'}</h2>
      <div style={{ textAlign: 'right' }}>合同编号：{a.contractNo ?? '（签订后生成）'}</div>
      <p>
        甲方（出租方）：{projectName}物业服务中心
        <br />
        乙方（承租方）：{a.applicantName}（{a.roomLabel}）
      </p>
      <p>
        一、甲方将 {a.areaName ?? ''} {a.spaceNo ?? '＿＿＿＿'} 号{kindLabel(a.kind)}提供给乙方停放车牌号为 {a.plate} 的车辆使用。
        <br />
        二、租用方式：{PARKING_TERM_LABELS[a.term as ParkingTerm] ?? a.term}，租期自 {a.startOn ?? '＿＿＿＿'} 起至{' '}
        {a.endOn ?? '＿＿＿＿'} 止；每期车位费 {rent ? formatYuan(rent) : '按停车方案公布的价格'}，于每期开始前缴清。
        <br />
        三、乙方凭停车卡出入，只可停放登记车辆，不得转租、转借；车内贵重物品自行保管。
        <br />
        四、租期届满前十五日乙方可申请续租；届满后宽限期内未续费的，甲方收回车位。
        <br />
        五、本合同经管理处经理审批后生效，一式两份，甲乙双方各执一份。
      </p>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 32 }}>
        <span>甲方（盖章）：＿＿＿＿＿＿</span>
        <span>乙方（签字）：＿＿＿＿＿＿</span>
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between' }}>
        <span>日期：＿＿＿＿年＿＿月＿＿日</span>
        <span>日期：＿＿＿＿年＿＿月＿＿日</span>
      </div>
    </div>
  );
}

export default function ContractDoc({ a, projectName }: { a: ParkingApp; projectName: string }) {
  return (
    <div>
      <Copy a={a} projectName={projectName} copy="第一联 乙方存执" />
      <Copy a={a} projectName={projectName} copy="第二联 服务中心存档" />
    </div>
  );
}
