// The height the embedded wizard asks its host for (src/app/hostChannel.ts). A host page can
// read its iframe's height, so that height must not tell the answers: each question has its
// own natural height, and which questions are asked depends on the answers. So every question
// screen asks for the height of the tallest question at this width, and every other screen
// (start, check, result) for its height rounded up to a coarse rung. Never less than the
// content: nothing is clipped at any zoom, and the rest is blank space at the bottom.
import type { AskedQuestion } from '../content/types';

/**
 * Rungs 256, 320, 400, … px, each a quarter taller: a page whose height varies by less than
 * half (a check page with one answer or eight) lands on at most three of them.
 */
export function coarseHeight(height: number): number {
  let rung = 256;
  while (rung < height) rung = Math.ceil(rung * 1.25);
  return rung;
}

/** Fills a question screen's copy with another question, as ChoiceField draws it. */
function drawQuestion(page: HTMLElement, q: AskedQuestion, back: string) {
  const doc = page.ownerDocument;
  const text = (className: string, words: string) => Object.assign(doc.createElement('p'), { className, textContent: words });
  // What a link, the website or a missed answer adds is left out: none of it is an answer.
  for (const e of page.querySelectorAll('.notice, .error-summary, .error-message, .prefilled-note')) e.remove();
  page.querySelector('.field--error')?.classList.remove('field--error');
  const backLink = page.querySelector('.back-link');
  if (backLink) backLink.textContent = back;
  page.querySelector('h1')!.textContent = q.title;
  page.querySelector('fieldset > .hint')?.remove();
  if (q.hint) page.querySelector('legend')!.after(text('hint', q.hint));
  const choices = page.querySelector('.choices')!;
  const template = choices.querySelector('.choice')!;
  choices.className = `choices choices--${q.kind === 'multiple' ? 'checkboxes' : 'radios'}`;
  choices.replaceChildren(
    ...q.options.map((o) => {
      const choice = template.cloneNode(true) as HTMLElement;
      choice.querySelector('input')!.type = q.kind === 'multiple' ? 'checkbox' : 'radio';
      choice.querySelector('label')!.textContent = o.label;
      choice.querySelector('.hint')?.remove();
      if (o.hint) choice.append(text('hint choice__hint', o.hint));
      return choice;
    }),
  );
}

/**
 * `tallestQuestion`, measured again only for another width, language or zoom, or once a font
 * has loaded: copying and laying out every question takes tens of milliseconds on a slow phone.
 */
export function questionHeights(
  win: Window,
): (root: HTMLElement, questions: readonly AskedQuestion[], locale: string, backLabels: readonly string[]) => number {
  let known = { key: '', height: 0 };
  win.document.fonts?.addEventListener('loadingdone', () => (known = { key: '', height: 0 }));
  return (root, questions, locale, backLabels) => {
    const key = `${root.getBoundingClientRect().width} ${locale} ${win.devicePixelRatio}`;
    if (key === known.key) return root.querySelector('[data-step^="question:"] .choices') ? known.height : 0;
    const height = tallestQuestion(root, questions, backLabels);
    if (height) known = { key, height };
    return height;
  };
}

/**
 * The height of the tallest question, measured on copies of the question screen now shown
 * (`root`), one per question, laid out at the same width and thrown away at once (nothing is
 * painted). Zero when `root` shows no question.
 */
export function tallestQuestion(root: HTMLElement, questions: readonly AskedQuestion[], backLabels: readonly string[]): number {
  if (!root.querySelector('[data-step^="question:"] .choices .choice')) return 0;
  const doc = root.ownerDocument;
  const back = backLabels.reduce((a, b) => (b.length > a.length ? b : a), '');
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  Object.assign(box.style, {
    position: 'absolute',
    top: '0',
    left: '0',
    width: `${root.getBoundingClientRect().width}px`,
    visibility: 'hidden',
  });
  const copies = questions.map((q) => {
    const copy = root.cloneNode(true) as HTMLElement;
    drawQuestion(copy, q, back);
    // No second element with an id or radio group of the live page's.
    for (const e of copy.querySelectorAll('[id], [for], [name]')) for (const a of ['id', 'for', 'name']) e.removeAttribute(a);
    copy.removeAttribute('id');
    return copy;
  });
  box.append(...copies);
  doc.body.append(box);
  const tallest = Math.max(...copies.map((c) => Math.ceil(c.getBoundingClientRect().height)));
  box.remove();
  return tallest;
}
