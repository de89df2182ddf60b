import type { ValueChainStage } from "../analytics/stages";
import type { ActorKind, Intensity, LinkageType, SentraRole } from "../vocabulary";

/** The languages an export can label its codes in: Indonesian or English. */
export const EXPORT_LANGUAGES = ["id", "en"] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

type Labels<T extends string> = Record<T, Record<ExportLanguage, string>>;

/** Words for the codes, in Indonesian and English: the same words the explorer page shows (src/explore/i18n.ts). */
export const KIND_LABELS: Labels<ActorKind> = {
  IKM: { id: "IKM", en: "IKM (small industry)" },
  LARGE_FIRM: { id: "Perusahaan besar", en: "Large firm" },
  RAW_MATERIAL_SUPPLIER: { id: "Pemasok bahan baku", en: "Raw-material supplier" },
  AUXILIARY_MATERIAL_SUPPLIER: { id: "Pemasok bahan penolong", en: "Auxiliary-material supplier" },
  EQUIPMENT_SUPPLIER: { id: "Pemasok peralatan", en: "Equipment supplier" },
  TRADER: { id: "Pedagang", en: "Trader" },
  DISTRIBUTOR: { id: "Distributor", en: "Distributor" },
  EXPORTER: { id: "Eksportir", en: "Exporter" },
  RETAILER: { id: "Pengecer", en: "Retailer" },
  LARGE_BUYER: { id: "Pembeli besar", en: "Large buyer" },
  BANK: { id: "Bank", en: "Bank" },
  RURAL_BANK: { id: "BPR", en: "Rural bank (BPR)" },
  COOPERATIVE: { id: "Koperasi", en: "Cooperative" },
  STATE_FINANCE_BODY: { id: "Lembaga keuangan negara", en: "State finance body" },
  GOVERNMENT_AGENCY: { id: "Instansi pemerintah", en: "Government agency" },
  UNIVERSITY: { id: "Perguruan tinggi", en: "University" },
  NGO: { id: "LSM", en: "NGO" },
  BDS_PROVIDER: { id: "Penyedia BDS", en: "BDS provider" },
  DONOR: { id: "Donor", en: "Donor" },
  PROMOTION_BODY: { id: "Lembaga promosi", en: "Promotion body" },
  CERTIFICATION_BODY: { id: "Lembaga sertifikasi", en: "Certification body" },
  ASSOCIATION: { id: "Asosiasi", en: "Association" },
};

export const ROLE_LABELS: Labels<SentraRole> = {
  CORE: { id: "Industri inti", en: "Core industry" },
  SUPPLIER_INDUSTRY: { id: "Industri pemasok", en: "Supplier industry" },
  SUPPORTING_INDUSTRY: { id: "Industri pendukung", en: "Supporting industry" },
  RELATED_INDUSTRY: { id: "Industri terkait", en: "Related industry" },
  BUYER: { id: "Pembeli", en: "Buyer" },
  SUPPORTING_INSTITUTION: { id: "Institusi pendukung", en: "Supporting institution" },
};

export const STAGE_LABELS: Labels<ValueChainStage> = {
  RAW_MATERIAL_SUPPLY: { id: "Pasokan bahan baku", en: "Raw-material supply" },
  AUXILIARY_MATERIAL_SUPPLY: { id: "Pasokan bahan penolong", en: "Auxiliary-material supply" },
  EQUIPMENT_SUPPLY: { id: "Pasokan peralatan", en: "Equipment supply" },
  CORE_PRODUCTION: { id: "Produksi inti", en: "Core production" },
  SUPPORTING_AND_RELATED_INDUSTRY: { id: "Industri pendukung dan terkait", en: "Supporting and related industry" },
  TRADE_AND_DISTRIBUTION: { id: "Perdagangan dan distribusi", en: "Trade and distribution" },
  BUYERS: { id: "Pembeli", en: "Buyers" },
  FINANCE: { id: "Pembiayaan", en: "Finance" },
  TECHNICAL_ASSISTANCE: { id: "Pendampingan teknis (LPT)", en: "Technical assistance (LPT)" },
  ECONOMIC_ASSISTANCE: { id: "Pendampingan ekonomi (PKE)", en: "Economic assistance (PKE)" },
  PROMOTION: { id: "Promosi", en: "Promotion" },
  CERTIFICATION: { id: "Sertifikasi", en: "Certification" },
  GOVERNANCE: { id: "Tata kelola (FPK, FKAK)", en: "Governance (FPK, FKAK)" },
};

export const LINKAGE_TYPE_LABELS: Labels<LinkageType> = {
  HORIZONTAL_COOPERATION: { id: "Kerja sama industri sejenis", en: "Horizontal cooperation" },
  UPSTREAM_SUPPLY: { id: "Pasokan hulu (industri sebelumnya)", en: "Upstream supply" },
  DOWNSTREAM_SALES: { id: "Penjualan hilir (industri sesudahnya)", en: "Downstream sales" },
  FINANCE: { id: "Pembiayaan", en: "Finance" },
  TECHNICAL_ASSISTANCE: { id: "Pendampingan teknis (LPT)", en: "Technical assistance (LPT)" },
  ECONOMIC_ASSISTANCE: { id: "Pendampingan ekonomi (PKE)", en: "Economic assistance (PKE)" },
  PROMOTION: { id: "Promosi", en: "Promotion" },
  CERTIFICATION: { id: "Sertifikasi", en: "Certification" },
};

export const INTENSITY_LABELS: Labels<Intensity> = {
  PASSIVE: { id: "Pasif", en: "Passive" },
  ACTIVE: { id: "Aktif", en: "Active" },
  PROACTIVE: { id: "Proaktif", en: "Proactive" },
};
