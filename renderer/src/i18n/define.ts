/**
 * Each feature keeps its strings in its own file under messages/. The French table must have
 * exactly the English keys, so a missing translation is a type error rather than a blank label.
 */
export interface MessageTables<T extends Record<string, string>> {
  en: T;
  fr: { [K in keyof T]: string };
}

export function defineMessages<T extends Record<string, string>>(tables: MessageTables<T>): MessageTables<T> {
  return tables;
}
