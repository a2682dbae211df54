import { ResourceNotFound } from '@/components/ui/resource-not-found';

export default function NotFound() {
  return <ResourceNotFound what="Replication pair" listHref="/replication-pairs" listLabel="replication pairs" />;
}
