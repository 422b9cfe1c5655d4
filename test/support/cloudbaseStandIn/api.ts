/** A refusal as CloudBase answers one: HTTP 200 with a `code` and `message`, which the SDK throws. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One API action (`database.getDocument`, `storage.batchGetDownloadUrl`…): its params in, its `data` out. */
export type Action = (params: Record<string, unknown>) => unknown;
