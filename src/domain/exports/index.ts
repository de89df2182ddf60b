export { toCsv, csvCell, neutraliseFormula } from "./csv";
export { toGexf } from "./gexf";
export { toGraphml } from "./graphml";
export { EXPORT_LANGUAGES, type ExportLanguage } from "./labels";
export {
  networkTables,
  INTENSITY_FILTERS,
  EDGE_COLUMNS,
  NODE_COLUMNS,
  LIST_SEPARATOR,
  type ExportInput,
  type IntensityFilter,
  type ExportOptions,
  type NetworkTables,
} from "./network-table";
