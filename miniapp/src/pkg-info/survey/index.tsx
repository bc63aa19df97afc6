/**
 * 满意度调查 (R-RPT-03): this quarter's survey of my project — for a room of mine not yet answered, a rating
 * 1–5 for each service area (很不满意 … 很满意) and a comment; one answer per room per quarter (the server
 * keeps one even when two family members send at once).
 */
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { SURVEY_AREAS, SURVEY_AREA_LABELS, SURVEY_COMMENT_MAX, SURVEY_RATING_LABELS, type SurveyArea } from '@wy/shared';
import { Button } from '../../components/button';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { tappable } from '../../components/tap';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { fullTime } from '../../services/format';
import { api, toast } from '../../services/request';
import type { MySurvey } from '../../services/models';
import '../../srv-common/srv.css';
import '../info.css';

function Answer(props: { s: MySurvey; onDone: () => void }) {
  const { s } = props;
  const open = s.rooms.filter((r) => !r.answered);
  const [roomId, setRoomId] = useState<number | null>(open[0]?.roomId ?? null);
  const [scores, setScores] = useState<Partial<Record<SurveyArea, number>>>({});
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (roomId === null) return;
    const missing = SURVEY_AREAS.find((a) => !scores[a]);
    if (missing) return toast(`请为“${SURVEY_AREA_LABELS[missing]}”评分`);
    setBusy(true);
    try {
      await api.post('/me/surveys/{id}/responses', {
        path: { id: s.id },
        body: {
          roomId,
          service: scores.service!,
          repair: scores.repair!,
          cleaning: scores.cleaning!,
          security: scores.security!,
          greening: scores.greening!,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        },
      });
      toast('提交成功，感谢您的反馈');
      setScores({});
      setComment('');
      props.onDone();
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="card t-survey">
      <Text className="info-section__title">{s.title}</Text>
      <Text className="info-item__meta">
        {s.projectName} · 截止{' '}
        {fullTime(new Date(new Date(s.closesAt).getTime() - 60_000).toISOString(), { timeZone: s.timeZone })}
      </Text>
      {open.length === 0 ? (
        <Text className="info-detail__para t-survey-done">本季度您的房屋均已参与调查，感谢您的反馈！</Text>
      ) : (
        <>
          {s.rooms.length > 1 ? (
            <View className="act-field">
              <View className="act-field__title">为哪套房屋作答</View>
              <View className="act-options act-options--row">
                {s.rooms.map((r) => (
                  <View
                    key={r.roomId}
                    className={`act-option ${roomId === r.roomId ? 'act-option--on' : ''} t-survey-room`}
                    {...(r.answered
                      ? { 'aria-disabled': true }
                      : tappable(r.label, () => setRoomId(r.roomId), { pressed: roomId === r.roomId }))}
                  >
                    <Text className="act-option__label">
                      {r.label}
                      {r.answered ? '（已作答）' : ''}
                    </Text>
                  </View>
                ))}
              </View>
            </View>
          ) : null}
          {SURVEY_AREAS.map((area) => (
            <View key={area} className="sv-area">
              <Text className="sv-area__label">{SURVEY_AREA_LABELS[area]}</Text>
              <View className="sv-stars">
                {[1, 2, 3, 4, 5].map((n) => (
                  <View
                    key={n}
                    className={`sv-star ${scores[area] === n ? 'sv-star--on' : ''} t-survey-${area}-${n}`}
                    {...tappable(
                      `${SURVEY_AREA_LABELS[area]} ${n} 分，${SURVEY_RATING_LABELS[n]}`,
                      () => setScores({ ...scores, [area]: n }),
                      {
                        checked: scores[area] === n,
                      },
                    )}
                  >
                    <Text className="sv-star__n">{n}</Text>
                    <Text className="sv-star__label">{SURVEY_RATING_LABELS[n]}</Text>
                  </View>
                ))}
              </View>
            </View>
          ))}
          <View className="act-field">
            <View className="act-field__title">意见建议（选填）</View>
            <Textarea
              className="sv-comment t-survey-comment"
              value={comment}
              maxlength={SURVEY_COMMENT_MAX}
              placeholder="您对物业服务的意见和建议"
              onInput={(e) => setComment(e.detail.value)}
            />
          </View>
          <Button className="btn btn--primary btn--block t-survey-submit" disabled={busy} onClick={submit}>
            提交
          </Button>
        </>
      )}
    </View>
  );
}

export default function Surveys() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/surveys', { silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(list) =>
          list.length === 0 ? (
            <Empty
              className="t-survey-empty"
              icon="评"
              title="暂无进行中的调查"
              desc="物业服务中心每季度开展业主满意度调查，届时会显示在这里"
            />
          ) : (
            <>
              {list.map((s) => (
                <Answer key={s.id} s={s} onDone={() => void page.reload()} />
              ))}
            </>
          )
        }
      </PageState>
    </View>
  );
}
