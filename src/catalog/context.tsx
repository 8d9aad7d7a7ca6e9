/**
 * Where components get their strings: the default catalog, overridden app-wide by a
 * `<RecoveryProvider>` and locally by a component's own `messages` prop.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { en } from "./en";
import type { RecoveryMessages } from "./types";

/** Any subset of the catalog, namespace by namespace. */
export type MessageOverrides = { [N in keyof RecoveryMessages]?: Partial<RecoveryMessages[N]> };

const CatalogContext = createContext<RecoveryMessages>(en);

/** Merges overrides into a catalog, one namespace deep. */
export function mergeMessages(base: RecoveryMessages, overrides: MessageOverrides | undefined): RecoveryMessages {
  if (!overrides) return base;
  const merged = { ...base } as Record<keyof RecoveryMessages, unknown>;
  for (const key of Object.keys(overrides) as Array<keyof RecoveryMessages>) {
    const part = overrides[key];
    if (part) merged[key] = { ...base[key], ...part };
  }
  return merged as RecoveryMessages;
}

export interface RecoveryProviderProps {
  /** Strings to override app-wide; any subset of the catalog. */
  messages?: MessageOverrides;
  /** BCP 47 locale for numbers, durations and times. @default the catalog's (`en`) */
  locale?: string;
  children?: ReactNode;
}

/** Overrides recovery-kit's strings and locale for everything inside it. */
export function RecoveryProvider({ messages, locale, children }: RecoveryProviderProps) {
  const parent = useContext(CatalogContext);
  const value = useMemo(() => {
    const merged = mergeMessages(parent, messages);
    return locale ? { ...merged, format: { ...merged.format, locale } } : merged;
  }, [parent, messages, locale]);
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

/** The whole catalog in effect here. */
export function useCatalog(): RecoveryMessages {
  return useContext(CatalogContext);
}

/** One namespace of the catalog, with a component's local overrides on top. */
export function useMessages<N extends keyof RecoveryMessages>(
  namespace: N,
  local?: Partial<RecoveryMessages[N]>,
): RecoveryMessages[N] {
  const catalog = useContext(CatalogContext);
  return useMemo(() => (local ? { ...catalog[namespace], ...local } : catalog[namespace]), [catalog, namespace, local]);
}
