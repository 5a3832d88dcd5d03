import { Link } from '../components/shared/link.js';

export function NotFoundScreen({ path }: { path: string }) {
  return (
    <main id="main" class="page">
      <section class="card narrow center">
        <h1>Page not found</h1>
        <p class="muted">
          There is nothing at <code>{path}</code>.
        </p>
        <Link class="button" href="/">
          Go to the start page
        </Link>
      </section>
    </main>
  );
}
