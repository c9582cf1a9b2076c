import { analyze } from "../../../src/analyze.js";
import type { Analysis, Entity } from "../../../src/model/types.js";
import { assertValidAnalysis } from "../../helpers/validate.js";

/** The analysis of a text through the entities stage, checked against the schema. */
export function analyseEntities(text: string, language: "de" | "en" = "de"): Analysis {
  const a = analyze({ text }, { language, stages: ["entities"] });
  assertValidAnalysis(a);
  return a;
}

export function entitiesOf(text: string, language: "de" | "en" = "de"): Entity[] {
  return analyseEntities(text, language).entities ?? [];
}

/** The entity with this canonical name (fails the test when there is none). */
export function byName(entities: readonly Entity[], name: string): Entity {
  const e = entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity "${name}"; entities: ${entities.map((x) => `${x.name} (${x.type})`).join(", ")}`);
  return e;
}

export function mentionTexts(e: Entity, form?: string): string[] {
  return e.mentions.filter((m) => !form || (m.form ?? "name") === form).map((m) => m.text);
}
