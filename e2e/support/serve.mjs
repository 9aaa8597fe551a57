// `npm run web`: serves the built renderer (dist/web) with the production CSP, like the desktop shell does.
import { preview } from 'vite';

const server = await preview({
  configFile: 'vite.web.config.ts',
  preview: { port: Number(process.env.PORT ?? 5173), open: false },
});
server.printUrls();
console.log('Valvo toimii selaimessa yllä olevassa osoitteessa. Lopeta: Ctrl+C.');
