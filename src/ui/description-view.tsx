"use client";
/**
 * One renderer for a description (`recovery-kit/describe`): title, badge, body, notes, wait,
 * the server's words, facts, lists, events, links, steps, meta, details and actions, in the
 * order a person reads them. RecoveryNotice and the five cards all render through it, so
 * what a card shows is its description by construction; a card adds only what is live (a
 * ticking countdown, a reply form, the Inspect dialog), through the slots below.
 */
import { forwardRef, type ReactNode, type Ref } from "react";
import type { DescribedAction, DescribedFact, RecoveryDescription } from "../describe/types.js";
import { ActionButton, ActionLink, type ActionButtonProps } from "./action-button.js";
import { Checklist } from "./checklist.js";
import { Facts } from "./facts.js";
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
  /** The reply form, where the description has a `reply`. */
  reply?: ReactNode;
  /** Lists a card draws itself, by id (a stuck tool's peers). @default a headed list of label and code */
  renderList?: (list: NonNullable<RecoveryDescription["lists"]>[number]) => ReactNode;
  /** Anything live that is not content (the banner's automatic retry). */
  children?: ReactNode;
}

/** Facts as the Facts list takes them: identifiers as code, several identifiers as several chips. */
const factItems = (facts: DescribedFact[]): Array<[string, ReactNode]> =>
  facts.map(({ label, value, code, values }) => [
    label,
    values ? values.map((item) => <code key={item}>{item}</code>) : code ? <code key={label}>{value}</code> : value,
  ]);

export const DescriptionView = /* @__PURE__ */ forwardRef<HTMLElement, DescriptionViewProps>(function DescriptionView(
  { description: d, onAction, actionProps = {}, renderAction, body, reply, renderList, children, ...rest },
  ref,
) {
  const actions = d.actions.map((action) => {
    const variant = action.kind === "link" ? "ghost" : action.kind;
    if (action.needsCallback) {
      const { ref: buttonRef, ...extra } = actionProps[action.id] ?? {};
      return (
        <ActionButton key={action.id} ref={buttonRef} action={action.id} variant={variant} title={action.hint} onAction={() => onAction(action.id)} {...extra}>
          {action.label}
        </ActionButton>
      );
    }
    if (action.href) {
      return (
        <ActionLink key={action.id} action={action.id} variant={variant} href={action.href} external={action.external}>
          {action.label}
        </ActionLink>
      );
    }
    return renderAction?.(action) ?? null;
  });
  const hints = d.actions.filter((action) => action.hint);

  return (
    <RecoverySurface
      ref={ref}
      tone={d.tone}
      announce={d.urgency}
      title={d.title}
      data-kind={d.kind}
      data-variant={d.variant}
      meta={
        d.meta && (
          <>
            {d.meta.status !== undefined && `HTTP ${d.meta.status}`}
            {/* The separator stays with the code: a narrow line never ends in "·". */}
            {d.meta.code && (
              <>
                {d.meta.status !== undefined && " "}
                <span className="rk-nowrap">
                  {d.meta.status !== undefined && "· "}
                  <code>{d.meta.code}</code>
                </span>
              </>
            )}
          </>
        )
      }
      details={
        d.details && (
          <>
            {d.details.why && <p>{withCode(d.details.why)}</p>}
            {d.details.items && <Checklist items={d.details.items} ordered={d.details.ordered} slot={d.details.ordered ? "steps" : undefined} />}
            {d.details.serverSaid && <p>{d.details.serverSaid}</p>}
            <Facts items={factItems(d.details.facts)} />
          </>
        )
      }
      detailsLabel={d.details?.label}
      actions={actions.some(Boolean) ? actions : null}
      {...rest}
    >
      {d.badge && (
        <span className="rk-pill" data-slot="status" data-status={d.variant}>
          {d.badge}
        </span>
      )}
      {body ?? <p>{withCode(d.body)}</p>}
      {d.notes?.map((note) => (
        <p key={note} className="rk-muted">
          {withCode(note)}
        </p>
      ))}
      {d.wait && <p data-slot="wait">{d.wait}</p>}
      {d.serverSaid?.inline && <p data-slot="server-message">{d.serverSaid.quoted}</p>}
      <Facts items={factItems(d.facts)} />
      {d.lists?.map((list) => renderList?.(list) ?? <Checklist key={list.id} slot={list.id} heading={list.heading} items={list.items.map((item) => <>{item.label} <code>{item.value}</code></>)} />)}
      {d.reply && reply}
      {d.events && (
        <Checklist
          slot="error-events"
          heading={d.events.heading}
          items={d.events.items.map((event) => (
            <>
              <code>{event.type}</code> {event.message}
            </>
          ))}
        />
      )}
      {d.links.map(({ id, label, href }) => (
        <ActionLink key={id} action={id} href={href} variant="ghost">
          {label}
        </ActionLink>
      ))}
      {d.steps && <Checklist slot="steps" heading={d.steps.heading} items={d.steps.items} ordered={d.steps.kind !== "check"} />}
      {hints.map((action) => (
        <p key={action.id} className="rk-muted" data-slot="hint">
          {action.hint}
        </p>
      ))}
      {children}
    </RecoverySurface>
  );
});
