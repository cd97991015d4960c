// email-providers ships no types: its default export is the array of ~8.7k free-mail domains (all.json).
declare module 'email-providers' {
  const domains: readonly string[];
  export default domains;
}
