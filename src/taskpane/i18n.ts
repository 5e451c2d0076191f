import { createContext, useContext } from "react";
import { pickLanguage, type Language, type Strings } from "./strings";
import { en } from "./strings.en";
import { zh } from "./strings.zh";

const TABLES: Record<Language, Strings> = { zh, en };

export function stringsFor(languageTag: string | null | undefined): Strings {
  return TABLES[pickLanguage(languageTag)];
}

export const StringsContext = createContext<Strings>(zh);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
