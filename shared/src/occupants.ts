/** R-ORG-04 owner-side people and how a binding to a room is confirmed. */
export const OCCUPANT_KINDS = ['owner', 'member', 'tenant'] as const;
export type OccupantKind = (typeof OCCUPANT_KINDS)[number];
export const OCCUPANT_KIND_LABELS: Record<OccupantKind, string> = {
  owner: '业主',
  member: '家庭成员',
  tenant: '租户',
};

export const BINDING_STATUSES = ['pending', 'approved', 'rejected', 'revoked'] as const;
export type BindingStatus = (typeof BINDING_STATUSES)[number];
export const BINDING_STATUS_LABELS: Record<BindingStatus, string> = {
  pending: '审核中',
  approved: '已绑定',
  rejected: '已驳回',
  revoked: '已解除',
};

/** A binding in one of these states holds the (room, person) pair: no second one may be opened. */
export const ACTIVE_BINDING_STATUSES: readonly BindingStatus[] = ['pending', 'approved'];

export type BindingReviewer = 'centre' | 'room_owner';

/**
 * R-ORG-04 / R-OWN-01: who may approve a binding request.
 * An owner's request is approved by the service centre only; a member's or
 * tenant's by the service centre or by an approved owner of that room.
 */
export function mayReviewBinding(kind: OccupantKind, reviewer: BindingReviewer): boolean {
  if (reviewer === 'centre') return true;
  return kind === 'member' || kind === 'tenant';
}

/** Legal binding moves; anything else is refused. */
export const BINDING_TRANSITIONS: Record<BindingStatus, readonly BindingStatus[]> = {
  pending: ['approved', 'rejected', 'revoked'],
  approved: ['revoked'],
  rejected: [],
  revoked: [],
};
export function canMoveBinding(from: BindingStatus, to: BindingStatus): boolean {
  return BINDING_TRANSITIONS[from].includes(to);
}
