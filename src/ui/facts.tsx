/** A short list of labelled facts (Tool: github, Method: DELETE). Empty values are skipped. */
import type { ReactNode } from "react";

export function Facts({ items }: { items: Array<[label: string, value: ReactNode | undefined]> }) {
  const shown = items.filter(([, value]) => value !== undefined && value !== null && value !== "");
  if (shown.length === 0) return null;
  return (
    <dl className="rk-facts" data-slot="facts">
      {shown.map(([label, value]) => (
        <div key={label} className="rk-facts__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
