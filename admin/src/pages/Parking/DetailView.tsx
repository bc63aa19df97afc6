/**
 * A parking application for the desk: applicant, vehicle, space and card; each document with its photos and
 * the clerk's finding (R-PRK-02, R-PRK-06); the waiting-list place (R-PRK-04); the desk's handling clock
 * against its limit (R-PRK-05); the rent periods and their bills; the contract to print; the steps allowed
 * now (R-PRK-03, R-PRK-07) and the timeline with every staff note.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import {
  BILL_STATUS_LABELS,
  PARKING_ACTION_LABELS,
  PARKING_DOC_VERDICT_LABELS,
  PARKING_TERM_LABELS,
  formatYuan,
  type BillStatus,
  type ParkingAction,
  type ParkingDocVerdict,
  type ParkingTerm,
} from '@wy/shared';
import { ActionsCard, WorkflowDetail } from '../../components/workflow/WorkflowDetail';
import StepsCard from '../../components/StepsCard';
import PrintDialog from '../../components/PrintDialog';
import { PhotoList } from '../../components/srv/Photos';
import { useProject } from '../../project';
import { $api } from '../../services/api';
import { formatTime } from '../../utils/time';
import ActionModal from './ActionModal';
import ContractDoc from './ContractDoc';
import { kindLabel, statusColor } from './display';
import type { ParkingApp } from './types';

const VERDICT_COLORS: Record<ParkingDocVerdict, string> = { checked: 'green', missing: 'red', wrong: 'orange' };

export default function DetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const q = $api.useQuery('get', '/api/v1/parking/applications/{id}', { params: { path: { id } } });
  return (
    <WorkflowDetail query={q} notFound="车位申请不存在" onChanged={onChanged}>
      {(a, changed) => <Detail a={a} onChanged={changed} />}
    </WorkflowDetail>
  );
}

function Detail({ a, onChanged }: { a: ParkingApp; onChanged: () => void }) {
  const { project } = useProject();
  const [action, setAction] = useState<ParkingAction | null>(null);
  const [printing, setPrinting] = useState(false);
  const t = (v: string | null | undefined) => (v ? formatTime(v, a.projectId) : '—');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="parking-detail">
      {a.handling?.late && (
        <Alert
          type="error"
          showIcon
          message={`受理已用时 ${a.handling.minutes} 分钟，超过 ${a.handling.limitMinutes} 分钟的办理时限`}
        />
      )}
      {a.refusal && <Alert type="warning" showIcon message="已告知业主资料不全" description={a.refusal} />}
      {a.status === 'waiting' && (
        <Alert
          type="info"
          showIcon
          data-testid="parking-waiting"
          message={`排队第 ${a.waitingPosition ?? '—'} 位`}
          description={a.waitReason}
        />
      )}
      {a.offerExpiresAt && (
        <Alert type="success" showIcon message={`已预留车位 ${a.spaceNo ?? ''}，业主须在 ${t(a.offerExpiresAt)} 前签订合同`} />
      )}
      <Card size="small">
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="申请号">
            <span data-testid="parking-code">{a.code}</span>
          </Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag color={statusColor(a.status)} data-testid="parking-detail-status">
              {a.statusLabel}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="申请人">
            {a.applicantName}（{a.applicantRole === 'tenant' ? '租户' : a.applicantRole === 'member' ? '家庭成员' : '业主'}）
          </Descriptions.Item>
          <Descriptions.Item label="房屋">{a.roomLabel}</Descriptions.Item>
          <Descriptions.Item label="车牌">{a.plate}</Descriptions.Item>
          <Descriptions.Item label="车位类型">
            {kindLabel(a.kind)} · {PARKING_TERM_LABELS[a.term as ParkingTerm] ?? a.term}
          </Descriptions.Item>
          <Descriptions.Item label="车位">{a.spaceNo ? `${a.areaName ?? ''} ${a.spaceNo}` : '未安排'}</Descriptions.Item>
          <Descriptions.Item label="合同编号">{a.contractNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="停车卡">
            <span data-testid="parking-card-no">{a.cardNo ?? '—'}</span>
            {a.cardIssuedAt ? `（${t(a.cardIssuedAt)}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="租期">{a.startOn ? `${a.startOn} 至 ${a.endOn}` : '—'}</Descriptions.Item>
          <Descriptions.Item label="办理用时">
            {a.handling ? (
              <span>
                {a.handling.minutes} 分钟 / 时限 {a.handling.limitMinutes} 分钟
                {a.handling.late ? (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    超时
                  </Tag>
                ) : null}
              </span>
            ) : (
              '发卡时计算（自首次核对资料起）'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="申请时间">{t(a.createdAt)}</Descriptions.Item>
          {a.refuseReason && (
            <Descriptions.Item label="不批准原因" span={2}>
              {a.refuseReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title="资料核对">
        <Table
          size="small"
          rowKey="doc"
          pagination={false}
          dataSource={a.docs}
          columns={[
            { title: '资料', dataIndex: 'label', width: 160, render: (v: string, d) => (d.required ? v : `${v}（非必需）`) },
            {
              title: '照片',
              key: 'photos',
              render: (_, d) => (
                <PhotoList
                  size={56}
                  photos={d.uploadIds.map((pid, i) => ({
                    id: pid,
                    thumbUrl: d.thumbUrls[i]!,
                    url: d.thumbUrls[i]!.replace(/\?.*$/, ''),
                  }))}
                />
              ),
            },
            {
              title: '核对结果',
              key: 'verdict',
              width: 220,
              render: (_, d) =>
                d.verdict ? (
                  <span data-testid={`parking-doc-verdict-${d.doc}`}>
                    <Tag color={VERDICT_COLORS[d.verdict as ParkingDocVerdict]}>
                      {PARKING_DOC_VERDICT_LABELS[d.verdict as ParkingDocVerdict]}
                    </Tag>
                    {d.reason}
                  </span>
                ) : (
                  <Typography.Text type="secondary">待核对</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
      {a.periods.length > 0 && (
        <Card size="small" title="车位费">
          <Table
            size="small"
            rowKey="seq"
            pagination={false}
            dataSource={a.periods}
            columns={[
              { title: '期次', dataIndex: 'seq', width: 60 },
              { title: '租期', key: 'range', render: (_, p) => `${p.startOn} 至 ${p.endOn}` },
              { title: '金额', dataIndex: 'amountFen', width: 110, align: 'right', render: (v: number) => formatYuan(v) },
              {
                title: '账单',
                key: 'bill',
                width: 120,
                render: (_, p) =>
                  p.billStatus ? (
                    <Tag
                      color={p.paidAt ? 'green' : p.billStatus === 'void' ? 'default' : 'orange'}
                      data-testid="parking-bill-status"
                    >
                      {BILL_STATUS_LABELS[p.billStatus as BillStatus] ?? p.billStatus}
                    </Tag>
                  ) : (
                    '—'
                  ),
              },
              { title: '缴费时间', key: 'paidAt', width: 150, render: (_, p) => t(p.paidAt) },
              { title: '收据号', dataIndex: 'receiptNo', width: 160, render: (v: string | null) => v ?? '—' },
            ]}
          />
        </Card>
      )}
      <ActionsCard none={!a.allowedActions.length && !a.contractNo}>
        {a.allowedActions.map((x) => (
          <Button
            key={x}
            type={x === a.allowedActions[0] ? 'primary' : 'default'}
            danger={x === 'refuse' || x === 'cancel'}
            onClick={() => setAction(x as ParkingAction)}
            data-testid={`parking-btn-${x}`}
          >
            {PARKING_ACTION_LABELS[x as ParkingAction]}
          </Button>
        ))}
        {a.contractNo && (
          <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)} data-testid="parking-print-contract">
            {a.kind === 'vip' ? '打印服务协议' : '打印租赁合同'}
          </Button>
        )}
      </ActionsCard>
      <StepsCard steps={a.timeline} projectId={a.projectId} />
      <ActionModal
        app={a}
        action={action}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          onChanged();
        }}
      />
      <PrintDialog
        title={a.kind === 'vip' ? '物业停车场服务协议' : '车位租赁合同'}
        open={printing}
        onClose={() => setPrinting(false)}
      >
        <ContractDoc a={a} projectName={project?.name ?? ''} />
      </PrintDialog>
    </Space>
  );
}
