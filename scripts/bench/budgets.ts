// The budgets (bench/README.md, "Budgets") and the verdicts the sections record against them,
// in the order they were checked: the Budgets table and the exit status come from these.
import { kB, table } from './format.ts';

export const BUDGET = {
  firstVisitGzip: 97 * kB,
  embedGzip: 2 * kB,
  performance: 100,
  accessibility: 100,
  lcpMs: 1200,
  tbtMs: 50,
  cls: 0,
  slowFirstVisitMs: 3500,
  slowSecondVisitMs: 1500,
  hugeLinkMs: 500,
};

type Verdict = 'pass' | 'FAIL' | 'not built yet';
export interface BudgetLine {
  name: string;
  limit: string;
  value: string;
  verdict: Verdict;
}
export const budgets: BudgetLine[] = [];
export function check(name: string, limit: string, value: string, pass: boolean) {
  budgets.push({ name, limit, value, verdict: pass ? 'pass' : 'FAIL' });
}

/** Prints the Budgets table; returns the budgets missed and those not checked yet. */
export function printBudgets(bytesOnly: boolean): { failed: BudgetLine[]; pending: BudgetLine[] } {
  console.log(`\nBudgets${bytesOnly ? ' (bytes only)' : ''}`);
  console.log(
    table(
      ['budget', 'limit', 'measured', 'verdict'],
      budgets.map((b) => [b.name, b.limit, b.value, b.verdict]),
      [false, true, true, false],
    ),
  );
  return { failed: budgets.filter((b) => b.verdict === 'FAIL'), pending: budgets.filter((b) => b.verdict === 'not built yet') };
}
