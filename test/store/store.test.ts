import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import type { ClaimRecord } from "../../src/core/records.js";
import { isPostgresUrl, openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { backends, claim, entity, event, extraction, fixture, makeDoc, mention, spanOf } from "./helpers.js";

// Our own sentences, one per fact the filters must tell apart.
const S1 =
  "Nordkorea soll bis zu 12.000 Soldaten nach Russland entsandt haben, so der südkoreanische Geheimdienst.";
const S2 =
  "Laut dem Pentagon wurden seit August 2023 mehr als 13.000 Container mit Munition nach Russland gebracht.";
const S3 = "Im Januar 2024 feuerte Russland Dutzende nordkoreanische Raketen auf Charkiw ab.";
const S4 = "Die Armee Nordkoreas zählte 2024 nach Angaben von Kim Yo Jong rund 1,2 Millionen Soldaten.";
const S5 = "Kim Jong Un besuchte im September 2023 den Weltraumbahnhof Wostotschny.";
const TEXT = `Lagebericht Oktober\n\n${S1} ${S2}\n\n${S3} ${S4}\n\n${S5}`;

function fullExtraction(version = "test-1") {
  return extraction({
    version,
    mentions: [
      mention(TEXT, "Nordkorea"),
      mention(TEXT, "Russland", { entity: "country/RU", name: "Russia", country: "RU" }),
    ],
    claims: [
      claim(TEXT, S1, {
        max: 12000,
        actor: "KP",
        recipient: "RU",
        hedged: true,
        source: { country: "KR", org: "National Intelligence Service", person: null },
        figure: spanOf(TEXT, "bis zu 12.000"),
      }),
      claim(TEXT, S2, {
        kind: "delivery",
        item: "container",
        min: 13000,
        actor: "KP",
        recipient: "RU",
        time: { start: "2023-08", end: null },
        source: { country: "US", org: "Department of Defense", person: null },
      }),
      claim(TEXT, S3, {
        kind: "launch",
        item: "missile",
        vague: "dozens",
        approx: true,
        actor: "RU",
        recipient: "UA",
        time: { start: "2024-01", end: null },
      }),
      claim(TEXT, S4, {
        kind: "inventory",
        value: 1_200_000,
        approx: true,
        actor: "KP",
        time: { start: "2024", end: null },
        source: { country: "KP", org: null, person: "Kim Yo Jong" },
        rules: ["de.claim.inventory", "de.number.millionen"],
      }),
    ],
    events: [
      event(TEXT, S5, {
        participants: ["Kim Jong Un"],
        actor: "KP",
        location: "RU",
        time: { start: "2023-09", end: null },
      }),
      event(TEXT, S3, {
        kind: "military_action",
        actor: "RU",
        location: "UA",
        time: { start: "2024-01", end: null },
      }),
    ],
    entities: [
      entity(TEXT, ["Nordkorea", "Nordkoreas"]),
      entity(TEXT, ["Kim Jong Un"], { name: "Kim Jong Un", category: "person", id: "person/kim-jong-un" }),
    ],
  });
}

const mainDoc = () =>
  makeDoc(TEXT, {
    title: "Lagebericht Oktober",
    date: "2024-10",
    datePrecision: "month",
    outlet: "example-news.de",
    url: "https://example-news.de/lage",
    origin: "lage.txt",
    nonBody: [{ start: 0, end: 19, rule: "test.furniture" }],
  });

const all = await backends();
afterAll(async () => {
  for (const b of all) await b.cleanup();
});

describe.each(all)("store on $name", (backend) => {
  let location: string;
  let store: Store;
  beforeEach(async () => {
    location = await backend.fresh();
    store = await openStore(location);
  });
  afterEach(async () => {
    await store.close();
  });

  it("opens the back-end its location names", () => {
    expect(store.dialect).toBe(backend.name);
    expect(isPostgresUrl(location)).toBe(backend.name === "postgres");
  });

  it("stores a document and gives it back unchanged", async () => {
    const doc = mainDoc();
    const r = await store.saveDocument(doc);
    expect(r).toEqual({
      status: "new",
      documentId: r.documentId,
      clusterId: r.documentId,
      duplicateOf: null,
    });
    const got = await store.getDocument(r.documentId);
    expect(got).toEqual({ ...doc, id: r.documentId, clusterId: r.documentId, extractorVersion: null });
    expect(got!.text).toBe(TEXT);
    expect(await store.getDocument(r.documentId + 1000)).toBeNull();
    expect(await store.documentIds()).toEqual([r.documentId]);
  });

  it("keeps what it stored across a reopen, and re-running the migrations changes nothing", async () => {
    const r = await store.saveDocument(mainDoc(), fullExtraction());
    await store.close();
    store = await openStore(location);
    expect(await store.documentIds()).toEqual([r.documentId]);
    expect(await store.claims()).toHaveLength(4);
  });

  it("treats re-ingesting an identical text as a no-op", async () => {
    const first = await store.saveDocument(mainDoc(), fullExtraction());
    const again = await store.saveDocument(
      { ...mainDoc(), origin: "elsewhere.txt", title: "Anderer Titel" },
      fullExtraction("test-2"),
    );
    expect(again).toEqual({
      status: "identical",
      documentId: first.documentId,
      clusterId: first.clusterId,
      duplicateOf: null,
    });
    expect(await store.documentIds()).toHaveLength(1);
    expect(await store.claims()).toHaveLength(4);
    expect((await store.getDocument(first.documentId))!.origin).toBe("lage.txt");
    // identity is decided on the text itself, not on a hash the caller supplies
    expect((await store.saveDocument({ ...mainDoc(), hash: "not-a-hash" })).status).toBe("identical");
    expect(await store.documentIdByHash(mainDoc().hash)).toBe(first.documentId);
    expect(await store.documentIdByHash("0".repeat(64))).toBeNull();
  });

  it("links the same agency story from two outlets into one story cluster", async () => {
    const a = await store.saveDocument(
      makeDoc(fixture("agency-story-outlet-a.txt"), { outlet: "outlet-a.de" }),
    );
    const b = await store.saveDocument(
      makeDoc(fixture("agency-story-outlet-b.txt"), { outlet: "outlet-b.de" }),
    );
    const c = await store.saveDocument(
      makeDoc(fixture("unrelated-same-subject.txt"), { outlet: "outlet-c.de" }),
    );
    expect(a.status).toBe("new");
    expect(b).toEqual({
      status: "near-duplicate",
      documentId: b.documentId,
      clusterId: a.documentId,
      duplicateOf: a.documentId,
    });
    expect(b.documentId).not.toBe(a.documentId);
    expect(c).toMatchObject({ status: "new", clusterId: c.documentId, duplicateOf: null });
    const clusters = new Map<number, number>();
    for (const d of await store.listDocuments())
      clusters.set(d.clusterId, (clusters.get(d.clusterId) ?? 0) + 1);
    expect(clusters).toEqual(
      new Map([
        [a.documentId, 2],
        [c.documentId, 1],
      ]),
    );
  });

  it("compares stories without their page furniture", async () => {
    const furniture = (outlet: string) =>
      // every shingle of it names the outlet, so two outlets' footers share none
      Array.from({ length: 200 }, (_, i) => `${outlet}-Rubrik${i} ${outlet}-Abo${i}`).join(" | ");
    const withFurniture = (name: string, outlet: string) => {
      const story = fixture(name);
      const foot = furniture(outlet);
      return makeDoc(`${story}\n${foot}`, {
        nonBody: [{ start: story.length + 1, end: story.length + 1 + foot.length, rule: "test.furniture" }],
      });
    };
    const a = await store.saveDocument(withFurniture("agency-story-outlet-a.txt", "Morgenblatt"));
    const b = await store.saveDocument(withFurniture("agency-story-outlet-b.txt", "Abendpost"));
    expect(b).toMatchObject({ status: "near-duplicate", clusterId: a.documentId });
    // the same two texts with their furniture left unmarked differ too much to be linked
    const strip = (d: ReturnType<typeof withFurniture>) => ({ ...d, text: `${d.text} `, nonBody: [] });
    const c = await store.saveDocument(strip(withFurniture("agency-story-outlet-a.txt", "Morgenblatt")));
    const d = await store.saveDocument(strip(withFurniture("agency-story-outlet-b.txt", "Abendpost")));
    expect([c.status, d.status]).toEqual(["new", "new"]);
  });

  it("joins a third copy to the cluster of the first, even when it resembles the second most", async () => {
    const a = await store.saveDocument(makeDoc(fixture("agency-story-outlet-a.txt")));
    const textB = fixture("agency-story-outlet-b.txt");
    await store.saveDocument(makeDoc(textB));
    const c = await store.saveDocument(makeDoc(`${textB}\nMit Material von Reuters.`));
    expect(c.status).toBe("near-duplicate");
    expect(c.clusterId).toBe(a.documentId);
  });

  it("writes nothing when a record is invalid (the database refuses it)", async () => {
    const bad = fullExtraction();
    bad.claims.push({ ...bad.claims[0]!, kind: null as unknown as ClaimRecord["kind"] });
    const err = await store.saveDocument(mainDoc(), bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe("E_STORE");
    expect((err as InputError).input).toBe("lage.txt");
    expect(await store.documentIds()).toEqual([]);
    expect(await store.claims()).toEqual([]);
    expect(await store.search("Soldaten")).toEqual([]);
    // nothing half-written: the same text saves as new afterwards
    expect((await store.saveDocument(mainDoc(), fullExtraction())).status).toBe("new");
  });

  it("writes nothing when a span lies outside the text", async () => {
    const bad = fullExtraction();
    bad.events[0] = { ...bad.events[0]!, span: [TEXT.length - 5, TEXT.length + 40] };
    await expect(store.saveDocument(mainDoc(), bad)).rejects.toThrow(/not inside the text/);
    expect(await store.documentIds()).toEqual([]);
    expect(await store.mentions(1)).toEqual([]);
  });

  it("saves the same text from two writers at once exactly once", async () => {
    const results = await Promise.all([store.saveDocument(mainDoc()), store.saveDocument(mainDoc())]);
    expect(results.map((r) => r.status).sort()).toEqual(["identical", "new"]);
    expect(results[0]!.documentId).toBe(results[1]!.documentId);
    expect(await store.documentIds()).toHaveLength(1);
  });

  it("gives back claims, events, entities and mentions with their spans", async () => {
    const x = fullExtraction();
    const { documentId, clusterId } = await store.saveDocument(mainDoc(), x);
    const meta = {
      documentId,
      clusterId,
      docDate: "2024-10",
      outlet: "example-news.de",
      extractorVersion: "test-1",
    };
    const claims = await store.claims();
    expect(claims.map(({ id: _id, ...c }) => c)).toEqual(x.claims.map((c) => ({ ...c, ...meta })));
    for (const c of claims) expect(TEXT.slice(c.span[0], c.span[1])).toBe(c.text);
    expect(TEXT.slice(...claims[0]!.figure!)).toBe("bis zu 12.000");

    const events = await store.events();
    expect(events.map(({ id: _id, ...e }) => e)).toEqual(x.events.map((e) => ({ ...e, ...meta })));

    const entities = await store.entities({ documentId });
    expect(entities).toEqual(x.entities.map((e) => ({ ...e, documentId })));
    expect((await store.entities({ category: "person" })).map((e) => e.name)).toEqual(["Kim Jong Un"]);

    const mentions = await store.mentions(documentId);
    expect(mentions).toEqual(x.mentions);
    for (const m of mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);

    const [summary] = await store.listDocuments();
    expect(summary).toMatchObject({ id: documentId, claims: 4, events: 2, chars: TEXT.length, lang: "de" });
  });

  it("filters claims in SQL by item, kind, actor, recipient, source and document", async () => {
    const { documentId } = await store.saveDocument(mainDoc(), fullExtraction());
    const texts = async (f: Parameters<Store["claims"]>[0]) => (await store.claims(f)).map((c) => c.text);
    expect(await texts({ item: "soldier" })).toEqual([S1, S4]);
    expect(await texts({ item: "soldier", kind: "inventory" })).toEqual([S4]);
    expect(await texts({ actor: "kp" })).toEqual([S1, S2, S4]);
    expect(await texts({ recipient: "UA" })).toEqual([S3]);
    expect(await texts({ source: "US" })).toEqual([S2]);
    expect(await texts({ source: "intelligence" })).toEqual([S1]);
    expect(await texts({ source: "yo jong" })).toEqual([S4]);
    expect(await texts({ source: "100%_" })).toEqual([]);
    expect(await texts({ documentId })).toHaveLength(4);
    expect(await texts({ documentId: documentId + 1 })).toEqual([]);
    expect(await texts({ limit: 2 })).toEqual([S1, S2]);
  });

  it("filters claims by time, comparing ISO dates at their common precision and falling back to the document date", async () => {
    await store.saveDocument(mainDoc(), fullExtraction());
    const texts = async (f: Parameters<Store["claims"]>[0]) => (await store.claims(f)).map((c) => c.text);
    // S1 has no time of its own: the document's 2024-10 stands in
    expect(await texts({ from: "2024" })).toEqual([S1, S3, S4]);
    expect(await texts({ from: "2024-03" })).toEqual([S1, S4]);
    expect(await texts({ to: "2023-12" })).toEqual([S2]);
    expect(await texts({ to: "2024-01-15" })).toEqual([S2, S3, S4]);
    expect(await texts({ from: "2024-01", to: "2024-01" })).toEqual([S3, S4]);
    await expect(store.claims({ from: "last week" })).rejects.toThrow(/ISO date/);
  });

  it("filters events by kind, actor, participant and time", async () => {
    await store.saveDocument(mainDoc(), fullExtraction());
    const kinds = async (f: Parameters<Store["events"]>[0]) => (await store.events(f)).map((e) => e.kind);
    expect(await kinds({})).toEqual(["visit", "military_action"]);
    expect(await kinds({ kind: "military_action" })).toEqual(["military_action"]);
    expect(await kinds({ actor: "kp" })).toEqual(["visit"]);
    expect(await kinds({ participant: "kim jong un" })).toEqual(["visit"]);
    expect(await kinds({ participant: "Kim" })).toEqual([]);
    expect(await kinds({ from: "2024" })).toEqual(["military_action"]);
    expect(await kinds({ to: "2023" })).toEqual(["visit"]);
  });

  it("re-extracts a document in one step, and keeps the old extraction when the new one fails", async () => {
    const { documentId } = await store.saveDocument(mainDoc(), fullExtraction("v1"));
    const v2 = fullExtraction("v2");
    v2.claims = v2.claims.slice(0, 1);
    v2.events = [];
    expect((await store.getDocument(documentId))!.extractorVersion).toBe("v1");
    await store.replaceExtraction(documentId, v2);
    expect((await store.getDocument(documentId))!.extractorVersion).toBe("v2");
    expect((await store.claims()).map((c) => c.extractorVersion)).toEqual(["v2"]);
    expect(await store.events()).toEqual([]);
    expect(await store.mentions(documentId)).toHaveLength(2);

    const broken = fullExtraction("v3");
    broken.mentions.push({ ...broken.mentions[0]!, start: -1 });
    await expect(store.replaceExtraction(documentId, broken)).rejects.toThrow(/not re-extracted/);
    expect((await store.claims()).map((c) => c.extractorVersion)).toEqual(["v2"]);
    await expect(store.replaceExtraction(documentId + 99, v2)).rejects.toThrow(/no document/);
  });

  it("searches full text with German and English stemming", async () => {
    const de = await store.saveDocument(mainDoc());
    const enText =
      "North Korea has shipped several missiles to Russia, officials in Seoul said on Tuesday. The launches continued.";
    const en = await store.saveDocument(makeDoc(enText, { lang: "en", title: "Shipments continue" }));
    const ids = async (q: string) => (await store.search(q)).map((h) => h.documentId);
    expect(await ids("Rakete")).toEqual([de.documentId]); // the text says "Raketen"
    expect(await ids("missile launch")).toEqual([en.documentId]); // "missiles", "launches"
    expect(await ids("Soldat Russland")).toEqual([de.documentId]);
    expect(await ids("Pinguin")).toEqual([]);
    expect(await ids("   ")).toEqual([]);
    const [hit] = await store.search("missiles");
    expect(hit!.snippet).toContain("missiles");
    expect(hit!.title).toBe("Shipments continue");
    expect(hit!.rank).toBeGreaterThan(0);
  });

  it("lists documents in pages", async () => {
    for (const n of [1, 2, 3]) await store.saveDocument(makeDoc(`Meldung Nummer ${n} über Lieferungen.`));
    const page = await store.listDocuments({ limit: 2, offset: 1 });
    expect(page.map((d) => d.chars)).toHaveLength(2);
    expect(page[0]!.id).toBeLessThan(page[1]!.id);
    expect((await store.listDocuments()).length).toBe(3);
  });

  it("keeps user-set source grades", async () => {
    expect(await store.getSourceGrade("Reuters")).toBeNull();
    await store.setSourceGrade({ source: "Reuters", reliability: "B", note: null });
    await store.setSourceGrade({ source: "KCNA", reliability: "E", note: "state media" });
    await store.setSourceGrade({ source: "Reuters", reliability: "A", note: "wire" });
    expect(await store.sourceGrades()).toEqual([
      { source: "KCNA", reliability: "E", note: "state media" },
      { source: "Reuters", reliability: "A", note: "wire" },
    ]);
    await expect(store.setSourceGrade({ source: "X", reliability: "G" as "A", note: null })).rejects.toThrow(
      /A–F/,
    );
  });
});

describe("openStore", () => {
  it("names the location it cannot open", async () => {
    await expect(openStore("/nonexistent-dir/sub/x.db")).rejects.toThrow(/nonexistent-dir/);
  });
});
