/**
 * 业主端功能: which owner services a project shows in the mini-program (报事报修, 物业缴费 …). Head office
 * and the project manager switch them (`project.modules`); a service not built yet is listed as 未上线 and
 * cannot be switched on. The list and which are built come from the API (declared once in @wy/shared).
 */
import { useState } from 'react';
import { App, Modal, Skeleton, Switch, Tag, Typography } from 'antd';
import { can, type OwnerModule } from '@wy/shared';
import { useAuth } from '../../auth';
import { ApiError, client, errorText } from '../../services/api';
import type { components } from '@wy/shared/api';
import LinkButton from '../../components/LinkButton';

type Modules = components['schemas']['ProjectModulesDto'];

async function ok<T>(p: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const r = await p;
  if (!r.response.ok || r.data === undefined) {
    const b = (r.error ?? {}) as { code?: string; message?: string };
    throw new ApiError(r.response.status, b.code ?? 'HTTP_' + r.response.status, b.message || '请求失败');
  }
  return r.data;
}

/** A "设置" link in the project's row that opens the switches (nothing for roles that may not switch). */
export default function ModulesSwitch(props: { project: { id: number; code: string; name: string } }) {
  const { me } = useAuth();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [modules, setModules] = useState<Modules['modules'] | null>(null);
  const [saving, setSaving] = useState(false);
  if (!can(me?.roles ?? [], 'project.modules')) return <Typography.Text type="secondary">—</Typography.Text>;

  const path = { params: { path: { id: props.project.id } } };
  const show = async () => {
    setOpen(true);
    setModules(null);
    try {
      setModules((await ok(client.GET('/api/v1/projects/{id}/modules', path))).modules);
    } catch (e) {
      void message.error(errorText(e));
      setOpen(false);
    }
  };
  const save = async () => {
    if (!modules) return;
    setSaving(true);
    try {
      const enabled = modules.filter((m) => m.enabled).map((m) => m.key as OwnerModule);
      await ok(client.PUT('/api/v1/projects/{id}/modules', { ...path, body: { enabled } }));
      void message.success('业主端功能已保存');
      setOpen(false);
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  const toggle = (key: string, enabled: boolean) =>
    setModules((ms) => ms && ms.map((m) => (m.key === key ? { ...m, enabled } : m)));

  return (
    <>
      <LinkButton data-testid="modules-open" onClick={show}>
        设置
      </LinkButton>
      <Modal
        title={`业主端功能 · ${props.project.code} ${props.project.name}`}
        open={open}
        okText="保存"
        cancelText="取消"
        confirmLoading={saving}
        okButtonProps={{ disabled: !modules, 'data-testid': 'modules-save' } as never}
        onOk={save}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          开启的功能显示在该项目业主的小程序首页和服务页；关闭后业主看不到入口。
        </Typography.Paragraph>
        {!modules ? (
          <Skeleton active />
        ) : (
          modules.map((m) => (
            <div key={m.key} data-testid={`module-${m.key}`} style={{ display: 'flex', alignItems: 'center', padding: '8px 0' }}>
              <div style={{ flex: 1 }}>
                <Typography.Text strong>{m.label}</Typography.Text>
                {m.built ? null : <Tag style={{ marginLeft: 8 }}>未上线</Tag>}
                <div>
                  <Typography.Text type="secondary">{m.desc}</Typography.Text>
                </div>
              </div>
              <Switch
                checked={m.enabled}
                disabled={!m.built}
                checkedChildren="开"
                unCheckedChildren="关"
                onChange={(v) => toggle(m.key, v)}
              />
            </div>
          ))
        )}
      </Modal>
    </>
  );
}
