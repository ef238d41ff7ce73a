// A mangled or hostile link may be huge (issue 14 found a 250 KB one blocking the tab for 4 s).
// Times parseAnswerText, the code every link goes through, on three 1 MB shapes that once hit
// quadratic paths: many values for one question, many unknown questions, one long encoded value.
import { parseAnswerText } from '../../src/domain/answerText.ts';
import type { Questionnaire } from '../../src/content/types.ts';
import { median } from './format.ts';

const MB = 1_000_000;

function repeatTo(head: string, unit: (i: number) => string, sep: string): string {
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < MB; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + sep.length;
  }
  return parts.join(sep);
}

export const HUGE_LINK_SHAPES: Record<string, string> = {
  'one question, many values': repeatTo('v=1&now=home&needs=visits', (i) => `x${i}`, ','),
  'many unknown questions': repeatTo('v=1&now=home', (i) => `k${i}=v${i}`, '&'),
  'one long encoded value': `v=1&now=home&family=${'%E2%9C%93'.repeat(Math.ceil(MB / 9))}`,
};

export interface HugeLinkFigures {
  runsPerShape: number;
  /** Median milliseconds per shape. */
  medianMs: Record<string, number>;
  worstMedianMs: number;
}

export function hugeLinkParse(content: Questionnaire, runs = 5): HugeLinkFigures {
  const medianMs: Record<string, number> = {};
  for (const [name, text] of Object.entries(HUGE_LINK_SHAPES)) {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      const parsed = parseAnswerText(content, text);
      times.push(performance.now() - start);
      // Only worth timing if the good answer survives the junk around it.
      if (parsed.answers.now?.[0] !== 'home') throw new Error(`bench: "${name}" lost the answer now=home`);
    }
    medianMs[name] = median(times);
  }
  return { runsPerShape: runs, medianMs, worstMedianMs: Math.max(...Object.values(medianMs)) };
}
