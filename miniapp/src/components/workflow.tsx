/**
 * An owner's workflow on the phone (放行条, 装修, 入伙, 车位申请): where it stands (the status row and the
 * header card), the code to show, the steps, and 办理进度 — one markup and one stylesheet (workflow.css) for
 * every package, as the console's StepsCard is for the desk; and the owner's say on an application made for
 * their room (agree or not) or on their own (withdraw it). A page keeps only its own sections.
 */
import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type ReactNode } from 'react';
import { fullTime } from '../services/format';
import { toast } from '../services/request';
import { Button } from './button';
import { Section, WrapAtSpaces } from './ui';
import './workflow.css';

/** A status tag's colour: done (ok), waiting on someone (warn), ended against the owner (bad), or plain. */
export type Tone = 'ok' | 'warn' | 'bad' | '';

/** A status in its colour. */
export function WorkflowTag(props: { status: string; tone?: Tone; className?: string }) {
  return <Text className={`wf-tag ${props.tone ? `wf-tag--${props.tone}` : ''} ${props.className ?? ''}`}>{props.status}</Text>;
}

/** The title and the status tag on one line (the tag goes under the title when the text is large). */
export function StatusRow(props: { title: ReactNode; status: string; tone?: Tone; tagClassName?: string }) {
  return (
    <View className="wf-row">
      <Text className="wf-title">{props.title}</Text>
      <WorkflowTag status={props.status} tone={props.tone} className={props.tagClassName} />
    </View>
  );
}

/** The detail page's first card: the status row, then the lines the page gives. */
export function StatusHeader(props: {
  title: ReactNode;
  status: string;
  tone?: Tone;
  /** the card's test class, e.g. t-pass-detail */
  className?: string;
  tagClassName?: string;
  children?: ReactNode;
}) {
  return (
    <View className={`card ${props.className ?? ''}`}>
      <StatusRow title={props.title} status={props.status} tone={props.tone} tagClassName={props.tagClassName} />
      {props.children}
    </View>
  );
}

/**
 * A code to show the guard or to post on the door, large: in its parts (prefix, day, serial), so at large text
 * it wraps between them, never off the screen.
 */
export function BigCode(props: { code: string; className?: string }) {
  const c = props.code;
  return (
    <Text className={`wf-code ${props.className ?? ''}`} data-latin-ok>
      {[c.slice(0, -10), c.slice(-10, -4), c.slice(-4)].filter(Boolean).map((part, i) => (
        <Text key={i} className="wf-code__part">
          {part}
        </Text>
      ))}
    </Text>
  );
}

/** The steps of the whole job in a row: the done ones ticked, the current one marked. */
export function WorkflowSteps(props: { steps: readonly { step: string; label: string; state: string }[] }) {
  return (
    <View className="wf-steps">
      {props.steps.map((s) => (
        <Text key={s.step} className={`wf-step wf-step--${s.state}`}>
          {s.state === 'done' ? '✓ ' : ''}
          {s.label}
        </Text>
      ))}
    </View>
  );
}

/** 办理进度: what happened, newest first — each step's words, its time in the project's zone, and its note. */
export function WorkflowTimeline(props: {
  events: readonly { at: string; label: string; note?: string | null }[];
  title?: string;
}) {
  return (
    <Section title={props.title ?? '办理进度'}>
      <View className="card">
        {props.events
          .slice()
          .reverse()
          .map((e, i) => (
            <View key={i} className="wf-entry">
              <View className="wf-row">
                <Text className="wf-text">{e.label}</Text>
                <WrapAtSpaces className="muted wf-row__end" text={fullTime(e.at)} />
              </View>
              {e.note ? <Text className="muted">{e.note}</Text> : null}
            </View>
          ))}
      </View>
    </Section>
  );
}

export type OwnerAction = 'confirm' | 'decline' | 'cancel';

/**
 * The owner's say: on an application a tenant or family member made for their room, agree or not (not, with
 * the reason, which the applicant sees); on their own application, withdraw it (the reason optional). Each
 * step after a confirmation that says what follows; one press at a time. `extra` (e.g. 修改并重新提交) comes
 * first; nothing shows when none of these is open to the owner.
 */
export function OwnerDecision<T>(props: {
  allowed: readonly string[];
  /** the section's title when the owner is asked, and otherwise */
  titles: [asked: string, otherwise: string];
  /** the words asking the owner */
  ask: ReactNode;
  /** the agree button's words, e.g. 同意放行 */
  agree: string;
  /** what each step leads to, in the confirmation */
  confirmText: Record<OwnerAction, string>;
  /** the test classes' prefix, e.g. t-pass (t-pass-confirm, t-pass-decline, t-pass-cancel) */
  testPrefix: string;
  extra?: ReactNode;
  send: (action: OwnerAction, body: { reason?: string }) => Promise<T>;
  onDone: (result: T) => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const act = async (action: OwnerAction, title: string) => {
    if (busy) return;
    if (action === 'decline' && reason.trim().length < 2) return toast('请填写不同意的原因');
    const ok = await Taro.showModal({ title, content: props.confirmText[action], confirmText: '确定', cancelText: '返回' });
    if (!ok.confirm) return;
    setBusy(true);
    try {
      props.onDone(await props.send(action, reason.trim() ? { reason: reason.trim() } : {}));
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  const asked = props.allowed.includes('confirm');
  if (!asked && !props.extra && !props.allowed.includes('cancel')) return null;
  const t = props.testPrefix;
  return (
    <Section title={asked ? props.titles[0] : props.titles[1]}>
      <View className="card">
        {asked ? <Text className="wf-text">{props.ask}</Text> : null}
        {props.extra}
        <Textarea
          className="textarea"
          placeholder={asked ? '不同意时请写明原因' : '撤回原因（选填）'}
          maxlength={200}
          value={reason}
          onInput={(e) => setReason(e.detail.value)}
        />
        <View className="wf-btns">
          {asked ? (
            <>
              <Button
                className={`btn btn--primary btn--block ${t}-confirm`}
                disabled={busy}
                onClick={() => void act('confirm', props.agree)}
              >
                {props.agree}
              </Button>
              <Button
                className={`btn btn--ghost btn--block ${t}-decline`}
                disabled={busy}
                onClick={() => void act('decline', '不同意')}
              >
                不同意
              </Button>
            </>
          ) : (
            <Button
              className={`btn btn--ghost btn--block ${t}-cancel`}
              disabled={busy}
              onClick={() => void act('cancel', '撤回申请')}
            >
              撤回申请
            </Button>
          )}
        </View>
      </View>
    </Section>
  );
}
