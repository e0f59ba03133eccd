import { createHash } from 'node:crypto';
import ts from 'typescript';

/**
 * The SHA-256 of what a migration does: its source read as TypeScript tokens, comments and the
 * layout between tokens left out, line endings normalised. Any change to its code or to the text
 * of its SQL (template literals are tokens, whitespace and all) changes it; rewording a comment,
 * re-indenting or a checkout with CRLF line endings does not — none of those changes what runs
 * on a desk's ledger, and a comment must stay free to be corrected.
 */
export function migrationChecksum(source: string): string {
  const hash = createHash('sha256');
  for (const token of codeTokens(source.replace(/\r\n?/g, '\n'))) hash.update(`${token}\n`);
  return hash.digest('hex');
}

/** The tokens of a TypeScript source, without comments and whitespace. */
export function codeTokens(source: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  const tokens: string[] = [];
  // A `}` closes a template substitution when the brace depth is back to where its `${` opened.
  const templates: number[] = [];
  let depth = 0;
  let previous: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenBraceToken) depth++;
    else if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (templates.at(-1) === depth) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
      } else depth--;
    } else if (
      (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) &&
      !endsAnOperand(previous)
    ) {
      kind = scanner.reScanSlashToken(); // a regular expression, not a division
    }
    if (kind === ts.SyntaxKind.TemplateHead) templates.push(depth);
    if (kind === ts.SyntaxKind.Unknown) throw new Error(`unreadable source at ${scanner.getTokenStart()}`);
    tokens.push(scanner.getTokenText());
    previous = kind;
  }
  return tokens;
}

/** Whether a `/` after this token divides (it follows an operand) rather than opens a regex. */
function endsAnOperand(kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.Identifier ||
    kind === ts.SyntaxKind.CloseParenToken ||
    kind === ts.SyntaxKind.CloseBracketToken ||
    kind === ts.SyntaxKind.CloseBraceToken ||
    kind === ts.SyntaxKind.NumericLiteral ||
    kind === ts.SyntaxKind.StringLiteral ||
    kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
    kind === ts.SyntaxKind.TemplateTail ||
    kind === ts.SyntaxKind.RegularExpressionLiteral ||
    kind === ts.SyntaxKind.ThisKeyword ||
    kind === ts.SyntaxKind.PlusPlusToken ||
    kind === ts.SyntaxKind.MinusMinusToken
  );
}
