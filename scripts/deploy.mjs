// npm run deploy: builds, then `clasp push` of build/ to the Apps Script project in .clasp.json.
// clasp push replaces the whole remote project with build/ (architecture.md section 2).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const clasp = JSON.parse(readFileSync(".clasp.json", "utf8"));
if (!clasp.scriptId) {
  console.error(
    [
      "Belum ada scriptId di .clasp.json, jadi belum ada proyek Apps Script tujuan.",
      "Langkahnya (lihat README, bagian 'Memasang di spreadsheet sungguhan'):",
      "  1. npx clasp login",
      '  2. npx clasp create --type sheets --title "SAKIP Sheets" --rootDir build',
      "     (membuat spreadsheet baru beserta skripnya), atau salin Script ID dari",
      "     Ekstensi > Apps Script > Setelan proyek pada spreadsheet yang sudah ada",
      '     ke "scriptId" di .clasp.json.',
      "  3. npm run deploy",
    ].join("\n"),
  );
  process.exit(1);
}
if (!existsSync(join(homedir(), ".clasprc.json"))) {
  console.error("Belum masuk ke akun Google untuk clasp. Jalankan dulu: npx clasp login");
  process.exit(1);
}
execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
execFileSync("npx", ["clasp", "push", "--force"], { stdio: "inherit" });
console.log("Selesai. Buka spreadsheet-nya, muat ulang, lalu periksa menu Ekstensi > SAKIP Sheets.");
