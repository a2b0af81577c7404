// What an upload's server action answers when the file is refused: a problem per line (codes
// the page turns into words; `values` fill placeholders such as {max} or {line}), or one
// problem with the whole form. Only the first `shownProblems` are sent back; `problemCount`
// says how many there were.
export interface UploadProblem {
  line: number;
  column?: string;
  code: string;
  values?: Record<string, number>;
}

export interface UploadFormState {
  formError?: string;
  problems: UploadProblem[];
  problemCount: number;
}

export type UploadFormAction = (previous: UploadFormState, form: FormData) => Promise<UploadFormState>;

export const emptyUploadFormState: UploadFormState = { problems: [], problemCount: 0 };
export const shownProblems = 200;
