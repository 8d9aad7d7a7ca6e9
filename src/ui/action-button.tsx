"use client";
/**
 * The action every recovery component offers: a button wired to a host callback that may
 * return a Promise, or a link that is rendered only when its URL is safe.
 */
import { cva } from "class-variance-authority";
import { forwardRef, useContext, useEffect, useId, useState, type AnchorHTMLAttributes, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from "react";
import { isSafeLink } from "../model/safe-url.js";
import { useCommon } from "../catalog/context.js";
import { cn } from "./cn.js";
import { FeedbackContext } from "./feedback.js";
import { useAsyncAction } from "./use-async-action.js";

/* ------------------------------------------------------------------ variants */

export interface ActionVariants {
  variant?: "primary" | "secondary" | "danger" | "ghost" | null;
}

const variants = {
  primary: "rk-action--primary",
  secondary: "rk-action--secondary",
  // What cannot be undone (cancel a run, disable a tool, reject): a button, in red.
  danger: "rk-action--danger",
  ghost: "rk-action--ghost",
};

// The spec as cva, for hosts; typed by hand for the same reason as surfaceVariants.
export const actionVariants: (props?: ActionVariants) => string = /* @__PURE__ */ cva("rk-action", {
  variants: { variant: variants },
  defaultVariants: { variant: "secondary" },
});

/** What `actionVariants` returns, without cva's runtime or its table (see surfaceClass). */
function actionClass(variant: ActionVariants["variant"], className: string | undefined): string {
  return cn("rk-action", variant !== null && `rk-action--${variant ?? "secondary"}`, className);
}

/* ------------------------------------------------------------------ button */

export interface ActionButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick" | "children">,
    ActionVariants {
  /** The visible label; also used in the failure message. */
  children: string;
  /**
   * The action's id: `data-action` on the button, and the `action` of its events (the ids
   * `describeRecovery` and ErrorRecovery's `actions` use: `retry`, `addFunds`). @default the label
   */
  action?: string;
  /** The host's callback. If it returns a Promise the button shows pending until it settles. */
  onAction: () => unknown;
  /** Label shown while pending. @default the label, with a spinner */
  pendingLabel?: string;
  /** Label shown for a moment after the action succeeded, and announced ("Copied"). */
  doneLabel?: string;
  /** Pending for a reason of the host's (an automatic retry in flight): shown so, clicks ignored. */
  busy?: boolean;
  /** The failure line's text when the callback rejects. @default catalog `common.actionFailed` */
  failureMessage?: string | ((label: string, reason: unknown) => string);
  /** Screen-reader text while pending. @default catalog `common.working` */
  workingLabel?: string;
}

/** How long a `doneLabel` stays. */
const DONE_MS = 2000;

export const ActionButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton(
  { children, action = children, onAction, pendingLabel, doneLabel, busy, failureMessage, workingLabel, variant, className, disabled, ...rest },
  ref,
) {
  const { state, error, run } = useAsyncAction(onAction);
  const [done, setDone] = useState(false);
  const common = useCommon();
  const feedback = useContext(FeedbackContext);
  const key = useId();
  const pending = state === "pending" || !!busy;
  const failure =
    state === "error"
      ? typeof failureMessage === "function"
        ? failureMessage(children, error)
        : (failureMessage ?? common.actionFailed(children))
      : "";

  // The failure goes to the surface's line under the actions (and its live region); a new
  // rejection (a new `error`) is said again. Outside a surface the button says it itself.
  // Cleared before each change and when the button goes (a failure outlives no button).
  useEffect(() => {
    feedback?.fail(key, failure || undefined);
    return () => feedback?.fail(key);
  }, [feedback, key, state, error]); // eslint-disable-line react-hooks/exhaustive-deps

  const onClick = async (event: MouseEvent<HTMLButtonElement>) => {
    // aria-disabled keeps focus on the button while pending; we ignore the click ourselves.
    if (pending || disabled) {
      event.preventDefault();
      return;
    }
    feedback?.note("action", action);
    const worked = await run();
    feedback?.note("action", action, worked);
    if (worked && doneLabel) {
      // Back to the label after a moment (a no-op if the button is gone by then).
      setDone(true);
      setTimeout(() => setDone(false), DONE_MS);
      feedback?.say(doneLabel);
    }
  };

  const label = pending && pendingLabel ? pendingLabel : done && doneLabel ? doneLabel : children;
  return (
    <>
      <button
        ref={ref}
        type="button"
        className={actionClass(variant, className)}
        data-variant={variant ?? "secondary"}
        data-action={action}
        data-state={pending ? "pending" : done ? "done" : state}
        aria-disabled={pending || disabled ? true : undefined}
        data-disabled={disabled ? "" : undefined}
        aria-describedby={failure ? (feedback ? feedback.id : key) : undefined}
        onClick={onClick}
        {...rest}
      >
        {pending && !pendingLabel && <span className="rk-action__spinner" aria-hidden="true" />}
        {/* Every label the button can show, stacked in one cell: it is as wide as the widest,
            so pending or done never changes its size. Only the current one is named. */}
        <span className="rk-action__label">
          {[children, pendingLabel, doneLabel].map(
            (text, index) =>
              text && (
                <span key={index} aria-hidden={text === label && (index === 0 || label !== children) ? undefined : true}>
                  {text}
                </span>
              ),
          )}
        </span>
        {pending && (
          <>
            {" "}
            <span className="rk-visually-hidden">{workingLabel ?? common.working}</span>
          </>
        )}
      </button>
      {!feedback && failure && (
        <span id={key} className="rk-action-error" role="alert" data-slot="action-error">
          {failure}
        </span>
      )}
    </>
  );
});

/* ------------------------------------------------------------------ link */

export interface ActionLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href">, ActionVariants {
  /** Where the link goes. Rendered only for `https:`/`http:`, relative URLs, or a `mailto:` address. */
  href: string | undefined;
  /** Opens in a new tab, with `rel="noopener noreferrer"` and a screen-reader note. */
  external?: boolean;
  /** Screen-reader note for `external`. @default catalog `common.opensInNewTab` */
  newTabLabel?: string;
  /** The action's id: `data-action`, and its click is `action-started` in the host's events. @default the label, when it is a string, else `"link"` */
  action?: string;
  children: ReactNode;
}

export const ActionLink = /* @__PURE__ */ forwardRef<HTMLAnchorElement, ActionLinkProps>(function ActionLink(
  { href, external, newTabLabel, variant, className, children, action = typeof children === "string" ? children : "link", onClick, ...rest },
  ref,
) {
  const common = useCommon();
  const feedback = useContext(FeedbackContext);
  // Checked here as well as in the model: hosts pass hrefs of their own, and a support
  // address (`contactSupport: "mailto:help@acme.dev"`) is one of them.
  if (!isSafeLink(href)) return null;
  return (
    <a
      ref={ref}
      href={href.trim()}
      className={actionClass(variant, className)}
      data-variant={variant ?? "secondary"}
      data-slot="action-link"
      data-action={action}
      onClick={(event) => {
        // Where the link leads is the host's: the click is all the events can say.
        feedback?.note("link", action);
        onClick?.(event);
      }}
      {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      {...rest}
    >
      {children}
      {external && (
        <>
          {" "}
          <span className="rk-visually-hidden">{newTabLabel ?? common.opensInNewTab}</span>
        </>
      )}
    </a>
  );
});
