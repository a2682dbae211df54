import { ResourceNotFound } from '@/components/ui/resource-not-found';

export default function NotFound() {
  return <ResourceNotFound what="Protection group" listHref="/protection-groups" listLabel="protection groups" />;
}
