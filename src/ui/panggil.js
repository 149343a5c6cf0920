// Every call goes through panggilDialog, which answers {ok, hasil} or {ok: false, pesan}
// and never throws (the server keeps users' text out of the developer's logs).
function panggil(nama, argumen, sukses, gagal) {
  google.script.run
    .withSuccessHandler((j) => {
      if (j?.ok) sukses(j.hasil);
      else gagal(new Error(j?.pesan ? j.pesan : "Tidak ada jawaban dari server."));
    })
    .withFailureHandler(gagal)
    .panggilDialog(nama, argumen);
}
