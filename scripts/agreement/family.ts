// A family's own answers (family-answers.json; ADR 0020). The bank's answers were written by
// professionals; a family answers the app's questions from its own situation. Readers who played
// the family read only a story and the questionnaire as the app shows it. Measured here: how often
// a family gives the writer's answer, question by question, and how the guide agrees with the raters
// when it decides on the family's answers instead.
import type { Answers, Content } from '../../src/content/types.ts';
import type { Bank, Case, Choice, FamilyAnswer } from './bank.ts';
import { caseAnswers, choiceFor, fittedAnswers } from './guide.ts';
import { type Figures, measure, pairs, type Rate } from './measure.ts';

/** A family's answers as the content asks them; fails, naming the case and reader, if they do not fit. */
export const familyAnswers = (content: Content, row: FamilyAnswer): Answers =>
  fittedAnswers(content, row.answers, `family-answers.json: ${row.case} by ${row.reader} does not fit content v${content.version}`);

/** The cases among `ids` that at least two readers answered as the family. */
export const answeredByFamilies = (bank: Bank, ids: readonly string[]) =>
  ids.filter((id) => (bank.familyAnswers.get(id)?.length ?? 0) >= 2);

export interface QuestionAgreement {
  /** A question id, or `needs:<option>` for one option of the several-answer question. */
  question: string;
  /** A family's answer the same as the writer's (a question not asked counts as the answer "not asked"). */
  withWriter: Rate;
  /** Two families' answers to one story the same. */
  betweenFamilies: Rate;
  /** Family answers to the question marked as a guess (the story did not say). */
  guessed: Rate;
}

const rate = (): Rate => ({ agree: 0, of: 0 });
const count = (r: Rate, agree: boolean) => {
  r.of++;
  if (agree) r.agree++;
};
const asText = (answers: Answers, question: string) => {
  const [q, option] = question.split(':');
  const given = answers[q!];
  if (option) return given?.includes(option) ? 'yes' : 'no';
  return given ? [...given].sort().join(',') : '(not asked)';
};

/** Question by question: families against the writer, families against each other, and guesses. */
export function answerAgreement(content: Content, bank: Bank, ids: readonly string[]): QuestionAgreement[] {
  const byId = new Map(bank.cases.map((c) => [c.id, c]));
  const needs = content.questions.find((q) => q.kind === 'multiple');
  const questions = content.questions.flatMap((q) => (q === needs ? [q.id, ...q.options.map((o) => `${q.id}:${o.id}`)] : [q.id]));
  const rows = questions.map((question) => ({ question, withWriter: rate(), betweenFamilies: rate(), guessed: rate() }));
  for (const id of answeredByFamilies(bank, ids)) {
    const writer = caseAnswers(content, byId.get(id)!);
    const families = bank.familyAnswers.get(id)!;
    const given = families.map((f) => familyAnswers(content, f));
    for (const row of rows) {
      const [q] = row.question.split(':');
      // A question neither the writer nor this family was asked says nothing about its wording.
      given.forEach((answers, i) => {
        if (!writer[q!] && !answers[q!]) return;
        count(row.withWriter, asText(answers, row.question) === asText(writer, row.question));
        if (answers[q!] && !row.question.includes(':')) count(row.guessed, families[i]!.guessed.includes(q!));
      });
      for (const [a, b] of pairs(given))
        if (a[q!] || b[q!]) count(row.betweenFamilies, asText(a, row.question) === asText(b, row.question));
    }
  }
  return rows;
}

export interface FamilyFigures {
  /** The guide on the writers' answers, for the same cases. */
  writers: Figures;
  /** The guide on the answers of each case's first, second… family. */
  families: Figures[];
  /** Every family's ratings and cases pooled. */
  allFamilies: { first: Rate; acceptedByAll: Rate };
  /** The guide's choice on a family's answers the same as on the writer's. */
  sameAsWriter: Rate;
  /** The guide's choice the same for two families of one story. */
  sameBetweenFamilies: Rate;
}

/** The guide deciding on the writers' answers and on each family's, scored against the same ratings. */
export function familyFigures(content: Content, bank: Bank, ids: readonly string[], writerChoice: (c: Case) => Choice): FamilyFigures {
  const answered = answeredByFamilies(bank, ids);
  // As many families as every case has, so each family's figure covers the same stories.
  const slots = answered.length ? Math.min(...answered.map((id) => bank.familyAnswers.get(id)!.length)) : 0;
  const byId = new Map(bank.cases.map((c) => [c.id, c]));
  // Each story's choice on the writer's answers and on each family's, decided once.
  const writers = new Map(answered.map((id) => [id, writerChoice(byId.get(id)!)]));
  const chosen = new Map(
    answered.map((id) => [
      id,
      bank.familyAnswers
        .get(id)!
        .slice(0, slots)
        .map((row) => choiceFor(content, familyAnswers(content, row))),
    ]),
  );
  const sameAsWriter = rate();
  const sameBetweenFamilies = rate();
  for (const id of answered) {
    const choices = chosen.get(id)!;
    for (const choice of choices) count(sameAsWriter, choice === writers.get(id));
    for (const [a, b] of pairs(choices)) count(sameBetweenFamilies, a === b);
  }
  const families = Array.from({ length: slots }, (_, s) => measure(bank, answered, (c) => chosen.get(c.id)![s]!));
  const pooled = (key: 'first' | 'acceptedByAll') =>
    families.reduce((sum, g) => ({ agree: sum.agree + g.guide[key].agree, of: sum.of + g.guide[key].of }), rate());
  return {
    writers: measure(bank, answered, (c) => writers.get(c.id)!),
    families,
    allFamilies: { first: pooled('first'), acceptedByAll: pooled('acceptedByAll') },
    sameAsWriter,
    sameBetweenFamilies,
  };
}
