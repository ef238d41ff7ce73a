// The site name the embedded start page shows ("You are using this guide on …") must be the
// page that really frames it. `origin=` in the frame's address is the host's own claim: any
// page could frame the guide with `origin=https://www.medicare.gov`. The engine's own record
// of who frames us is `location.ancestorOrigins` (Chromium, WebKit); Firefox has none, and
// there the referrer's origin stands in (a host can withhold it, never forge another origin's).

/** The framing site's host name when the engine confirms `claimed`; otherwise null. */
export function verifiedHostName(claimed: string | null, ancestors: ArrayLike<string> | undefined, referrer: string): string | null {
  if (!claimed) return null;
  const parent = ancestors ? ancestors[0] : originOf(referrer);
  return parent === claimed ? new URL(claimed).hostname : null;
}

function originOf(url: string): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}
