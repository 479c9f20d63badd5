/**
 * Splits the command line that `neo4j console --dry-run` prints into argv. The launcher quotes
 * arguments that contain spaces (single or double quotes); backslash escapes a character
 * outside single quotes.
 */
export function splitCommandLine(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArgument = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && i + 1 < line.length) current += line[++i];
      else current += char;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      inArgument = true;
    } else if (char === '\\' && i + 1 < line.length) {
      current += line[++i];
      inArgument = true;
    } else if (/\s/.test(char)) {
      if (inArgument) args.push(current);
      current = '';
      inArgument = false;
    } else {
      current += char;
      inArgument = true;
    }
  }
  if (quote) throw new Error(`unbalanced quote in command line: ${line}`);
  if (inArgument) args.push(current);
  return args;
}
