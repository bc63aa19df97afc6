/**
 * 业务受理 / 报事录单: find the room or owner, see who lives there and what is already open, then take a
 * repair. Before creating, the desk checks for the same open problem (R-SRV-05) and offers to link instead.
 */
import { useState } from 'react';
import { Card, Col, Empty, Form, Row, Spin } from 'antd';
import { OPEN_REPAIR_STATUSES } from '@wy/shared';
import { useAuth } from '../../auth';
import { useProject } from '../../project';
import RequestDrawer from '../../components/srv/RequestDrawer';
import { $api, showSuccess } from '../../services/api';
import type { Occupant, RequestSummary, RoomDetail } from '../../services/models';
import { fromPicker } from '../../utils/time';
import FindRoom from './components/FindRoom';
import RoomPanel from './components/RoomPanel';
import IntakeForm, { type IntakeValues } from './components/IntakeForm';
import DuplicatesModal from './components/DuplicatesModal';
import PageContainer from '../../components/PageContainer';

/** A new desk for each project: nothing chosen in one project is carried into another. */
export default function IntakePage() {
  const { projectId } = useProject();
  return <IntakeDesk key={projectId} />;
}

function IntakeDesk() {
  const { projectId, project } = useProject();
  const { access } = useAuth();
  const pid = projectId!;
  const [form] = Form.useForm<IntakeValues>();
  const [room, setRoom] = useState<RoomDetail | null>(null);
  const [requester, setRequester] = useState<number | null>(null);
  const [dups, setDups] = useState<{ list: RequestSummary[]; values: IntakeValues } | null>(null);
  const [drawerId, setDrawerId] = useState<number | null>(null);
  const [resets, setResets] = useState(0);

  const chooseRoom = $api.useMutation('get', '/api/v1/rooms/{id}');
  const reveal = $api.useMutation('post', '/api/v1/owners/{id}/reveal');
  const open = $api.useQuery(
    'get',
    '/api/v1/service-requests',
    { params: { query: { projectId: pid, keyword: room?.propertyCode, limit: 20 } } },
    { enabled: !!room, select: (page) => page.items.filter((r) => OPEN_REPAIR_STATUSES.includes(r.status)) },
  );
  const duplicates = $api.useMutation('get', '/api/v1/service-requests/duplicates');
  const create = $api.useMutation('post', '/api/v1/service-requests');
  const link = $api.useMutation('post', '/api/v1/service-requests/{id}/link-report');

  const pickOccupant = async (o: Occupant) => {
    setRequester(o.personId);
    form.setFieldsValue({ requesterName: o.name, requesterPhone: '' });
    if (!access.revealPii) return;
    const r = await reveal.mutateAsync({ params: { path: { id: o.personId } } });
    if (r.phone) form.setFieldsValue({ requesterPhone: r.phone });
  };
  const pickRoom = async (roomId: number, personId?: number) => {
    const d = await chooseRoom.mutateAsync({ params: { path: { id: roomId } } });
    setRoom(d);
    const occ = d.occupants.filter((o) => o.status === 'approved');
    const who = occ.find((o) => o.personId === personId) ?? (occ.length === 1 ? occ[0] : undefined);
    if (who) await pickOccupant(who);
    else {
      setRequester(null);
      form.setFieldsValue({ requesterName: undefined, requesterPhone: undefined });
    }
  };
  const resetAll = () => {
    form.resetFields();
    setResets((n) => n + 1);
    setDups(null);
  };
  const createFrom = async (v: IntakeValues, notDuplicate?: true) => {
    const d = await create.mutateAsync({
      body: {
        projectId: pid,
        channel: v.channel,
        categoryId: v.categoryId,
        description: v.description.trim(),
        urgency: v.urgency,
        roomId: room?.id,
        location: v.location?.trim() || undefined,
        requesterPersonId: requester ?? undefined,
        requesterName: v.requesterName.trim(),
        requesterPhone: v.requesterPhone.trim(),
        appointmentStart: v.appointment?.[0] && fromPicker(v.appointment[0], pid),
        appointmentEnd: v.appointment?.[1] && fromPicker(v.appointment[1], pid),
        isImportant: v.isImportant || undefined,
        promisedAt: v.promisedAt && fromPicker(v.promisedAt, pid),
        notDuplicate,
      },
    });
    showSuccess(`已受理：${d.code}，请尽快派单`);
    resetAll();
    void open.refetch();
    setDrawerId(d.id);
  };
  const submit = async (v: IntakeValues) => {
    const location = room ? undefined : v.location?.trim() || undefined;
    const list = await duplicates.mutateAsync({
      params: { query: { projectId: pid, categoryId: v.categoryId, roomId: room?.id, location } },
    });
    if (list.length) setDups({ list, values: v });
    else await createFrom(v);
  };
  const linkTo = async (target: RequestSummary) => {
    const v = dups!.values;
    await link.mutateAsync({
      params: { path: { id: target.id } },
      body: {
        channel: v.channel,
        requesterName: v.requesterName.trim(),
        requesterPhone: v.requesterPhone?.trim() || undefined,
        note: v.description.trim().slice(0, 200),
      },
    });
    showSuccess(`已关联到工单 ${target.code}，未重复建单`);
    resetAll();
    void open.refetch();
    setDrawerId(target.id);
  };
  const quietly = (p: Promise<unknown>) => void p.catch(() => undefined); // errors are shown by the data hook

  return (
    <PageContainer title="业务受理" subTitle={project ? `${project.code} ${project.name} · 报事录单` : undefined}>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <FindRoom projectId={pid} selectedRoomId={room?.id ?? null} onPick={(r, p) => quietly(pickRoom(r, p))} />
          <Spin spinning={chooseRoom.isPending}>
            {room ? (
              <RoomPanel
                room={room}
                requester={requester}
                openRequests={open.data}
                onPickOccupant={(o) => quietly(pickOccupant(o))}
                onOpenRequest={setDrawerId}
              />
            ) : (
              <Card size="small">
                <Empty description="先查找并选择房屋；公共区域报修可不选房屋，直接填写位置" />
              </Card>
            )}
          </Spin>
        </Col>
        <Col xs={24} lg={14}>
          <IntakeForm
            projectId={pid}
            room={room}
            form={form}
            resets={resets}
            submitting={duplicates.isPending || create.isPending}
            onSubmit={(v) => quietly(submit(v))}
            onClearRoom={() => setRoom(null)}
            onReset={resetAll}
          />
        </Col>
      </Row>
      <DuplicatesModal
        list={dups?.list ?? null}
        linking={link.isPending ? (link.variables?.params.path.id ?? null) : null}
        onLink={(r) => quietly(linkTo(r))}
        onCreateAnyway={() => createFrom(dups!.values, true)}
        onOpen={setDrawerId}
        onClose={() => setDups(null)}
      />
      <RequestDrawer id={drawerId} onClose={() => setDrawerId(null)} onChanged={() => void open.refetch()} />
    </PageContainer>
  );
}
