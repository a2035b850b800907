import { BankFileSection } from '../components/export/BankFileSection';
import { PrepPackSection } from '../components/export/PrepPackSection';

/** One column: the Word prep pack first (the night-before task), then the bank's own files. */
export function ExportView() {
  return (
    <section className="view export-view" aria-labelledby="export-heading">
      <h1 id="export-heading">Export</h1>
      <PrepPackSection />
      <BankFileSection />
    </section>
  );
}
