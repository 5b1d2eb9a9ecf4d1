import { PageHeader } from '../ui/PageHeader.tsx';

/** Placeholder: being built. */
export default function SkpDetailPage() {
  return <PageHeader title="SkpDetailPage" />;
}
