import type { Decorator, Preview } from "@storybook/react-vite";
import "../src/styles/recovery-kit.css";
import "./preview.css";

type Theme = "light" | "dark" | "system";

/** Wraps each story in a themed surface so designers can flip light/dark from the toolbar. */
const withTheme: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? "system") as Theme;
  return (
    <div className="sb-surface" data-theme={theme === "system" ? undefined : theme}>
      <Story />
    </div>
  );
};

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
