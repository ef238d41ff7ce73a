// The height the embedded wizard asks its host for (src/app/hostChannel.ts). A host page can
// read its iframe's height, so that height must not tell the answers: each question has its
// own natural height, and which questions are asked depends on the answers. So every question
// screen asks for the height of the tallest question at this width, and every other screen
// (start, check, result) for its height rounded up to a coarse rung. Never less than the
// content: nothing is clipped at any zoom, and the rest is blank space at the bottom.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Questionnaire } from '../content/types';
import { QuestionScreen } from '../ui/screens/QuestionScreen';

/**
 * Rungs 256, 320, 400, … px, each a quarter taller: a page whose height varies by less than
 * half (a check page with one answer or eight) lands on at most three of them.
 */
export function coarseHeight(height: number): number {
  let rung = 256;
  while (rung < height) rung = Math.ceil(rung * 1.25);
  return rung;
}

/**
 * `tallestQuestion`, measured again only for another width, language or zoom, or once a font
 * has loaded: copying and laying out every question takes tens of milliseconds on a slow phone.
 */
export function questionHeights(win: Window): (root: HTMLElement, content: Questionnaire) => number {
  let known = { key: '', height: 0 };
  win.document.fonts?.addEventListener('loadingdone', () => (known = { key: '', height: 0 }));
  return (root, content) => {
    const key = `${root.getBoundingClientRect().width} ${content.locale} ${win.devicePixelRatio}`;
    if (key === known.key) return root.querySelector('[data-step^="question:"] .choices') ? known.height : 0;
    const height = tallestQuestion(root, content);
    if (height) known = { key, height };
    return height;
  };
}

/**
 * The height of the tallest question, measured on copies of the page now shown (`root`), one per
 * question, each with that question drawn by the real QuestionScreen (no hand-made copy of its
 * markup to keep in step), laid out at the same width and thrown away at once: nothing is
 * painted. What a link, the website or a missed answer adds is left out: none of it is an
 * answer. Zero when `root` shows no question.
 */
export function tallestQuestion(root: HTMLElement, content: Questionnaire): number {
  if (!root.querySelector('[data-step^="question:"] .choices .choice')) return 0;
  const doc = root.ownerDocument;
  const { back, backToCheck } = content.ui.question;
  const backLabel = back.length >= backToCheck.length ? back : backToCheck;
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
  const copies = content.questions.map((question, i) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    const main = copy.querySelector('main')!;
    // The page around the question stays (language bar, "Start again"); the question is drawn anew.
    const slot = doc.createElement('div');
    slot.style.display = 'contents';
    main.replaceChildren(slot, ...main.querySelectorAll(':scope > .restart-area'));
    const reactRoot = createRoot(slot, { identifierPrefix: `measure-${i}-` });
    flushSync(() =>
      reactRoot.render(
        <QuestionScreen
          content={content}
          question={question}
          saved={[]}
          progress={{ n: content.questions.length, total: content.questions.length }}
          error={false}
          backLabel={backLabel}
          prefilledNote={null}
          notice={null}
          onAnswer={ignore}
          onBack={ignore}
        />,
      ),
    );
    return { copy, reactRoot };
  });
  box.append(...copies.map((c) => c.copy));
  doc.body.append(box);
  const tallest = Math.max(...copies.map((c) => Math.ceil(c.copy.getBoundingClientRect().height)));
  for (const c of copies) c.reactRoot.unmount();
  box.remove();
  return tallest;
}

const ignore = () => undefined;
