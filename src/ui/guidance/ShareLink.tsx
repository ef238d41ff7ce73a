import { useEffect, useRef, useState } from 'react';
import type { UiStrings } from '../../content/types';
import { useCopy } from './useCopy';

/** The control's words: content's `ui.share`, or the result page model's (`wordsOf(page.share)`). */
export type ShareWords = Pick<UiStrings['share'], 'title' | 'button' | 'copyButton' | 'explain' | 'copied' | 'failed' | 'fieldLabel'>;

interface Props {
  strings: ShareWords;
  /** The link to share; built on demand so it always holds the latest answers. */
  link: () => string;
  /** A quiet text button, where another button is the page's main action (check answers). */
  quiet?: boolean;
}

/**
 * Shares a link to the answers through the phone's share sheet where there is one; elsewhere
 * copies it. Hospital browsers often block the clipboard, so on failure the link is shown
 * selected in a text field with an instruction.
 */
export function ShareLink({ strings, link, quiet = false }: Props) {
  const { status, copy: copyText } = useCopy();
  const [text, setText] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new link text is selected again
  useEffect(() => {
    if (status === 'failed') {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
  }, [status, text]);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const copy = () => {
    const value = link();
    setText(value);
    return copyText(value);
  };
  const share = () => {
    // Cancelling the sheet is a choice, not a failure; anything else falls back to copying.
    navigator.share({ title: document.title, url: link() }).catch((e: unknown) => {
      if ((e as Error)?.name !== 'AbortError') void copy();
    });
  };
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 id="share-title" className="visually-hidden">
        {strings.title}
      </h2>
      <button
        type="button"
        className={quiet ? 'link-button' : 'button button--secondary'}
        onClick={canShare ? share : copy}
        aria-describedby="share-explain"
      >
        {canShare ? strings.button : strings.copyButton}
      </button>
      <p id="share-explain" className="hint">
        {strings.explain}
      </p>
      <p role="status" className="share__status">
        {status === 'copied' ? strings.copied : status === 'failed' ? strings.failed : ''}
      </p>
      {status === 'failed' && (
        <div className="share__field">
          <label htmlFor="share-link" className="share__label">
            {strings.fieldLabel}
          </label>
          <input id="share-link" ref={fieldRef} className="text-input" type="text" readOnly value={text} />
        </div>
      )}
    </section>
  );
}
