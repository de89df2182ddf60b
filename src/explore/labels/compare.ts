/** The compare texts of the explorer, in English and Indonesian (merged into UI in ../labels.ts). */
export const COMPARE_TEXTS: Record<string, [en: string, id: string]> = {
  // The view and the choosing
  cmpHeading: ["Compare sentra", "Bandingkan sentra"],
  cmpIntro: [
    "Choose 2 to 20 sentra to see which is closest to its next stage and what it is missing.",
    "Pilih 2 sampai 20 sentra untuk melihat mana yang paling dekat ke tahap berikutnya dan apa yang kurang.",
  ],
  cmpChooseHeading: ["Choose sentra", "Pilih sentra"],
  cmpSearchLabel: ["Search sentra to add (name, product, sector or region)", "Cari sentra untuk ditambahkan (nama, produk, sektor atau wilayah)"],
  cmpSearchButton: ["Search", "Cari"],
  cmpNoResults: ["No sentra found.", "Sentra tidak ditemukan."],
  cmpFound: ["{n} found", "{n} ditemukan"],
  cmpAdd: ["Add", "Tambah"],
  cmpAddNamed: ["Add {name}", "Tambah {name}"],
  cmpAdded: ["Added", "Ditambahkan"],
  cmpAddedNamed: ["Added: {name}", "Sudah ditambahkan: {name}"],
  cmpRegionHeading: ["Add by region", "Tambah menurut wilayah"],
  cmpProvince: ["Province", "Provinsi"],
  cmpRegency: ["Regency or city", "Kabupaten atau kota"],
  cmpPick: ["— choose —", "— pilih —"],
  cmpWholeProvince: ["— the whole province —", "— seluruh provinsi —"],
  cmpAddRegion: ["Add all sentra of this region", "Tambah semua sentra wilayah ini"],
  cmpPickRegionFirst: ["Choose a province (and a regency or city) first.", "Pilih provinsi (dan kabupaten atau kota) dahulu."],
  cmpRegionEmpty: ["{region} has no sentra.", "{region} tidak memiliki sentra."],
  cmpRegionTooMany: [
    "{region} has {n} sentra: with the {chosen} already chosen that is more than the {max} one comparison takes. Choose a smaller region or remove some first.",
    "{region} memiliki {n} sentra: bersama {chosen} yang sudah dipilih, jumlahnya melebihi {max} yang dapat dibandingkan sekaligus. Pilih wilayah yang lebih kecil atau hapus sebagian dahulu.",
  ],
  cmpRegionsFailed: ["Regions could not be loaded:", "Wilayah tidak dapat dimuat:"],
  cmpAlreadyChosen: ["Already chosen.", "Sudah dipilih."],
  cmpTooMany: [
    "At most {max} sentra can be compared: {chosen} are chosen, adding {adding} would make {total}. Remove some first.",
    "Paling banyak {max} sentra dapat dibandingkan: {chosen} sudah dipilih, menambah {adding} menjadi {total}. Hapus sebagian dahulu.",
  ],
  cmpChosen: ["Chosen: {n} (at most {max})", "Dipilih: {n} (paling banyak {max})"],
  cmpRemoveNamed: ["Remove {name}", "Hapus {name}"],
  cmpNoneChosen: ["None yet.", "Belum ada."],
  cmpChooseTwo: ["Choose at least two sentra to compare.", "Pilih paling sedikit dua sentra untuk dibandingkan."],
  cmpOnlyOne: ["Chosen so far:", "Sejauh ini dipilih:"],
  cmpAddressTooMany: [
    "This address names {n} sentra; at most {max} can be compared. Remove some.",
    "Alamat ini menyebut {n} sentra; paling banyak {max} yang dapat dibandingkan. Hapus sebagian.",
  ],
  cmpRefused: ["The comparison was refused.", "Perbandingan ditolak."],
  cmpNotFound: ["Not found:", "Tidak ditemukan:"],

  // The one-line answer
  cmpAnswerHeading: ["Which is closest to the next stage, and what is missing", "Mana yang paling dekat ke tahap berikutnya, dan apa yang kurang"],
  cmpClosest: ["{name} ({stage}) is closest to {next}: {count} — {list}.", "{name} ({stage}) paling dekat ke tahap {next}: {count} — {list}."],
  cmpClosestNone: [
    "{name} ({stage}) is closest to {next}: no criterion required for it is missing.",
    "{name} ({stage}) paling dekat ke tahap {next}: tidak ada kriteria untuk tahap itu yang kurang.",
  ],
  cmpMissingOne: ["1 criterion missing", "1 kriteria belum terpenuhi"],
  cmpMissingMany: ["{n} criteria missing", "{n} kriteria belum terpenuhi"],
  cmpThen: ["Then:", "Berikutnya:"],
  cmpAlreadyDynamic: ["Already dynamic clusters, the top rung:", "Sudah klaster dinamis, tahap tertinggi:"],
  cmpAllDynamic: [
    "Every compared sentra is a dynamic cluster, the top rung of the ladder: none has a next stage to reach.",
    "Semua sentra yang dibandingkan adalah klaster dinamis, tahap tertinggi tangga: tidak ada tahap berikutnya.",
  ],
  cmpRule: [
    "How this is decided: a sentra's next stage is the rung above its stage; missing are the criteria required for that rung that failed or cannot be judged yet. The closest misses the fewest; ties go to the higher stage, then to more criteria met, then to the name.",
    "Cara menentukannya: tahap berikutnya sebuah sentra adalah anak tangga di atas tahapnya; yang kurang adalah kriteria untuk anak tangga itu yang gagal atau belum dapat dinilai. Yang paling dekat adalah yang paling sedikit kekurangannya; bila sama, tahap yang lebih tinggi, lalu kriteria terpenuhi yang lebih banyak, lalu nama.",
  ],

  // The ladder
  cmpLadderHeading: ["Ladder of stages", "Tangga tahap"],
  cmpLadderHint: [
    "● on its stage; ◌ could be on this rung once the criteria that cannot be judged yet are known.",
    "● pada tahapnya; ◌ bisa berada di anak tangga ini bila kriteria yang belum dapat dinilai sudah diketahui.",
  ],
  cmpPossibleRange: ["verdict incomplete: could be {low} to {high}", "putusan belum lengkap: bisa {low} sampai {high}"],
  cmpStageHolds: ["incomplete, stage settled either way", "belum lengkap, tahap tetap apa pun hasilnya"],
  cmpCouldBeHere: ["possible, verdict incomplete", "mungkin, putusan belum lengkap"],

  // The headline figures
  cmpHeadlineHeading: ["Headline figures", "Angka utama"],
  cmpHeadlineCaption: [
    "Headline figures side by side; the button in a column's header sorts by that column.",
    "Angka utama berdampingan; tombol di judul kolom mengurutkan menurut kolom itu.",
  ],
  cmpColSentra: ["Sentra", "Sentra"],
  cmpColStage: ["Stage", "Tahap"],
  cmpColMissing: ["Missing for the next stage", "Kurang untuk tahap berikutnya"],
  cmpTopRung: ["none: top rung", "tidak ada: tahap tertinggi"],
  cmpColMet: ["Criteria met", "Kriteria terpenuhi"],
  cmpNOfN: ["{n} of {total}", "{n} dari {total}"],
  cmpColUndetermined: ["Cannot be judged yet", "Belum dapat dinilai"],
  cmpColCompleteness: ["Value-chain completeness", "Kelengkapan rantai nilai"],
  cmpColDensity: ["Horizontal density", "Kepadatan horizontal"],
  cmpColTied: ["Core firms cooperating with same-type firms", "Industri inti yang bekerja sama dengan industri sejenis"],
  cmpColJica: ["JICA indicator sum", "Jumlah indikator JICA"],
  cmpColCore: ["Core firms", "Industri inti"],
  cmpColNextStep: ["Next of the seven steps", "Langkah berikutnya (tujuh langkah)"],
  cmpAllSteps: ["all seven evidenced", "ketujuh langkah terbukti"],

  // The criteria matrix
  cmpMatrixHeading: ["Criteria", "Kriteria"],
  cmpMatrixCaption: ["Criteria by sentra: ✓ met, ✗ failed, ? cannot be judged yet", "Kriteria per sentra: ✓ terpenuhi, ✗ gagal, ? belum dapat dinilai"],
  cmpMatrixHint: [
    "Point at a cell or focus it (Tab) for the measured value, the threshold and the shortfall; Escape hides it.",
    "Arahkan penunjuk ke sel atau fokuskan (Tab) untuk melihat nilai terukur, ambang dan kekurangannya; Escape menyembunyikannya.",
  ],
  cmpColCriterion: ["Criterion", "Kriteria"],
  cmpColRequiredFor: ["Required for", "Diperlukan untuk"],
  cmpStateMet: ["met", "terpenuhi"],
  cmpStateFailed: ["failed", "gagal"],
  cmpStateUndetermined: ["cannot be judged yet", "belum dapat dinilai"],
  cmpTipNoMeasure: ["Not measured: no data.", "Tidak terukur: tanpa data."],
  cmpTipAtLeast: ["Measured {measured}; needs at least {threshold}.", "Terukur {measured}; perlu paling sedikit {threshold}."],
  cmpTipAtMost: ["Measured {measured}; needs at most {threshold}.", "Terukur {measured}; perlu paling banyak {threshold}."],
};
