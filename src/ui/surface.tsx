"use client";
/**
 * The layout every recovery component stands on: a card or banner with an icon, a title,
 * a body, optional details and actions. One shape, so five components look like a family.
 */
import { cva } from "class-variance-authority";
import { forwardRef, useId, type HTMLAttributes, type ReactNode } from "react";
import { useCommon } from "../catalog/context.js";
import { cn } from "./cn.js";
import { ToneIcon, type Tone } from "./icons.js";

/* ------------------------------------------------------------------ variants */

export interface SurfaceVariants {
  tone?: "info" | "warning" | "danger" | "success" | "neutral" | null;
  layout?: "card" | "banner" | "inline" | null;
}

/**
 * The design spec: tone (how serious) × layout (how much room it takes).
 * Typed by hand: cva's inferred type imports a deep path of cva's, which hosts
 * on `moduleResolution: "node"` cannot resolve.
 */
export const surfaceVariants: (props?: SurfaceVariants) => string = cva("rk-surface", {
  variants: {
    tone: {
      info: "rk-surface--info",
      warning: "rk-surface--warning",
      danger: "rk-surface--danger",
      success: "rk-surface--success",
      neutral: "rk-surface--neutral",
    },
    layout: {
      card: "rk-surface--card",
      banner: "rk-surface--banner",
      inline: "rk-surface--inline",
    },
  },
  defaultVariants: { tone: "neutral", layout: "card" },
});


/* ------------------------------------------------------------------ component */

/**
 * How the surface speaks to assistive technology:
 * - `alert`: the user's work is blocked now (announced assertively, once, on mount).
 * - `status`: news that should not interrupt (announced politely).
 * - `region`: a labelled landmark, announced only when the user reaches it.
 */
export type SurfaceAnnounce = "alert" | "status" | "region";

export interface RecoverySurfaceProps
  extends Omit<HTMLAttributes<HTMLElement>, "title" | "role">,
    SurfaceVariants {
  /** The heading. Required: every state has a name. */
  title: ReactNode;
  /** Heading level of the title. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** How the surface is announced. @default "region" */
  announce?: SurfaceAnnounce;
  /** The icon; `false` hides it. @default the tone's icon */
  icon?: ReactNode | false;
  /** A muted line under the body (a request id, a time). */
  meta?: ReactNode;
  /** Content of a collapsed "Details" disclosure. */
  details?: ReactNode;
  /** Summary text of the details disclosure. */
  detailsLabel?: ReactNode;
  /** Buttons and links; rendered in a row that wraps. */
  actions?: ReactNode;
  /**
   * Shows a × that dismisses the surface (named by the catalog's `common.dismiss`); called
   * when it is pressed. The host removes the surface. Absent: no ×.
   * @example <RateLimitBanner error={error} onDismiss={() => setError(undefined)} />
   */
  onDismiss?: () => unknown;
  /** The body: what happened and what to do. */
  children?: ReactNode;
}

export const RecoverySurface = forwardRef<HTMLElement, RecoverySurfaceProps>(function RecoverySurface(
  {
    title,
    headingLevel = 3,
    announce = "region",
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
    ...rest
  },
  ref,
) {
  const titleId = useId();
  const common = useCommon();
  const Heading = `h${headingLevel}` as const;
  const resolvedTone: Tone = tone ?? "neutral";
  const role = announce === "region" ? undefined : announce;
  return (
    <section
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      data-slot="surface"
      data-tone={resolvedTone}
      data-layout={layout ?? "card"}
      className={cn(surfaceVariants({ tone, layout }), className)}
      data-dismissible={onDismiss ? "" : undefined}
      {...rest}
    >
      {icon !== false && (
        <span className="rk-surface__icon" data-slot="icon">
          {icon ?? <ToneIcon tone={resolvedTone} />}
        </span>
      )}
      <div className="rk-surface__content" data-slot="content">
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
      {actions !== undefined && actions !== null && actions !== false && (
        <div className="rk-surface__actions" data-slot="actions">
          {actions}
        </div>
      )}
      {/* Last in the DOM (after the actions, for keyboard and screen-reader order), shown in the corner. */}
      {onDismiss && (
        <button type="button" className="rk-surface__dismiss" data-slot="dismiss" aria-label={common.dismiss} onClick={() => void onDismiss()}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </section>
  );
});
