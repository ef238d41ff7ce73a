declare module 'virtual:care-path-content' {
  const content: import('./types').Content;
  export default content;
}
