import { learnServerTime } from '../clock';

/**
 * H5 transport: the local host answers each function at `POST /fn/<name>` with the event as the
 * body, and says its time (the demo clock may run ahead) in `x-server-time`. A build hosted on
 * CloudBase reaches the one function it may (the projector's) at the same path of its HTTP access.
 */
export async function transport(name: string, event: { action: string; payload: unknown }): Promise<unknown> {
  const res = await fetch(`${FUNCTIONS_ORIGIN}/fn/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(event),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const serverTime = res.headers.get('x-server-time');
  if (serverTime) learnServerTime(Number(serverTime));
  return res.json();
}
