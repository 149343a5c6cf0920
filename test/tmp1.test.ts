import { it } from "vitest";
import { muat } from "./bantu";
import { dialog } from "./bundle";

it("x", () => {
  const { g, b } = muat("rka-lumajang-2020");
  const h = dialog(b, "buatLaporan")({ jenis: "kak", kegiatan: "3.05.3.05.09.01.021" }, true);
  const t = g.document(h.idDoc).__text();
  console.log(t.slice(-400));
  console.log(JSON.stringify(g.document(h.idDoc).__dump().body.slice(-3), null, 0).slice(0, 1500));
});
