/**
 * One call per real client, against the corpus server. Each returns what a host would hold
 * after the call failed: the thrown value, or for fetch-style clients the `Response`.
 * Retries are off unless a scenario asks for them, so each case is one request.
 */
import Anthropic from "@anthropic-ai/sdk";
import { createOpenAI } from "@ai-sdk/openai";
import { CohereClientV2 } from "cohere-ai";
import { GoogleGenAI } from "@google/genai";
import { GoogleGenerativeAI } from "@google/generative-ai";
import { generateText } from "ai";
import axios from "axios";
import ky from "ky";
import OpenAI from "openai";
import Stripe from "stripe";
import * as undici from "undici";

export interface CallOptions {
  url: string;
  port: number;
  /** Client-side time-out in ms, for the scenarios about slow servers. */
  timeoutMs?: number;
  /** An AbortSignal, for the cancellation scenarios. */
  signal?: AbortSignal;
  /** Retries the client may make (AI SDK: gives a RetryError). */
  retries?: number;
}

const KEY = "sk-test-corpus-0000000000000000";

/** What a host's `try { … } catch (thrown) { fromError(thrown) }` holds: the thrown value, or `{ notThrown }`. */
export async function caught(call: () => Promise<unknown>): Promise<unknown> {
  try {
    const value = await call();
    return { notThrown: value };
  } catch (thrown) {
    return thrown;
  }
}

export const CLIENTS = {
  openai: (o: CallOptions) =>
    caught(() =>
      new OpenAI({ apiKey: KEY, baseURL: `${o.url}/v1`, maxRetries: o.retries ?? 0, timeout: o.timeoutMs ?? 10_000 }).chat.completions.create(
        { model: "gpt-4o", messages: [{ role: "user", content: "hi" }] },
        { signal: o.signal },
      ),
    ),
  anthropic: (o: CallOptions) =>
    caught(() =>
      new Anthropic({ apiKey: KEY, baseURL: o.url, maxRetries: o.retries ?? 0, timeout: o.timeoutMs ?? 10_000 }).messages.create(
        { model: "claude-opus-4-7", max_tokens: 16, messages: [{ role: "user", content: "hi" }] },
        { signal: o.signal },
      ),
    ),
  ai: (o: CallOptions) =>
    caught(() =>
      generateText({
        model: createOpenAI({ apiKey: KEY, baseURL: `${o.url}/v1` }).chat("gpt-4o"),
        prompt: "hi",
        maxRetries: o.retries ?? 0,
        abortSignal: o.signal ?? (o.timeoutMs ? AbortSignal.timeout(o.timeoutMs) : undefined),
      }),
    ),
  "google-genai": (o: CallOptions) =>
    caught(() =>
      new GoogleGenAI({ apiKey: "AIzaSyCorpusCorpusCorpusCorpusCorpus00", httpOptions: { baseUrl: o.url, timeout: o.timeoutMs } }).models.generateContent({
        model: "gemini-2.5-flash",
        contents: "hi",
        config: { abortSignal: o.signal },
      }),
    ),
  "google-generative-ai": (o: CallOptions) =>
    caught(() =>
      new GoogleGenerativeAI("AIzaSyCorpusCorpusCorpusCorpusCorpus00")
        .getGenerativeModel({ model: "gemini-1.5-flash" }, { baseUrl: o.url, timeout: o.timeoutMs })
        .generateContent({ contents: [{ role: "user", parts: [{ text: "hi" }] }] }, { signal: o.signal }),
    ),
  stripe: (o: CallOptions) =>
    caught(() =>
      new Stripe("sk_test_corpus000000000000000000", {
        host: "127.0.0.1",
        port: o.port,
        protocol: "http",
        maxNetworkRetries: o.retries ?? 0,
        timeout: o.timeoutMs ?? 10_000,
      }).customers.create({ email: "a@example.com" }),
    ),
  cohere: (o: CallOptions) =>
    caught(() =>
      new CohereClientV2({ token: "corpus-token", environment: o.url }).chat(
        { model: "command-r", messages: [{ role: "user", content: "hi" }] },
        { maxRetries: o.retries ?? 0, timeoutInSeconds: (o.timeoutMs ?? 10_000) / 1000, abortSignal: o.signal },
      ),
    ),
  axios: (o: CallOptions) =>
    caught(() => axios.post(`${o.url}/api/run`, { prompt: "hi" }, { timeout: o.timeoutMs ?? 0, signal: o.signal })),
  ky: (o: CallOptions) =>
    caught(() => ky.post(`${o.url}/api/run`, { json: { prompt: "hi" }, retry: o.retries ?? 0, timeout: o.timeoutMs ?? false, signal: o.signal }).json()),
  undici: (o: CallOptions) =>
    caught(async () => {
      const response = await undici.fetch(`${o.url}/api/run`, {
        method: "POST",
        body: "{}",
        signal: o.signal ?? (o.timeoutMs ? AbortSignal.timeout(o.timeoutMs) : undefined),
      });
      // What hosts write: a failed Response is thrown and handled with the rest.
      if (!response.ok) throw response;
      return response;
    }),
  fetch: (o: CallOptions) =>
    caught(async () => {
      const response = await fetch(`${o.url}/api/run`, {
        method: "POST",
        body: "{}",
        signal: o.signal ?? (o.timeoutMs ? AbortSignal.timeout(o.timeoutMs) : undefined),
      });
      // What hosts write: a failed Response is thrown and handled with the rest.
      if (!response.ok) throw response;
      return response;
    }),
} satisfies Record<string, (o: CallOptions) => Promise<unknown>>;

export type ClientName = keyof typeof CLIENTS;
