declare module 'virtual:care-path-content' {
  const content: import('./types').Content;
  export default content;
}
declare module 'virtual:care-path-content/*' {
  const content: import('./types').Content;
  export default content;
}
declare module 'virtual:care-path-locales' {
  export const locales: readonly { code: string; name: string }[];
  export const defaultLocale: string;
  export const loaders: Readonly<Record<string, () => Promise<{ default: import('./types').Content }>>>;
  export const migrations: readonly import('./migrate').Migration[];
}
