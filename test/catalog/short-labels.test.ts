/**
 * ErrorRecovery's short state carries its own action labels (its first load cannot pull in
 * every card's catalog), so they are a second copy of words the cards decide. This keeps the
 * copy the same as the source: the short state's button says what the card's button says.
 */
import { describe, expect, it } from "vitest";
import { de, en, type RecoveryMessages } from "../../src";
import type { ShortActionId } from "../../src/catalog/types";

/** Where each short action's label is decided in the full catalog. */
const SOURCE: Record<ShortActionId, (m: RecoveryMessages) => string> = {
  retry: (m) => m.notice.actions.retry,
  addFunds: (m) => m.balance.addFunds,
  topUp: (m) => m.balance.topUpCredits,
  upgradePlan: (m) => m.balance.upgradePlan,
  reconnect: (m) => m.connector.reconnect,
  connect: (m) => m.connector.connectProvider,
  authorize: (m) => m.connector.authorize,
  viewApprovals: (m) => m.approval.viewApprovals,
  openApprovals: (m) => m.notice.actions.openApprovals,
  checkStatus: (m) => m.notice.actions.checkStatus,
  cancelSession: (m) => m.stuckTool.cancelSession,
  cancel: (m) => m.notice.actions.cancel,
  signIn: (m) => m.notice.actions.signIn,
  openApiKeys: (m) => m.notice.actions.openApiKeys,
  contactSupport: (m) => m.notice.actions.contactSupport,
};

describe.each([
  ["en", en],
  ["de", de],
] as const)("the short state's labels (%s)", (_, catalog) => {
  it("are the full catalog's, action by action", () => {
    const short = catalog.short!;
    expect(Object.keys(short.actions).sort()).toEqual(Object.keys(SOURCE).sort());
    for (const [id, source] of Object.entries(SOURCE) as Array<[ShortActionId, (m: RecoveryMessages) => string]>) {
      expect(short.actions[id], id).toBe(source(catalog));
    }
  });
});
