"use client";
/**
 * `<RecoveryProvider>`: a whole catalog (English by default, or a translation such as `de`),
 * app-wide overrides of any subset, a locale, and which platform's wording kinds use.
 */
import { useContext, useMemo, type ReactNode } from "react";
import { CatalogContext, type WordingChoice } from "./context.js";
import { en } from "./en.js";
import type { NoticeCatalog, NoticeText } from "./notice-types.js";
import type { RecoveryMessages } from "./types.js";
import type { RecoveryEvent, RecoveryEventHandler } from "../ui/events.js";

/** Overrides for the generic notices: any kind, any variant, any field. */
export type NoticeOverrides = { [K in keyof NoticeCatalog]?: { [V in keyof NoticeCatalog[K]]?: Partial<NoticeText> } };

/** Any subset of the catalog, namespace by namespace (notices down to the field). */
export type MessageOverrides = {
  [N in Exclude<keyof RecoveryMessages, "notices">]?: Partial<RecoveryMessages[N]>;
} & { notices?: NoticeOverrides };

function mergeNotices(base: NoticeCatalog, overrides: NoticeOverrides): NoticeCatalog {
  const merged = { ...base } as Record<string, Record<string, NoticeText>>;
  for (const [kind, variants] of Object.entries(overrides)) {
    if (!variants) continue;
    const current = { ...(merged[kind] ?? {}) };
    for (const [variant, text] of Object.entries(variants as Record<string, Partial<NoticeText> | undefined>)) {
      if (text) current[variant] = { ...(current[variant] ?? current.default!), ...text };
    }
    merged[kind] = current;
  }
  return merged as unknown as NoticeCatalog;
}

/** Merges overrides into a catalog: one namespace deep, and notices down to the field. */
export function mergeMessages(base: RecoveryMessages, overrides: MessageOverrides | undefined): RecoveryMessages {
  if (!overrides) return base;
  const merged = { ...base } as Record<keyof RecoveryMessages, unknown>;
  for (const key of Object.keys(overrides) as Array<keyof RecoveryMessages>) {
    const part = overrides[key];
    if (!part) continue;
    merged[key] = key === "notices" ? mergeNotices(base.notices, part as NoticeOverrides) : { ...base[key], ...part };
  }
  return merged as RecoveryMessages;
}

export interface RecoveryProviderProps extends WordingChoice {
  /** A whole catalog to start from (a translation such as `de`). @default the parent's, or English */
  catalog?: RecoveryMessages;
  /** Strings to override app-wide; any subset of the catalog. */
  messages?: MessageOverrides;
  /** BCP 47 locale for numbers, durations and times. @default the catalog's */
  locale?: string;
  /**
   * Recovery events from every component inside (and `useRecovery`): `shown`,
   * `action-started`/`-succeeded`/`-failed`, `auto-retried`, `dismissed`, `resolved` — kinds,
   * action ids and timings, never messages or arguments. A component's own `onEvent` and an
   * outer provider's hear them too: app-wide analytics miss no card.
   * @default the parent provider's
   */
  onEvent?: RecoveryEventHandler | undefined;
  /**
   * The nonce of the page's Content-Security-Policy, for a policy such as
   * `style-src 'self' 'nonce-…'`: the Inspect dialog's scroll lock (Radix, through get-nonce)
   * adds one `<style>` element while the dialog is open, and it carries this nonce. Everything
   * else recovery-kit renders needs no inline style. Pass the nonce the server put in this
   * response's header. @default the parent provider's
   */
  nonce?: string | undefined;
  children?: ReactNode;
}

/**
 * Sets recovery-kit's strings, locale and platform wording for everything inside it.
 *
 * @example
 * <RecoveryProvider catalog={de} platform="alumia" messages={{ balance: { addFunds: "Guthaben aufladen" } }}>
 */
export function RecoveryProvider({ catalog, messages, locale, platform, variants, onEvent, nonce, children }: RecoveryProviderProps) {
  const parent = useContext(CatalogContext);
  const value = useMemo(() => {
    const outer = parent.onEvent;
    const merged = mergeMessages(catalog ?? parent.messages ?? en, messages);
    return {
      messages: locale ? { ...merged, format: { ...merged.format, locale } } : merged,
      wording: {
        platform: platform ?? parent.wording.platform,
        variants: { ...parent.wording.variants, ...variants },
      },
      // This provider's and the outer one's: each hears every event (the outer even if this one throws).
      onEvent:
        onEvent && outer && onEvent !== outer
          ? (event: RecoveryEvent) => {
              try {
                onEvent(event);
              } finally {
                outer(event);
              }
            }
          : (onEvent ?? outer),
      nonce: nonce ?? parent.nonce,
    };
  }, [parent, catalog, messages, locale, platform, variants, onEvent, nonce]);
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

/** The whole catalog in effect here (English when no provider set one). */
export function useCatalog(): RecoveryMessages {
  return useContext(CatalogContext).messages ?? en;
}
