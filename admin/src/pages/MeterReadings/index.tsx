/**
 * 抄表录入 (R-FEE-04 metered fees: readings entered by the cashier). Pick the month, a metered fee item and a
 * building: its rooms (server paging) with last month's reading as this month's start, and a box for this
 * month's reading. Enter saves the row and moves to the next one; the API prices it by the item's tiers and
 * says no per row (a reading below the previous, or a month whose bill is made: final).
 */
import { useEffect, useRef, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Tag, Typography, type InputRef } from 'antd';
import { formatArea, formatYuan, monthBefore, parseArea, type FeeBasis } from '@wy/shared';
import type { components } from '@wy/shared/api';
import { useProject } from '../../project';
import { $api, call, client, errorText, got, useRefresh } from '../../services/api';
import type { Room } from '../../services/models';
import { projectToday } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';

type Reading = components['schemas']['MeterReadingDto'];
interface Row {
  room: Room;
  /** the month and item the row was read for (its editing state starts again when they change) */
  key: string;
  /** this month's reading, if entered */
  now?: Reading;
  /** last month's reading: where this month starts */
  before?: Reading;
}

const readingsOf = async (projectId: number, period: string, feeItemId: number, roomIds: number[]) =>
  roomIds.length
    ? (
        await call(
          client.GET('/api/v1/meter-readings', {
            params: { query: { projectId, period, feeItemId, roomIds: roomIds.join(','), limit: 100 } },
          }),
        )
      ).items
    : [];

function ReadingRow({
  row,
  unit,
  save,
  index,
  inputs,
}: {
  row: Row;
  unit: string;
  save: (roomId: number, previous: number, current: number) => Promise<Reading>;
  index: number;
  inputs: React.MutableRefObject<(InputRef | null)[]>;
}) {
  const startAt = row.now?.previous ?? row.before?.current;
  const [prev, setPrev] = useState(startAt === undefined ? '' : formatArea(startAt));
  const [cur, setCur] = useState(row.now ? formatArea(row.now.current) : '');
  const [saved, setSaved] = useState<Reading | undefined>(row.now);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const billed = !!saved?.billed;

  const submit = async (moveOn: boolean) => {
    let p: number;
    let c: number;
    try {
      p = parseArea(prev || '0');
      c = parseArea(cur);
    } catch {
      setProblem('读数格式不正确，最多两位小数');
      return;
    }
    if (saved && saved.previous === p && saved.current === c) {
      if (moveOn) inputs.current[index + 1]?.focus();
      return;
    }
    setBusy(true);
    try {
      setSaved(await save(row.room.id, p, c));
      setProblem(null);
      if (moveOn) inputs.current[index + 1]?.focus();
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space align="start" wrap data-testid="reading-cells">
      <Input
        value={prev}
        onChange={(e) => setPrev(e.target.value)}
        disabled={billed}
        addonBefore="上期"
        style={{ width: 170 }}
        aria-label="上期读数"
        data-testid="reading-previous"
      />
      <Input
        ref={(el) => {
          inputs.current[index] = el;
        }}
        value={cur}
        onChange={(e) => setCur(e.target.value)}
        onPressEnter={() => void submit(true)}
        disabled={billed || busy}
        addonBefore="本期"
        addonAfter={unit || undefined}
        style={{ width: 200 }}
        aria-label="本期读数"
        placeholder="输入后按回车"
        data-testid="reading-current"
      />
      {!billed && (
        <Button onClick={() => void submit(false)} loading={busy} disabled={!cur.trim()} data-testid="reading-save">
          保存
        </Button>
      )}
      <Space direction="vertical" size={0}>
        {saved && (
          <Typography.Text data-testid="reading-result">
            用量 {formatArea(saved.usage)}
            {unit} · {formatYuan(saved.amountFen)} · {saved.readByName}
            {billed ? (
              <Tag style={{ marginLeft: 8 }}>已出账，不能再改</Tag>
            ) : (
              <Tag color="green" style={{ marginLeft: 8 }}>
                已录入
              </Tag>
            )}
          </Typography.Text>
        )}
        {problem && (
          <Typography.Text type="danger" data-testid="reading-problem">
            {problem}
          </Typography.Text>
        )}
      </Space>
    </Space>
  );
}

export default function MeterReadingsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [month, setMonth] = useState<Dayjs>(() => dayjs(projectToday(pid).slice(0, 7) + '-01'));
  const period = month.format('YYYY-MM');
  const [feeItemId, setFeeItemId] = useState<number>();
  const [buildingId, setBuildingId] = useState<number>();
  const inputs = useRef<(InputRef | null)[]>([]);
  const refresh = useRefresh();
  const enter = $api.useMutation('post', '/api/v1/meter-readings', { meta: { quiet: true } });

  const items = $api.useQuery('get', '/api/v1/fee-items', { params: { query: { projectId: pid } } });
  const metered = (items.data?.items ?? []).filter((f) => (f.basis as FeeBasis) === 'metered' && f.active);
  const item = metered.find((f) => f.id === feeItemId);
  const buildings = $api.useQuery('get', '/api/v1/projects/{projectId}/buildings', { params: { path: { projectId: pid } } });

  useEffect(() => {
    if (!feeItemId && metered.length) setFeeItemId(metered[0]!.id);
  }, [feeItemId, metered]);
  useEffect(() => {
    if (!buildingId && buildings.data?.length) setBuildingId(buildings.data[0]!.id);
  }, [buildingId, buildings.data]);

  const save = async (roomId: number, previous: number, current: number) => {
    const r = await enter.mutateAsync({ body: { roomId, feeItemId: feeItemId!, period, previous, current } });
    void refresh('/api/v1/bill-runs');
    return r;
  };

  const columns: ListColumn<Row>[] = [
    {
      title: '房号',
      dataIndex: 'room',
      width: 120,
      render: (_, r) => `${r.room.unit ? r.room.unit + ' ' : ''}${r.room.roomNo}`,
    },
    {
      title: '读数',
      key: 'reading',
      render: (_, r, i) => <ReadingRow key={r.key} row={r} unit={item?.meterUnit ?? ''} save={save} index={i} inputs={inputs} />,
    },
  ];

  const ready = !!feeItemId && !!buildingId;
  return (
    <PageContainer title="抄表录入" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form layout="inline">
          <Form.Item label="账期">
            <DatePicker
              picker="month"
              allowClear={false}
              value={month}
              onChange={(v) => v && setMonth(v)}
              disabledDate={(d) => d.format('YYYY-MM') > projectToday(pid).slice(0, 7)}
              aria-label="账期"
              data-testid="reading-period"
            />
          </Form.Item>
          <Form.Item label="收费项目">
            <Select
              style={{ width: 220 }}
              value={feeItemId}
              onChange={setFeeItemId}
              loading={items.isLoading}
              placeholder="按表计量的项目"
              options={metered.map((f) => ({ value: f.id, label: f.name }))}
              notFoundContent="没有按表计量的收费项目"
              aria-label="收费项目"
              data-testid="reading-fee-item"
            />
          </Form.Item>
          <Form.Item label="楼栋">
            <Select
              style={{ width: 220 }}
              value={buildingId}
              onChange={setBuildingId}
              loading={buildings.isLoading}
              showSearch
              optionFilterProp="label"
              options={(buildings.data ?? []).map((b) => ({ value: b.id, label: `${b.clusterName} · ${b.name}` }))}
              aria-label="楼栋"
              data-testid="reading-building"
            />
          </Form.Item>
        </Form>
      </Card>
      {!items.isLoading && !metered.length ? (
        <Alert
          type="info"
          showIcon
          message="本项目还没有启用的按表计量收费项目"
          description="请先在「收费项目」中新增水费、电费等按表计量的项目，再来抄表。"
        />
      ) : ready ? (
        <KeysetTable<Row>
          path="/api/v1/meter-readings"
          rowKey={(r) => r.room.id}
          headerTitle={`${period} ${item?.name ?? ''}`}
          tooltip="上期读数默认取上月本期读数；输入本期读数后按回车保存并跳到下一户"
          params={{ projectId: pid, period, feeItemId, buildingId }}
          search={false}
          columns={columns}
          fetchPage={async (_f, cursor) => {
            const page = await got(
              client.GET('/api/v1/rooms', {
                params: { query: { projectId: pid, buildingId, cursor: cursor ?? undefined, limit: 50 } },
              }),
            );
            const ids = page.items.map((r) => r.id);
            const [now, before] = await Promise.all([
              readingsOf(pid, period, feeItemId!, ids),
              readingsOf(pid, monthBefore(period, 1), feeItemId!, ids),
            ]);
            inputs.current = [];
            return {
              items: page.items.map((room) => ({
                room,
                key: `${room.id}:${period}:${feeItemId}`,
                now: now.find((x) => x.roomId === room.id),
                before: before.find((x) => x.roomId === room.id),
              })),
              nextCursor: page.nextCursor,
            };
          }}
          onRow={(r) => ({ 'data-testid': 'reading-row', 'data-room': r.room.roomNo }) as React.HTMLAttributes<HTMLElement>}
          emptyText="该楼栋没有房屋"
          data-testid="readings"
        />
      ) : null}
    </PageContainer>
  );
}
