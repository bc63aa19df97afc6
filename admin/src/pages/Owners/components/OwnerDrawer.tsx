import { useCallback, useEffect, useState } from 'react';
import { STAFF_BINDING_STATUS_TEXT } from '../../../utils/enums';
import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, App, Button, Descriptions, Drawer, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { formatPropertyCode, OCCUPANT_KIND_LABELS } from '@wy/shared';
import { useAccess } from '../../../auth';
import { client, got, showError, showSuccess } from '../../../services/api';
import type { PersonDetail, PersonRoom, Vehicle } from '../../../services/models';
import { BINDING_COLORS } from '../../../components/BindingTags';
import { formatTime } from '../../../utils/time';
import OwnerForm from './OwnerForm';

interface Props {
  ownerId: number | null;
  projectId: number;
  onClose: () => void;
  onChanged: () => void;
}

export default function OwnerDrawer({ ownerId, projectId, onClose, onChanged }: Props) {
  const access = useAccess();
  const { modal } = App.useApp();
  const [owner, setOwner] = useState<PersonDetail | null>(null);
  const [revealed, setRevealed] = useState<{ phone: string | null; idNumber: string | null } | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [editOpen, setEditOpen] = useState(false);
  const [archiveOpen, setArchiveOpen] = useState(false);

  const load = useCallback(async (id: number) => {
    try {
      setOwner(await got(client.GET('/api/v1/owners/{id}', { params: { path: { id } } })));
    } catch (e) {
      showError(e);
    }
  }, []);

  useEffect(() => {
    setOwner(null);
    setRevealed(null);
    if (ownerId) void load(ownerId);
  }, [ownerId, load]);

  const reveal = async () => {
    if (!owner) return;
    setRevealing(true);
    try {
      setRevealed(await got(client.POST('/api/v1/owners/{id}/reveal', { params: { path: { id: owner.id } } })));
    } catch (e) {
      showError(e);
    } finally {
      setRevealing(false);
    }
  };

  const archived = !!owner?.archivedAt;

  return (
    <Drawer
      title={
        owner ? (
          <Space>
            {owner.name}
            {owner.isKeyCustomer && <Tag color="volcano">重点客户</Tag>}
            {archived && <Tag>已归档</Tag>}
          </Space>
        ) : (
          '档案详情'
        )
      }
      open={!!ownerId}
      onClose={onClose}
      width={720}
      destroyOnHidden
      data-testid="owner-drawer"
      extra={
        owner &&
        !archived && (
          <Space>
            {access.peopleWrite && <Button onClick={() => setEditOpen(true)}>编辑</Button>}
            {access.peopleArchive && (
              <Button danger onClick={() => setArchiveOpen(true)} data-testid="owner-archive">
                归档
              </Button>
            )}
          </Space>
        )
      }
    >
      {!owner ? (
        <Skeleton active />
      ) : (
        <>
          {archived && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={`该档案已于 ${formatTime(owner.archivedAt)} 归档，仅供查阅`}
            />
          )}
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label="姓名">{owner.name}</Descriptions.Item>
            <Descriptions.Item label="重点客户">{owner.isKeyCustomer ? '是' : '否'}</Descriptions.Item>
            <Descriptions.Item label="手机号">
              {revealed ? (
                revealed.phone ? (
                  <Typography.Text copyable strong>
                    {revealed.phone}
                  </Typography.Text>
                ) : (
                  '未登记'
                )
              ) : (
                owner.phoneMasked || '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label="身份证号">
              {revealed ? (
                revealed.idNumber ? (
                  <Typography.Text copyable strong>
                    {revealed.idNumber}
                  </Typography.Text>
                ) : (
                  '未登记'
                )
              ) : (
                owner.idNumberMasked || '未登记'
              )}
            </Descriptions.Item>
            <Descriptions.Item label="备注" span={2}>
              {owner.note || '—'}
            </Descriptions.Item>
          </Descriptions>
          {access.revealPii &&
            (revealed ? (
              <Alert
                style={{ marginTop: 12 }}
                type="warning"
                showIcon
                data-testid="reveal-note"
                message="您正在查看完整个人信息，本次查看已记录（查看人、时间），请勿外传。"
              />
            ) : (
              <Space style={{ marginTop: 12 }}>
                <Button icon={<EyeOutlined />} loading={revealing} onClick={reveal} data-testid="owner-reveal">
                  查看完整信息
                </Button>
                <Typography.Text type="secondary">查看完整手机号和身份证号会被记录在审计日志中</Typography.Text>
              </Space>
            ))}

          <Typography.Title level={5} style={{ marginTop: 24 }}>
            房屋（{owner.rooms.length}）
          </Typography.Title>
          <Table<PersonRoom>
            size="small"
            rowKey="bindingId"
            pagination={false}
            dataSource={owner.rooms}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无房屋" /> }}
            columns={[
              { title: '房屋', dataIndex: 'roomLabel' },
              { title: '物业编码', dataIndex: 'propertyCode', render: (c: string) => formatPropertyCode(c) },
              { title: '身份', dataIndex: 'kind', render: (k: PersonRoom['kind']) => OCCUPANT_KIND_LABELS[k] ?? k },
              {
                title: '绑定状态',
                dataIndex: 'status',
                render: (s: PersonRoom['status']) => <Tag color={BINDING_COLORS[s]}>{STAFF_BINDING_STATUS_TEXT[s] ?? s}</Tag>,
              },
            ]}
          />

          <Typography.Title level={5} style={{ marginTop: 24 }}>
            车辆（{owner.vehicles.length}）
          </Typography.Title>
          <Table<Vehicle>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={owner.vehicles}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无车辆" /> }}
            columns={[
              { title: '车牌', dataIndex: 'plate', render: (p: string) => <Tag color="blue">{p}</Tag> },
              { title: '房屋', dataIndex: 'roomLabel', render: (v) => v || '—' },
              { title: '车型', dataIndex: 'model', render: (v) => v || '—' },
              { title: '颜色', dataIndex: 'color', render: (v) => v || '—' },
              { title: '车位', dataIndex: 'spaceNo', render: (v) => v || '—' },
            ]}
          />
        </>
      )}

      <OwnerForm
        open={editOpen}
        projectId={projectId}
        owner={owner}
        onClose={(saved) => {
          setEditOpen(false);
          if (saved && owner) {
            setRevealed(null);
            void load(owner.id);
            onChanged();
          }
        }}
      />
      <ModalForm<{ reason: string }>
        title={`归档档案：${owner?.name ?? ''}`}
        open={archiveOpen}
        width={460}
        modalProps={{ destroyOnHidden: true, onCancel: () => setArchiveOpen(false) }}
        submitter={{
          searchConfig: { submitText: '归档' },
          submitButtonProps: { danger: true, 'data-testid': 'owner-archive-submit' },
        }}
        onFinish={async ({ reason }) => {
          if (!owner) return false;
          const ok = await modal.confirm({
            title: '确认归档该档案？',
            content: '归档后档案不能再编辑，其房屋绑定将一并解除；数据不会被删除。',
            okText: '确认归档',
            okButtonProps: { danger: true },
            cancelText: '再想想',
          });
          if (!ok) return false;
          try {
            await got(
              client.POST('/api/v1/owners/{id}/archive', { params: { path: { id: owner.id } }, body: { reason: reason.trim() } }),
            );
            showSuccess('档案已归档');
            setArchiveOpen(false);
            void load(owner.id);
            onChanged();
            return true;
          } catch (e) {
            showError(e);
            return false;
          }
        }}
      >
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="档案归档后不会删除，归档操作会记录在审计日志中。" />
        <ProFormTextArea
          name="reason"
          label="归档原因"
          placeholder="如：房屋已过户，原业主迁出"
          rules={[{ required: true, whitespace: true, message: '请填写归档原因' }]}
          fieldProps={{ maxLength: 200, showCount: true }}
        />
      </ModalForm>
    </Drawer>
  );
}
