/**
 * One decision, one place: every card renders its description and nothing else. For every
 * seed state (English and German) and every live state a card moves through, what the
 * renderer receives deep-equals `describeRecovery(error, { state })`; and a describer rule
 * changed in one place changes the card and `describeRecovery` alike.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { forwardRef } from "react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ApprovalPendingNotice,
  BalanceEmptyCard,
  ConnectorReconnectCard,
  de,
  en,
  ErrorRecovery,
  RateLimitBanner,
  RecoveryProvider,
  StuckToolInspector,
  type RecoveryMessages,
  preloadRecovery,
} from "../../src";
import { describeRecovery, type DescribeOptions, type RecoveryDescription } from "../../src/describe";
import type { RecoveryError } from "../../src/model";
import { parseFixture, PLATFORMS } from "../../stories/platforms/entries";
import { stateOf } from "../helpers";
import type * as DescriptionViewModule from "../../src/ui/description-view";
import type * as ApprovalModule from "../../src/describe/approval";

// ErrorRecovery loads each kind's card with import(): these compare the full cards.
beforeAll(() => preloadRecovery());

// What each renderer was handed, newest last.
const received = vi.hoisted(() => [] as RecoveryDescription[]);
vi.mock("../../src/ui/description-view", async (original) => {
  const real = await original<typeof DescriptionViewModule>();
  const Recording = forwardRef<HTMLElement, DescriptionViewModule.DescriptionViewProps>(function Recording(props, ref) {
    received.push(props.description);
    return <real.DescriptionView ref={ref} {...props} />;
  });
  return { ...real, DescriptionView: Recording };
});

// A describer rule a test can change in one place (see the last test).
const reverseApprovalActions = vi.hoisted(() => ({ on: false }));
vi.mock("../../src/describe/approval", async (original) => {
  const real = await original<typeof ApprovalModule>();
  return {
    ...real,
    describeApproval: (...args: Parameters<typeof real.describeApproval>) => {
      const d = real.describeApproval(...args);
      return reverseApprovalActions.on ? { ...d, actions: [...d.actions].reverse() } : d;
    },
  };
});

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  received.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  reverseApprovalActions.on = false;
});

const last = () => received[received.length - 1]!;
// The cards that hold no clock describe with none (a server render and a client render agree).
const clockOf = (error: RecoveryError) => (error.kind === "balance-empty" || error.kind === "connector-auth" ? null : T0);


const LOCALES: Array<[string, RecoveryMessages]> = [
  ["en", en],
  ["de", de],
];

describe.each(LOCALES)("every seed state: the renderer receives describeRecovery's description (%s)", (_, catalog) => {
  const rows = PLATFORMS.flatMap((platform) => platform.entries.map((entry) => ({ platform, entry })));
  it.each(rows.map((row) => [`${row.platform.id} · ${row.entry.title}`, row] as const))("%s", async (_name, { platform, entry }) => {
    const error = parseFixture(entry.fixture);
    const actions: Record<string, unknown> = {};
    for (const [id, value] of Object.entries(entry.actions)) actions[id] = value === true ? () => undefined : value;
    render(
      <RecoveryProvider catalog={catalog} platform={platform.platform}>
        <ErrorRecovery error={error} actions={actions} variant={entry.variant} options={entry.options} />
      </RecoveryProvider>,
    );
    await act(async () => undefined);
    const shown = last();
    const state = stateOf(entry);
    // The banner's deadline is its own live state (a backoff, when the server gave no wait).
    if (error.kind === "rate-limited") state.rateLimit = { ...state.rateLimit, deadline: shown.deadline! };
    const options: DescribeOptions = { catalog, actions: entry.actions, now: clockOf(error) ?? undefined, state };
    if (platform.platform) options.platform = platform.platform;
    if (entry.variant) options.variant = entry.variant;
    expect(shown).toEqual(describeRecovery(error, options));
  });
});

/** A card in a live state, the state as describeRecovery takes it, and how to get there. */
interface Live {
  name: string;
  error: RecoveryError;
  render: () => React.ReactElement;
  /** Presses or waits that move the card into the state. */
  reach?: () => Promise<void>;
  options: DescribeOptions;
}

const gmail: RecoveryError = { kind: "connector-auth", message: "Reconnect", reason: "auth-failed", connector: { name: "Gmail" } };
const balance: RecoveryError = { kind: "balance-empty", message: "Empty", reason: "balance-empty" };
const approval: RecoveryError = { kind: "approval-pending", message: "Waiting", approval: { tool: "github", method: "DELETE", runId: "run_1", expiresAt: T0 + 5 * 60_000 } };
const limited: RecoveryError = { kind: "rate-limited", message: "Slow down", retryable: true, retryAfterMs: 3000, retryAt: T0 + 3000 };
const stuck: RecoveryError = { kind: "tool-stuck", message: "Stuck", toolCall: { name: "browser.open", startedAt: T0 - 21_000 } };

const LIVE: Live[] = [
  {
    name: "connector: connecting (the host's reconnect is in flight)",
    error: gmail,
    render: () => <ConnectorReconnectCard error={gmail as never} onReconnect={() => new Promise(() => undefined)} onResume={() => undefined} />,
    reach: async () => {
      fireEvent.click(screen.getByRole("button", { name: "Reconnect" }));
      await act(async () => undefined);
    },
    options: { actions: { reconnect: true, resume: true }, state: { connector: { status: "connecting" } } },
  },
  {
    name: "connector: connected → execute again",
    error: gmail,
    render: () => <ConnectorReconnectCard error={gmail as never} onReconnect={() => Promise.resolve()} onResume={() => undefined} />,
    reach: async () => {
      fireEvent.click(screen.getByRole("button", { name: "Reconnect" }));
      await act(async () => undefined);
    },
    options: { actions: { reconnect: true, resume: true }, state: { connector: { status: "connected" } } },
  },
  {
    name: "connector: resume pending, returning to the session",
    error: { ...gmail, reason: "resume-pending" } as RecoveryError,
    render: () => <ConnectorReconnectCard error={{ ...gmail, reason: "resume-pending" } as never} onResume={() => undefined} sessionHref="/session/1" />,
    options: { actions: { resume: true, returnToSession: "/session/1" } },
  },
  {
    name: "balance: top-up pending",
    error: balance,
    render: () => <BalanceEmptyCard error={balance as never} topUp={{ checkoutSessionId: "cs_1" }} onReloadBalance={() => undefined} billingActivityHref="/billing" supportHref="mailto:help@example.com" />,
    options: { actions: { reloadBalance: true, billingActivity: "/billing", contactSupport: "mailto:help@example.com" }, state: { balance: { topUp: { checkoutSessionId: "cs_1" } } } },
  },
  {
    name: "balance: top-up delayed past its wait",
    error: balance,
    render: () => <BalanceEmptyCard error={balance as never} topUp={{ checkoutSessionId: "cs_1" }} topUpWaitMs={1000} onReloadBalance={() => undefined} billingActivityHref="/billing" supportHref="mailto:help@example.com" />,
    reach: async () => {
      await act(async () => vi.advanceTimersByTime(1001));
    },
    options: {
      actions: { reloadBalance: true, billingActivity: "/billing", contactSupport: "mailto:help@example.com" },
      state: { balance: { topUp: { checkoutSessionId: "cs_1" }, topUpDelayed: true, topUpWaitMs: 1000 } },
    },
  },
  ...(["approved", "rejected", "expired"] as const).map(
    (status): Live => ({
      name: `approval: ${status}`,
      error: approval,
      render: () => <ApprovalPendingNotice error={approval as never} status={status} approvalsHref="/approvals" onRequestAgain={() => undefined} onCancelRun={() => undefined} />,
      options: { actions: { viewApprovals: "/approvals", requestAgain: true, cancelRun: true }, now: T0, state: { approval: { status } } },
    }),
  ),
  {
    name: "approval: admin deciding",
    error: approval,
    render: () => <ApprovalPendingNotice error={approval as never} isAdmin onApprove={() => undefined} onReject={() => undefined} approvalsHref="/approvals" />,
    options: { actions: { approve: true, reject: true, viewApprovals: "/approvals" }, now: T0, state: { approval: { isAdmin: true } } },
  },
  {
    name: "rate limit: counting down to an automatic retry",
    error: limited,
    render: () => <RateLimitBanner error={limited as never} autoRetry onRetry={() => new Promise(() => undefined)} />,
    options: { actions: { retry: true }, now: T0, state: { rateLimit: { autoRetry: true, retrying: false, deadline: T0 + 3000 } } },
  },
  {
    name: "rate limit: the automatic retry in flight",
    error: limited,
    render: () => <RateLimitBanner error={limited as never} autoRetry onRetry={() => new Promise(() => undefined)} />,
    reach: async () => {
      await act(async () => vi.advanceTimersByTime(3100));
    },
    options: { actions: { retry: true }, now: T0 + 3100, state: { rateLimit: { autoRetry: true, retrying: true, deadline: T0 + 3000 } } },
  },
  {
    name: "stuck tool: interrupted, failed twice the same way",
    error: stuck,
    render: () => <StuckToolInspector error={stuck as never} interrupted sameFailureCount={2} onCancelSession={() => undefined} onDisableTool={() => undefined} />,
    options: { actions: { cancelSession: true, disableTool: true }, now: T0, state: { stuckTool: { interrupted: true, sameFailureCount: 2, peers: [] } } },
  },
  {
    name: "stuck tool: waiting on a peer, a follow-up to send",
    error: stuck,
    render: () => <StuckToolInspector error={stuck as never} cause="waiting-on-peer" peers={[{ name: "researcher", state: "awaiting_peer" }]} onSendFollowUp={() => undefined} />,
    options: { actions: { sendFollowUp: true }, now: T0, state: { stuckTool: { cause: "waiting-on-peer", peers: [{ name: "researcher", state: "awaiting_peer" }], interrupted: false, sameFailureCount: 0 } } },
  },
];

describe("every live state: the renderer receives describeRecovery's description", () => {
  it.each(LIVE.map((live) => [live.name, live] as const))("%s", async (_, live) => {
    render(live.render());
    await live.reach?.();
    expect(last()).toEqual(describeRecovery(live.error, live.options));
  });
});

describe("one rule, one place", () => {
  it("a describer rule changed once (the approval's action order) changes the card and describeRecovery alike", () => {
    const options: DescribeOptions = { actions: { approve: true, reject: true, viewApprovals: "/approvals" }, state: { approval: { isAdmin: true } } };
    const order = () => [...document.querySelectorAll<HTMLElement>("[data-slot=actions] [data-action]")].map((element) => element.dataset.action).filter((id) => id !== "copyDetails");
    const { unmount } = render(<ApprovalPendingNotice error={approval as never} isAdmin onApprove={() => undefined} onReject={() => undefined} approvalsHref="/approvals" />);
    const before = order();
    expect(before).toEqual(describeRecovery(approval, options).actions.map((action) => action.id));
    unmount();

    reverseApprovalActions.on = true;
    render(<ApprovalPendingNotice error={approval as never} isAdmin onApprove={() => undefined} onReject={() => undefined} approvalsHref="/approvals" />);
    expect(order()).toEqual([...before].reverse());
    expect(describeRecovery(approval, options).actions.map((action) => action.id)).toEqual([...before].reverse());
  });
});
