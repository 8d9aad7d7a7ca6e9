import { enApproval } from "./en-approval.js";
import { enBalance } from "./en-balance.js";
import { enConnector } from "./en-connector.js";
import { enCommon, enFormat } from "./en-format.js";
import { enNoticeChrome, enNotices } from "./en-notices.js";
import { enRateLimit } from "./en-rate-limit.js";
import { enShort } from "./en-short.js";
import { enStuckTool } from "./en-stuck-tool.js";
import { enStuckToolInspect } from "./en-stuck-tool-inspect.js";
import type { RecoveryMessages } from "./types.js";

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
  // Split in two files so the inspector's first load carries only the card's half.
  stuckTool: { ...enStuckTool, ...enStuckToolInspect },
  notices: enNotices,
  notice: enNoticeChrome,
  short: enShort,
};
