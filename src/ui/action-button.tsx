"use client";
/**
 * The action every recovery component offers: a button wired to a host callback that may
 * return a Promise, or a link that is rendered only when its URL is safe.
 */
import { cva } from "class-variance-authority";
import { forwardRef, useId, type AnchorHTMLAttributes, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from "react";
import { isSafeHref } from "../model/safe-url.js";
import { useCommon } from "../catalog/context.js";
import { cn } from "./cn.js";
import { useAsyncAction } from "./use-async-action.js";

/* ------------------------------------------------------------------ variants */

export interface ActionVariants {
  variant?: "primary" | "secondary" | "ghost" | null;
}

// Typed by hand for the same reason as surfaceVariants (no deep type import in our .d.ts).
export const actionVariants: (props?: ActionVariants) => string = cva("rk-action", {
  variants: {
    variant: {
      primary: "rk-action--primary",
      secondary: "rk-action--secondary",
      ghost: "rk-action--ghost",
    },
  },
  defaultVariants: { variant: "secondary" },
});


/* ------------------------------------------------------------------ button */

export interface ActionButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick" | "children">,
    ActionVariants {
  /** The visible label; also used in the failure message. */
  children: string;
  /** The host's callback. If it returns a Promise the button shows pending until it settles. */
  onAction: () => unknown;
  /** Label shown while pending. @default the label, with a spinner */
  pendingLabel?: string;
  /** Inline message when the callback rejects. @default catalog `common.actionFailed` */
  failureMessage?: string | ((label: string, reason: unknown) => string);
  /** Screen-reader text while pending. @default catalog `common.working` */
  workingLabel?: string;
}

export const ActionButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton(
  { children, onAction, pendingLabel, failureMessage, workingLabel, variant, className, disabled, ...rest },
  ref,
) {
  const { state, error, run } = useAsyncAction(onAction);
  const common = useCommon();
  const errorId = useId();
  const pending = state === "pending";
  const failure =
    state === "error"
      ? typeof failureMessage === "function"
        ? failureMessage(children, error)
        : (failureMessage ?? common.actionFailed(children))
      : "";

  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    // aria-disabled keeps focus on the button while pending; we ignore the click ourselves.
    if (pending || disabled) {
      event.preventDefault();
      return;
    }
    void run();
  };

  return (
    <span className="rk-action-wrap" data-slot="action">
      <button
        ref={ref}
        type="button"
        className={cn(actionVariants({ variant }), className)}
        data-variant={variant ?? "secondary"}
        data-state={state}
        aria-disabled={pending || disabled ? true : undefined}
        data-disabled={disabled ? "" : undefined}
        aria-describedby={failure ? errorId : undefined}
        onClick={onClick}
        {...rest}
      >
        {pending && <span className="rk-action__spinner" aria-hidden="true" />}
        <span>{pending && pendingLabel ? pendingLabel : children}</span>
        {pending && (
          <>
            {" "}
            <span className="rk-visually-hidden">{workingLabel ?? common.working}</span>
          </>
        )}
      </button>
      {/* Always in the tree so it is a live region before its text arrives. */}
      <span id={errorId} className="rk-action-error" role="status" data-slot="action-error">
        {failure}
      </span>
    </span>
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
  children: ReactNode;
}

export const ActionLink = forwardRef<HTMLAnchorElement, ActionLinkProps>(function ActionLink(
  { href, external, newTabLabel, variant, className, children, ...rest },
  ref,
) {
  const common = useCommon();
  // Checked here as well as in the model: hosts pass hrefs of their own, and a support
  // address (`contactSupport: "mailto:help@acme.dev"`) is one of them.
  if (!isSafeHref(href) && !isMailto(href)) return null;
  return (
    <a
      ref={ref}
      href={href.trim()}
      className={cn(actionVariants({ variant }), className)}
      data-variant={variant ?? "secondary"}
      data-slot="action-link"
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

/** A `mailto:` link to one plain address: no spaces, controls, markup, and no headers (`?`, `&`). */
function isMailto(href: unknown): href is string {
  return typeof href === "string" && /^mailto:[\w.+-]+@[\w.-]+$/.test(href.trim());
}
