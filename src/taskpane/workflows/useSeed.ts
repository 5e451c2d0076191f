import { useState } from "react";
import { checkSeed, normalizeSeed, seedFromRandomBytes, type SeedSource } from "../../core";

/** 24 digits from a cryptographic generator (a byte ≥ 250 is skipped, so more bytes may be needed); null if it keeps failing. */
export function generatedSeed(randomBytes: (n: number) => Uint8Array): string | null {
  for (let attempt = 0; attempt < 4; attempt++) {
    let seed: string | null;
    try {
      seed = seedFromRandomBytes(randomBytes(64));
    } catch {
      return null;
    }
    if (seed) return seed;
  }
  return null;
}

/**
 * The seed field of step 3: what is typed, whether it passes the seed rules (shown once something
 * is typed or the clerk tried to start), and whether it is the value 生成 made (source "generated").
 */
export function useSeed(randomBytes: (n: number) => Uint8Array) {
  const [text, setText] = useState("");
  const [generated, setGenerated] = useState<string | null>(null);
  const [generateFailed, setGenerateFailed] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const check = checkSeed(text);
  const source: SeedSource = check.ok && generated !== null && normalizeSeed(text) === generated ? "generated" : "typed";

  const generate = () => {
    const seed = generatedSeed(randomBytes);
    setGenerateFailed(seed === null);
    if (!seed) return;
    setGenerated(seed);
    setText(seed);
  };

  return {
    text,
    setText,
    check,
    source,
    /** The verdict is shown once something is typed or a start was tried. */
    showCheck: text.trim() !== "" || submitted,
    generate,
    generateFailed,
    /** A start was tried: show the verdict even on an empty field. */
    submit: () => setSubmitted(true),
  };
}
