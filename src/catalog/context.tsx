"use client";
/**
 * Where components get their strings. Without a provider, each component falls back to
 * its own namespace's English, imported on its own, so a host that renders one component
 * ships one namespace of wording. `<RecoveryProvider>` (provider.tsx) puts a whole catalog
 * here, overridden app-wide; a component's own `messages` prop overrides locally.
 */
import { createContext, useContext, useMemo } from "react";
import { enCommon } from "./en-format.js";
import type { NoticeCatalog, NoticeChrome } from "./notice-types.js";
import type { CommonMessages, RecoveryMessages } from "./types.js";
import type { RecoveryEventHandler } from "../ui/events.js";

/** Which wording each kind uses: a platform's name, or a variant per kind. */
export interface WordingChoice {
  /** A platform whose variants to prefer where a kind has one (`"alumia"`, `"agi"`). */
  platform?: string;
  /** A variant per kind, which wins over `platform` (`{ unauthorized: "agi" }`). */
  variants?: Partial<Record<string, string>>;
}

export interface CatalogValue {
  /** Where recovery events go (RecoveryProvider's `onEvent`). */
  onEvent?: RecoveryEventHandler | undefined;
  /** The catalog a provider set, or undefined for the English defaults. */
  messages: RecoveryMessages | undefined;
  wording: WordingChoice;
  /** The page's CSP nonce (RecoveryProvider's `nonce`), for the Inspect dialog's scroll lock. */
  nonce?: string | undefined;
}

export const CatalogContext = createContext<CatalogValue>({ messages: undefined, wording: {} });

/**
 * One namespace of the catalog in effect here, with a component's local overrides on top.
 * `fallback` is that namespace's English, used when no provider set a catalog.
 */
export function useMessages<N extends keyof RecoveryMessages>(
  namespace: N,
  fallback: RecoveryMessages[N],
  local?: Partial<RecoveryMessages[N]>,
): RecoveryMessages[N] {
  const catalog = useContext(CatalogContext).messages;
  const base = catalog ? catalog[namespace] : fallback;
  return useMemo(() => (local ? { ...base, ...local } : base), [base, local]);
}

/** The strings every component shares (failure message, "Details", …). */
export function useCommon(): CommonMessages {
  return useContext(CatalogContext).messages?.common ?? enCommon;
}

/** The BCP 47 locale for numbers, durations and times. */
export function useLocale(): string {
  return useContext(CatalogContext).messages?.format.locale ?? "en";
}

/** The generic notices' wording, when a provider set a catalog (else the caller's English). */
export function useNoticeCatalog(fallback: { notices: NoticeCatalog; notice: NoticeChrome }): {
  notices: NoticeCatalog;
  notice: NoticeChrome;
} {
  const catalog = useContext(CatalogContext).messages;
  return catalog ?? fallback;
}

/** The platform and per-kind variants in effect here. */
export function useWording(): WordingChoice {
  return useContext(CatalogContext).wording;
}
