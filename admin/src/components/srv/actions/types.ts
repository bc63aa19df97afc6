/**
 * One repair action's form in the console: its fields, how the values become the API's body, and what it
 * says when done. `index.ts` keys them by action; an action without an entry gets the common reason/note
 * fields only. A new action (or a new field of an action) is one file here and one line in the registry.
 */
import type { ComponentType } from 'react';
import type { HookAPI } from 'antd/es/modal/useModal';
import type { Dayjs } from 'dayjs';
import type { DispatchMode, FinishCheck, RepairAction } from '@wy/shared';
import type { ActionBody, RequestDetail, RequestSummary } from '../../../services/models';

/** The work order an action is taken on (a list row or the detail). */
export type ActionTarget = Pick<
  RequestSummary,
  'id' | 'code' | 'urgency' | 'requiredBy' | 'projectId' | 'summary' | 'categoryId' | 'categoryName'
> &
  Partial<Pick<RequestDetail, 'chargeKind' | 'priceFen' | 'scope'>>;

/** Every field any action's form may hold (each form uses its own few). */
export interface ActionValues {
  reason?: string;
  note?: string;
  mode?: DispatchMode;
  assigneeStaffId?: number;
  assigneeTeam?: string;
  /** pickers: ProForm hands dates back as strings of the picked wall clock */
  requiredBy?: Dayjs | string;
  appointment?: [Dayjs | string, Dayjs | string];
  materials?: { name: string; spec?: string; quantity: number; unit?: string }[];
  result?: string;
  fee?: string;
  photoIds?: number[];
  signature?: string;
  method?: ActionBody['method'];
  satisfaction?: ActionBody['satisfaction'];
  comment?: string;
  urgency?: ActionBody['urgency'];
  isImportant?: boolean;
  leftAt?: Dayjs | string;
  /** R-REP-16 the completion checks the technician confirmed */
  checks?: FinishCheck[];
}

export interface ActionFieldsProps {
  target: ActionTarget;
  action: RepairAction;
}

export interface ActionForm {
  /** the action's own fields (ProForm/antd Form items) */
  Fields?: ComponentType<ActionFieldsProps>;
  /** the values the form opens with */
  initialValues?: (target: ActionTarget) => ActionValues;
  /** this action's part of the body; the reason and note are added by the modal */
  body?: (v: ActionValues, target: ActionTarget) => ActionBody;
  /** the common 备注 field: shown unless false; a placeholder for it */
  note?: false | { placeholder: string };
  /** the reason field (actions that need one): its label (default 「<动作>原因」) and an example */
  reasonLabel?: string;
  reasonPlaceholder?: string;
  width?: number;
  /** the toast once done (default 「已<动作>：<单号>」) */
  doneText?: (d: RequestDetail, v: ActionValues, target: ActionTarget) => string | undefined;
  /** asked before sending, for a step that cannot be undone; resolves false to stay in the form */
  confirm?: (v: ActionValues, target: ActionTarget, modal: HookAPI) => Promise<boolean>;
}
