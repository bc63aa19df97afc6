/**
 * Printed documents: the content is portalled to <body> in a `.wy-print` box that is hidden on screen;
 * @media print hides everything else (see global.css), so window.print() prints only the document.
 */
import { createPortal } from 'react-dom';
import type { ReactNode } from 'react';

export default function PrintPortal({ children }: { children: ReactNode }) {
  return createPortal(<div className="wy-print">{children}</div>, document.body);
}
