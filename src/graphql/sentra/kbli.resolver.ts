import { FieldResolver, Resolver, Root } from "type-graphql";
import { kbliTitle } from "../../domain/kbli";
import { currentLanguage } from "../../i18n/language";
import type { SentraRow } from "../../repositories/sentra.repository";
import { Sentra } from "./sentra.type";

@Resolver(() => Sentra)
export class SentraKbliResolver {
  // KBLI's own titles are data (Indonesian, with an English rendering), not catalogue texts.
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The KBLI 2020 title of `kbli` in the request's language (e.g. Industri pengecoran besi dan baja); its division's title for a code Simpul does not name; null without a code.",
  })
  kbliTitle(@Root() sentra: SentraRow): string | null {
    return sentra.kbli ? kbliTitle(sentra.kbli, currentLanguage()) : null;
  }
}
