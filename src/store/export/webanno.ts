/**
 * W3C Web Annotation (JSON-LD): per article an AnnotationCollection whose annotations each target the
 * article (its URL, else a `urn:quellenlage:` name) with a TextQuoteSelector (`exact` with 32 code
 * points of `prefix` and `suffix`) and a TextPositionSelector whose `start`/`end` count Unicode code
 * points, as the Web Annotation model prescribes, converted from our UTF-16 spans.
 */
import type { Analysis } from "../../model/types.js";
import { codePointIndex, sliceCodePoints } from "./codepoints.js";
import { regionsOf } from "./spans.js";

export const WEB_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
/** Code points of context on each side of a quote. */
const QUOTE_CONTEXT = 32;

export interface TextSelectors {
  type: "TextQuoteSelector" | "TextPositionSelector";
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "tagging" | "classifying";
  body: Array<{ type: "TextualBody"; purpose: "tagging" | "describing" | "classifying"; value: string }>;
  target: { source: string; selector: TextSelectors[] };
}

export interface AnnotationCollection {
  "@context": string;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { type: "AnnotationPage"; items: WebAnnotation[] };
}

export function toWebAnnotation(articleId: string, analysis: Analysis, url: string | null): AnnotationCollection {
  const source = url ?? `urn:quellenlage:article:${articleId}`;
  const cp = codePointIndex(analysis.text);
  const points = [...analysis.text];
  const { regions } = regionsOf(analysis);
  const items = regions.map((r): WebAnnotation => {
    const start = cp(r.span.start);
    const end = cp(r.span.end);
    const body: WebAnnotation["body"] = [{ type: "TextualBody", purpose: "tagging", value: r.label }];
    for (const [name, value] of Object.entries(r.attributes)) body.push({ type: "TextualBody", purpose: name === "name" ? "describing" : "classifying", value: `${name}:${value}` });
    return {
      id: `urn:quellenlage:annotation:${articleId}:${r.key}`,
      type: "Annotation",
      motivation: r.entity ? "tagging" : "classifying",
      body,
      target: {
        source,
        selector: [
          {
            type: "TextQuoteSelector",
            exact: sliceCodePoints(points, start, end),
            prefix: sliceCodePoints(points, Math.max(0, start - QUOTE_CONTEXT), start),
            suffix: sliceCodePoints(points, end, end + QUOTE_CONTEXT),
          },
          { type: "TextPositionSelector", start, end },
        ],
      },
    };
  });
  return {
    "@context": WEB_ANNOTATION_CONTEXT,
    id: `urn:quellenlage:annotations:${articleId}`,
    type: "AnnotationCollection",
    label: analysis.meta.title ?? articleId,
    total: items.length,
    first: { type: "AnnotationPage", items },
  };
}
