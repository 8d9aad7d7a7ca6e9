"use client";
/** ErrorRecovery's part for `balance-empty`: BalanceEmptyCard, with the host's actions wired (loaded with `import()`). */
import type { BalanceEmptyError } from "../../model/types.js";
import { BalanceEmptyCard } from "../balance-empty-card.js";
import { wire, type Resolved } from "./wire.js";

export function Card(props: Resolved) {
  const { on, href, common } = wire(props);
  // This part is loaded for this kind only (recovery-parts.ts), so the error is of it.
  const error = props.error as BalanceEmptyError;
  return (
    <BalanceEmptyCard
      error={error}
      onAddFunds={on("addFunds")}
      addFundsHref={href("addFunds")}
      onAddByokKey={on("addByokKey")}
      byokHref={href("addByokKey")}
      onChooseFreeModel={on("chooseFreeModel")}
      onTopUp={on("topUp")}
      topUpHref={href("topUp")}
      onUpgradePlan={on("upgradePlan")}
      upgradeHref={href("upgradePlan")}
      onContinue={on("continue")}
      onReloadBalance={on("reloadBalance")}
      billingActivityHref={href("billingActivity")}
      supportHref={href("contactSupport")}
      {...common}
      {...props.options.balance}
    />
  );
}
