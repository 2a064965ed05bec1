// Tokenizes ESC/POS files with npos, an implementation independent of ours, and fails on
// any command it does not know. Prints each file's commands, one JSON array per line.
'use strict';
const fs = require('fs');
const npos = require('npos');

const rules = JSON.parse(JSON.stringify(npos.rules));
rules[0x1D]['(k'] = [0, 'd16'];   // GS ( k: QR functions, a 16-bit length then data
const parser = npos.parser(rules);

let failed = false;
for (const file of process.argv.slice(2)) {
  const ast = parser.analyze(fs.readFileSync(file));
  if (ast.error) {
    console.error(file + ': ' + ast.error.message);
    failed = true;
    continue;
  }
  const commands = ast.tree.filter(n => n.ascii !== 'STX').map(n => n.ascii + ' ' + (n.fn || ''));
  console.log(JSON.stringify(commands));
}
process.exit(failed ? 1 : 0);
