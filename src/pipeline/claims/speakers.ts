/**
 * @module Which mentions name the speaker of a statement rather than a party to it. `laut dem
 * amerikanischen Verteidigungsministerium` names the source only; but an attribution that wraps the whole
 * statement (`Selenskyj hatte die Gefangennahme von zwei nordkoreanischen Soldaten bekanntgegeben`) leaves
 * its parties in place: there only the source itself (and its country before the figure) is the speaker.
 */
import type { Attribution, Mention } from "../../core/annotations.js";
import type { Span } from "../../core/span.js";
import { ownAttributions } from "./claim-time.js";
import type { SentenceView } from "./sentence-view.js";

const touches = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const holds = (outer: Span, x: Span) => outer.start <= x.start && x.end <= outer.end;

function namesSource(m: Mention, a: Attribution, anchor: Span): boolean {
  const { person, org, country } = a.source;
  if (m.name === person || m.name === org || m.name === a.publisher) return true;
  return (
    m.category !== "person" && m.category !== "organization" && m.country === country && m.end <= anchor.start
  );
}

/** A test for mentions of `view` that speak about `anchor` (a figure or a trigger) instead of taking part. */
export function speakerTest(view: SentenceView, anchor: Span): (m: Mention) => boolean {
  const own = ownAttributions(view);
  // a party named inside the attribution that is not its source is the one spoken about: `Das
  // US-Finanzministerium warf Nordkorea vor, …` (the accused), not a speaker
  const accused = (m: Mention, a: Attribution) =>
    m.category !== "person" &&
    m.category !== "organization" &&
    !!a.source.country &&
    m.country !== a.source.country &&
    m.start > a.start;
  // `Nordkorea hatte zugesagt, … zu schicken`: who commits itself is the source and stays a party
  const speaking = own.filter((a) => !a.rule.endsWith(".commissive"));
  return (m) =>
    speaking.some(
      (a) => touches(a, m) && (namesSource(m, a, anchor) || (!holds(a, anchor) && !accused(m, a))),
    );
}
