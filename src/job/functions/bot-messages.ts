import {
  app,
  type HttpRequest,
  type HttpResponseInit,
  type InvocationContext,
} from '@azure/functions';
import type { ReminderRuntime } from '../composition/reminder-runtime';
import { sharedTenantRuntime } from '../composition/tenant-runtime';
import { invocationLog } from './functions-log';

/**
 * The bot's messaging endpoint, `POST /api/messages` (the Functions host adds the `api` prefix;
 * the Azure Bot's endpoint points here). Anonymous at the Functions level: the Teams SDK validates
 * the Bot Framework token of every request itself and answers 401 without one.
 */
export function botMessagesHandler(
  runtime: (context: InvocationContext) => Promise<ReminderRuntime>,
): (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit> {
  return async (request, context) => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      // reason: a body that is not JSON is the caller's mistake, not ours.
      return { status: 400, jsonBody: { error: 'The body must be a JSON activity.' } };
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const response = await (await runtime(context)).handleMessage({ headers, body });
    return response.body === undefined
      ? { status: response.status }
      : { status: response.status, jsonBody: response.body };
  };
}

app.http('botMessages', {
  methods: ['POST'],
  route: 'messages',
  authLevel: 'anonymous',
  handler: botMessagesHandler((context) => sharedTenantRuntime(invocationLog(context))),
});
