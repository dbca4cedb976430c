import { Link } from './router';

export function NotFound() {
  return (
    <section>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        The console has no page at this address. <Link to="/">Find a customer</Link> instead.
      </p>
    </section>
  );
}
