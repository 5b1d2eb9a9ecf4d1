import { PageHeader } from '../ui/PageHeader.tsx';

/** Placeholder: being built. */
export default function SkpMonitoringPage() {
  return <PageHeader title="SkpMonitoringPage" />;
}
