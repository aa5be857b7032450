import { launchChromium } from './scripts/chromium.mjs';
import { serveDir } from './scripts/serve.mjs';
const server = await serveDir('dist');
const b = await launchChromium();
for (const [route, name, w, scheme, media] of JSON.parse(process.argv[2])) {
  const p = await b.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  if (media) await p.emulateMedia({ media });
  await p.goto(server.origin + route);
  await p.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
  await p.close();
}
await b.close(); await server.close();
