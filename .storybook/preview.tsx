import type { Decorator, Preview } from "@storybook/react-vite";
import { useEffect } from "react";
import "../src/styles/recovery-kit.css";
import "./preview.css";

type Theme = "light" | "dark" | "system";

/** Wraps each story in a themed surface so designers can flip light/dark from the toolbar. */
const withTheme: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? "system") as Theme;
  return (
    <ThemedPage theme={theme}>
      <Story />
    </ThemedPage>
  );
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
  },
  initialGlobals: { theme: "system" },
  parameters: {
    layout: "padded",
    controls: { expanded: true },
    // An axe violation fails the story's test.
    a11y: { test: "error" },
  },
  tags: ["autodocs"],
};

export default preview;
