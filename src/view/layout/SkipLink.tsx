/**
 * "Skip to the content" for keyboard users: moves focus past the header. A button-like link
 * that does not change the address, since the address picks the page (#/guide/...).
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      Skip to the content
    </a>
  );
}
