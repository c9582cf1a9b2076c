/**
 * robots.txt (RFC 9309): the group for our user agent (a `User-agent` line naming "quellenlage"), else
 * the `*` group; the longest matching `Allow`/`Disallow` rule decides (`Allow` on a tie), with `*` and a
 * final `$` in paths; `Crawl-delay` (not in the RFC, widely used) lengthens the wait between requests.
 */

export interface Robots {
  allows(pathAndQuery: string): boolean;
  /** Seconds between requests the site asks for, if it says. */
  crawlDelay: number | null;
}

/** The product token we match in `User-agent` lines. */
export const ROBOTS_AGENT = "quellenlage";
const LINE = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*(?:#.*)?$/;

interface Rule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelay: number | null;
}

function toRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith("$");
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}${anchored ? "$" : ""}`);
}

export function parseRobots(text: string): Robots {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const m = LINE.exec(raw);
    if (!m) continue;
    const field = m[1]!.toLowerCase();
    const value = m[2]!;
    if (field === "user-agent") {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if ((field === "allow" || field === "disallow") && value !== "") current.rules.push({ allow: field === "allow", pattern: value, regex: toRegex(value) });
    else if (field === "crawl-delay") {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }
  const ours = groups.filter((g) => g.agents.some((a) => a !== "*" && ROBOTS_AGENT.includes(a.split("/")[0]!)));
  const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes("*"));
  const rules = chosen.flatMap((g) => g.rules);
  const crawlDelay = chosen.map((g) => g.crawlDelay).find((d) => d !== null) ?? null;
  return {
    crawlDelay,
    allows(path: string): boolean {
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.regex.test(path)) continue;
        if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
      }
      return best ? best.allow : true;
    },
  };
}

/** A site without a robots.txt (or one we could not read as such) allows everything. */
export const ALLOW_ALL: Robots = { crawlDelay: null, allows: () => true };
