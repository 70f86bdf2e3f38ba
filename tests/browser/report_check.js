// A report's HTML in a real browser: Debian's headless Chromium through puppeteer-core opens each
// file at 1280 and 390 px and checks that the page never scrolls sideways, that no two texts of
// any chart overlap (their boxes as Chromium lays them out), that chart titles stay inside their
// chart, and that axe-core finds no WCAG 2.1 A/AA violation; it saves a screenshot of each width.
// Prints TAP-style lines ("ok - …", "not ok - …") for tests/run.sh.
// Usage: node report_check.js ARTIFACT_DIR NAME=FILE.html …
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [artifacts, ...reports] = process.argv.slice(2);
let failures = 0;
const ok = (cond, what, detail) => {
  if (cond) console.log(`ok - ${what}`);
  else { failures++; console.log(`not ok - ${what}`); if (detail) console.log(`    ${String(detail).split('\n').join('\n    ')}`); }
};

// In the page: every chart's text boxes that overlap another (more than half a pixel each way),
// and every chart title that reaches outside its chart.
function chartProblems() {
  const problems = [];
  const charts = [...document.querySelectorAll('svg.chart')];
  let texts = 0;
  for (const svg of charts) {
    const frame = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')].map((t) => ({ t, r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0);
    texts += boxes.length;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i].r;
      if (a.left < frame.left - 0.5 || a.right > frame.right + 0.5 || a.top < frame.top - 0.5 || a.bottom > frame.bottom + 0.5) {
        problems.push(`${svg.id || svg.parentElement.id}: "${boxes[i].t.textContent}" reaches outside the chart`);
      }
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j].r;
        const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx > 0.5 && dy > 0.5) {
          problems.push(`${svg.parentElement.id}: "${boxes[i].t.textContent}" overlaps "${boxes[j].t.textContent}"`);
        }
      }
    }
  }
  return { charts: charts.length, texts, problems };
}

(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'styr-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--user-data-dir=${profile}`],
  });
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  let printed = false;
  try {
    const page = await browser.newPage();
    for (const spec of reports) {
      const [name, file] = spec.split(/=(.*)/s);
      for (const width of [1280, 390]) {
        await page.setViewport({ width, height: 900 });
        await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
        const sw = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        ok(sw[0] <= sw[1], `${name} at ${width} px: no sideways scrolling (scrollWidth ${sw[0]}, clientWidth ${sw[1]})`);
        const c = await page.evaluate(chartProblems);
        ok(c.charts > 0 || name.startsWith('nochart'), `${name} at ${width} px: ${c.charts} charts, ${c.texts} chart texts`);
        ok(c.problems.length === 0, `${name} at ${width} px: no chart text overlaps another or leaves its chart`,
          c.problems.slice(0, 10).join('\n'));
        const shot = path.join(artifacts, `${name}-${width}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        ok(fs.statSync(shot).size > 1000, `${name} at ${width} px: screenshot ${shot}`);
        await page.evaluate(axeSource);
        const r = await page.evaluate((t) => window.axe.run(document, { runOnly: { type: 'tag', values: t } }), tags);
        if (!printed) {
          const ids = [...new Set([...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map((x) => x.id))].sort();
          console.log(`# axe-core ${r.testEngine.version}, tags ${tags.join(' ')}: ${ids.length} rules run: ${ids.join(' ')}`);
          printed = true;
        }
        const v = r.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
        ok(v.length === 0, `${name} at ${width} px: axe finds 0 WCAG 2.1 A/AA violations`, v.join('\n'));
      }
    }
  } catch (e) {
    ok(false, 'the browser checks ran to the end', e.stack);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(failures ? 1 : 0);
})();
