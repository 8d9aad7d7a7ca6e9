import { enApproval } from "./en-approval";
import { enBalance } from "./en-balance";
import { enConnector } from "./en-connector";
import { enCommon, enFormat } from "./en-format";
import { enNoticeChrome, enNotices } from "./en-notices";
import { enRateLimit } from "./en-rate-limit";
import { enStuckTool } from "./en-stuck-tool";
import type { RecoveryMessages } from "./types";

/**
 * The default (English) catalog. Titles, buttons and fixes follow the four seed
 * troubleshooting pages (see shared/seeds), shortened where a card has less room.
 */
export const en: RecoveryMessages = {
  format: enFormat,
  common: enCommon,
  balance: enBalance,
  connector: enConnector,
  rateLimit: enRateLimit,
  approval: enApproval,
  stuckTool: enStuckTool,
  notices: enNotices,
  notice: enNoticeChrome,
};
