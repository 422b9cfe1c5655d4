/** H5 transport: the local host answers each function at `POST /fn/<name>` with the event as the body. */
export async function transport(name: string, event: { action: string; payload: unknown }): Promise<unknown> {
  const res = await fetch(`/fn/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(event),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}
