import { PageHeader } from '../ui/PageHeader.tsx';

/** Placeholder: being built. */
export default function MySkpPage() {
  return <PageHeader title="MySkpPage" />;
}
