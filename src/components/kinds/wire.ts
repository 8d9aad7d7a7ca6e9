/**
 * What every kind's part (this folder) does with ErrorRecovery's props: the host's actions by
 * id as a card's callbacks and links. In the parts' chunks, not in ErrorRecovery's first load.
 */
import type { RecoveryActionId } from "../../catalog/notice-types.js";
import type { Resolved } from "../error-recovery.js";

export type { Resolved } from "../error-recovery.js";

export function wire({ error, actions, headingLevel, className, onDismiss, onEvent }: Resolved) {
  /** The host's callback for `id`, called with the error and the card's own context. */
  const on = (id: RecoveryActionId) => {
    const action = actions[id];
    return typeof action === "function" ? (context: object) => action({ error, action: id, ...context }) : undefined;
  };
  /** The host's link for `id`. */
  const href = (id: RecoveryActionId) => {
    const action = actions[id];
    return typeof action === "string" ? action : undefined;
  };
  return { on, href, common: { headingLevel, className, onDismiss, onEvent } };
}
