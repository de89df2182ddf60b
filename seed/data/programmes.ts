/** Programmes named in research/003 (amounts, counts and periods as printed there). */
import type { ProgrammeSeed } from "../../src/domain/dataset";
import { MEASURED_SENTRA } from "../research-tables";

export const programmes: ProgrammeSeed[] = [
  {
    id: "programme-pnm-credit-2002",
    name: "Penyaluran kredit PNM untuk IKM Jawa Tengah (semester I 2002)",
    runById: "pnm-semarang",
    partnerIds: ["bpr-juwana", "bpr-klaten", "bpr-tegal"],
    sentraIds: [],
    startDate: "2002-01-01",
    endDate: "2002-06-30",
    amountRp: 50_000_000_000,
    beneficiaries: 400,
    description:
      "PT PNM Semarang lent Rp 50 billion to about 400 IKMs of many kinds in Central Java in the first half of 2002, channelled through rural banks (BPR) and microfinance institutions. The research does not name the BPRs; the partners listed here are illustrative.",
  },
  {
    id: "programme-pnm-jateng-cluster-mentoring",
    name: "Pendampingan IKM berbasis klaster Pemda Jateng dan PT PNM",
    runById: "pnm-semarang",
    partnerIds: ["gov-pemprov-jateng"],
    sentraIds: [
      MEASURED_SENTRA.juwana,
      "sentra-jepara-troso-weaving",
      "sentra-pekalongan-batik-weaving",
      "sentra-kebumen-coconut-fibre",
      "sentra-sukoharjo-wood",
      "sentra-blora-handicraft",
      "sentra-boyolali-tumang-copper-craft",
      "sentra-banjarnegara-ceramics",
    ],
    description:
      "Cooperation of the Central Java government with PT PNM on guidance for business development and strengthening the capital structure of IKMs, using the cluster strategy, in eight areas: brass in Pati, troso weaving (Jepara), batik and weaving (Pekalongan), coconut fibre (Kebumen), wood (Sukoharjo), handicraft (Blora), copper (Boyolali) and Banjarnegara. No dates are printed.",
  },
  {
    id: "programme-bi-trangsan-value-chain-2007",
    name: "Pengembangan klaster mebel rotan Trangsan melalui pendekatan value chain",
    runById: "bi-semarang",
    partnerIds: ["asmindo-komda-surakarta"],
    sentraIds: ["sentra-trangsan-rattan-furniture"],
    startDate: "2007-05-01",
    endDate: "2007-12-31",
    description:
      "Bank Indonesia Semarang's value-chain programme with ASMINDO Komda Surakarta for the rattan furniture makers of Trangsan. Outputs: 5 firms created new products offered to export markets through exhibitions; 3 trainings (CEFE for business start-up and improving business; productivity and quality management); a marketing plan for the cluster; publicity through an exhibition and a business gathering.",
  },
  {
    id: "programme-corebest-tegal-application-engines",
    name: "Pembentukan klaster enjin aplikasi Kabupaten Tegal",
    runById: "corebest",
    partnerIds: ["gov-pemkab-tegal"],
    sentraIds: ["sentra-tegal-application-engines"],
    description:
      "Corebest mentoring of and collaboration with the Tegal regency government in forming the application-engine cluster, a spin-off of the ship-components cluster making agricultural machines (hand tractors); almost all main players are small firms, the first in Indonesia to build engines with 100% local components. No dates are printed.",
  },
  {
    id: "programme-corebest-tegal-beef-cattle",
    name: "Pengembangan klaster sapi potong Kabupaten Tegal",
    runById: "corebest",
    partnerIds: ["gov-pemkab-tegal", "gov-dinas-peternakan-tegal"],
    sentraIds: ["sentra-tegal-beef-cattle"],
    startDate: "2002-01-01",
    endDate: "2004-12-31",
    description:
      "Corebest collaboration in forming the beef-cattle cluster of Tegal regency to raise meat (animal protein) production for local, regional and national demand. The period is that of research/003 Table 1 (2002 to 2004), whose figures are stored as statistics of the sentra.",
  },
];
