// Every option either scores for a role or says on purpose that it does not ("neutral": true),
// so a forgotten weight cannot pass for an answer like "not sure".
import type { ContentProblem } from '../../content/assemble.ts';
import type { Structure } from '../../content/schema.ts';

export function checkScoring(structure: Structure, file: string, problems: ContentProblem[]): void {
  structure.questions.forEach((q, qi) => {
    q.options.forEach((o, oi) => {
      const path = `questions.${qi}.options.${oi}`;
      if (o.supports.length === 0 && !o.neutral) {
        problems.push({
          file,
          path,
          message: `"${o.id}" of "${q.id}" scores for no role; add supports, or mark it "neutral": true if that is on purpose`,
        });
      } else if (o.supports.length > 0 && o.neutral) {
        problems.push({
          file,
          path: `${path}.neutral`,
          message: `"${o.id}" of "${q.id}" is marked neutral but has supports; remove one of them`,
        });
      }
    });
  });
}
