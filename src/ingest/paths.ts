/**
 * Where the files that JSONL records name by `path` may lie. A JSONL file handed over by someone else
 * must not make the tool read (and print) `/etc/hostname` or `../../secrets`: a path is read only when
 * it lies inside one of the allowed folders (the JSONL file's own folder, and any given with
 * `--allow-paths`), first as written (so nothing outside is even looked at), then as its real path with
 * every symlink resolved (so a link inside pointing outside is refused too). Refusals are `E_PATH`.
 */
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { QuellenlageError } from "../model/errors.js";

export class PathGuard {
  /** The allowed folders as written (absolute) and as real paths (where they exist). */
  private readonly roots: string[];
  private readonly realRoots: string[];

  constructor(folders: readonly string[]) {
    this.roots = folders.map((f) => resolve(f));
    this.realRoots = this.roots.flatMap((f) => {
      try {
        return [realpathSync(f)];
      } catch {
        return [];
      }
    });
  }

  /**
   * The real path of `path` (absolute) when it lies inside an allowed folder; throws E_PATH otherwise,
   * and E_READ (no such file) when it does not exist. `given` is the path as the record wrote it.
   */
  check(path: string, given: string): string {
    const lexical = resolve(path);
    if (!this.inside(lexical, [...this.roots, ...this.realRoots])) throw this.refusal(given, lexical, null);
    let real: string;
    try {
      real = realpathSync(lexical);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new QuellenlageError("E_READ", `cannot read input: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (err as Error).message}`, undefined, { cause: err });
    }
    if (!this.inside(real, this.realRoots)) throw this.refusal(given, lexical, real);
    return real;
  }

  private inside(path: string, roots: readonly string[]): boolean {
    return roots.some((root) => {
      const rel = relative(root, path);
      return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    });
  }

  private refusal(given: string, lexical: string, real: string | null): QuellenlageError {
    const where = real && real !== lexical ? `${lexical}, a link to ${real}` : lexical;
    return new QuellenlageError(
      "E_PATH",
      `path ${JSON.stringify(given)} leads outside the folders files may be read from (${where}; allowed: ${this.roots.join(", ")}); add its folder with --allow-paths DIR`,
    );
  }
}
