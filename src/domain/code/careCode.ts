// The care code: a short code a care team prints beside the QR code, for a family to type on the
// start page instead of a long link. It carries what the link carries (content version, language,
// answers, complete or partial) in at most 10 characters, and one check character so a mistyped
// code is caught rather than read as other answers.
//
// - The alphabet has 31 characters: the digits 2–9 and the letters without I, L and O, so nothing
//   can be confused with 0, 1 or O. 31 is prime, which makes the check below exact.
// - The answers of a version are one number in mixed radix: for each question of that version, in
//   its order, a single choice is 0 (not answered) or 1 + the option's index, a multiple choice is
//   a bit per option. The language is the lowest digit. The number is written in base 31 with a
//   fixed length for the version, after one character naming the version.
// - The check character makes Σ (i + 1) × digitᵢ ≡ 0 (mod 31) over every character, itself
//   included. A changed character changes the sum by (i + 1) × (a − b), and a swap of two
//   characters by (a − b)(j − i): with fewer than 31 characters neither is ever a multiple of 31,
//   so every single change and every swap is caught.

/** What a code must know of one content version: its questions in order and its languages. */
export interface CodeLayout {
  version: number;
  locales: readonly string[];
  questions: readonly { id: string; kind: 'single' | 'multiple'; options: readonly string[] }[];
}

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = CODE_ALPHABET.length;
/** At most 10 characters, the bound: the version, the answers, the check. */
export const MAX_CODE_LENGTH = 10;

export type CodeProblem =
  /** Nothing typed. */
  | { kind: 'empty' }
  /** Characters no code has (O, 0, I, 1, L, punctuation); listed as typed. */
  | { kind: 'characters'; characters: string[] }
  /** The version character names a version this page has no layout for. */
  | { kind: 'version' }
  /** Too short or too long for its version. */
  | { kind: 'length'; expected: number }
  /** A character was mistyped or two were swapped: the check does not hold. */
  | { kind: 'check' }
  /** The check holds but the number is not answers of that version (a code we never made). */
  | { kind: 'answers' };

export type CodeReading =
  | { ok: true; version: number; locale: string; answers: Record<string, string[]> }
  | { ok: false; problem: CodeProblem };

const radixCache = /* @__PURE__ */ new WeakMap<CodeLayout, number[]>();
const lengthCache = /* @__PURE__ */ new WeakMap<CodeLayout, number>();

/** How many values each question and the language take, lowest digit first. */
function radices(layout: CodeLayout): number[] {
  let r = radixCache.get(layout);
  if (!r) {
    r = [
      Math.max(layout.locales.length, 1),
      ...layout.questions.map((q) => (q.kind === 'single' ? q.options.length + 1 : 2 ** q.options.length)),
    ];
    radixCache.set(layout, r);
  }
  return r;
}

/** The number of base-31 digits a version's answers take. */
export function payloadLength(layout: CodeLayout): number {
  const known = lengthCache.get(layout);
  if (known !== undefined) return known;
  const total = radices(layout).reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(total)) throw new Error(`content version ${layout.version}: too many answers for a care code`);
  let length = 1;
  for (let room = BASE; room < total; room *= BASE) length++;
  if (length + 2 > MAX_CODE_LENGTH) throw new Error(`content version ${layout.version}: a care code would take ${length + 2} characters`);
  lengthCache.set(layout, length);
  return length;
}

/** Σ (i + 1) × digitᵢ mod 31: 0 for every whole code. */
const weightedSum = (digits: readonly number[]) => digits.reduce((s, d, i) => (s + (i + 1) * d) % BASE, 0);

const checkOf = (digits: readonly number[]): number => {
  const sum = weightedSum(digits);
  // The check sits at position n (weight n + 1): solve sum + (n + 1) × c ≡ 0 by trying each c.
  const weight = digits.length + 1;
  for (let c = 0; c < BASE; c++) if ((sum + weight * c) % BASE === 0) return c;
  throw new Error('no check digit');
};

/** The code for these answers, in this layout's version and language; unknown ids are left out. */
export function encodeCareCode(
  layout: CodeLayout,
  answers: Readonly<Record<string, readonly string[] | undefined>>,
  locale: string,
): string {
  if (layout.version < 1 || layout.version >= BASE) throw new Error(`content version ${layout.version} cannot be named in a care code`);
  const values = [
    Math.max(layout.locales.indexOf(locale), 0),
    ...layout.questions.map((q) => {
      const given = answers[q.id] ?? [];
      if (q.kind === 'single') return given.length ? q.options.indexOf(given[0]!) + 1 : 0;
      return q.options.reduce((bits, id, i) => (given.includes(id) ? bits + 2 ** i : bits), 0);
    }),
  ];
  let n = 0;
  const r = radices(layout);
  for (let i = r.length - 1; i >= 0; i--) n = n * r[i]! + values[i]!;
  const digits: number[] = [];
  for (let i = 0; i < payloadLength(layout); i++) {
    digits.unshift(n % BASE);
    n = Math.floor(n / BASE);
  }
  const all = [layout.version, ...digits];
  return [...all, checkOf(all)].map((d) => CODE_ALPHABET[d]).join('');
}

/** A code as people write it: three, then the rest (`3KQ-M4XT`). */
export const formatCareCode = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

/** Reads a typed code: spaces and dashes are ignored, case too; every problem has a kind to explain. */
export function decodeCareCode(layouts: readonly CodeLayout[], typed: string): CodeReading {
  const code = typed.toUpperCase().replace(/[\s\-‐‑–—.]/g, '');
  if (!code) return { ok: false, problem: { kind: 'empty' } };
  const bad = [...new Set([...code].filter((ch) => !CODE_ALPHABET.includes(ch)))];
  if (bad.length) return { ok: false, problem: { kind: 'characters', characters: bad } };
  const digits = [...code].map((ch) => CODE_ALPHABET.indexOf(ch));
  const layout = layouts.find((l) => l.version === digits[0]);
  // The length a code of that version has (or of the newest, when the first character names none).
  const newest = layouts.reduce<CodeLayout | undefined>((a, l) => (!a || l.version > a.version ? l : a), undefined);
  const expected = (layout ?? newest) ? payloadLength((layout ?? newest)!) + 2 : 3;
  if (code.length < 3 || code.length > MAX_CODE_LENGTH) return { ok: false, problem: { kind: 'length', expected } };
  // The check before the version: a mistyped first character is a typo, not an unknown version.
  if (weightedSum(digits) !== 0) return { ok: false, problem: { kind: 'check' } };
  if (!layout) return { ok: false, problem: { kind: 'version' } };
  if (code.length !== expected) return { ok: false, problem: { kind: 'length', expected } };

  let n = 0;
  for (const d of digits.slice(1, -1)) n = n * BASE + d;
  const answers: Record<string, string[]> = {};
  const r = radices(layout);
  const locale = layout.locales[n % r[0]!] ?? layout.locales[0] ?? '';
  n = Math.floor(n / r[0]!);
  for (const [i, q] of layout.questions.entries()) {
    const value = n % r[i + 1]!;
    n = Math.floor(n / r[i + 1]!);
    const ids =
      q.kind === 'single' ? (value ? [q.options[value - 1]!] : []) : q.options.filter((_, bit) => Math.floor(value / 2 ** bit) % 2);
    if (ids.length) answers[q.id] = ids;
  }
  if (n !== 0) return { ok: false, problem: { kind: 'answers' } };
  return { ok: true, version: layout.version, locale, answers };
}
