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
        {words}
      </a>,
    );
    at = match.index + whole.length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
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
