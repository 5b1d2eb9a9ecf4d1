import { PageHeader } from '../ui/PageHeader.tsx';

/** Placeholder: being built. */
export default function PlanningPage() {
  return <PageHeader title="PlanningPage" />;
}
