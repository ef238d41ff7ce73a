declare module 'virtual:care-path-content' {
  const content: import('./types').Content;
  export default content;
}
declare module 'virtual:care-path-content/*' {
  const questionnaire: import('./types').Questionnaire;
  export default questionnaire;
}
declare module 'virtual:care-path-guidance/*' {
  const guidance: import('./types').Guidance;
  export default guidance;
}
declare module 'virtual:care-path-locales' {
  export const locales: readonly { code: string; name: string }[];
  export const defaultLocale: string;
  export const loaders: Readonly<Record<string, () => Promise<{ default: import('./types').Questionnaire }>>>;
  export const guidanceLoaders: Readonly<Record<string, () => Promise<{ default: import('./types').Guidance }>>>;
  export const migrations: readonly import('./migrate').Migration[];
}
declare module 'virtual:care-path-codes' {
  export const layouts: readonly import('../domain/code/careCode').CodeLayout[];
}
