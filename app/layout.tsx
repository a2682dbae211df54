import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'SDRS console', template: '%s · SDRS console' },
  description:
    'Disaster recovery for Open Telekom Cloud: protection groups, protected instances and replication pairs.',
};

export default function RootLayout({ children }: LayoutProps<'/'>) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
