import { ResourceNotFound } from '@/components/ui/resource-not-found';

export default function NotFound() {
  return (
    <ResourceNotFound what="EVS replication pair" listHref="/evs-replication-pairs" listLabel="EVS replication pairs" />
  );
}
