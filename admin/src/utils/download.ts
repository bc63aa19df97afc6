/** Saving a file the API made (an Excel sheet, a CSV): the busy flag for the button, errors shown once. */
import { useState } from 'react';
import { showError } from '../services/api';

export function useDownload() {
  const [busy, setBusy] = useState(false);
  /** `download(() => client.GET(path, { params, parseAs: 'blob' }), '收缴率.xlsx')` */
  const download = async (fetch: () => Promise<{ data?: unknown }>, fileName: string) => {
    setBusy(true);
    try {
      const r = await fetch();
      const url = URL.createObjectURL(r.data as Blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
