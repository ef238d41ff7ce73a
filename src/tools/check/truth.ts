// Walks every valid answer set and holds each result to what content.json says of its texts:
// every text shown meets the conditions it carries, every recommended role has a reason and a
// next step, and the outcomes spread as the goals ask. Conditions are read here from the
// content, not from the domain's choice, so a text shown where it is not true is caught.
import type { ContentProblem } from '../../content/assemble.ts';
import type { Goals } from '../../content/schema/goals.ts';
import type { Truth } from '../../content/schema/truth.ts';
import { factProver } from './presuppositions.ts';
import type { Answers, Content, Shown } from '../../content/types';
import type { Domain } from './reachability.ts';
import { answerText, conditionMet, isBoth, percent, resultHolds, share, spreadOf, type Spread } from './spread.ts';

/** The first problem of each kind is enough to fix; more of the same would bury the rest. */
function once(problems: ContentProblem[], seen: Set<string>, kind: string, problem: ContentProblem): void {
  if (seen.has(kind)) return;
  seen.add(kind);
  problems.push(problem);
}

export function checkTruth(
  content: Content,
  goals: Goals | undefined,
  domain: Domain,
  file: string,
  problems: ContentProblem[],
  truth?: { facts: Truth; file: string },
  only?: (answers: Answers) => boolean,
): Spread {
  const prover = truth && domain.shownTexts ? factProver(content, truth.facts, truth.file) : undefined;
  const seen = new Set<string>();
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((t) => [t.id, t]));
  const headlines = byId(content.headlines);
  const orderTexts = byId(content.orderTexts);
  const extras = byId(content.extras);
  const steps = byId(content.nextSteps);
  const asks = byId(content.questionsToAsk);

  const stepCounts = new Map<string, number>();
  const spread = spreadOf(
    content,
    domain,
    goals,
    (answers, r) => {
      prover?.visit(answers, r, domain.shownTexts!(content, answers, r));
      const at = `for ${answerText(content, answers)}`;
      const untrue = (kind: string, id: string, text: Shown | undefined) => {
        if (!text)
          once(problems, seen, `${kind}-missing-${id}`, { file, path: kind, message: `"${id}" is shown but not in content ${at}` });
        else if (
          !conditionMet(text.when, answers) ||
          (text.whenAny && !text.whenAny.some((c) => conditionMet(c, answers))) ||
          !resultHolds(text.result, r)
        ) {
          once(problems, seen, `${kind}-${id}`, {
            file,
            path: `${kind}.${id}`,
            message: `is shown though its conditions do not hold, ${at}`,
          });
        }
      };
      if (!headlines.has(r.headline.id)) {
        once(problems, seen, `headline-${r.outcome}-${r.evidence}`, {
          file,
          path: 'headlines',
          message: `no headline fits outcome "${r.outcome}" (${r.evidence}) ${at}`,
        });
      } else untrue('headlines', r.headline.id, headlines.get(r.headline.id));
      if (r.outcome === 'both' && !r.orderText) {
        once(problems, seen, `order-${r.order[0]}`, {
          file,
          path: 'orderTexts',
          message: `no order text fits "${r.order[0]}" first ${at}`,
        });
      }
      if (r.orderText) untrue('orderTexts', r.orderText.id, orderTexts.get(r.orderText.id));
      for (const e of r.extras) untrue('extras', e.id, extras.get(e.id));
      for (const s of [...r.nextSteps, ...r.otherHelp]) {
        untrue('nextSteps', s.id, steps.get(s.id));
        stepCounts.set(s.id, (stepCounts.get(s.id) ?? 0) + 1);
      }
      for (const group of r.questionsToAsk) {
        for (const q of group.questions) {
          untrue('questionsToAsk', q.id, asks.get(q.id));
          if (!asks.get(q.id)?.roles.includes(group.role)) {
            once(problems, seen, `ask-role-${q.id}`, {
              file,
              path: `questionsToAsk.${q.id}`,
              message: `is shown for "${group.role}", which it does not list, ${at}`,
            });
          }
        }
      }
      for (const reason of r.reasons) {
        const q = content.questions.find((x) => x.id === reason.question);
        const support = q?.options
          .find((o) => o.id === reason.answer)
          ?.supports.find((s) => s.role === reason.role && s.duty === reason.duty);
        if (!support || !conditionMet(support.when, answers) || !(answers[reason.question] ?? []).includes(reason.answer)) {
          once(problems, seen, `reason-${reason.question}-${reason.answer}`, {
            file,
            path: `questions.${reason.question}.${reason.answer}`,
            message: `its reason for "${reason.role}" is shown though its conditions do not hold, ${at}`,
          });
        }
      }
      for (const role of r.order) {
        if (!r.reasons.some((x) => x.role === role)) {
          once(problems, seen, `no-reason-${role}`, { file, path: 'decision', message: `"${role}" is recommended with no reason ${at}` });
        }
        if (!r.nextSteps.some((s) => steps.get(s.id)?.roles.includes(role))) {
          once(problems, seen, `no-step-${role}`, { file, path: 'nextSteps', message: `"${role}" is recommended with no next step ${at}` });
        }
      }
    },
    only,
  );
  prover?.finish(problems);
  for (const [id, n] of stepCounts) spread.steps.set(id, n);
  // A free route no answer set shows is a route no family can find.
  for (const s of content.nextSteps)
    if (s.free && !stepCounts.has(s.id))
      once(problems, seen, `step-unseen-${s.id}`, { file, path: `nextSteps.${s.id}`, message: 'no answer set shows this free help' });
  if (goals) checkGoals(content, goals, spread, file, problems);
  return spread;
}

function checkGoals(content: Content, goals: Goals, spread: Spread, file: string, problems: ContentProblem[]): void {
  const miss = (path: string, message: string) => problems.push({ file, path: `goals.${path}`, message });
  const both = share(spread.all, isBoth);
  if (both > goals.bothAtMost)
    miss('bothAtMost', `both is ${percent(both)} of all answer sets; the goal is at most ${percent(goals.bothAtMost)}`);
  for (const role of content.roles) {
    const alone = share(spread.all, (k) => k === role);
    if (alone < goals.eachRoleAloneAtLeast) {
      miss(
        'eachRoleAloneAtLeast',
        `"${role}" alone is ${percent(alone)} of all answer sets; the goal is at least ${percent(goals.eachRoleAloneAtLeast)}`,
      );
    }
  }
  if (goals.few) {
    const few = share(spread.few, isBoth);
    if (few > goals.few.bothAtMost) {
      miss(
        'few.bothAtMost',
        `both is ${percent(few)} of answer sets with at most ${goals.few.atMost} ${goals.few.question}; the goal is at most ${percent(goals.few.bothAtMost)}`,
      );
    }
  }
  if (spread.bothOverRatio > 0) {
    miss(
      'bothRatioAtMost',
      `${spread.bothOverRatio} answer sets give both though one role scores more than ${goals.bothRatioAtMost} times the other`,
    );
  }
  (goals.reach ?? []).forEach((goal, i) => {
    if (!spread.reached[i])
      miss(`reach.${i}`, `no answer set with ${answerText(content, goal.when)} gives "${goal.outcome}" (${goal.why})`);
  });
}
