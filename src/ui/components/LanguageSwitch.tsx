interface Props {
  label: string;
  current: string;
  languages: readonly { code: string; name: string }[];
  onChange: (code: string) => void;
}

/** Each other language, named in itself, so a reader finds their own. */
export function LanguageSwitch({ label, current, languages, onChange }: Props) {
  const others = languages.filter((l) => l.code !== current);
  if (others.length === 0) return null;
  return (
    <nav className="language-switch" aria-label={label}>
      <ul className="language-switch__list">
        {others.map((l) => (
          <li key={l.code}>
            <button type="button" className="link-button language-switch__button" lang={l.code} onClick={() => onChange(l.code)}>
              {l.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
