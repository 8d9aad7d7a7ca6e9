import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// The host imports the stylesheet once; the JS entries import no CSS.
import "recovery-kit/styles.css";
import "./app.css";
import { installMockApi } from "./mock-api";
import { App } from "./App";

// No network here: a fetch handler in the page answers /api/* like the agent API would.
installMockApi();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
