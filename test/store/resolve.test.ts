/**
 * Speakers of new names are resolved set-wise (one statement per article): the result must be what the
 * per-key rules give (own id; a surname alone joins the one person whose full name ends in it; merges
 * followed, a cycle stopping where it began; a split key keeps its own id), in SQLite and PostgreSQL,
 * with merge chains, a merge cycle and splits in the store before the articles come in.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { nameKey, openStore, type CorpusStore } from "../../src/store/index.js";
import type { Db } from "../../src/store/db.js";
import { tempDir } from "./corpus.js";
import { dropSchema, ingestFiles, pgSchemaUrl, skipUnlessPg } from "./helpers.js";

/** Merges followed at most this deep (as the store does). */
const MAX_MERGE_DEPTH = 32;

/** The rules, one key at a time (how the store resolved names before it did so set-wise). */
async function perKey(db: Db, key: string): Promise<string> {
  const row = (await db.get<{ kind: string; words: number; own_id: string }>("SELECT kind, words, own_id FROM names WHERE key = ?", [key]))!;
  if (await db.get("SELECT 1 AS x FROM speaker_splits WHERE key = ?", [key])) return row.own_id;
  let id = row.own_id;
  if (row.kind === "person" && Number(row.words) === 1) {
    const candidates = await db.all<{ own_id: string }>("SELECT own_id FROM names WHERE surname = ? AND words > 1 AND kind = 'person' ORDER BY own_id LIMIT 2", [key]);
    if (candidates.length === 1) id = candidates[0]!.own_id;
  }
  let current = id;
  for (let depth = 0; depth < MAX_MERGE_DEPTH; depth++) {
    const next = await db.get<{ into_id: string }>("SELECT into_id FROM speaker_merges WHERE from_id = ?", [current]);
    if (!next || next.into_id === id) break;
    current = next.into_id;
  }
  return current;
}

const PEOPLE = [
  "Olaf Brenner", "Petra Hollmann", "Jürgen Kessler", "Sabine Wolters", "Markus Fendt", "Karin Lindqvist", "Thomas Ebeling", "Monika Rauschert",
  "Stefan Hollmann", "Andrea Dorfner", "Michael Kessler", "Ursula Brandauer",
];
const surname = (full: string) => full.split(" ").at(-1)!;

/** An article quoting the people given (as written: full names or surnames alone). */
function article(id: string, speakers: readonly string[], day: string): Record<string, string> {
  const text = [`Streit um den Hafen`, "", ...speakers.map((s, i) => `„Das ist der ${i + 1}. Punkt“, sagte ${s} am Montag in Hamburg.`)].join("\n");
  return { id, text, published: day, language: "de" };
}

function jsonl(name: string, rows: readonly Record<string, string>[]): string {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  return path;
}

async function check(store: CorpusStore): Promise<void> {
  // First the full names of eight people; merges and splits; then their surnames alone and four more people
  // (two sharing a surname with one of the first eight: that surname joins nobody).
  await ingestFiles(store, [jsonl("first.jsonl", PEOPLE.slice(0, 8).map((p, i) => article(`a${i}`, [p], "2024-05-01")))]);
  const own = async (full: string) => (await store.db.get<{ own_id: string }>("SELECT own_id FROM names WHERE key = ?", [nameKey(full)]))?.own_id;
  const ids = await Promise.all(PEOPLE.slice(0, 8).map(own));
  assert.ok(ids.every((x) => x !== undefined), `the first eight are names: ${ids.join(", ")}`);
  const merge = (from: number, into: number) => store.db.run("INSERT INTO speaker_merges (from_id, into_id) VALUES (?, ?)", [ids[from]!, ids[into]!]);
  await merge(0, 1); // a chain 0 → 1 → 2 → 3
  await merge(1, 2);
  await merge(2, 3);
  await merge(4, 5); // a cycle 4 → 5 → 6 → 4
  await merge(5, 6);
  await merge(6, 4);
  await store.db.run("INSERT INTO speaker_splits (key) VALUES (?)", [nameKey(surname(PEOPLE[7]!))]);
  await ingestFiles(store, [jsonl("second.jsonl", [
    ...PEOPLE.slice(0, 8).map((p, i) => article(`b${i}`, [surname(p)], "2024-05-02")),
    ...PEOPLE.slice(8).map((p, i) => article(`c${i}`, [p], "2024-05-03")),
  ])]);
  const before = new Set(PEOPLE.slice(0, 8).map(nameKey));
  const added = (await store.db.all<{ key: string; own_id: string; speaker_id: string }>("SELECT key, own_id, speaker_id FROM names ORDER BY key")).filter((n) => !before.has(n.key));
  assert.ok(added.length >= 10, `new names: ${added.map((n) => n.key).join(", ")}`);
  for (const n of added) assert.equal(n.speaker_id, await perKey(store.db, n.key), n.key);
  // The cases are there: a surname joined and merged along the chain, one stopped by the cycle, a split one.
  const speakerOf = async (name: string) => (await store.db.get<{ speaker_id: string }>("SELECT speaker_id FROM names WHERE key = ?", [nameKey(name)]))?.speaker_id;
  assert.equal(await speakerOf(surname(PEOPLE[0]!)), ids[3]);
  assert.equal(await speakerOf(surname(PEOPLE[4]!)), ids[6]);
  assert.equal(await speakerOf(surname(PEOPLE[3]!)), ids[3]);
  assert.notEqual(await speakerOf(surname(PEOPLE[7]!)), ids[7]);
}

const skip = await skipUnlessPg();
if (skip) console.log(`# skipping the PostgreSQL resolve test: ${skip}`);

describe("speakers of new names, set-wise", () => {
  it("follow the per-key rules (SQLite)", async () => {
    const store = await openStore(join(tempDir(), "resolve.db"));
    try {
      await check(store);
    } finally {
      await store.close();
    }
  });

  describe("PostgreSQL", { skip }, () => {
    let schema: string | null = null;
    after(async () => {
      if (schema) await dropSchema(schema);
    });
    it("follow the per-key rules (PostgreSQL)", async () => {
      const target = pgSchemaUrl("resolve");
      schema = target.schema;
      const store = await openStore(target.url);
      try {
        await check(store);
      } finally {
        await store.close();
      }
    });
  });
});
