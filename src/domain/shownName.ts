// How a notice may name a key or value that came in a link. Anyone can make a link, so its
// text must never reach the page as prose: a "key" can be a whole sentence ("Call 555-0100
// now: care team says BOTH"), and a right-to-left override shows the text after it reversed.
// The guide's own vocabulary is short lower-case ids (`works_for`, `hospital`), so only text
// of that form is named, quoted; anything else is named as "an unknown item" instead.

/** Longer text is not named: every id in the content is far shorter. */
export const MAX_SHOWN_NAME = 24;

/** Controls and invisible formatting characters (bidi overrides and isolates, zero-width). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `text` as a notice may quote it, or null when it must not be quoted at all. */
export function shownName(text: string): string | null {
  const visible = text.replace(INVISIBLE, '');
  return visible.length <= MAX_SHOWN_NAME && /^[a-z0-9][a-z0-9_-]*$/.test(visible) ? visible : null;
}
