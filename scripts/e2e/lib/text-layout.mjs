// What an owner with large text or poor sight meets on a phone page: text too small or too tight, tap areas
// too small or without a name, and text that overprints other text or is cut off. Checked on the page the
// H5 router shows (not the title bar or tab bar, which WeChat draws itself).
/* global NodeFilter, getComputedStyle -- evaluated in the page */

/** Text under `text` px or with line spacing under `lineHeight`, on the page root given. */
export function textSizeProblems(root, { text, lineHeight }) {
  return root.evaluate(
    (el, min) => {
      const out = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const p = n.parentElement;
        const t = (n.textContent ?? '').trim();
        if (!p || !t || !p.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        const cs = getComputedStyle(p);
        const fs = parseFloat(cs.fontSize);
        const lh = cs.lineHeight === 'normal' ? NaN : parseFloat(cs.lineHeight);
        if (fs < min.text) out.push(`文字 ${fs.toFixed(1)}px：“${t.slice(0, 16)}”`);
        // a glyph centred in its box (line height = box height) is not a line of text
        if (!(lh / fs >= min.lineHeight)) out.push(`行距 ${cs.lineHeight} / ${fs.toFixed(1)}px：“${t.slice(0, 16)}”`);
      }
      return out;
    },
    { text, lineHeight },
  );
}

/** Buttons, switches and links under `min` × `min` px or without a name a screen reader reads. */
export function tapProblems(root, min) {
  return root.evaluate((el, min) => {
    const out = [];
    for (const b of el.querySelectorAll('[role=button], [role=switch], [role=link], button, a[href]')) {
      if (!b.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const name = (b.getAttribute('aria-label') || b.innerText || '').trim();
      const r = b.getBoundingClientRect();
      if (!name) out.push(`没有名称的按钮：${b.outerHTML.slice(0, 80)}`);
      if (r.width < min - 0.5 || r.height < min - 0.5)
        out.push(`点按区域 ${Math.round(r.width)}×${Math.round(r.height)}：“${name.slice(0, 16)}”`);
    }
    return out;
  }, min);
}

/** Tappable elements (by selector) that are not buttons: no role, or no Tab stop. */
export function notButtons(root, selector) {
  return root.evaluate((el, sel) => {
    const out = [];
    for (const b of el.querySelectorAll(sel)) {
      const role = b.getAttribute('role') ?? (b.tagName === 'BUTTON' ? 'button' : null);
      if (role !== 'button' && role !== 'switch' && role !== 'link') out.push(`不是按钮：${b.className}`);
      else if (b.tabIndex < 0) out.push(`无法用键盘到达：${b.className}`);
    }
    return out;
  }, selector);
}

/**
 * Every tappable element on the page root given (one the app listens to for a tap: Taro's H5 components keep
 * their listeners in `__events`) that a screen reader or a keyboard cannot use: not a button, switch, link,
 * checkbox, radio or tab; no Tab stop; or no name. A card that is tappable as a whole passes when it holds a
 * named control of its own (the card is the larger target for a finger, the control the way for everyone
 * else). `except` names elements left out on purpose (a sheet's backdrop: its way out is the sheet's 取消).
 */
export function tapControlProblems(root, { except = '' } = {}) {
  return root.evaluate(
    (el, except) => {
      const ROLES = ['button', 'switch', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'option'];
      const roleOf = (e) =>
        e.getAttribute('role') ?? (e.tagName === 'BUTTON' || e.tagName === 'TARO-BUTTON-CORE' ? 'button' : e.tagName === 'A' ? 'link' : null);
      const nameOf = (e) => (e.getAttribute('aria-label') || e.innerText || '').trim();
      const isControl = (e) => ROLES.includes(roleOf(e)) && e.tabIndex >= 0 && !!nameOf(e);
      const out = [];
      for (const e of [el, ...el.querySelectorAll('*')]) {
        const ev = e.__events;
        if (!ev || !(ev.click || ev.tap)) continue;
        if (except && e.matches(except)) continue;
        if (!e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        if (isControl(e)) continue;
        const what = `${(e.className || e.tagName).toString().trim().slice(0, 60)}（“${(e.innerText || '').trim().slice(0, 12)}”）`;
        if ([...e.querySelectorAll('*')].some((c) => c.checkVisibility() && isControl(c))) continue;
        if (!ROLES.includes(roleOf(e))) out.push(`不是按钮：${what}`);
        else if (e.tabIndex < 0) out.push(`无法用键盘到达：${what}`);
        else out.push(`没有名称：${what}`);
      }
      return out;
    },
    except,
  );
}

/**
 * Every element's text made `factor` times larger (as a large WeChat font does), then: text that overprints
 * other text, text cut off by its container or by the screen's edge, text that runs past the edge of its
 * card (the box around it that shows a background or a border), and a number broken across two lines.
 * Ellipsis on one line is by design.
 * The page keeps the larger text (for a screenshot) until restoreTextSize.
 */
export function scaledTextProblems(root, factor = 2) {
  return root.evaluate((el, factor) => {
    const all = [el, ...el.querySelectorAll('*')];
    const sizes = all.map((e) => parseFloat(getComputedStyle(e).fontSize));
    all.forEach((e, i) => e.style.setProperty('font-size', `${sizes[i] * factor}px`));
    const vw = document.documentElement.clientWidth;
    const boxes = [];
    const out = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement;
      const t = (n.textContent ?? '').trim();
      if (!p || !t || !p.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      if (!rects.length) continue;
      const label = t.slice(0, 12);
      // cut: by an ancestor that clips (unless it ends the line with an ellipsis), or by the screen
      let clip = null;
      for (let a = p; a && a !== document.body; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.textOverflow === 'ellipsis' && cs.whiteSpace === 'nowrap') {
          clip = 'ellipsis';
          break;
        }
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          clip = a;
          break;
        }
      }
      // its card: the nearest box that paints an edge (a background, a border or a shadow), the text's own
      // included; none when a scrolling box comes first (text scrolled out of a scroller is not run off)
      let card = null;
      for (let a = p; a && a !== el; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (/(auto|scroll)/.test(cs.overflow)) break;
        const bg = cs.backgroundColor;
        const painted =
          (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) ||
          ['Top', 'Right', 'Bottom', 'Left'].some((s) => parseFloat(cs[`border${s}Width`]) > 0) ||
          cs.boxShadow !== 'none';
        if (painted) {
          card = a;
          break;
        }
      }
      const edge = card && clip !== 'ellipsis' ? card.getBoundingClientRect() : null;
      for (const r of rects) {
        if (r.right > vw + 1 || r.left < -1) out.push(`超出屏幕：“${label}”`);
        else if (edge && (r.right > edge.right + 1 || r.left < edge.left - 1)) out.push(`超出卡片边缘：“${label}”`);
        if (clip && clip !== 'ellipsis' && !clip.classList.contains('taro_page')) {
          const c = clip.getBoundingClientRect();
          const scrolls = /(auto|scroll)/.test(getComputedStyle(clip).overflow);
          if (!scrolls && (r.bottom > c.bottom + 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.left < c.left - 1))
            out.push(`被截断：“${label}”`);
        }
        boxes.push({ r, n, label });
      }
      // a number (a receipt or order number, a room number, a plate: letters and digits with a digit in them,
      // 4 or more) is read whole: it may move to the next line, never break across two — unless it is wider
      // than the screen (a 28-character payment transaction number), where breaking is all it can do
      const whole = n.textContent ?? '';
      for (const m of whole.matchAll(/[A-Za-z0-9]*\d[A-Za-z0-9]*/g)) {
        if (m[0].length < 4) continue;
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const parts = [...range.getClientRects()].filter((r) => r.width > 0.5);
        const lines = new Set(parts.map((r) => Math.round(r.top)));
        const width = parts.reduce((sum, r) => sum + r.width, 0);
        if (lines.size > 1 && width <= vw) out.push(`数字被折行：“${m[0]}”`);
      }
    }
    // overprint: two different texts' line boxes sharing more than a sliver. A bar fixed to the screen covers
    // the page scrolling under it (its background is opaque): that is not overprint, as long as the page can
    // scroll its last line out from under the bar (checked below).
    const fixedOf = (node) => {
      for (let a = node.parentElement; a && a !== el; a = a.parentElement) if (getComputedStyle(a).position === 'fixed') return a;
      return null;
    };
    for (const b of boxes) b.fixed = fixedOf(b.n);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.n === b.n || a.fixed !== b.fixed) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2) out.push(`文字重叠：“${a.label}”与“${b.label}”`);
      }
    // a bar fixed at the bottom: the page's last line must be able to scroll above it
    const top = el.getBoundingClientRect().top - el.scrollTop;
    const flowBottom = Math.max(0, ...boxes.filter((b) => !b.fixed).map((b) => b.r.bottom - top));
    for (const bar of new Set(boxes.map((b) => b.fixed).filter(Boolean))) {
      const r = bar.getBoundingClientRect();
      if (r.bottom < window.innerHeight - 1) continue; // not a bottom bar
      if (flowBottom > el.scrollHeight - r.height + 1)
        out.push(`底栏遮住页尾：页面最后一行在 ${Math.round(flowBottom)}px，可滚动到 ${Math.round(el.scrollHeight - r.height)}px`);
    }
    return [...new Set(out)];
  }, factor);
}

/** The text sizes as the page's own CSS has them again (after scaledTextProblems). */
export function restoreTextSize(root) {
  return root.evaluate((el) => [el, ...el.querySelectorAll('*')].forEach((e) => e.style.removeProperty('font-size')));
}
