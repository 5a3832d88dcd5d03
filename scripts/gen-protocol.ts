/**
 * `npm run gen:protocol`: writes server/protocol/generated/ from the simulator's own source, so the
 * protocol (which the web client imports) carries the sim's view-model types and kubectl vocabulary
 * without importing the sim, and without a hand-kept copy that could drift.
 *
 * - cluster-view.ts: the declarations of the view model and probe trace types, read from the sim's
 *   source with the TypeScript compiler API, plus every type they reference (transitively), comments
 *   included.
 * - kubectl-vocabulary.ts: `kubectlVocabulary()`'s value as a constant, typed by its declared return type.
 *
 * server/protocol/generated.test.ts regenerates in memory and fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';
import { kubectlVocabulary } from '../server/sim/kubectl/vocabulary.js';

export const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const OUT_DIR = 'server/protocol/generated';

/** Where the client-facing sim types are declared, and the ones it needs (their references follow). */
const VIEW_SOURCE = 'server/sim/api.ts';
const VIEW_ROOTS = ['ClusterViewModel', 'ProbeResult'];
const VOCABULARY_SOURCE = 'server/sim/kubectl/vocabulary.ts';

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: string;
}

type Declaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration;

function createProgram(): ts.Program {
  const abs = (f: string) => path.join(REPO_ROOT, f);
  const config = ts.readConfigFile(abs('tsconfig.json'), (f) => ts.sys.readFile(f));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO_ROOT);
  // Only the sim's own files are read; @types/node is not needed for that.
  return ts.createProgram([abs(VIEW_SOURCE), abs(VOCABULARY_SOURCE)], {
    ...options,
    types: [],
    noEmit: true,
  });
}

const relative = (file: ts.SourceFile) => path.relative(REPO_ROOT, file.fileName).split(path.sep).join('/');

/**
 * The interfaces and type aliases `roots` are or name, and everything those name in turn, each root
 * followed by what it uses. Anything else a declaration might lean on (a `typeof`, an `import()` type,
 * a class, a type from outside the sim) cannot be carried into the protocol as text: that stops the
 * generator with the place to look at.
 */
function collectDeclarations(program: ts.Program, roots: readonly ts.Node[]): Declaration[] {
  const checker = program.getTypeChecker();
  const found = new Set<Declaration>();
  const fail = (node: ts.Node, why: string): never => {
    const file = node.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    throw new Error(`${relative(file)}:${line + 1}: ${why}: ${node.getText()}`);
  };
  const isDeclaration = (node: ts.Node): node is Declaration =>
    ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node);
  const visit = (node: ts.Node): void => {
    if (isDeclaration(node)) {
      if (found.has(node)) return;
      found.add(node);
    }
    if (ts.isTypeQueryNode(node) || ts.isImportTypeNode(node))
      fail(node, 'a type that needs a value or module');
    if (ts.isTypeReferenceNode(node)) follow(node.typeName);
    if (ts.isExpressionWithTypeArguments(node)) follow(node.expression);
    ts.forEachChild(node, visit);
  };
  const follow = (name: ts.EntityName | ts.Expression) => {
    let symbol = checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    if (!symbol || symbol.flags & ts.SymbolFlags.TypeParameter) return;
    for (const decl of symbol.declarations ?? []) {
      const file = decl.getSourceFile();
      if (program.isSourceFileDefaultLibrary(file)) continue; // Record, Array...
      if (!relative(file).startsWith('server/sim/')) fail(decl, 'a type from outside server/sim');
      if (!isDeclaration(decl)) fail(decl, 'only interfaces and type aliases can be generated');
      visit(decl);
    }
  };
  for (const root of roots) visit(root);
  return [...found];
}

/** The `/** … *\/` comment right above a declaration (not a file header separated by a blank line). */
function docComment(decl: ts.Node): string {
  const text = decl.getSourceFile().text;
  const last = ts.getLeadingCommentRanges(text, decl.getFullStart())?.at(-1);
  if (!last || !text.startsWith('/**', last.pos)) return '';
  if (/\n\s*\n/.test(text.slice(last.end, decl.getStart()))) return '';
  return `${text.slice(last.pos, last.end)}\n`;
}

function declarationText(decl: Declaration): string {
  const text = decl.getText();
  const exported = decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  return docComment(decl) + (exported ? text : `export ${text}`);
}

const header = (sources: string[]) =>
  `// generated by scripts/gen-protocol.ts from ${sources.join(', ')}; do not edit (npm run gen:protocol)\n\n`;

function sourcesOf(decls: readonly Declaration[]): string[] {
  return [...new Set(decls.map((d) => relative(d.getSourceFile())))];
}

function clusterView(program: ts.Program): string {
  const file = program.getSourceFile(path.join(REPO_ROOT, VIEW_SOURCE));
  const exports = file && program.getTypeChecker().getSymbolAtLocation(file);
  const roots = VIEW_ROOTS.map((name) => {
    const decl = exports?.exports?.get(ts.escapeLeadingUnderscores(name))?.declarations?.[0];
    if (!decl) throw new Error(`${VIEW_SOURCE} declares no ${name}`);
    return decl;
  });
  const decls = collectDeclarations(program, roots);
  return (
    header(sourcesOf(decls)) +
    '// The cluster picture and probe traces, as the simulator declares them.\n\n' +
    decls.map(declarationText).join('\n\n')
  );
}

function vocabulary(program: ts.Program): string {
  const file = program.getSourceFile(path.join(REPO_ROOT, VOCABULARY_SOURCE));
  const fn = file?.statements.find(
    (s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === 'kubectlVocabulary',
  );
  if (!fn?.type) throw new Error(`${VOCABULARY_SOURCE} declares no kubectlVocabulary() with a return type`);
  const referenced = collectDeclarations(program, [fn.type]);
  return (
    header([VOCABULARY_SOURCE, ...sourcesOf(referenced)]) +
    referenced.map((d) => `${declarationText(d)}\n\n`).join('') +
    "/** What the terminal's kubectl understands: the return type of the sim's `kubectlVocabulary()`. */\n" +
    `export type KubectlVocabulary = ${fn.type.getText()};\n\n` +
    '/** For Tab completion: (sub)commands with their flags, global flags, resource types. */\n' +
    `export const KUBECTL_VOCABULARY: KubectlVocabulary = ${JSON.stringify(kubectlVocabulary())};\n`
  );
}

/** Every generated file with its content, formatted as `prettier --check` wants it. */
export async function generateProtocolFiles(): Promise<GeneratedFile[]> {
  const program = createProgram();
  const files = [
    { path: `${OUT_DIR}/cluster-view.ts`, content: clusterView(program) },
    { path: `${OUT_DIR}/kubectl-vocabulary.ts`, content: vocabulary(program) },
  ];
  return Promise.all(
    files.map(async (f) => {
      const filepath = path.join(REPO_ROOT, f.path);
      const options = (await prettier.resolveConfig(filepath)) ?? {};
      return { path: f.path, content: await prettier.format(f.content, { ...options, filepath }) };
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await generateProtocolFiles()) {
    const target = path.join(REPO_ROOT, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.content);
    console.log(`wrote ${f.path}`);
  }
}
