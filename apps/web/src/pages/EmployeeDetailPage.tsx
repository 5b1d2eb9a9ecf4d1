import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackToList, EmployeeDetailView } from '../modules/employees/EmployeeDetailView.tsx';

export default function EmployeeDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return <EmployeeDetailView key={id} id={id} eyebrow={t('employee.title')} back={<BackToList />} />;
}
