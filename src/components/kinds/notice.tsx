"use client";
/** ErrorRecovery's part for every kind without a card of its own: the generic notice (loaded with `import()`). */
import { RecoveryNotice } from "../recovery-notice.js";
import { wire, type Resolved } from "./wire.js";

export function Card(props: Resolved) {
  const { common } = wire(props);
  return <RecoveryNotice error={props.error} variant={props.variant} actions={props.actions} {...common} />;
}
