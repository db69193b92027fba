// Typst's compiler through its Node binding, for batch-bench.sh on machines without the typst
// binary: sets a text as Arabic paragraphs on A4 and writes the PDF.
//   NODE_PATH=DIR/node_modules node typst-seed.mjs TEXT OUT.pdf FONT_DIR
// (DIR from: npm install --prefix DIR @myriaddreamin/typst-ts-node-compiler@0.7.0)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Loaded with require, which looks in NODE_PATH; an import would not.
const { NodeCompiler } = createRequire(import.meta.url)('@myriaddreamin/typst-ts-node-compiler');

const [, , input, output, fonts] = process.argv;
// Typst markup characters in the text are escaped so it stays plain text.
const escape = s => s.replace(/[\\#$*_`<>@\[\]=~/-]/g, m => '\\' + m);
const body = readFileSync(input, 'utf8').split(/\n\s*\n/).map(p => escape(p.trim())).filter(p => p).join('\n\n');
const doc = '#set page(paper: "a4", margin: 2cm)\n'
  + '#set text(font: ("Amiri", "Noto Serif"), lang: "ar", dir: rtl, size: 11pt)\n'
  + '#set par(justify: true)\n' + body + '\n';
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fonts] }] });
writeFileSync(output, compiler.pdf({ mainFileContent: doc }));
