import { Fragment } from 'react';

// Content writes a link as [words](https://…) or [words](tel:+1…); the schema allows no other
// kind, so nothing here can become a script link. A printed page shows where a link goes.
const LINK = /\[([^\]]+)\]\(([^)]+)\)/g;

/** What paper shows after a link's words: the site, and its path when that is short (a citation, not a URL). */
export function shortWhere(href: string): string {
  const url = new URL(href);
  const path = url.pathname.replace(/\/$/, '');
  return url.hostname.replace(/^www\./, '') + (path.length <= 24 ? path : '');
}

export function LinkedText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, words, href] = match as unknown as [string, string, string];
    parts.push(text.slice(at, match.index));
    const external = href.startsWith('https:');
    // Words that are the address itself (or a phone number) need no address after them on paper.
    const showsWhere = !external || href.replace(/^https:\/\/(www\.)?|\/$/g, '') === words.replace(/^www\./, '');
    parts.push(
      <a
        key={match.index}
        href={href}
        className={showsWhere ? undefined : 'print-url'}
        data-where={showsWhere ? undefined : shortWhere(href)}
        {...(external && { target: '_blank', rel: 'noopener noreferrer' })}
      >
        {href.startsWith('tel:') && <PhoneIcon />}
        {words}
      </a>,
    );
    at = match.index + whole.length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * A handset before a phone number: with the button's border, it says "press to call" in any
 * language, where a word would repeat the sentence's own "call". Hidden from screen readers,
 * which say "link" and the number.
 */
function PhoneIcon() {
  return (
    <svg className="tel-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25c1.1.37 2.3.57 3.6.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
    </svg>
  );
}

/** A long link that breaks only after `&` or `,`, never inside a key or a value. */
export function BreakableLink({ href }: { href: string }) {
  const pieces = href.split(/(?<=[&,])/);
  return (
    <span className="breakable-link">
      {/* The <wbr> sits outside the nowrap piece: Firefox keeps no break opportunity inside one. */}
      {pieces.map((piece, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are fixed for a link and never reorder
        <Fragment key={i}>
          <span>{piece}</span>
          {i < pieces.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
