/** The shell's texts: the views' tabs, failures and "show the query". */
export const SHELL_TEXTS: Record<string, [en: string, id: string]> = {
  viewsNav: ["Views", "Tampilan"],
  viewSentra: ["One sentra", "Satu sentra"],
  viewCompare: ["Compare sentra", "Bandingkan sentra"],
  viewCountry: ["Country and provinces", "Nasional dan provinsi"],
  viewProvider: ["For providers", "Untuk penyedia layanan"],
  requestFailed: ["The request failed:", "Permintaan gagal:"],
  sentraNotFound: [
    "No sentra has the id “{id}”. Choose one with the pickers or the search.",
    "Tidak ada sentra dengan id “{id}”. Pilih sentra lewat pemilih atau pencarian.",
  ],
  showQuery: ["Show the query", "Tampilkan kueri"],
  queryText: ["GraphQL query", "Kueri GraphQL"],
  queryVariables: ["Variables", "Variabel"],
  runInGraphiql: ["Run it in GraphiQL", "Jalankan di GraphiQL"],
};
