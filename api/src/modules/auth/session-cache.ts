import type { SessionPrincipal } from './auth.repository.js';

/** Sessions kept at most (oldest forgotten first). */
const KEPT = 10_000;

/**
 * Who is behind each session an instance has just checked, kept for `SESSION_CACHE_SECONDS`: a
 * page's burst of requests, or a technician's moves a minute apart within the window, read the
 * session and its staff member once instead of on every request. What this instance changes is
 * forgotten at once — a sign-out, the staff member's roles, projects, name, password or archiving,
 * an archived owner — through AuthService and auth's subscriptions; what another instance changes
 * is seen here within the window (the README's "More than one instance"). Expiry is still checked
 * on every request against the session's own end.
 */
export class SessionCache {
  private readonly kept = new Map<string, { s: SessionPrincipal; until: number }>();
  /** counts forgettings: a read that started before one is not kept (it may hold what was just revoked) */
  private forgot = 0;

  constructor(private readonly ttlMs: number) {}

  get(sessionId: string, nowMs: number): SessionPrincipal | null {
    const hit = this.kept.get(sessionId);
    if (!hit) return null;
    if (hit.until > nowMs) return hit.s;
    this.kept.delete(sessionId);
    return null;
  }

  /** Taken before reading a session from the database, handed back to `set`. */
  mark(): number {
    return this.forgot;
  }

  set(sessionId: string, s: SessionPrincipal, nowMs: number, mark: number): void {
    if (this.ttlMs <= 0 || mark !== this.forgot) return;
    if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(sessionId, { s, until: nowMs + this.ttlMs });
  }

  forgetSession(sessionId: string): void {
    this.forgot++;
    this.kept.delete(sessionId);
  }

  /** Every session of one staff member or owner. */
  forgetSubject(kind: 'staff' | 'owner', subjectId: number): void {
    this.forgot++;
    for (const [id, { s }] of this.kept) if (s.kind === kind && s.subjectId === subjectId) this.kept.delete(id);
  }
}
