/**
 * Drive work under the drive.file scope, which reaches only files this add-on created (or the
 * user picked): DriveApp needs the full drive scope, so folders, moves and PDFs go through the
 * Advanced Drive service v3 (developers.google.com/workspace/add-ons/concepts/workspace-scopes,
 * developers.google.com/drive/api/guides/api-specific-auth). A folder the add-on did not create
 * is invisible to it: the error says so and how to fix it.
 */
import { namaBerkas } from "../core/format";

const FOLDER = "application/vnd.google-apps.folder";

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

function drive(): Files {
  if (typeof Drive === "undefined" || !Drive?.Files) {
    throw new Error(
      "Layanan Drive lanjutan belum aktif untuk add-on ini (appsscript.json: enabledAdvancedServices).",
    );
  }
  return Drive.Files;
}

/** "https://drive.google.com/drive/folders/<id>?..." or a bare id -> the id. */
export function idDariTautan(teks: string): string {
  const t = teks.trim();
  const m = /\/(?:folders|d)\/([\w-]{10,})/.exec(t) ?? /[?&]id=([\w-]{10,})/.exec(t);
  if (m) return m[1]!;
  if (/^[\w-]{10,}$/.test(t)) return t;
  throw new Error(`"${teks}" bukan tautan atau ID Google Drive.`);
}

/** The report folder: the one set in Pengaturan, else the add-on's own (created once). */
export function folderLaporan(
  props: GoogleAppsScript.Properties.Properties,
  dariPengaturan: string,
  namaUnit: string,
): string {
  if (dariPengaturan.trim() !== "") {
    const id = idDariTautan(dariPengaturan);
    try {
      const f = drive().get(id, { fields: "id,mimeType,trashed" }) as {
        mimeType?: string;
        trashed?: boolean;
      };
      if (f.mimeType !== FOLDER || f.trashed) throw new Error("bukan folder");
      return id;
    } catch {
      throw new Error(
        `Folder Laporan di Pengaturan (${dariPengaturan}) tidak dapat dibuka oleh add-on. Dengan izin terbatas ` +
          "(drive.file) add-on hanya menjangkau folder yang dibuatnya sendiri: kosongkan Folder Laporan agar " +
          "add-on membuat foldernya, lalu pindahkan atau bagikan folder itu sesuka Anda.",
      );
    }
  }
  const tersimpan = props.getProperty("sakip.folder");
  if (tersimpan) {
    try {
      const f = drive().get(tersimpan, { fields: "id,trashed" }) as { trashed?: boolean };
      if (!f.trashed) return tersimpan;
    } catch {
      // Deleted or no longer reachable: make a new one below.
    }
  }
  const baru = drive().create({
    name: namaBerkas(`Laporan SAKIP - ${namaUnit || "Unit Kerja"}`),
    mimeType: FOLDER,
  }) as {
    id?: string;
  };
  props.setProperty("sakip.folder", baru.id!);
  return baru.id!;
}

/**
 * A new, empty Google Doc made by Drive directly in the folder: a file the app creates through
 * Drive is within drive.file, and it never passes through My Drive's root, so a run that dies
 * while filling it leaves nothing outside the report folder (DocumentApp.create puts a Doc in
 * the root; developers.google.com/drive/api/reference/rest/v3/files/create).
 */
export function buatDocDiFolder(nama: string, folder: string): string {
  // null: no content, to reach optionalArgs (as the reference's samples pass it).
  const f = drive().create(
    { name: nama, mimeType: MIME_DOC, parents: [folder] },
    null as unknown as GoogleAppsScript.Base.Blob,
    { fields: "id" },
  ) as { id?: string };
  return f.id!;
}

/**
 * A copy of a Google Doc in the folder ("Creates a copy of a file", files/copy): one call, the
 * content, page and styles kept. Under drive.file only a file the add-on created (its default
 * templates) or the user picked; null for any other (a unit's template given by its link).
 */
export function salinDocKeFolder(id: string, nama: string, folder: string): string | null {
  try {
    const f = drive().copy({ name: nama, parents: [folder] }, id, { fields: "id" }) as { id?: string };
    return f.id ?? null;
  } catch {
    return null;
  }
}

/** The file still there and not in the trash (a default template the user may have deleted). */
export function masihAda(id: string): boolean {
  try {
    return !(drive().get(id, { fields: "id,trashed" }) as { trashed?: boolean }).trashed;
  } catch {
    return false;
  }
}

/**
 * Every file of a type in a folder, page by page: Drive answers at most 1 000 per page and says
 * so with nextPageToken (developers.google.com/drive/api/reference/rest/v3/files/list).
 */
function isiFolder(folder: string, mimeType: string): { id?: string; name?: string }[] {
  const semua: { id?: string; name?: string }[] = [];
  let token: string | undefined;
  do {
    const hal = drive().list({
      q: `'${folder}' in parents and trashed = false and mimeType = '${mimeType}'`,
      fields: "files(id,name),nextPageToken",
      pageSize: 1000,
      ...(token ? { pageToken: token } : {}),
    }) as { files?: { id?: string; name?: string }[]; nextPageToken?: string };
    semua.push(...(hal.files ?? []));
    token = hal.nextPageToken;
  } while (token);
  return semua;
}

/** A name not yet used in the folder: "X", else "X (versi 2)", "X (versi 3)"... never overwrite. */
export function namaBaru(folder: string, nama: string, mimeType: string): string {
  // Drive's "name contains" matches word prefixes, not substrings: list the folder and compare here.
  const nama2 = new Set(isiFolder(folder, mimeType).map((f) => f.name));
  if (!nama2.has(nama)) return nama;
  for (let v = 2; ; v++) if (!nama2.has(`${nama} (versi ${v})`)) return `${nama} (versi ${v})`;
}

/** The id of a file of that exact name and type in the folder, or null. */
export function cariFile(folder: string, nama: string, mimeType: string): string | null {
  return isiFolder(folder, mimeType).find((f) => f.name === nama)?.id ?? null;
}

export function simpanPdf(doc: GoogleAppsScript.Document.Document, folder: string, nama: string): string {
  const blob = doc.getAs("application/pdf").setName(`${nama}.pdf`);
  const f = drive().create({ name: `${nama}.pdf`, parents: [folder], mimeType: "application/pdf" }, blob) as {
    id?: string;
  };
  return f.id!;
}

/** Moves a half-made Doc to the trash after a failure; says whether it could. */
export function buangKeSampah(id: string): boolean {
  try {
    drive().update({ trashed: true }, id);
    return true;
  } catch {
    return false;
  }
}

export const MIME_DOC = "application/vnd.google-apps.document";
