import type { ActorSeed } from "../../src/domain/dataset";

/**
 * Provincial and national bodies named in the research (research/000, 001, 003), and the
 * technical bodies that serve more than one sentra.
 */
export const institutions: ActorSeed[] = [
  {
    id: "gov-pemprov-jateng",
    name: "Pemerintah Provinsi Jawa Tengah",
    kind: "GOVERNMENT_AGENCY",
    regionId: "region-kota-semarang",
    description: "Provincial government (Pemda Jateng); partner of PNM in the cluster mentoring programme (research/003).",
  },
  {
    id: "gov-bappeda-jateng",
    name: "Bappeda Provinsi Jawa Tengah",
    kind: "GOVERNMENT_AGENCY",
    regionId: "region-kota-semarang",
    description: "Provincial development planning agency.",
  },
  {
    id: "gov-disperindag-jateng",
    name: "Dinas Perindustrian dan Perdagangan Provinsi Jawa Tengah",
    kind: "GOVERNMENT_AGENCY",
    regionId: "region-kota-semarang",
    description: "Provincial office for industry and trade.",
  },
  {
    id: "gov-bappenas",
    name: "Badan Perencanaan Pembangunan Nasional (Bappenas)",
    kind: "GOVERNMENT_AGENCY",
    description: "National planning agency; its 2006 definition of a cluster (linked firms, close together) is used in research/000; ran PARUL, later KPEL, with UNDP and UNCHS.",
  },
  {
    id: "gov-deperindag",
    name: "Departemen Perindustrian dan Perdagangan (DEPERINDAG)",
    kind: "GOVERNMENT_AGENCY",
    description: "Ministry of industry and trade until 2004; its 2001 industrial policy adopted the cluster approach and it found (2002) that over 90% of sentra are not yet clusters.",
  },
  {
    id: "gov-kemenperin",
    name: "Kementerian Perindustrian",
    kind: "GOVERNMENT_AGENCY",
    description: "Ministry of industry (successor of DEPERINDAG's industry side).",
  },
  {
    id: "gov-kemenkop-kikm",
    name: "Kementerian Koperasi dan Industri Kecil dan Menengah (KIKM)",
    kind: "GOVERNMENT_AGENCY",
    description: "Ministry that used the cluster approach for IKM empowerment: sentra programmes, BDS strengthening and matching start-up capital (MAP) through cooperatives (research/000).",
  },
  {
    id: "gov-bppt",
    name: "Badan Pengkajian dan Penerapan Teknologi (BPPT)",
    kind: "GOVERNMENT_AGENCY",
    description: "Agency for the assessment and application of technology; piloted regional industrial clusters (research/000).",
  },
  {
    id: "bi-semarang",
    name: "Bank Indonesia Semarang",
    kind: "GOVERNMENT_AGENCY",
    regionId: "region-kota-semarang",
    description:
      "Regional office of the central bank. Modelled as a government agency rather than a bank: it facilitated the Trangsan value-chain programme (May to December 2007) and lends nothing to firms.",
  },
  {
    id: "pnm-semarang",
    name: "PT Permodalan Nasional Madani (PNM) Semarang",
    kind: "STATE_FINANCE_BODY",
    regionId: "region-kota-semarang",
    description: "State finance body; lent Rp 50 billion to about 400 IKMs in Central Java through BPRs and microfinance in the first half of 2002 (research/003).",
  },
  {
    id: "donor-jica",
    name: "Japan International Cooperation Agency (JICA)",
    kind: "DONOR",
    description: "Donor whose 2006 cluster-dynamics indicators (product, technology, market, skills, trust, information) the study applies.",
  },
  {
    id: "corebest",
    name: "Collaboration for Regional Business Environment Strengthening (Corebest)",
    kind: "BDS_PROVIDER",
    regionId: "region-tegal",
    description:
      "Cluster facilitation initiative (www.corebest.net) that mentored the Tegal regency government in forming the application-engine and beef-cattle clusters (research/003). Modelled as a BDS provider.",
  },
  {
    id: "tech-bblm-bandung",
    name: "Balai Besar Logam dan Mesin (MIDC) Bandung",
    kind: "GOVERNMENT_AGENCY",
    description: "Metal Industries Development Center of the Ministry of Industry: metal testing, calibration and foundry training for the metal sentra.",
  },
  {
    id: "univ-uns",
    name: "Universitas Sebelas Maret Surakarta",
    kind: "UNIVERSITY",
    regionId: "region-kota-surakarta",
    description: "State university in Surakarta; research and community-service programmes for Ceper and Sukoharjo.",
  },
  {
    id: "asmindo-komda-surakarta",
    name: "ASMINDO Komda Surakarta (Asosiasi Produsen Mebel dan Handicraft)",
    kind: "ASSOCIATION",
    regionId: "region-kota-surakarta",
    description: "Regional committee of the furniture and handicraft producers' association; partner of Bank Indonesia Semarang in the Trangsan rattan programme.",
  },
];
