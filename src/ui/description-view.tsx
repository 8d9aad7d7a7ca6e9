"use client";
/**
 * One renderer for a description (`recovery-kit/describe`): title, badge, body, notes, wait,
 * the server's words, facts, lists, events, links, steps, meta, details and actions, in the
 * order a person reads them. RecoveryNotice and the five cards all render through it, so
 * what a card shows is its description by construction; a card adds only what is live (a
 * ticking countdown, the Inspect dialog), through the slots below.
 */
import { forwardRef, type ReactNode, type Ref } from "react";
import type { DescribedAction, RecoveryDescription } from "../describe/types.js";
import { ActionButton, ActionLink, type ActionButtonProps } from "./action-button.js";
import type { ActionPart, DescriptionPart, DescriptionParts } from "./description-parts.js";
import { withCode } from "./inline-code.js";
import { RecoverySurface, type RecoverySurfaceProps } from "./surface.js";

export interface DescriptionViewProps
  extends Omit<RecoverySurfaceProps, "title" | "tone" | "children" | "actions" | "details" | "detailsLabel" | "meta" | "announce"> {
  description: RecoveryDescription;
  /** Runs the host's callback for an action the description says needs one. */
  onAction: (id: string) => unknown;
  /** What a card adds to one action: a ref to move focus to, disabled until a deadline, busy while retrying. */
  actionProps?: Partial<Record<string, Partial<Omit<ActionButtonProps, "onAction" | "children" | "action">> & { ref?: Ref<HTMLButtonElement> }>>;
  /** An action the card draws itself (Inspect, which opens its own dialog). */
  renderAction?: (action: DescribedAction) => ReactNode;
  /** The body line as the card shows it live (a countdown ticking to `countdown.deadline`). @default the body */
  body?: ReactNode;
  /** The lead line as the card shows it live (a spinner beside a running time). @default the lead */
  lead?: ReactNode;
  /** The wait line as the card shows it live (a notice's countdown to `countdown.deadline`). @default the wait */
  wait?: ReactNode;
  /**
   * The parts this card's states use (description-parts.tsx), so it ships no others; a
   * test renders every state and checks nothing its description says is dropped.
   */
  parts: DescriptionParts;
  /** Anything live that is not content (the banner's automatic retry). */
  children?: ReactNode;
}

/**
 * The server's own words on the card, where they say what ours do not (a notice, ErrorRecovery's
 * short state). Here, not in description-parts.tsx: the short state needs it on the first load,
 * and the parts module is shared with the cards ErrorRecovery loads later.
 */
export const ServerSaidPart: DescriptionPart = ({ description: { serverSaid } }) =>
  serverSaid?.inline && <p data-slot="server-message">{serverSaid.quoted}</p>;

/**
 * An action the host wired as a link (`addFundsHref`, a consent URL) in the action row. A part,
 * so the cards whose actions are only ever callbacks (RateLimitBanner, StuckToolInspector) ship
 * no ActionLink; here, not in description-parts.tsx, for the same reason as ServerSaidPart
 * (ErrorRecovery's short state offers the host's links on the first load).
 */
export const ActionLinkPart: ActionPart = (action, variant) => (
  <ActionLink key={action.id} action={action.id} variant={variant} href={action.href} external={action.external}>
    {action.label}
  </ActionLink>
);

export const DescriptionView = /* @__PURE__ */ forwardRef<HTMLElement, DescriptionViewProps>(function DescriptionView(
  { description: d, onAction, actionProps = {}, renderAction, lead, body, wait, parts, children, ...rest },
  ref,
) {
  const actions = d.actions.map((action) => {
    // One secondary style in the row: a lesser way out ("link": Open approvals, Contact support)
    // is an outlined button like the others, not bare underlined text beside them.
    const variant = action.kind === "link" ? "secondary" : action.kind;
    if (action.needsCallback) {
      const { ref: buttonRef, ...extra } = actionProps[action.id] ?? {};
      return (
        <ActionButton key={action.id} ref={buttonRef} action={action.id} variant={variant} title={action.hint} onAction={() => onAction(action.id)} {...extra}>
          {action.label}
        </ActionButton>
      );
    }
    return (action.href ? parts.actionLink?.(action, variant) : renderAction?.(action)) ?? null;
  });
  return (
    <RecoverySurface
      ref={ref}
      tone={d.tone}
      announce={d.urgency}
      title={d.title}
      announcement={d.announcement}
      data-kind={d.kind}
      data-variant={d.variant}
      meta={parts.meta?.({ description: d })}
      details={
        d.details && (
          <>
            {d.details.why && <p>{withCode(d.details.why)}</p>}
            {parts.detailsList?.({ description: d })}
            {d.details.serverSaid && <p>{d.details.serverSaid}</p>}
            {parts.facts?.({ description: d, facts: d.details.facts })}
          </>
        )
      }
      detailsLabel={d.details?.label}
      actions={actions.some(Boolean) ? actions : null}
      {...rest}
    >
      {parts.badge?.({ description: d })}
      {d.lead && (lead ?? <p data-slot="lead">{d.lead}</p>)}
      {body ?? <p>{withCode(d.body)}</p>}
      {d.where && (
        <p className="rk-muted" data-slot="where">
          {withCode(d.where)}
        </p>
      )}
      {d.notes?.map((note) => (
        <p key={note} className="rk-muted">
          {withCode(note)}
        </p>
      ))}
      {d.wait && <p data-slot="wait">{wait ?? d.wait}</p>}
      {parts.serverSaid?.({ description: d })}
      {parts.facts?.({ description: d, facts: d.facts })}
      {parts.lists?.({ description: d })}
      {parts.events?.({ description: d })}
      {parts.links?.({ description: d })}
      {parts.steps?.({ description: d })}
      {parts.hints?.({ description: d })}
      {children}
    </RecoverySurface>
  );
});
