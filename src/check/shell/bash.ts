// Bash scripts, parsed by mvdan/sh (the parser behind shfmt), as GitHub's `bash` shell runs them.
import type { Command, Part, Script, Word } from './words.ts'
import { hideExpressions, restoreExpressions } from './words.ts'

/** The few parts of mvdan-sh's syntax tree the check reads. */
interface ShNode {
  Value?: string
  Parts?: ShNode[]
  Param?: ShNode
  Args?: ShNode[]
  Assigns?: ShNode[]
  Name?: ShNode
  Cmd?: ShNode
  Stmts?: ShNode[]
  Cond?: ShNode[]
  Then?: ShNode[]
  Else?: ShNode
  Do?: ShNode[]
  Items?: ShNode[]
  X?: ShNode
  Y?: ShNode
  Body?: ShNode
  Stmt?: ShNode
  Loop?: ShNode
  Pos(): { Line(): number }
}
export interface ShSyntax {
  NewParser(...options: unknown[]): { Parse(text: string, name: string): ShNode }
  Variant(variant: unknown): unknown
  LangBash: unknown
  NodeType(node: ShNode): string
}

export function bashParser(syntax: ShSyntax) {
  const parser = syntax.NewParser(syntax.Variant(syntax.LangBash))
  return (script: string): Script => {
    const { text, expressions } = hideExpressions(script)
    const commands: Command[] = []
    const assignments = new Map<string, Word>()
    const loopVariables = new Set<string>()
    const wordOf = (node: ShNode): Word => (node.Parts ?? []).flatMap((part) => partsOf(part, true))
    const partsOf = (node: ShNode, split: boolean): Part[] => {
      switch (syntax.NodeType(node)) {
        case 'Lit':
        case 'SglQuoted':
          return restoreExpressions(node.Value ?? '', expressions)
        case 'DblQuoted':
          return (node.Parts ?? []).flatMap((part) => partsOf(part, false))
        case 'ParamExp':
          return [{ kind: 'variable', name: node.Param?.Value ?? '', split }]
        default:
          return [{ kind: 'dynamic', split }]
      }
    }
    const assign = (node: ShNode) => {
      const name = node.Name?.Value
      const value = (node as { Value?: unknown }).Value as ShNode | undefined
      if (name) assignments.set(name, value && typeof value === 'object' ? wordOf(value) : [])
    }
    // mvdan-sh's own Walk visits every word and position through Go reflection (milliseconds a
    // script); commands only sit in statements, so this walks statements alone.
    const visit = (statements: ShNode[] | undefined): void => {
      for (const statement of statements ?? []) command(statement.Cmd)
    }
    const command = (node: ShNode | undefined): void => {
      if (!node) return
      switch (syntax.NodeType(node)) {
        case 'CallExpr': {
          for (const assignment of node.Assigns ?? []) assign(assignment)
          const words = (node.Args ?? []).map(wordOf)
          if (words.length > 0) commands.push({ words, line: node.Pos().Line() })
          return
        }
        case 'DeclClause':
          for (const argument of node.Args ?? []) if (argument.Name) assign(argument)
          return
        case 'IfClause':
          visit(node.Cond)
          visit(node.Then)
          return command(node.Else)
        case 'WhileClause':
          visit(node.Cond)
          return visit(node.Do)
        case 'ForClause':
          if (node.Loop?.Name?.Value) loopVariables.add(node.Loop.Name.Value)
          return visit(node.Do)
        case 'CaseClause':
          for (const item of node.Items ?? []) visit(item.Stmts)
          return
        case 'BinaryCmd':
          return visit([node.X, node.Y].filter((statement) => statement !== undefined))
        case 'FuncDecl':
          return visit(node.Body ? [node.Body] : [])
        case 'TimeClause':
        case 'CoprocClause':
          return visit(node.Stmt ? [node.Stmt] : [])
        default:
          return visit(node.Stmts)
      }
    }
    visit(parser.Parse(text, '').Stmts)
    return { commands, assignments, loopVariables }
  }
}

/** The tools with mvdan/sh's bash parser, loaded on demand: a bundle file of its own (1.5 MB). */
export async function loadBashTools(): Promise<{ bash: ReturnType<typeof bashParser> }> {
  const { default: sh } = await import('mvdan-sh')
  return { bash: bashParser(sh.syntax) }
}
