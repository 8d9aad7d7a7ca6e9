/**
 * `recovery-kit/balance-empty-card`: the card for an empty balance, spent credits or quota, and
 * a pending top-up. One entry per component beside the root: see vite.config.ts's build.
 */
export { BalanceEmptyCard } from "../components/balance-empty-card.js";
export type { BalanceEmptyCardProps, BalanceActionContext, BalanceEmptyVariant, PendingTopUp } from "../components/balance-empty-card.js";
