import { PageHeader } from '../ui/PageHeader.tsx';

/** Placeholder: being built. */
export default function TeamSkpPage() {
  return <PageHeader title="TeamSkpPage" />;
}
