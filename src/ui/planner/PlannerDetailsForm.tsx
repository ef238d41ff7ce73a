// The planner's own name, phone and hospital or unit, for the printed sheet: with a choice to
// keep them on this computer, and a way to forget them (plannerDetails.ts keeps them).
import { useState } from 'react';
import type { Content } from '../../content/types';
import type { usePlannerDetails } from './plannerDetails';

interface Props {
  t: Content['ui']['planner'];
  mine: ReturnType<typeof usePlannerDetails>;
  /** The hospital or unit as typed, and the name of it the link carries (null: left out). */
  unitTyped: string;
  unit: string | null;
}

export function PlannerDetailsForm({ t, mine, unitTyped, unit }: Props) {
  const [forgotten, setForgotten] = useState(false);
  return (
    <details className="details planner__details">
      <summary>{t.detailsTitle}</summary>
      {(['name', 'phone', 'unit'] as const).map((field) => (
        <div key={field}>
          <label htmlFor={`p-me-${field}`} className="share__label">
            {{ name: t.detailsName, phone: t.detailsPhone, unit: t.detailsUnit }[field]}
          </label>
          {field === 'unit' && unitTyped && !unit && (
            <p className="hint" id="p-me-unit-hint">
              {t.unitLeftOut}
            </p>
          )}
          <input
            id={`p-me-${field}`}
            aria-describedby={field === 'unit' && unitTyped && !unit ? 'p-me-unit-hint' : undefined}
            className="text-input"
            type={field === 'phone' ? 'tel' : 'text'}
            autoComplete={{ name: 'name', phone: 'tel', unit: 'organization' }[field]}
            value={mine.details[field]}
            onChange={(e) => {
              setForgotten(false);
              mine.set(field, e.currentTarget.value);
            }}
          />
        </div>
      ))}
      <div className="choices choices--checkboxes">
        <div className="choice">
          <input
            className="choice__input"
            id="p-me-remember"
            type="checkbox"
            checked={mine.remember}
            onChange={(e) => mine.setRemember(e.currentTarget.checked)}
          />
          <label className="choice__label" htmlFor="p-me-remember">
            {t.remember}
          </label>
        </div>
      </div>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          mine.forget();
          setForgotten(true);
        }}
      >
        {t.forget}
      </button>
      <p role="status">{forgotten ? t.forgotten : ''}</p>
    </details>
  );
}
