// Story tests: any console.error or console.warn fails the story that caused it.
import { failOnConsole } from "../test/fail-on-console";

failOnConsole();
