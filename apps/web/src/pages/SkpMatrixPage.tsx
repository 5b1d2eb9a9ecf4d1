import { PageHeader } from '../ui/PageHeader.tsx';

/** Placeholder: being built. */
export default function SkpMatrixPage() {
  return <PageHeader title="SkpMatrixPage" />;
}
