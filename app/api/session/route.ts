import { guardRoute } from '@/lib/auth/route-guard';

/** Who is signed in, for client code that needs it. Never includes a credential. */
export const GET = guardRoute('readSession', 'read', async (_request, _context, session) =>
  Response.json({
    user: session.userName,
    domain: session.domainName,
    project: { id: session.projectId, name: session.projectName },
    role: session.role,
    authMethod: session.authMethod,
  }),
);
