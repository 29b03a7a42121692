// Errors that cross the boundary carry a code (a key in locales/*/errors.json) and parameters,
// so every door (renderer, CLI) can say them in the user's language.

export interface FieldIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

export interface ErrorPayload {
  code: string;
  message: string;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number> = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, params: this.params, issues: this.issues };
  }
}

/** Bad input at one field: the form shows the translated `errors:field.<code>` there. */
export function fieldError(path: string, code: string, message: string): AppError {
  return new AppError('invalid_input', message, {}, [{ path, code }]);
}
