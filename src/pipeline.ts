import { QuellenlageError } from "./model/errors.js";
import { checkStageList } from "./arguments.js";
import type { StageName } from "./model/types.js";
import type { Doc, Stage, StageContext } from "./stages/stage.js";
import { attributionStage } from "./stages/attribution/index.js";
import { clausesStage } from "./stages/clauses/index.js";
import { entitiesStage } from "./stages/entities/index.js";
import { sentencesStage } from "./stages/sentences/index.js";
import { stanceStage } from "./stages/stance/index.js";
import { sourcesStage } from "./stages/sources/index.js";
import { structureStage } from "./stages/structure/index.js";
import { timeStage } from "./stages/time/index.js";

/**
 * The one ordered list of stages. Each is a pure function over the document (src/stages/stage.ts);
 * a stage runs after every stage it needs.
 */
export const PIPELINE: readonly Stage[] = [structureStage, sentencesStage, clausesStage, timeStage, entitiesStage, attributionStage, stanceStage, sourcesStage];

export const STAGE_NAMES: readonly StageName[] = PIPELINE.map((s) => s.name);

/**
 * The stages to run for a request, in pipeline order: the ones named and every stage they need.
 * Unknown names are a usage error that lists the known ones.
 */
export function resolveStages(requested?: readonly string[]): StageName[] {
  checkStageList(requested);
  if (!requested || requested.length === 0) return [...STAGE_NAMES];
  const byName = new Map(PIPELINE.map((s) => [s.name as string, s]));
  const wanted = new Set<StageName>();
  const add = (name: string) => {
    const stage = byName.get(name);
    if (!stage) {
      throw new QuellenlageError("E_USAGE", `unknown stage "${name}"; the stages are: ${STAGE_NAMES.join(", ")}`);
    }
    if (wanted.has(stage.name)) return;
    wanted.add(stage.name);
    for (const need of stage.needs) add(need);
  };
  for (const name of requested) add(name);
  return STAGE_NAMES.filter((n) => wanted.has(n));
}

export function runPipeline(doc: Doc, ctx: StageContext, stages: readonly StageName[]): Doc {
  checkStageList(stages);
  if (typeof doc !== "object" || doc === null || typeof doc.text !== "string" || typeof ctx !== "object" || ctx === null) {
    throw new QuellenlageError("E_ARGUMENT", "runPipeline needs a document (with its text) and a stage context");
  }
  let current = doc;
  for (const stage of PIPELINE) {
    if (!stages.includes(stage.name)) continue;
    ctx.checkpoint?.(`the ${stage.name} stage`);
    current = stage.run(current, ctx);
    current = { ...current, stages: [...current.stages, stage.name] };
  }
  return current;
}
