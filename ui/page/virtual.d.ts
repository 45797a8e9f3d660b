declare module 'virtual:page-messages' {
  const messages: Record<string, string>;
  export default messages;
}
declare module 'virtual:occupation-names' {
  const names: Record<string, string>;
  export default names;
}
