import { SAMPLE_URL, defaultServices } from "../../src/taskpane/defaultServices";
import { CheckError } from "../../src/taskpane/services";

describe("default services", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  function stubFetch(impl: (url: string) => Promise<Response>): string[] {
    const urls: string[] = [];
    globalThis.fetch = ((input: RequestInfo | URL) => {
      urls.push(String(input));
      return impl(String(input));
    }) as typeof fetch;
    return urls;
  }

  test("the sample is fetched from the same origin, by a relative URL", async () => {
    const urls = stubFetch(async () => new Response(new Uint8Array([80, 75, 3, 4]), { status: 200 }));
    const data = await defaultServices.fetchSample();
    expect(Array.from(new Uint8Array(data))).toEqual([80, 75, 3, 4]);
    expect(urls).toEqual([SAMPLE_URL]);
    expect(SAMPLE_URL).not.toMatch(/^[a-z]+:|^\/\//i);
  });

  test("404 means the sample is missing; other failures are reported as such", async () => {
    stubFetch(async () => new Response("not found", { status: 404 }));
    await expect(defaultServices.fetchSample()).rejects.toMatchObject({ code: "sample-missing" });
    stubFetch(async () => new Response("oops", { status: 500 }));
    await expect(defaultServices.fetchSample()).rejects.toMatchObject({ code: "sample-failed", detail: "HTTP 500" });
    stubFetch(async () => {
      throw new TypeError("Failed to fetch");
    });
    const failure = await defaultServices.fetchSample().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CheckError);
    expect(failure).toMatchObject({ code: "sample-failed", detail: "Failed to fetch" });
  });

  test("today is a local YYYY-MM-DD date", () => {
    expect(defaultServices.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
