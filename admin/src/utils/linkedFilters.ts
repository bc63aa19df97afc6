/**
 * A list's filters handed over in the address: a 工作台 card opens its page already filtered
 * (`/payments?from=2026-12-07&to=2026-12-07&method=cash`). Pages read them once, as their filters' first
 * values; anything not allowed is ignored and the page's own default stands.
 */
import { useSearchParams } from 'react-router-dom';

export function useLinkedFilters() {
  const [search] = useSearchParams();
  return {
    /** one of `allowed`, or undefined */
    oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
      const v = search.get(key);
      return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
    },
    /** a calendar date YYYY-MM-DD, or undefined */
    date(key: string): string | undefined {
      const v = search.get(key);
      return v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined;
    },
  };
}
