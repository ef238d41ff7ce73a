// Older content versions wrote the decision rule in another shape. Here, and only here, an old
// rule is rewritten in today's shape with the same meaning, so the domain knows one rule.
import type { Structure } from './schema';
import type { LegacyDecision } from './schema/decision';
import type { Decision } from './types';

export function upgradeDecision(decision: Structure['decision'], roles: readonly string[]): Decision {
  if (!('supportedAt' in decision))
    return { ...decision, both: decision.both ?? null, second: decision.second ?? null, first: decision.first };
  return fromLegacy(decision, roles);
}

/** Version 1: both at `supportedAt` each, no ratio or setting limit, `now` alone orders. */
function fromLegacy(d: LegacyDecision, roles: readonly string[]): Decision {
  const { question, byAnswer } = d.firstRole;
  return {
    both: { atLeast: d.supportedAt, ratio: null, ownAtLeast: 0, setting: [] },
    second: null,
    lean: null,
    first: [...Object.entries(byAnswer).map(([answer, role]) => ({ when: { [question]: [answer] }, role })), { role: roles[0]! }],
    mixedAt: d.mixedAt,
  };
}
