import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { failOnConsole } from "./fail-on-console";

afterEach(() => cleanup());
// findBy/waitFor wait up to 5 s, not 1: on a cold, busy 2-core machine the first use of a
// lazily loaded module (the events' code, the inspector's dialog) can take more than a second.
configure({ asyncUtilTimeout: 5000 });
failOnConsole();
