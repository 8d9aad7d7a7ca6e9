/**
 * The kinds with a dedicated component, as data: every state each card shows, the one an
 * error arrives in and the ones a press moves it through (connecting → connected, a top-up
 * that is late, approved → expired, a countdown that runs out). Each card renders exactly
 * this (src/ui/description-view.tsx) and keeps only what is live; every tone, title, body,
 * fact and action order is decided once, in the kind's own module: balance.ts, connector.ts,
 * rate-limit.ts, approval.ts, stuck-tool.ts.
 *
 * One module a kind, so a card's chunk carries its own describer only: bundlers assign whole
 * modules to chunks, and with all five in one module each card ErrorRecovery loads with
 * `import()` fetched every kind's describer (esbuild: a 3.8 kB gzip chunk shared by all five).
 * This module holds what they all take, as types only.
 */
import type { RecoveryMessages } from "../catalog/types.js";

/**
 * What a host tells a card beyond the error (plain data, as ErrorRecovery's `options`), and
 * where the card stands now: a host rendering `describeRecovery` with its own components
 * passes the same to show the same state.
 */
export interface DescribeState {
  balance?: {
    /** Checkout completed and the balance has not caught up: the top-up states. */
    topUp?: { checkoutSessionId?: string };
    /** The top-up has waited past `topUpWaitMs`: point to billing activity and support. */
    topUpDelayed?: boolean;
    /** How long a top-up is waited for before it counts as late. @default 60000 */
    topUpWaitMs?: number;
  };
  connector?: {
    /** The waiting action to execute again once connected. */
    resumeActionId?: string;
    /** Where the connection stands after a press. @default "disconnected" */
    status?: "disconnected" | "connecting" | "connected";
  };
  rateLimit?: {
    autoRetry?: boolean;
    /** The automatic retry is in flight (the deadline passed, the retry has not settled). @default `autoRetry` */
    retrying?: boolean;
    /** When retrying becomes possible (epoch ms), when fixed other than by the error's `retryAt` (a backoff). */
    deadline?: number;
    /** Waits longer than this say a clock time rather than count down. @default one hour */
    clockTimeAfterMs?: number;
    /** The wait when the limit was first shown (ms), which its announcement says once. @default the time left */
    initialWait?: number;
  };
  approval?: {
    isAdmin?: boolean;
    /** Where the request stands. @default "pending" ("expired" once approved access has lapsed) */
    status?: "pending" | "approved" | "rejected" | "expired";
  };
  stuckTool?: {
    cause?: "slow-tool" | "waiting-on-peer" | "malformed-retry";
    attempts?: number;
    peers?: Array<{ name: string; state: string }>;
    /** The run ended without a tool result. */
    interrupted?: boolean;
    /** How often the tool failed the same way; Disable tool is offered from 2. */
    sameFailureCount?: number;
  };
}

export interface DedicatedInput {
  catalog: RecoveryMessages;
  locale: string;
  wired: Partial<Record<string, string | true>>;
  now: number | null;
  state: DescribeState;
  /** The platform whose wording to prefer. */
  platform?: string | undefined;
  /** A wording the host chose over the error's own (a card's `variant`). */
  variant?: string | undefined;
}
