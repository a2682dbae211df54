import { ResourceNotFound } from '@/components/ui/resource-not-found';

export default function NotFound() {
  return <ResourceNotFound what="Job" listHref="/jobs" listLabel="jobs" />;
}
