/**
 * Errors as context.sync() rejects with them: an OfficeExtension.Error (the runtime names it
 * "RichApi.Error") with a `code` from Excel.ErrorCodes or OfficeExtension.ErrorCodes and
 * `debugInfo` — https://learn.microsoft.com/javascript/api/office/officeextension.error. The
 * messages are the documented ones (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export const cellEditError = (): FakeOfficeError =>
  new FakeOfficeError(
    "InvalidOperationInCellEditMode",
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  );

export const inactiveWorkbookError = (api: string): FakeOfficeError =>
  new FakeOfficeError("InactiveWorkbook", "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.", api);

export const payloadError = (which: "Request" | "Response", bytes: number): FakeOfficeError =>
  new FakeOfficeError(`${which}PayloadSizeLimitExceeded`, `The ${which.toLowerCase()} payload size has exceeded the limit (${bytes} bytes).`);

/**
 * OfficeExtension.ErrorCodes.propertyNotLoaded: a property read before `load` and `sync` —
 * "Before you can read the properties of a proxy object, you must explicitly load the properties
 * ... and then call context.sync()" (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load).
 */
export const notLoadedError = (what: string): FakeOfficeError =>
  new FakeOfficeError("PropertyNotLoaded", `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`, what);
