// Each test file: src modules called directly (not through the bundle) find Utilities as in Apps
// Script, from the fakes. A test that installs a createFakeGoogle's globals replaces it.
import { CallCounter } from "./fakes/core";
import { createUtilities } from "./fakes/utilities";

(globalThis as Record<string, unknown>).Utilities ??= createUtilities(new CallCounter());
