/**
 * The LlmClient (classifier/llm.ts) for any OpenAI-compatible chat-completions endpoint, through the
 * `openai` package. Used only with `mcp-risk classify --llm`; without it nothing is sent anywhere.
 *
 * - base URL: --llm-base-url or MCP_RISK_LLM_BASE_URL (required: we never default to a hosted API)
 * - model: --llm-model or MCP_RISK_LLM_MODEL (required)
 * - API key: MCP_RISK_LLM_API_KEY only (never a flag, never logged; without it no Authorization header
 *   is sent, which is what local servers such as llama.cpp, vLLM or Ollama expect)
 * - temperature 0, `response_format: json_object` unless the endpoint rejects it (then plain text,
 *   remembered for the rest of the run), a per-call timeout, at most one retry.
 * The SDK's own environment defaults (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID, OPENAI_PROJECT_ID,
 * OPENAI_LOG) are overridden, so they cannot redirect the request or add credentials.
 */
import OpenAI from 'openai';
import { McpRiskError } from '../core/index.js';
import type { LlmClient } from '../classifier/llm.js';

export interface LlmConfig {
  baseURL: string;
  model: string;
  apiKey: string | undefined;
  timeoutMs: number;
}

export const DEFAULT_LLM_TIMEOUT_SECONDS = 30;

const usage = (message: string): McpRiskError =>
  new McpRiskError('usage', message, { hint: 'see mcp-risk classify --help' });

/** Reads the configuration from flags and the environment; throws a usage error when something is missing. */
export function resolveLlmConfig(
  flags: { baseUrl: string | undefined; model: string | undefined; timeoutSeconds: string | undefined },
  env: Record<string, string | undefined>,
): LlmConfig {
  const baseURL = flags.baseUrl ?? env.MCP_RISK_LLM_BASE_URL;
  const model = flags.model ?? env.MCP_RISK_LLM_MODEL;
  if (!baseURL)
    throw usage('--llm needs an OpenAI-compatible base URL: --llm-base-url <url> or MCP_RISK_LLM_BASE_URL');
  if (!URL.canParse(baseURL) || !/^https?:$/.test(new URL(baseURL).protocol))
    throw usage(`the LLM base URL must be an http(s) URL (got "${baseURL}")`);
  if (!model) throw usage('--llm needs a model: --llm-model <name> or MCP_RISK_LLM_MODEL');
  const seconds =
    flags.timeoutSeconds === undefined ? DEFAULT_LLM_TIMEOUT_SECONDS : Number(flags.timeoutSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600)
    throw usage(`--llm-timeout must be a number of seconds (got "${flags.timeoutSeconds}")`);
  const apiKey = env.MCP_RISK_LLM_API_KEY ? env.MCP_RISK_LLM_API_KEY : undefined;
  return { baseURL, model, apiKey, timeoutMs: Math.round(seconds * 1000) };
}

/** Removes the API key from text that may be shown (servers sometimes echo the key in error messages). */
export function redactor(apiKey: string | undefined): (text: string) => string {
  if (!apiKey) return (text) => text;
  return (text) => text.split(apiKey).join('***');
}

/** True when an API key would travel in clear text to another machine. */
export function sendsKeyInClear(config: LlmConfig): boolean {
  if (!config.apiKey) return false;
  const url = new URL(config.baseURL);
  return url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function rejectsResponseFormat(error: unknown): boolean {
  return (
    error instanceof OpenAI.APIError &&
    (error.status === 400 || error.status === 422) &&
    /response_format|json_object|json mode/i.test(error.message)
  );
}

export function createLlmClient(config: LlmConfig): LlmClient {
  const openai = new OpenAI({
    baseURL: config.baseURL,
    // the SDK insists on a key; without ours the Authorization header is removed below
    apiKey: config.apiKey ?? 'unused',
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    defaultHeaders: config.apiKey ? undefined : { Authorization: null },
    timeout: config.timeoutMs,
    maxRetries: 1,
    logLevel: 'off',
  });
  let jsonMode = true;
  const ask = async (
    request: { system: string; user: string; signal?: AbortSignal },
    json: boolean,
  ): Promise<string> => {
    const completion = await openai.chat.completions.create(
      {
        model: config.model,
        temperature: 0,
        messages: [
          { role: 'system', content: request.system },
          { role: 'user', content: request.user },
        ],
        ...(json ? { response_format: { type: 'json_object' as const } } : {}),
      },
      { signal: request.signal, timeout: config.timeoutMs, maxRetries: 1 },
    );
    const message = completion.choices?.[0]?.message;
    if (typeof message?.content === 'string') return message.content;
    if (typeof message?.refusal === 'string') return message.refusal;
    return '';
  };
  return {
    async complete(request) {
      if (!jsonMode) return ask(request, false);
      try {
        return await ask(request, true);
      } catch (error) {
        if (!rejectsResponseFormat(error) || request.signal?.aborted) throw error;
        jsonMode = false;
        return ask(request, false);
      }
    },
  };
}
