// The words a person reads for a question and for an answer, taken from the same content the
// rendered app shows (virtual:care-path-content, English), so DOM tests find things by what is
// on screen without copying the wording, and a renamed question or option is found everywhere.
import content from 'virtual:care-path-content';

/** The heading (or group name) of question `id`. */
export const questionTitle = (id: string) => content.questions.find((q) => q.id === id)!.title;

/** The label of answer `option` of question `question`. */
export const optionLabel = (question: string, option: string) =>
  content.questions.find((q) => q.id === question)!.options.find((o) => o.id === option)!.label;
