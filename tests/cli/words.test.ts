import { beforeAll, describe, expect, it } from "vitest";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";

beforeAll(() => ensureCliBuilt(), 300_000);

describe("hgcs words", () => {
  it("says an amount in words, with the regional switches", async () => {
    expect((await runCli(["words", "243000000"])).stdout).toBe("Hai trăm bốn mươi ba triệu đồng\n");
    expect((await runCli(["words", "562.100.000", "--chan"])).stdout).toBe(
      "Năm trăm sáu mươi hai triệu một trăm nghìn đồng chẵn\n",
    );
    expect((await runCli(["words", "1024105", "--le", "--ngan", "--bon"])).stdout).toBe(
      "Một triệu không trăm hai mươi bốn ngàn một trăm lẻ năm đồng\n",
    );
    expect((await runCli(["words", "2000000000", "--ti"])).stdout).toBe("Hai tỉ đồng\n");
  });

  it("refuses what is not a whole number, with exit code 2", async () => {
    const r = await runCli(["words", "1,5"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("“1,5”");
  });
});
