/** 收费标准 (R-FEE-01): each fee item of my 小区 with how it is charged, its price, its basis and the late-fee rule (R-FEE-05). */
import { Text, View } from '@tarojs/components';
import { FEE_BASIS_LABELS, formatYuan, type FeeBasis } from '@wy/shared';
import { Empty, Section } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { api } from '../../services/request';
import type { ResponseOf } from '../../services/request';
import '../../srv-common/srv.css';
import '../fee.css';

type FeeItem = ResponseOf<'/me/fee-standards', 'get'>['projects'][number]['items'][number];

function price(f: FeeItem): string {
  const unit = f.meterUnit ?? '单位';
  if (f.basis === 'area') return `${formatYuan(f.unitFen)}/㎡·月`;
  if (f.basis === 'fixed') return `${formatYuan(f.unitFen)}/户·月`;
  if (f.basis === 'one_off') return `${formatYuan(f.unitFen)}/次`;
  return f.tiers
    .map((t, i) => {
      const from = i === 0 ? 0 : (f.tiers[i - 1]!.upTo ?? 0) / 100;
      const range = t.upTo === null ? `${from}${unit}以上` : `${from}–${t.upTo / 100}${unit}`;
      return `${range} ${formatYuan(t.unitFen)}/${unit}`;
    })
    .join('；');
}

export default function FeeStandardsPage() {
  const page = usePage(() => api.get('/me/fee-standards', { silent: true }), { guard: requireOwner });
  return (
    <View className="page">
      <PageState page={page}>
        {({ projects }) =>
          projects.every((p) => p.items.length === 0) ? (
            <Empty title="暂未公布收费标准" desc="如有疑问请联系物业服务中心" icon="标" />
          ) : (
            projects.map((p) => (
              <Section key={p.projectId} title={p.projectName} className="t-fee-std-project">
                {p.items.map((f) => (
                  <View key={f.id} className="card t-fee-std">
                    <View className="fe-bill__row">
                      <Text className="fe-bill__title">{f.name}</Text>
                    </View>
                    <Text className="fe-bill__sub">{FEE_BASIS_LABELS[f.basis as FeeBasis] ?? f.basis}</Text>
                    <Text className="fe-bill__amount fe-bill__amount--paid">{price(f)}</Text>
                    {f.basisNote ? <Text className="fe-bill__rule">收费依据：{f.basisNote}</Text> : null}
                    {f.basis !== 'one_off' ? <Text className="fe-bill__rule">每月 {f.dueDay} 日前缴清</Text> : null}
                    <Text className="fe-bill__rule">违约金：{f.lateFeeRule}</Text>
                  </View>
                ))}
              </Section>
            ))
          )
        }
      </PageState>
    </View>
  );
}
