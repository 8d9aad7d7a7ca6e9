"use client";
/**
 * ErrorRecovery — one line to embed: the right component for any kind, a generic notice
 * for kinds without one, and a boundary so a render error inside never takes the host
 * page down. Each kind's card is loaded with `import()` when it is first needed, and all of
 * them once the page is idle (recovery-parts.ts); until a card is here — or when it cannot be
 * loaded — a short state says what happened and offers the host's action, from code the first
 * load already has.
 *
 * @example
 * <ErrorRecovery error={await fromResponse(res)} actions={{ retry: () => send(), addFunds: "/billing" }} />
 */
import { Component, Suspense, useContext, useEffect, useMemo, useSyncExternalStore, type ErrorInfo, type ReactNode } from "react";
import { isRecoveryError, type RecoveryError } from "../model/types.js";
import { parseRecoveryError } from "../model/parse.js";
import { CatalogContext } from "../catalog/context.js";
import { enShort } from "../catalog/en-short.js";
import type { RecoveryActionId } from "../catalog/notice-types.js";
import { describeShort } from "../describe/short.js";
import { wiredFrom } from "../describe/types.js";
import { ActionLinkPart, DescriptionView, ServerSaidPart } from "../ui/description-view.js";
import type { RecoveryEventHandler } from "../ui/events.js";
import type { ApprovalPendingNoticeProps } from "./approval-pending-notice.js";
import type { BalanceEmptyCardProps } from "./balance-empty-card.js";
import type { ConnectorReconnectCardProps } from "./connector-reconnect-card.js";
import type { RateLimitBannerProps } from "./rate-limit-banner.js";
import type { RecoveryAction } from "./recovery-notice.js";
import type { StuckToolInspectorProps } from "./stuck-tool-inspector.js";
import { partKeyOf, parts, prefetchWhenIdle, retryGeneration, subscribeRetry } from "./recovery-parts.js";

export { preloadRecovery } from "./recovery-parts.js";

/* ------------------------------------------------------------------ types */

export type { ComponentActionId, RecoveryActionId } from "../catalog/notice-types.js";

/** Actions by id: a callback (a button; may return a Promise) or a URL (a link). */
export type RecoveryActions = Partial<Record<RecoveryActionId, RecoveryAction>> & {
  /** Send a follow-up to a stuck tool's peer; the text survives a failed send. */
  sendFollowUp?: (message: string, context: { error: RecoveryError }) => unknown;
};

/** Props that only some components use, passed through when the kind matches. */
export interface RecoveryOptions {
  balance?: Partial<Omit<BalanceEmptyCardProps, "error">>;
  connector?: Partial<Omit<ConnectorReconnectCardProps, "error">>;
  rateLimit?: Partial<Omit<RateLimitBannerProps, "error">>;
  approval?: Partial<Omit<ApprovalPendingNoticeProps, "error">>;
  stuckTool?: Partial<Omit<StuckToolInspectorProps, "error">>;
}

export interface ErrorRecoveryProps {
  /** A RecoveryError, or anything a host caught (it is parsed). `null`/`undefined`: renders nothing. */
  error: RecoveryError | unknown;
  /** Host actions by id. Each appears only where the state offers it. */
  actions?: RecoveryActions;
  /** Which wording of the kind to use, for kinds shown by the generic notice. */
  variant?: string;
  /** Component-specific props (admin viewer, peers, pending top-up…). */
  options?: RecoveryOptions;
  /** Heading level for the title. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Show a notice for a request cancelled on purpose (a user pressed Stop, left the page).
   * Off by default: a cancellation is the user's own doing, not a failure to recover from.
   * @default false
   */
  showCancelled?: boolean;
  /** Shows a × on whichever component renders, and is called when it is pressed. */
  onDismiss?: () => unknown;
  /** The recovery events of whichever component renders (RecoveryProvider's `onEvent` hears them too). */
  onEvent?: RecoveryEventHandler | undefined;
  className?: string;
}

/* ------------------------------------------------------------------ component */

export function ErrorRecovery(props: ErrorRecoveryProps) {
  // Mounted, even with no error yet: once the page is idle, every kind's card is fetched, so
  // an error that comes later (offline too) shows in full without a request.
  useEffect(prefetchWhenIdle, []);
  // No error, nothing to recover from: `<ErrorRecovery error={state.error} />` can stay mounted.
  if (props.error === null || props.error === undefined) return null;
  return <Dispatch {...props} />;
}

/** What a kind's part gets: the parsed error, and the host's props. */
export interface Resolved extends Omit<ErrorRecoveryProps, "error" | "actions" | "options"> {
  error: RecoveryError;
  actions: RecoveryActions;
  options: RecoveryOptions;
}

function Dispatch({ error: input, actions = {}, options = {}, showCancelled = false, ...rest }: ErrorRecoveryProps) {
  // Parsed once per input, not per render: a fresh parse is a fresh error (a new retryAt for
  // a 429), and a banner would start its wait — and its automatic retry — over again each
  // time the host re-renders (an onEvent that sets state re-renders it on every event).
  // Parsed here, above the Suspense boundary, so a card that suspends sees the same value.
  const error = useMemo(() => (isRecoveryError(input) ? input : parseRecoveryError(input)), [input]);
  // The connection came back: a card that failed to load is asked for again.
  const generation = useSyncExternalStore(subscribeRetry, retryGeneration, () => 0);
  // Whether the card's code failed to load. Hydrating server HTML that has the full card, React
  // keeps that HTML while the code is on its way; if it cannot come, this re-render hands the
  // boundary below new props, and React then renders it on the client, where it is the short
  // state, instead of hydrating a card it has no code for (no mismatch, nothing raised).
  const part = parts[partKeyOf(error.kind)];
  const failed = useSyncExternalStore(part.subscribe, part.failed, () => false);
  if (error.kind === "cancelled" && !showCancelled) return null;
  const props: Resolved = { error, actions, options, showCancelled, ...rest };
  return (
    // A card that throws while rendering falls back to the short state; a new error tries the card again.
    <RecoveryBoundary resetKey={error} fallback={<ShortState {...props} failed={false} data-fallback="" />}>
      {/* While the card is on its way: the short state. Hydrating server HTML that has the full
          card, React keeps that HTML until the card's code is here, instead of this fallback. */}
      <Suspense fallback={<ShortState {...props} failed={failed} />}>
        <Part {...props} generation={generation} />
      </Suspense>
    </RecoveryBoundary>
  );
}

// The attempt (the connection's generation) each error last asked for its card in: a card
// that failed is asked for again by a new error or when the connection comes back, never in a
// loop of renders.
const tried = new WeakMap<RecoveryError, number>();
const ask = (error: RecoveryError, generation: number) => {
  if (tried.get(error) === generation) return false;
  tried.set(error, generation);
  return true;
};

const noSubscription = () => () => undefined;

/** The kind's card once its code is here; until then, or if it cannot come, the short state. */
function Part({ generation, ...props }: Resolved & { generation: number }) {
  const part = parts[partKeyOf(props.error.kind)];
  // Re-rendered when a load of this part settles.
  useSyncExternalStore(part.subscribe, part.settledCount, part.settledCount);
  // True on the server and while hydrating server HTML, false in a client render.
  const serverHtml = useSyncExternalStore(noSubscription, () => false, () => true);
  const wanted = !part.current();
  useEffect(() => {
    if (wanted && ask(props.error, generation)) void part.preload();
  }, [wanted, part, props.error, generation]);
  const Card = part.current()?.Card;
  if (Card) return <Card {...props} />;
  // Server HTML has the full card: a streaming render waits for it here, and hydration keeps
  // the server's HTML until the code has come (then hydrates it, no mismatch). Never rejects.
  if (serverHtml && !(part.failed() && !ask(props.error, generation))) throw part.preload();
  // In the browser: the short state at once, the same element while the card is asked for and
  // if it cannot come, replaced by the card when it does.
  return <ShortState {...props} failed={part.failed()} />;
}

// The short state's parts beyond title and body: the server's words, and the host's hrefs as links.
const SHORT_PARTS = { serverSaid: ServerSaidPart, actionLink: ActionLinkPart };

/** What the state says from code the first load has: the kind in the model's words, the server's, the host's action. */
function ShortState({ error, actions, failed, headingLevel, className, onDismiss, onEvent, "data-fallback": fallback }: Resolved & { failed: boolean; "data-fallback"?: string }) {
  const messages = useContext(CatalogContext).messages?.short ?? enShort;
  const description = describeShort(error, { messages, wired: wiredFrom(actions), failed });
  const action = (id: string) => actions[id as RecoveryActionId];
  return (
    <DescriptionView
      description={description}
      // No `support`, so no Copy details (its code may not be here either); but the events of
      // what is pressed here, as the card reports them (the card that replaces it is the same showing).
      reports={error}
      onEvent={onEvent}
      onAction={(id) => {
        const run = action(id);
        return typeof run === "function" ? run({ error, action: id as RecoveryActionId }) : undefined;
      }}
      body={description.body ? undefined : false}
      parts={SHORT_PARTS}
      data-short={fallback === undefined ? (failed ? "failed" : "loading") : undefined}
      data-fallback={fallback}
      headingLevel={headingLevel}
      className={className}
      onDismiss={onDismiss}
    />
  );
}

/* ------------------------------------------------------------------ boundary */

interface BoundaryProps {
  resetKey: unknown;
  fallback: ReactNode;
  children: ReactNode;
}

interface BoundaryState {
  failedFor: unknown;
  failed: boolean;
}

/**
 * Keeps a failure inside a recovery component from unmounting the host's tree. Falls back
 * to the short state (what happened, the host's action); a new `error` tries the real
 * component again.
 */
class RecoveryBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failedFor: undefined, failed: false };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (state.failed && state.failedFor === undefined) return { failedFor: props.resetKey };
    if (state.failed && state.failedFor !== props.resetKey) return { failed: false, failedFor: undefined };
    return null;
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Nothing to do: React reports it; the fallback keeps the page usable.
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
