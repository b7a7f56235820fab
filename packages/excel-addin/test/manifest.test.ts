// Offline manifest checks (the online validator misses some of these, and CI has no network).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAddin, productionBaseUrl, removeBuild, type BuiltAddin } from "./testing/builtAddin.js";

type Node = Record<string, unknown>;
let built: BuiltAddin;
const devBase = "https://localhost:3000";

beforeAll(async () => {
  built = await buildAddin();
}, 120_000);
afterAll(() => removeBuild(built));

const read = (file: string) => readFileSync(join(built.outDir, file), "utf8");
const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (name) => ["bt:String", "bt:Image", "bt:Url", "Control", "Override", "bt:Override"].includes(name),
  }).parse(xml) as Node;

/** Every [path, attribute-or-text value] in the tree. */
function walk(node: unknown, path = ""): [string, string][] {
  if (typeof node !== "object" || node === null) return typeof node === "string" ? [[path, node]] : [];
  return Object.entries(node as Node).flatMap(([k, v]) =>
    Array.isArray(v) ? v.flatMap((x) => walk(x, `${path}/${k}`)) : walk(v, `${path}/${k}`),
  );
}

describe.each([
  ["manifest.xml", devBase],
  ["manifest.prod.xml", productionBaseUrl],
])("%s", (file, base) => {
  let xml: string;
  let app: Node;
  let resources: Node;
  beforeAll(() => {
    xml = read(file);
    app = parse(xml).OfficeApp as Node;
    resources = (app.VersionOverrides as Node).Resources as Node;
  });
  const ids = (group: string, item: string) =>
    ((resources[group] as Node)[item] as Node[]).map((n) => String(n["@id"]));

  it("is well-formed, with a GUID id, an n.n.n.n version and ReadWriteDocument only", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.Version).toBe(built.version);
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  it("defines every resid it uses, all ids at most 32 characters", () => {
    const defined = new Set([
      ...ids("bt:Images", "bt:Image"),
      ...ids("bt:Urls", "bt:Url"),
      ...ids("bt:ShortStrings", "bt:String"),
      ...ids("bt:LongStrings", "bt:String"),
    ]);
    const used = walk(app)
      .filter(([p]) => p.endsWith("/@resid"))
      .map(([, v]) => v);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect(defined, resid).toContain(resid);
    for (const id of [...defined, ...used]) expect(id.length, id).toBeLessThanOrEqual(32);
  });

  it("keeps short strings ≤ 125 and long strings ≤ 250 characters, in Vietnamese with English overrides", () => {
    for (const [group, max] of [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ] as const) {
      for (const s of (resources[group] as Node)["bt:String"] as Node[]) {
        expect(String(s["@DefaultValue"]).length).toBeLessThanOrEqual(max);
        if (s["@id"] !== "Functions.Namespace") expect((s["bt:Override"] as Node[])[0]?.["@Locale"]).toBe("en-US");
      }
    }
    expect((app.DisplayName as Node)["@DefaultValue"]).toMatch(/Hòa giải/);
    expect(((app.DisplayName as Node).Override as Node[])[0]?.["@Locale"]).toBe("en-US");
    expect(((app.Description as Node).Override as Node[])[0]?.["@Locale"]).toBe("en-US");
  });

  it("uses https URLs on its base only, each pointing at a file the build emits", () => {
    const urls = walk(app)
      .filter(([, v]) => /^[a-z]+:\/\//i.test(v))
      .map(([, v]) => v)
      .filter((v) => !v.includes("schemas.microsoft.com") && !v.includes("www.w3.org"));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      expect(url.startsWith(base), url).toBe(true);
      const path = url.slice(base.length).replace(/^\//, "");
      if (path !== "") expect(existsSync(join(built.outDir, path)), path).toBe(true);
    }
  });

  it("references icons of the sizes it names, as real PNGs", () => {
    for (const image of (resources["bt:Images"] as Node)["bt:Image"] as Node[]) {
      const size = Number(/(\d+)x\1/.exec(String(image["@id"]))?.[1]);
      const png = readFileSync(join(built.outDir, String(image["@DefaultValue"]).slice(base.length + 1)));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80])
      expect(existsSync(join(built.outDir, "assets", `icon-${size}.png`))).toBe(true);
  });

  it("puts the group on the Home tab with Kiểm tra, Điền and Bảng điều khiển, over one shared runtime", () => {
    const host = ((app.VersionOverrides as Node).Hosts as Node).Host as Node;
    const desktop = host.DesktopFormFactor as Node;
    const tab = (desktop.ExtensionPoint as Node).OfficeTab as Node;
    expect(tab["@id"]).toBe("TabHome");
    const group = tab.Group as Node;
    const label = (resid: unknown) =>
      ((resources["bt:ShortStrings"] as Node)["bt:String"] as Node[]).find((s) => s["@id"] === resid)?.[
        "@DefaultValue"
      ];
    expect(label((group.Label as Node)["@resid"])).toBe("Hòa giải cơ sở");
    expect((group.Control as Node[]).map((c) => label((c.Label as Node)["@resid"]))).toEqual([
      "Kiểm tra",
      "Điền",
      "Bảng điều khiển",
    ]);
    const runtime = (host.Runtimes as Node).Runtime as Node;
    expect(runtime).toMatchObject({ "@resid": "Taskpane.Url", "@lifetime": "long" });
    expect((desktop.FunctionFile as Node)["@resid"]).toBe("Taskpane.Url");
    const cf = (host.AllFormFactors as Node).ExtensionPoint as Node;
    expect(((cf.Page as Node).SourceLocation as Node)["@resid"]).toBe("Taskpane.Url");
    expect(label((cf.Namespace as Node)["@resid"])).toBe("HGCS");
  });
});

describe("wiring between manifest, functions.json and code", () => {
  it("associates every ribbon FunctionName and every custom function id", async () => {
    const { installFakeHost } = await import("./testing/fake/fakeExcel.js");
    const { FakeWorkbook } = await import("./testing/fake/fakeWorkbook.js");
    const host = installFakeHost(FakeWorkbook.from({ sheets: [{ name: "S", cells: {} }] }));
    await import("../src/commands/commands.js");
    await import("../src/functions/functions.js");
    await Promise.resolve();
    const names = [...read("manifest.xml").matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names).toEqual(["hgcsCheck", "hgcsFill"]);
    for (const name of names) expect([...host.actions.keys()]).toContain(name);
    const meta = JSON.parse(read("functions.json")) as {
      functions: { id: string; parameters: { name: string; optional?: boolean }[] }[];
    };
    expect(meta.functions.map((f) => f.id).sort()).toEqual(["BANGCHU", "DOCSO", "MUCTOIDA"]);
    expect([...host.functions.keys()].sort()).toEqual(["BANGCHU", "DOCSO", "MUCTOIDA"]);
    expect(
      meta.functions.find((f) => f.id === "BANGCHU")?.parameters.map((p) => [p.name, p.optional ?? false]),
    ).toEqual([
      ["amount", false],
      ["style", true],
    ]);
    expect(
      meta.functions.find((f) => f.id === "MUCTOIDA")?.parameters.map((p) => [p.name, p.optional ?? false]),
    ).toEqual([
      ["normId", false],
      ["date", true],
      ["jurisdiction", true],
      ["what", true],
    ]);
  });

  it("describes every custom function and parameter in Vietnamese and English, on one line", () => {
    const meta = JSON.parse(read("functions.json")) as {
      functions: { description: string; parameters: { description: string }[] }[];
    };
    const texts = meta.functions.flatMap((f) => [f.description, ...f.parameters.map((p) => p.description)]);
    expect(texts.length).toBeGreaterThan(6);
    for (const text of texts) {
      expect(text).not.toContain("\n");
      const [vi, en] = text.split(" / ");
      expect([vi, en].every((half) => (half ?? "").trim().length > 2)).toBe(true);
    }
  });

  it("keeps the task pane's JavaScript under 150 KB gzipped (office.js excluded)", () => {
    expect(built.gzipBytes).toBeGreaterThan(1000);
    expect(built.gzipBytes).toBeLessThanOrEqual(150 * 1024);
  });

  it("reads back with office-addin-manifest, offline; the dev manifest has its own id and name", async () => {
    const { OfficeAddinManifest } = await import("office-addin-manifest");
    const prod = await OfficeAddinManifest.readManifestFile(join(built.outDir, "manifest.prod.xml"));
    const dev = await OfficeAddinManifest.readManifestFile(join(built.outDir, "manifest.xml"));
    const common = { version: built.version, permissions: "ReadWriteDocument", defaultLocale: "vi-VN" };
    expect(prod).toMatchObject({
      ...common,
      id: "377f00a9-2e4f-4ed5-96a8-25f467552aa1",
      displayName: "Hòa giải cơ sở – Dự toán",
    });
    expect(dev).toMatchObject({
      ...common,
      id: "1b6f1d7e-3f0a-4c57-9a59-0d8e2b51c0a4",
      displayName: "Hòa giải cơ sở – Dự toán (dev)",
    });
  });
});
