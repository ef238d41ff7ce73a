import type { HTMLAttributes, ReactNode } from 'react';

/**
 * The heading each step opens with. useStepFocus moves focus to it (found by data-step-heading)
 * when the step changes, so a screen reader announces the new step; tabIndex -1 lets it take
 * focus without becoming a tab stop.
 */
export function StepHeading({
  size = 'l',
  children,
  ...rest
}: { size?: 'l' | 'xl'; children: ReactNode } & HTMLAttributes<HTMLHeadingElement>) {
  return (
    <h1 className={`heading-${size}`} tabIndex={-1} data-step-heading {...rest}>
      {children}
    </h1>
  );
}
