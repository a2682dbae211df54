import { ResourceNotFound } from '@/components/ui/resource-not-found';

export default function NotFound() {
  return <ResourceNotFound what="Protected instance" listHref="/protected-instances" listLabel="protected instances" />;
}
