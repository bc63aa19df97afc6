// What a screen may say: Simplified Chinese, with no rule IDs (R-REP-01) or other internal words.
// `uiTextProblems(page)` reads the text a person sees on a Playwright page (visible text, input
// placeholders, image alt texts and titles) and returns every Latin word outside the allowed list and
// every rule ID, each with the text around it. Used by the admin console's route walk and the
// mini-program's page walk: one checker for both.
//
// Allowed without listing: ID-like codes that mix letters and digits (BX1012611230001, DN15, A5),
// single capital letters (A座, B1), and words inside an element marked `data-latin-ok` (data a person
// types in Latin letters, such as the demo usernames and passwords on the login page).
/* global HTMLElement, getComputedStyle, NodeFilter -- evaluated in the page */

/** Latin words a Chinese screen may show: units, brand names, common abbreviations people say as is. */
export const ALLOWED_LATIN = [
  ...'kg g km m cm mm KB MB GB kW kWh h min px'.split(' '), // units
  ...'WeChat QQ APP App WiFi Wi Fi PDF Excel CSV csv xlsx IC LED USB VIP SMS AM PM'.split(' '), // brands, names said as is
];

const RULE_ID = /\bR-[A-Z]{2,5}-\d{2,3}\b/g;
const WORD = /[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?/g;

/**
 * The problems in a piece of screen text.
 * @param {string} text
 * @param {{ allow?: string[] }} [opts] extra words allowed on this screen
 * @returns {{ kind: 'rule-id' | 'latin', word: string, context: string }[]}
 */
export function textProblems(text, opts = {}) {
  const allowed = new Set([...ALLOWED_LATIN, ...(opts.allow ?? [])]);
  const out = [];
  const context = (i, len) => text.slice(Math.max(0, i - 20), i + len + 20).replace(/\s+/g, ' ');
  for (const m of text.matchAll(RULE_ID)) out.push({ kind: 'rule-id', word: m[0], context: context(m.index, m[0].length) });
  const withoutRuleIds = text.replace(RULE_ID, (s) => ' '.repeat(s.length));
  for (const m of withoutRuleIds.matchAll(WORD)) {
    const w = m[0];
    if (/\d/.test(w)) continue; // a code: BX1012611230001, DN15, A5
    if (/^[A-Z]$/.test(w)) continue; // A座, B1 (B is a building letter)
    if (allowed.has(w)) continue;
    out.push({ kind: 'latin', word: w, context: context(m.index, w.length) });
  }
  return out;
}

/**
 * Everything on the page a person reads: visible text, placeholders of visible inputs, alt texts
 * and titles of visible elements, leaving out elements marked `data-latin-ok`.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string>}
 */
export async function screenText(page) {
  return page.evaluate(() => {
    const visible = (el) => {
      if (!(el instanceof HTMLElement)) return false;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
    };
    const skip = (el) => !!el.closest('[data-latin-ok]');
    const parts = [];
    // text nodes, so that marked elements can be left out of their parent's text
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim()) continue;
      if (el.closest('script, style, noscript, template') || skip(el)) continue;
      const shown = el.checkVisibility ? el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) : visible(el);
      if (!shown) continue;
      parts.push(n.textContent.trim());
    }
    for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]'))
      if (visible(el) && !skip(el) && !el.value) parts.push(el.getAttribute('placeholder'));
    for (const el of document.querySelectorAll('img[alt], [title]'))
      if (visible(el) && !skip(el)) parts.push(el.getAttribute('alt') ?? '', el.getAttribute('title') ?? '');
    return parts.filter(Boolean).join('\n');
  });
}

/**
 * The problems on what the page shows now.
 * @param {import('playwright-core').Page} page
 * @param {{ allow?: string[] }} [opts]
 */
export async function uiTextProblems(page, opts = {}) {
  return textProblems(await screenText(page), opts);
}

/** One line per problem, for a failing assertion's message. */
export function describeProblems(where, problems) {
  return problems.map((p) => `${where}: ${p.kind === 'rule-id' ? '规则编号' : '英文'} “${p.word}” 在 “…${p.context}…”`);
}
