// The import preview as an admin would script it without clouddir: the Microsoft Graph JS SDK's PageIterator and
// csv-stringify. bench_import_preview runs it beside `clouddir import-preview` against the same graphsim, so it asks
// for exactly the same pages and writes the same CSV (UTF-8 BOM, CRLF, RFC 4180, formula guard, match = "new").
//
//   NODE_EXTRA_CA_CERTS=cert.pem node import-preview.mjs https://127.0.0.1:PORT token.txt out.csv
//
// Prints {"rows":N} on success; on failure one line on stderr and exit 1.
import { Client, PageIterator } from '@microsoft/microsoft-graph-client';
import { stringify } from 'csv-stringify';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';

const COLUMNS = ['id', 'userPrincipalName', 'givenName', 'surname', 'displayName', 'mail', 'jobTitle', 'department'];

// clouddir's CsvWriter guard: a cell starting with = + - @ TAB CR gets a leading apostrophe so a spreadsheet shows
// text instead of evaluating it. csv-stringify's own escape_formulas also guards full-width variants; the bench wants
// byte-comparable files, so the same six characters are guarded here.
function guard(value) {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

async function main() {
  const [baseUrl, tokenFile, outPath] = process.argv.slice(2);
  if (!baseUrl || !tokenFile || !outPath) {
    throw new Error('usage: node import-preview.mjs BASE_URL TOKEN_FILE OUT.csv');
  }
  const token = (await readFile(tokenFile, 'utf8')).trim();
  const url = new URL(baseUrl);

  // graph.md §4.1: the SDK only sends the bearer to https Graph hosts or customHosts (host without port).
  const client = Client.init({
    authProvider: (done) => done(null, token),
    baseUrl: `${url.origin}/`,
    customHosts: new Set([url.hostname]),
  });

  const stringifier = stringify({
    bom: true,
    record_delimiter: '\r\n',
    // With a custom record delimiter csv-stringify stops quoting lone CR/LF unless told to; RFC 4180 needs them quoted.
    quote_record_delimiter: true,
    // clouddir quotes cells with a leading or trailing space (spreadsheets trim them otherwise).
    quoted_match: [/^ /, / $/],
    cast: { string: guard },
    header: true,
    columns: [...COLUMNS, 'match'],
  });
  const out = createWriteStream(outPath);
  stringifier.pipe(out);

  const headers = { ConsistencyLevel: 'eventual' };
  const firstPage = await client
    .api('/users')
    .headers(headers)
    .select(COLUMNS)
    .filter('accountEnabled eq true')
    .top(999)
    .count(true)
    .get();

  let rows = 0;
  const iterator = new PageIterator(
    client,
    firstPage,
    (user) => {
      // No directory to match against, so every account is "new" (as clouddir without --db).
      stringifier.write([...COLUMNS.map((column) => user[column] ?? ''), 'new']);
      rows += 1;
      return true;
    },
    { headers },
  );
  await iterator.iterate();

  stringifier.end();
  await once(out, 'finish');
  process.stdout.write(`${JSON.stringify({ rows })}\n`);
}

main().catch((error) => {
  // fetch hides the reason (TLS, refused, ...) in error.cause; without it "fetch failed" says nothing.
  const detail = error && (error.message || error.code || error.statusCode);
  const cause = error && error.cause ? ` (${error.cause.code || error.cause.message || error.cause})` : '';
  process.stderr.write(`import-preview.mjs: ${detail || String(error)}${cause}\n`);
  process.exit(1);
});
