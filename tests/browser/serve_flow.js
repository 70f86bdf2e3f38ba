// styr serve in a real browser: Debian's headless Chromium through puppeteer-core drives one whole
// reporting period (two reporters of different bodies, an approver who returns one part, the
// resubmission and approval), checks that an analysis holding <script> and <img onerror> is shown
// as text with no script run, that later edits leave the approved version's bytes alone, and runs
// axe-core's WCAG 2.1 A/AA rules on every page kind at 1280 and 390 px. Prints TAP-style lines
// ("ok - …", "not ok - …") for tests/run.sh.
// Usage: node serve_flow.js BASE_URL
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const puppeteer = require('puppeteer-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const BASE = process.argv[2];
const P = '2019-05-30';
let failures = 0;
const ok = (cond, what, detail) => {
  if (cond) console.log(`ok - ${what}`);
  else { failures++; console.log(`not ok - ${what}`); if (detail) console.log(`    ${String(detail).split('\n').join('\n    ')}`); }
};

// The bytes of a page as a user sees them through the proxy (plain HTTP, no browser).
function fetchBytes(url, user) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'X-Remote-User': user } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const XSS = 'Fler placeringar. <script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2"> "citat" & mer';

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'styr-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--user-data-dir=${profile}`],
  });
  try {
    // One browser context per person, each with the headers the SSO proxy would add.
    async function session(user, groups) {
      const ctx = await browser.createBrowserContext();
      const page = await ctx.newPage();
      const h = { 'X-Remote-User': user };
      if (groups) h['X-Remote-Groups'] = groups;
      await page.setExtraHTTPHeaders(h);
      // CSP would stop an injected script anyway; bypassing it here proves the escaping alone.
      await page.setBypassCSP(true);
      page.on('dialog', (d) => { page.__dialog = true; d.dismiss(); });
      await page.setViewport({ width: 1280, height: 900 });
      return page;
    }
    const go = async (page, url) => {
      const res = await page.goto(BASE + url, { waitUntil: 'load' });
      return res.status();
    };
    const submitIn = async (page, selector) => {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
    };

    const anna = await session('anna');
    const sven = await session('sven', 'sg-son');
    const boss = await session('boss');

    // Reporter of AMN: an analysis with markup, the activity done, then submit.
    ok(await go(anna, `/entry/uppfoljning/${P}/AMN`) === 200, 'AMN opens its entry form');
    await anna.type('#analysis-placeringar-text', XSS);
    await submitIn(anna, '#analysis-placeringar button[value=save]');
    const shown = await anna.$eval('#analysis-placeringar-text', (t) => t.value);
    ok(shown === XSS, 'the saved analysis comes back as the text that was typed', shown);
    await anna.select('#activity-jobbtorg-status', 'done');
    await submitIn(anna, '#activity-jobbtorg button[value=save]');
    ok(await anna.$eval('#activity-jobbtorg-status', (s) => s.value) === 'done', 'AMN reports its activity done');
    await anna.type('#analysis-nojdhet-text', '**Nöjdheten** ökar.');
    await submitIn(anna, '#analysis-nojdhet button[value=preview]');
    ok(await anna.$eval('#analysis-nojdhet .preview strong', (s) => s.textContent) === 'Nöjdheten',
      'the Markdown preview renders the analysis (without saving)');
    await submitIn(anna, '#analysis-nojdhet button[value=save]');
    await go(anna, `/period/uppfoljning/${P}`);
    await submitIn(anna, 'form[action$="/AMN"] button');

    // Reporter of SON (by identity-provider group).
    ok(await go(sven, `/entry/uppfoljning/${P}/SON`) === 200, 'SON opens its entry form');
    await sven.type('#analysis-hushall-text', 'Färre hushåll tack vare tidiga möten.');
    await submitIn(sven, '#analysis-hushall button[value=save]');
    await sven.select('#activity-SON_1_1-status', 'delayed');
    await sven.type('#activity-SON_1_1-text', 'Väntar på lokaler.');
    await submitIn(sven, '#activity-SON_1_1 button[value=save]');
    await go(sven, `/period/uppfoljning/${P}`);
    await submitIn(sven, 'form[action$="/SON"] button');

    // The approver returns SON's part with a comment and approves AMN's.
    await go(boss, `/period/uppfoljning/${P}`);
    await boss.type('#c-SON', 'Förklara trenden.');
    await submitIn(boss, 'form[action$="/SON"] input[value=return] ~ button');
    await submitIn(boss, 'form[action$="/AMN"] input[value=approve] ~ button');
    const states = await boss.$$eval('tbody tr', (rows) => rows.map((r) => r.textContent));
    ok(states.some((s) => s.includes('Återsänd') && s.includes('Förklara trenden')), 'SON\'s part is returned with the comment', states.join('\n'));
    ok(states.some((s) => s.includes('Arbetsmarknadsnämnden') && s.includes('Godkänd')), 'AMN\'s part is approved', states.join('\n'));

    // SON revises and resubmits; the approver approves.
    await go(sven, `/entry/uppfoljning/${P}/SON`);
    await sven.type('#analysis-hushall-text', ' Trenden vände i mars.');
    await submitIn(sven, '#analysis-hushall button[value=save]');
    await go(sven, `/period/uppfoljning/${P}`);
    await submitIn(sven, 'form[action$="/SON"] button');
    await go(boss, `/period/uppfoljning/${P}`);
    await submitIn(boss, 'form[action$="/SON"] input[value=approve] ~ button');
    ok((await boss.content()).includes('Alla delar är godkända'), 'every part is approved');

    // The rendered report holds their texts, the markup as text, and no script ran.
    ok(await go(boss, `/report/uppfoljning/${P}?version=approved`) === 200, 'the approved version opens');
    const text = await boss.$eval('body', (b) => b.innerText);
    ok(text.includes('Trenden vände i mars'), 'the approved report holds SON\'s analysis');
    ok(text.includes('<script>window.__xss = 1</script>') && text.includes('onerror'), 'the markup in AMN\'s analysis shows as text');
    ok(await boss.evaluate(() => window.__xss === undefined) && !boss.__dialog, 'no script of the analysis ran in the report');
    ok(await boss.$$eval('main script, main img[onerror]', (l) => l.length) === 0, 'the report has no script or onerror element');
    await go(anna, `/entry/uppfoljning/${P}/AMN`);
    ok(await anna.evaluate(() => window.__xss === undefined), 'no script of the analysis ran on the entry form');

    // Later edits do not change the approved version.
    const before = await fetchBytes(`${BASE}/report/uppfoljning/${P}?version=approved`, 'boss');
    await anna.$eval('#analysis-placeringar-text', (t) => { t.value = 'Ändrat efter godkännandet.'; });
    await submitIn(anna, '#analysis-placeringar button[value=save]');
    const after = await fetchBytes(`${BASE}/report/uppfoljning/${P}?version=approved`, 'boss');
    ok(before.status === 200 && Buffer.compare(before.body, after.body) === 0, 'the approved version re-renders byte for byte after a later edit');
    await go(boss, `/report/uppfoljning/${P}`);
    ok((await boss.content()).includes('Ändrat efter godkännandet'), 'the current rendering shows the later edit');

    // axe-core, WCAG 2.1 A and AA, on every page kind at desktop and phone widths.
    const pages = [
      ['home', anna, '/'], ['organisation', boss, '/org'], ['goals', boss, '/goals'],
      ['body indicators', boss, '/body/AMN'], ['lineage', boss, '/explain/hushall'], ['wheel', boss, '/wheel'],
      ['reports', boss, '/reports'], ['sign-off', boss, `/period/uppfoljning/${P}`],
      ['entry form', anna, `/entry/uppfoljning/${P}/AMN`], ['report', boss, `/report/uppfoljning/${P}`],
      ['approved report', boss, `/report/uppfoljning/${P}?version=approved`], ['changes', boss, `/changes/uppfoljning/${P}`],
      ['audit log', boss, '/audit'], ['not found', boss, '/nowhere'],
    ];
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
    let printed = false;
    for (const width of [1280, 390]) {
      for (const [name, page, url] of pages) {
        await page.setViewport({ width, height: 900 });
        await go(page, url);
        await page.evaluate(axeSource);
        const r = await page.evaluate((t) => window.axe.run(document, { runOnly: { type: 'tag', values: t } }), tags);
        if (!printed) {
          const ids = [...new Set([...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map((x) => x.id))].sort();
          console.log(`# axe-core ${r.testEngine.version}, tags ${tags.join(' ')}: ${ids.length} rules run: ${ids.join(' ')}`);
          printed = true;
        }
        const v = r.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
        ok(v.length === 0, `axe: 0 WCAG 2.1 A/AA violations on the ${name} page at ${width} px`, v.join('\n'));
      }
    }
    // The phone width: no page scrolls sideways as a whole.
    await anna.setViewport({ width: 390, height: 800 });
    await go(anna, `/entry/uppfoljning/${P}/AMN`);
    const overflow = await anna.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    ok(overflow <= 0, 'the entry form fits a 390 px phone without sideways scrolling', `overflow ${overflow} px`);
  } catch (e) {
    failures++;
    console.log(`not ok - the browser run failed: ${e && e.stack ? e.stack.split('\n').join('\n    ') : e}`);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(failures ? 1 : 0);
})();
