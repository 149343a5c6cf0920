// Each test file: src modules called directly (not through the bundle) find Utilities and
// HtmlService (serving the project's build/ HTML files: the default templates and LKE criteria)
// as in Apps Script, from the fakes. A test that installs a createFakeGoogle's globals replaces them.
import { CallCounter } from "./fakes/core";
import { htmlFilesFrom } from "./fakes/index";
import { createHtmlService } from "./fakes/ui";
import { createUtilities } from "./fakes/utilities";

const g = globalThis as Record<string, unknown>;
g.Utilities ??= createUtilities(new CallCounter());
g.HtmlService ??= createHtmlService(htmlFilesFrom("build"), new CallCounter(), () => ({}));
