declare module 'mvdan-sh' {
  const sh: { syntax: import('./bash.ts').ShSyntax }
  export default sh
}
