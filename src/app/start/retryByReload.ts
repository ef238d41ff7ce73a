// After the check page or result failed to load, some engines keep the failed module import
// cached for the life of the document (Firefox 140, Chromium before 156): importing the same
// URL again fails at once without a request. A new document has no such memory, so "Try again"
// reloads the page; answers and step come back from the tab's session storage. It reloads only
// once the site answers, so a family still offline keeps the page they have instead of the
// browser's error page.
const RETRIED = 'care-path-wizard:retried';

export async function retryByReload(win: Window = window): Promise<boolean> {
  try {
    const probe = await win.fetch(new URL('./', win.location.href).href, { method: 'HEAD', cache: 'no-store' });
    if (!probe.ok) return false;
  } catch {
    return false;
  }
  try {
    win.sessionStorage.setItem(RETRIED, '1');
  } catch {
    // Without storage the page still reloads; focus then starts at the top.
  }
  win.location.reload();
  return true;
}

/** True once after a retry's reload, so focus goes to the page that finally arrived. */
export function takeRetried(win: Window = window): boolean {
  try {
    const retried = win.sessionStorage.getItem(RETRIED) === '1';
    win.sessionStorage.removeItem(RETRIED);
    return retried;
  } catch {
    return false;
  }
}
