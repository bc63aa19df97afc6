/**
 * A dialog or drawer whose code loads the first time it is shown, then stays mounted (so it still animates
 * closed): `<Deferred when={open}><OwnerForm open={open} … /></Deferred>` with `OwnerForm = lazy(…)`.
 * Forms built on pro-form bring its whole field set; a page's first load does without them.
 */
import { Suspense, useState, type ReactNode } from 'react';

export default function Deferred({ when, children }: { when: boolean; children: ReactNode }) {
  const [seen, setSeen] = useState(when);
  if (when && !seen) setSeen(true);
  return seen ? <Suspense fallback={null}>{children}</Suspense> : null;
}
