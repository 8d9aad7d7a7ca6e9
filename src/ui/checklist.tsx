/** A headed list of steps, causes or events: the one shape every component's lists share. */
import type { ReactNode } from "react";
import { withCode } from "./inline-code.js";

export interface ChecklistProps {
  heading?: ReactNode;
  /** Strings (used as their own keys) or nodes. */
  items: readonly ReactNode[];
  /** Numbered, for steps to take in order. @default false */
  ordered?: boolean;
  /** The `data-slot` hosts can style. @default "checklist" */
  slot?: string;
}

export function Checklist({ heading, items, ordered = false, slot = "checklist" }: ChecklistProps) {
  const List = ordered ? "ol" : "ul";
  return (
    <div className="rk-checklist" data-slot={slot}>
      {heading !== undefined && <p className="rk-checklist__heading">{heading}</p>}
      <List>
        {items.map((item, index) => (
          <li key={typeof item === "string" ? item : index}>{typeof item === "string" ? withCode(item) : item}</li>
        ))}
      </List>
    </div>
  );
}
