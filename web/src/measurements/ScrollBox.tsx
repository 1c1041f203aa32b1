import type { ReactNode } from 'react';

/** A table that may be wider than a phone scrolls sideways; the box takes focus so keys can scroll it. */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="app-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
