import { useCallback, useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard; reports 'failed' where the browser blocks it. */
export function useCopy() {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = useCallback(async (text: string) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }, []);
  const reset = useCallback(() => setStatus('idle'), []);
  return { status, copy, reset };
}
