import type { Decorator, Preview } from "@storybook/react-vite";
import { useEffect } from "react";
import { de, preloadRecovery, RecoveryProvider } from "../src";
import "../src/styles/recovery-kit.css";
import "./preview.css";

type Theme = "light" | "dark" | "system";

/**
 * Wraps each story in a themed surface so designers can flip light/dark from the toolbar,
 * the catalog (English or German) and the width of the container the story is given (the
 * components lay themselves out by the width they get, not the viewport's).
 */
const withTheme: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? "system") as Theme;
  const width = context.globals.width as string | undefined;
  const story = (
    <div style={width && width !== "full" ? { width: `${width}px`, maxWidth: "100%" } : undefined} data-story-width={width}>
      <Story />
    </div>
  );
  return <ThemedPage theme={theme}>{context.globals.locale === "de" ? <RecoveryProvider catalog={de}>{story}</RecoveryProvider> : story}</ThemedPage>;
};

function ThemedPage({ theme, children }: { theme: Theme; children: React.ReactNode }) {
  // The whole preview page follows the theme, not just the story's box.
  useEffect(() => {
    const html = document.documentElement;
    if (theme === "system") delete html.dataset.theme;
    else html.dataset.theme = theme;
  }, [theme]);
  return <div className="rk-theme sb-surface">{children}</div>;
}

const preview: Preview = {
  decorators: [withTheme],
  // ErrorRecovery loads each kind's card with import(): every story (and its play function)
  // starts with them here, deterministically, as a page does after its idle prefetch. The short
  // state before them is tested in test/components/error-recovery-lazy.test.tsx and the e2e.
  loaders: [async () => ({ recoveryParts: await preloadRecovery() })],
  globalTypes: {
    theme: {
      description: "Colour theme",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "system", title: "System" },
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Catalog",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "de", title: "Deutsch" },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: "Width of the container the story gets",
      toolbar: {
        title: "Width",
        icon: "ruler",
        items: [
          { value: "full", title: "Full width" },
          { value: "240", title: "240 px (sidebar)" },
          { value: "320", title: "320 px" },
          { value: "390", title: "390 px (phone)" },
          { value: "1024", title: "1024 px" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "system", locale: "en", width: "full" },
  parameters: {
    layout: "padded",
    controls: { expanded: true },
    // An axe violation fails the story's test.
    a11y: { test: "error" },
  },
  tags: ["autodocs"],
};

export default preview;
