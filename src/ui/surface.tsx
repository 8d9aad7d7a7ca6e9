"use client";
/**
 * The layout every recovery component stands on: a card or banner with an icon, a title,
 * a body, optional details and actions. One shape, so five components look like a family.
 */
import { cva } from "class-variance-authority";
import { forwardRef, useEffect, useId, useRef, type HTMLAttributes, type ReactNode, type Ref } from "react";
import { useCommon } from "../catalog/context.js";
import { cn } from "./cn.js";
import type { RecoveryError } from "../model/types.js";
import { ActionButton } from "./action-button.js";
import { FailureLine, FeedbackContext, LiveMessage, useFeedback } from "./feedback.js";
import type { Tone } from "./icons.js";
import { supportDetailsPart } from "./support-details-part.js";
import type { RecoveryEventHandler } from "./events.js";
import { useEvents } from "./use-events.js";

/* ------------------------------------------------------------------ variants */

export interface SurfaceVariants {
  tone?: "info" | "warning" | "danger" | "success" | "neutral" | null;
  layout?: "card" | "banner" | "inline" | null;
}

/** The design spec: tone (how serious) × layout (how much room it takes). */
const tones = {
  info: "rk-surface--info",
  warning: "rk-surface--warning",
  danger: "rk-surface--danger",
  success: "rk-surface--success",
  neutral: "rk-surface--neutral",
};
const layouts = {
  card: "rk-surface--card",
  banner: "rk-surface--banner",
  inline: "rk-surface--inline",
};

/**
 * The spec as cva, for hosts that give their own elements our look.
 * Typed by hand: cva's inferred type imports a deep path of cva's, which hosts
 * on `moduleResolution: "node"` cannot resolve.
 */
export const surfaceVariants: (props?: SurfaceVariants) => string = /* @__PURE__ */ cva("rk-surface", {
  variants: { tone: tones, layout: layouts },
  defaultVariants: { tone: "neutral", layout: "card" },
});

/**
 * What `surfaceVariants` returns (test/ui/variants.test.tsx checks every combination): a card
 * ships neither cva's runtime nor the tables, which only the exported cva function reads; the
 * class is the value's own name, as in the tables.
 */
function surfaceClass({ tone, layout }: SurfaceVariants): string {
  return cn("rk-surface", tone !== null && `rk-surface--${tone ?? "neutral"}`, layout !== null && `rk-surface--${layout ?? "card"}`);
}

/* ------------------------------------------------------------------ component */

/**
 * How the surface speaks to assistive technology. The surface itself is never a live
 * region (a live card re-reads itself, buttons included, on every change inside it); one
 * short message, the title unless `announcement` says otherwise, goes through its single
 * live region once when it appears and once per change.
 * - `assertive`: the user's work is blocked now (the default for `danger`).
 * - `polite`: news that should not interrupt (the default otherwise).
 * - `off`: nothing is announced but failed actions.
 */
export type SurfaceAnnounce = "assertive" | "polite" | "off";

export interface RecoverySurfaceProps
  extends Omit<HTMLAttributes<HTMLElement>, "title" | "role">,
    SurfaceVariants {
  /** The heading. Required: every state has a name. */
  title: ReactNode;
  /** Heading level of the title. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** How the surface is announced. @default "assertive" for `danger`, else "polite" */
  announce?: SurfaceAnnounce;
  /** The short message announced for this state. @default the title, when it is a string */
  announcement?: string;
  /**
   * Render a named `<section>` landmark. Off by default: two identical cards on a page would
   * be two landmarks with one name; a card is a named group unless the host asks.
   * @default false
   */
  landmark?: boolean;
  /** The icon (decorative); `false` hides it. @default the tone's icon, drawn by the stylesheet */
  icon?: ReactNode | false;
  /** A muted line under the body (a status code, a request id, a time). */
  meta?: ReactNode;
  /** Content of a collapsed "Details" disclosure. */
  details?: ReactNode;
  /** Summary text of the details disclosure. */
  detailsLabel?: ReactNode;
  /** Buttons and links; rendered in a row that wraps, a failure line under them. */
  actions?: ReactNode;
  /**
   * Shows a × that dismisses the surface (named by the catalog's `common.dismiss`); called
   * when it is pressed. The host removes the surface. Absent: no ×.
   * @example <RateLimitBanner error={error} onDismiss={() => setError(undefined)} />
   */
  onDismiss?: () => unknown;
  /**
   * The error this surface shows: adds a "Copy details" button that copies, as plain text,
   * what support needs (kind, status, codes, request id or digest, time, what was tried).
   */
  support?: RecoveryError;
  /**
   * The error this surface's events are about where it offers no Copy details (ErrorRecovery's
   * short state, whose support text may not have loaded); `support` is that error too.
   */
  reports?: RecoveryError;
  /**
   * This state's recovery events (`shown`, `action-started`/`-succeeded`/`-failed`,
   * `auto-retried`, `dismissed`, `resolved`), heard besides RecoveryProvider's `onEvent`.
   * Needs `support` or `reports` (the error). Kinds, action ids and timings only, never messages or arguments.
   */
  onEvent?: RecoveryEventHandler | undefined;
  /** The body: what happened and what to do. */
  children?: ReactNode;
}

// On hover or focus: a preload that fails (offline) raises nothing; the press tries again and,
// failing, says so on the failure line (ActionButton shows a rejected action as failed).
const preloadDetails = () => void supportDetailsPart.preload();

/**
 * An identifier cut with an ellipsis (too long for its line: a narrow card, large text, WCAG
 * text spacing) becomes focusable, and the stylesheet shows it whole while focused, so it can
 * be read in full with a keyboard, a tap or a click. Whole, it is no tab stop. Checked
 * whenever the content's size changes.
 */
function focusableWhenCut(content: HTMLElement | null): (() => void) | undefined {
  if (!content || typeof ResizeObserver === "undefined") return;
  const observer = new ResizeObserver(() => {
    for (const code of content.querySelectorAll("code")) {
      if (code.scrollWidth > code.clientWidth) code.tabIndex = 0;
      else if (code !== document.activeElement) code.removeAttribute("tabindex");
    }
  });
  observer.observe(content);
  return () => observer.disconnect();
}

export const RecoverySurface = /* @__PURE__ */ forwardRef<HTMLElement, RecoverySurfaceProps>(function RecoverySurface(
  {
    title,
    headingLevel = 3,
    announce,
    announcement,
    landmark = false,
    icon,
    meta,
    details,
    detailsLabel,
    actions,
    tone,
    layout,
    className,
    children,
    onDismiss,
    support,
    reports = support,
    onEvent,
    ...rest
  },
  ref,
) {
  const titleId = useId();
  const common = useCommon();
  const Heading = `h${headingLevel}` as const;
  const resolvedTone: Tone = tone ?? "neutral";
  const politeness = announce ?? (resolvedTone === "danger" ? "assertive" : "polite");
  const [note, log] = useEvents(reports, (rest as { "data-variant"?: string })["data-variant"], onEvent);
  const feedback = useFeedback(politeness === "off" ? undefined : (announcement ?? (typeof title === "string" ? title : undefined)), note);
  const Root = landmark ? "section" : "div";
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => focusableWhenCut(content.current), []);
  return (
    <Root
      ref={ref as Ref<HTMLDivElement>}
      role={landmark ? undefined : "group"}
      aria-labelledby={titleId}
      data-slot="surface"
      data-tone={resolvedTone}
      data-layout={layout ?? "card"}
      className={cn(surfaceClass({ tone, layout }), className)}
      data-dismissible={onDismiss ? "" : undefined}
      {...rest}
    >
      <FeedbackContext.Provider value={feedback.value}>
        <div className="rk-surface__layout" data-slot="layout">
          {icon !== false && (
            <span className="rk-surface__icon" data-slot="icon" aria-hidden="true">
              {icon}
            </span>
          )}
          <div ref={content} className="rk-surface__content" data-slot="content">
            <Heading id={titleId} className="rk-surface__title" data-slot="title">
              {title}
            </Heading>
            {children !== undefined && children !== null && (
              <div className="rk-surface__body" data-slot="body">
                {children}
              </div>
            )}
            {meta !== undefined && meta !== null && (
              <p className="rk-surface__meta" data-slot="meta">
                {meta}
              </p>
            )}
            {details !== undefined && details !== null && (
              <details className="rk-surface__details" data-slot="details">
                <summary>{detailsLabel ?? common.details}</summary>
                {details}
              </details>
            )}
          </div>
          {((actions !== undefined && actions !== null && actions !== false) || support || feedback.failure) && (
            <div className="rk-surface__actions" data-slot="actions">
              {actions}
              {/* A row of its own right under the actions (none of them moves), before Copy details:
                  on a phone Copy details has a row of its own, and the line under it was far from its button. */}
              <FailureLine feedback={feedback} />
              {support && (
                <ActionButton
                  variant="ghost"
                  action="copyDetails"
                  doneLabel={common.copied}
                  data-slot="copy-details"
                  onPointerEnter={preloadDetails}
                  onFocus={preloadDetails}
                  onAction={async () => {
                    // Loaded by hover or focus, so the copy normally runs inside the click itself
                    // (Safari allows clipboard writes only there).
                    const { supportDetails, triedIn } = supportDetailsPart.current() ?? (await supportDetailsPart.load());
                    await navigator.clipboard.writeText(supportDetails(support, { tried: triedIn(log) }));
                  }}
                >
                  {common.copyDetails}
                </ActionButton>
              )}
            </div>
          )}
        </div>
        {/* Last in the DOM (after the actions, for keyboard and screen-reader order), shown in the corner. */}
        {onDismiss && (
          <button type="button" className="rk-surface__dismiss" data-slot="dismiss" aria-label={common.dismiss}
            onClick={() => {
              note("dismissed");
              void onDismiss();
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </FeedbackContext.Provider>
      <LiveMessage message={feedback.said} repeat={feedback.count} politeness={politeness} />
    </Root>
  );
});
