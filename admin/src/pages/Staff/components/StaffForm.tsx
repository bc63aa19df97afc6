import { ModalForm, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { isMobilePhone, mayGrantRole, passwordProblem, STAFF_ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@wy/shared';
import { useAuth } from '../../../auth';
import { useProject } from '../../../project';
import { client, got, showError, showSuccess } from '../../../services/api';
import type { StaffMember } from '../../../services/models';

interface Values {
  username: string;
  name: string;
  phone?: string;
  password?: string;
  roles: StaffRole[];
  projectIds: number[];
}

export default function StaffForm({
  open,
  member,
  onClose,
}: {
  open: boolean;
  member: StaffMember | null;
  onClose: (saved: boolean) => void;
}) {
  const { me } = useAuth();
  const { projects, projectId } = useProject();
  const isNew = !member;
  const myRoles = me?.roles ?? [];
  const roleOptions = STAFF_ROLES.map((r) => ({
    value: r,
    label: STAFF_ROLE_LABELS[r],
    disabled: !mayGrantRole(myRoles, r) && !member?.roles.includes(r),
  }));

  return (
    <ModalForm<Values>
      key={member?.id ?? 'new'}
      title={isNew ? '新增员工' : `编辑员工：${member.name}`}
      open={open}
      width={560}
      grid
      rowProps={{ gutter: 16 }}
      modalProps={{ destroyOnHidden: true, onCancel: () => onClose(false) }}
      initialValues={
        member
          ? { username: member.username, name: member.name, roles: member.roles, projectIds: member.projectIds }
          : { roles: [], projectIds: projectId ? [projectId] : [] }
      }
      onFinish={async (v) => {
        const bad = v.roles.find((r) => !mayGrantRole(myRoles, r) && !member?.roles.includes(r));
        if (bad) {
          showError(new Error(`您不能授予“${STAFF_ROLE_LABELS[bad]}”角色`));
          return false;
        }
        try {
          if (isNew) {
            await got(
              client.POST('/api/v1/staff', {
                body: {
                  username: v.username.trim(),
                  name: v.name.trim(),
                  phone: v.phone?.trim() || undefined,
                  password: v.password!,
                  roles: v.roles,
                  projectIds: v.projectIds ?? [],
                },
              }),
            );
            showSuccess('员工已创建');
          } else {
            await got(
              client.PATCH('/api/v1/staff/{id}', {
                params: { path: { id: member.id } },
                body: {
                  name: v.name.trim(),
                  roles: v.roles,
                  projectIds: v.projectIds ?? [],
                  password: v.password || undefined,
                },
              }),
            );
            showSuccess(v.password ? '已保存，新密码已生效' : '已保存');
          }
          onClose(true);
          return true;
        } catch (e) {
          showError(e);
          return false;
        }
      }}
    >
      <ProFormText
        name="username"
        label="用户名"
        colProps={{ span: 12 }}
        disabled={!isNew}
        placeholder="登录用，字母或数字"
        rules={[
          { required: true, message: '请输入用户名' },
          { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: '3–32 位字母、数字、下划线' },
        ]}
      />
      <ProFormText
        name="name"
        label="姓名"
        colProps={{ span: 12 }}
        rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
      />
      {isNew && (
        <ProFormText
          name="phone"
          label="手机号"
          colProps={{ span: 12 }}
          placeholder="选填"
          rules={[
            {
              validator: async (_, val?: string) => {
                if (val && !isMobilePhone(val.trim())) throw new Error('请输入 11 位手机号');
              },
            },
          ]}
        />
      )}
      <ProFormText.Password
        name="password"
        label={isNew ? '初始密码' : '重置密码'}
        colProps={{ span: 12 }}
        placeholder={isNew ? '至少 8 位，含大小写字母、数字、符号中的三种' : '不修改请留空'}
        fieldProps={{ autoComplete: 'new-password' }}
        rules={[
          { required: isNew, message: '请输入初始密码' },
          ({ getFieldValue }) => ({
            validator: async (_, val?: string) => {
              const problem = val ? passwordProblem(val, getFieldValue('username') ?? member?.username) : null;
              if (problem) throw new Error(problem);
            },
          }),
        ]}
      />
      <ProFormSelect
        name="roles"
        label="角色"
        colProps={{ span: 24 }}
        mode="multiple"
        options={roleOptions}
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}
        tooltip="只有公司总部可以授予“公司总部”和“管理处经理”角色"
      />
      <ProFormSelect
        name="projectIds"
        label="所属项目"
        colProps={{ span: 24 }}
        mode="multiple"
        options={projects.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
        tooltip="公司总部角色可查看全部项目，无需选择"
      />
    </ModalForm>
  );
}
