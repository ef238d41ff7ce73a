// The planner's own details for the sheet (name, phone, hospital or unit). Kept in this browser
// only when the planner ticks "Remember on this computer" (issue 24); never a patient's, never
// in the link. A storage that throws (private mode, a locked-down hospital browser) keeps them
// for this page only.
import { useState } from 'react';

export interface PlannerDetails {
  name: string;
  phone: string;
  unit: string;
}

const KEY = 'care-path-planner';
const EMPTY: PlannerDetails = { name: '', phone: '', unit: '' };
/** Longer is not a name, a phone number or a unit; it also bounds what storage holds. */
const MAX = 80;

function stored(storage: () => Storage): PlannerDetails | null {
  try {
    const raw = storage().getItem(KEY);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Record<keyof PlannerDetails, unknown>>;
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX) : '');
    return { name: text(d.name), phone: text(d.phone), unit: text(d.unit) };
  } catch {
    return null;
  }
}

export function usePlannerDetails(storage: () => Storage = () => window.localStorage) {
  const [initial] = useState(() => stored(storage));
  const [details, setDetails] = useState<PlannerDetails>(initial ?? EMPTY);
  const [remember, setRemember] = useState(initial !== null);
  const save = (next: PlannerDetails, keep: boolean) => {
    try {
      if (keep) storage().setItem(KEY, JSON.stringify(next));
      else storage().removeItem(KEY);
    } catch {
      // Kept for this page only.
    }
  };
  return {
    details,
    remember,
    set(field: keyof PlannerDetails, value: string) {
      const next = { ...details, [field]: value.slice(0, MAX) };
      setDetails(next);
      if (remember) save(next, true);
    },
    setRemember(keep: boolean) {
      setRemember(keep);
      save(details, keep);
    },
    /** Empties the fields and removes them from this browser. */
    forget() {
      setDetails(EMPTY);
      setRemember(false);
      save(EMPTY, false);
    },
  };
}
