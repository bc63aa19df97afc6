/** One of my rooms: facts, household members, and the member/tenant requests an approved owner reviews. */
import { Input, Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import {
  formatArea,
  formatPropertyCode,
  mayReviewBinding,
  OCCUPANT_KIND_LABELS,
  ROOM_USE_LABELS,
  type RoomUse,
} from '@wy/shared';
import { Section, StatusTag } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { CallCentreButton } from '../../components/call';
import { api, ApiError, toast } from '../../services/request';
import { roomLabel } from '../../services/rooms';
import type { MyRoomDetail, Occupant } from '../../services/models';
import '../house.css';

async function loadRoom(roomId: number) {
  if (!Number.isInteger(roomId) || roomId <= 0) throw new ApiError(404, 'NOT_FOUND', '未找到该房屋');
  return api.get('/me/rooms/{roomId}', { path: { roomId }, silent: true });
}

export default function RoomDetail() {
  const roomId = Number(useRouter().params.roomId);
  const page = usePage(() => loadRoom(roomId), { guard: requireOwner });
  return (
    <PageState
      page={page}
      rows={3}
      notFound={{ title: '未找到该房屋', desc: '该房屋可能已解除绑定', actionText: '返回我的房屋' }}
    >
      {(room) => <RoomView room={room} reload={page.reload} />}
    </PageState>
  );
}

function RoomView(props: { room: MyRoomDetail; reload: () => Promise<void> }) {
  const { room } = props;
  const [rejecting, setRejecting] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const approve = async (o: Occupant) => {
    const { confirm } = await Taro.showModal({
      title: '同意绑定',
      content: `同意 ${o.name}（${OCCUPANT_KIND_LABELS[o.kind]}）绑定本房屋？`,
      confirmText: '同意',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      await api.post('/me/bindings/{id}/approve', { path: { id: o.bindingId } });
      toast('已同意');
      await props.reload();
    } catch {
      // toast shown by the wrapper
    } finally {
      setBusy(false);
    }
  };

  const reject = async (o: Occupant) => {
    const r = reason.trim();
    if (!r) return toast('请填写拒绝原因');
    setBusy(true);
    try {
      await api.post('/me/bindings/{id}/reject', { path: { id: o.bindingId }, body: { reason: r } });
      toast('已拒绝');
      setRejecting(null);
      setReason('');
      await props.reload();
    } catch {
      // toast shown by the wrapper
    } finally {
      setBusy(false);
    }
  };

  const iAmOwner = room.kind === 'owner';
  const pending = room.occupants.filter((o) => o.status === 'pending');
  const members = room.occupants.filter((o) => o.status === 'approved');

  return (
    <View className="page house">
      <View className="card house__facts">
        <Text className="muted">{room.projectName}</Text>
        <Text className="house__room-no t-room-title">{roomLabel(room, false)}</Text>
        <View className="house__grid">
          <View className="house__fact">
            <Text className="house__fact-label">建筑面积</Text>
            <Text className="house__fact-value">{formatArea(room.area)} m²</Text>
          </View>
          <View className="house__fact">
            <Text className="house__fact-label">用途</Text>
            <Text className="house__fact-value">{ROOM_USE_LABELS[room.use as RoomUse] ?? room.use}</Text>
          </View>
          <View className="house__fact">
            <Text className="house__fact-label">我的身份</Text>
            <Text className="house__fact-value">{OCCUPANT_KIND_LABELS[room.kind]}</Text>
          </View>
          <View className="house__fact">
            <Text className="house__fact-label">房屋编码</Text>
            <Text className="house__fact-value house__code">{formatPropertyCode(room.propertyCode)}</Text>
          </View>
        </View>
        <CallCentreButton
          phone={room.servicePhone}
          projectName={room.projectName}
          className="btn--ghost btn--small house__call t-room-call"
        />
      </View>

      {pending.length > 0 ? (
        <Section title={`待审核申请（${pending.length}）`}>
          <View className="card card--flush house__flush">
            {pending.map((o) => {
              const canReview = iAmOwner && !o.isMe && mayReviewBinding(o.kind, 'room_owner');
              return (
                <View key={o.bindingId} className="house__pending t-pending-member">
                  <View className="cell">
                    <View className="house__avatar">{o.name.slice(0, 1)}</View>
                    <View className="cell__main">
                      <Text className="cell__title">
                        {o.name}
                        {o.isMe ? <Text className="house__me">我</Text> : null}
                      </Text>
                      <Text className="cell__desc">
                        申请成为{OCCUPANT_KIND_LABELS[o.kind]}
                        {canReview ? '' : ' · 物业服务中心审核中'}
                      </Text>
                    </View>
                    {canReview ? null : <StatusTag status={o.status} />}
                  </View>
                  {canReview && rejecting !== o.bindingId ? (
                    <View className="house__actions">
                      <Button
                        className="btn btn--small house__btn t-reject"
                        onClick={() => {
                          setRejecting(o.bindingId);
                          setReason('');
                        }}
                      >
                        拒绝
                      </Button>
                      <Button
                        className={`btn btn--primary btn--small house__btn t-approve ${busy ? 'btn--disabled' : ''}`}
                        onClick={() => approve(o)}
                      >
                        同意
                      </Button>
                    </View>
                  ) : null}
                  {canReview && rejecting === o.bindingId ? (
                    <View className="house__reject">
                      <View className="field">
                        <Input
                          className="field__input t-reject-input"
                          placeholder="请填写拒绝原因，如：不认识此人"
                          maxlength={100}
                          value={reason}
                          focus
                          onInput={(e) => setReason(e.detail.value)}
                        />
                      </View>
                      <View className="house__actions">
                        <Button className="btn btn--small house__btn t-reject-cancel" onClick={() => setRejecting(null)}>
                          取消
                        </Button>
                        <Button
                          className={`btn btn--danger btn--small house__btn t-reject-confirm ${busy ? 'btn--disabled' : ''}`}
                          onClick={() => reject(o)}
                        >
                          确认拒绝
                        </Button>
                      </View>
                    </View>
                  ) : null}
                </View>
              );
            })}
          </View>
        </Section>
      ) : null}

      <Section title={`房屋成员（${members.length}）`}>
        {members.length === 0 ? (
          <View className="card">
            <Text className="muted">暂无成员</Text>
          </View>
        ) : (
          <View className="card card--flush house__flush">
            {members.map((o) => (
              <View key={o.bindingId} className="cell t-member">
                <View className="house__avatar">{o.name.slice(0, 1)}</View>
                <View className="cell__main">
                  <Text className="cell__title">
                    {o.name}
                    {o.isMe ? <Text className="house__me">我</Text> : null}
                  </Text>
                </View>
                <Text className="house__kind">{OCCUPANT_KIND_LABELS[o.kind]}</Text>
              </View>
            ))}
          </View>
        )}
      </Section>

      <View className="house__invite">
        <Text className="house__invite-title">如何添加家人或租户？</Text>
        <Text className="muted">
          请对方登录本小程序，在「绑定房屋」中选择本房屋并选择身份「家庭成员」或「租户」，提交后
          {iAmOwner ? '由您在此页审核' : '由业主或物业服务中心审核'}。
        </Text>
      </View>
    </View>
  );
}
