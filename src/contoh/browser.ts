// The entry scripts/build.mjs bundles into contoh.html as `SakipContoh`.
export { dataContoh, PILIHAN_CONTOH } from "./daftar";
