/**
 * What a cloud error code means and what to do about it, in plain words. One entry per code; the
 * console shows the code, the cause and the remedy together.
 */
export interface ErrorAdvice {
  cause: string;
  remedy: string;
}

const CATALOGUE: Record<string, ErrorAdvice> = {
  'NET.UNREACHABLE': {
    cause: 'The console could not reach the cloud API.',
    remedy: 'Check that the cloud endpoint is reachable from the console server, then retry.',
  },
  'NET.TIMEOUT': {
    cause: 'The cloud API did not answer in time.',
    remedy: 'The cloud may be slow or busy. Retry in a minute; nothing was changed by a read.',
  },
  'NET.BAD_BODY': {
    cause: 'The cloud sent an answer the console could not read.',
    remedy: 'Retry. If it persists, the API may have changed: report it with the time of the error.',
  },
  'APIGW.0301': {
    cause: 'The cloud no longer accepts your sign-in (the token expired or was revoked).',
    remedy: 'Sign in again.',
  },
  'APIGW.0302': {
    cause: 'Your cloud permissions do not allow this request.',
    remedy: 'Ask your administrator for the SDRS permissions this needs.',
  },
  'SDRS.0013': {
    cause: 'The disaster recovery service had an internal error.',
    remedy: 'Retry in a minute. If it persists, contact cloud support with the time of the error.',
  },
  'SDRS.0221': { cause: 'The page size asked for is out of range.', remedy: 'Use a page size from 1 to 1000.' },
  'SDRS.0222': { cause: 'The page offset asked for is invalid.', remedy: 'Go back to the first page.' },
  'SDRS.0201': {
    cause: 'The cloud found a parameter of the request invalid.',
    remedy: 'Check every field against its hint and submit again.',
  },
  'SDRS.0202': {
    cause: 'The name breaks the naming rule.',
    remedy: 'Use at most 64 bytes of letters, digits, dot, underscore and hyphen.',
  },
  'SDRS.0212': { cause: 'The description breaks the rule.', remedy: 'Use at most 64 bytes and no < or >.' },
  'SDRS.0207': { cause: 'The protection group id is not valid.', remedy: 'Choose the group again from the list.' },
  'SDRS.0210': { cause: 'The server id is not valid.', remedy: 'Choose the server again from the list.' },
  'SDRS.0211': { cause: 'The disk id is not valid.', remedy: 'Choose the disk again from the list.' },
  'SDRS.0219': {
    cause: 'The IP address is not valid for the subnet.',
    remedy: 'Enter a free IPv4 address inside the subnet, not its gateway, or leave it empty.',
  },
  'SDRS.0305': {
    cause: 'The project has used its protection group quota.',
    remedy: 'Delete an unused group or ask for a higher quota.',
  },
  'SDRS.0306': {
    cause: 'The project has used its replication pair quota.',
    remedy: 'Delete unused pairs or ask for a higher quota.',
  },
  'SDRS.1013': {
    cause: 'The protection group no longer exists.',
    remedy: 'Reload the page and choose an existing group.',
  },
  'SDRS.1024': {
    cause: 'The protection group is neither Available nor Protected.',
    remedy: 'Wait for its current operation to finish, or fix its error first.',
  },
  'SDRS.1303': {
    cause: "The server is not in the group's current production AZ.",
    remedy: 'Choose a server in the production AZ shown on the form.',
  },
  'SDRS.1304': {
    cause: "The server is in another VPC than the group's.",
    remedy: "Choose a server in the group's VPC.",
  },
  'SDRS.1305': {
    cause: 'The server is already protected by another protected instance.',
    remedy: 'Choose another server, or work with the existing instance.',
  },
  'SDRS.1306': {
    cause: 'The cloud could not create the DR server.',
    remedy: 'Check the DR flavor is sold in the DR AZ and the ECS quota is not used up, then retry.',
  },
  'SDRS.1323': {
    cause: 'The protection group is not Available or Protected.',
    remedy: 'Wait for the group to finish its current operation, then retry.',
  },
  'SDRS.1326': { cause: 'The server no longer exists.', remedy: 'Reload the page and choose an existing server.' },
  'SDRS.1333': {
    cause: 'The server is neither running nor stopped.',
    remedy: 'Wait until the server is running or stopped, then retry.',
  },
  'SDRS.1334': {
    cause: 'The IP address is already used in the subnet.',
    remedy: 'Enter another address, or leave it empty to get one assigned.',
  },
  'SDRS.1335': { cause: "The subnet is not part of the group's VPC.", remedy: "Choose a subnet of the group's VPC." },
  'SDRS.1339': { cause: 'The server has no system disk.', remedy: 'Choose a server with a system disk.' },
  'SDRS.1350': {
    cause: 'The cloud could not create the protected instance.',
    remedy: 'Look at the failed step below, fix its cause, delete the failed instance and create it again.',
  },
  'SDRS.1353': {
    cause: 'The DR flavor cannot be used at the DR site (sold out or not supported).',
    remedy: 'Choose another DR flavor, or keep the production flavor.',
  },
  'SDRS.1356': {
    cause: "The production server's flavor cannot be protected.",
    remedy: 'Change the server to a supported flavor first.',
  },
  'SDRS.1358': {
    cause: 'The group holds the most protected instances it may.',
    remedy: 'Use another protection group.',
  },
  'SDRS.1601': { cause: 'The replication pair is not available.', remedy: 'Wait for its current operation to finish.' },
  'SDRS.1609': {
    cause: 'The cloud could not create the replication pair.',
    remedy: 'Check the disk is available and the DR AZ has capacity, then retry.',
  },
  'SDRS.1801': {
    cause: 'The disk is not available (it is attached or busy).',
    remedy: 'Choose an available, unattached disk.',
  },
  'SDRS.1802': {
    cause: 'The disk is encrypted; encrypted disks cannot be replicated.',
    remedy: 'Choose an unencrypted disk.',
  },
  'SDRS.1806': {
    cause: 'The disk type is not allowed here (a shared disk is attached to the server).',
    remedy: 'Protect the shared disk with its own replication pair, or choose another server.',
  },
  'SDRS.1810': {
    cause: "The disk is not in the group's current production AZ.",
    remedy: 'Choose a disk in the production AZ shown on the form.',
  },
  'SDRS.1811': { cause: 'The disk is already in a replication pair.', remedy: 'Choose another disk.' },
  'SDRS.2203': { cause: 'Too many tags.', remedy: 'Use at most 10 tags when creating.' },
  'SDRS.2204': { cause: 'A tag key is not valid.', remedy: 'Keys have 1 to 36 letters, digits, _ or -.' },
  'SDRS.2205': { cause: 'A tag key is empty.', remedy: 'Give every tag a key, or remove the row.' },
  'SDRS.2207': { cause: 'A tag value is not valid.', remedy: 'Values have at most 43 letters, digits, _ or -.' },
  'SDRS.2209': { cause: 'Two tags have the same key.', remedy: 'Give each tag its own key.' },
  // The DR cycle: group actions, drills and deletes (reference §2.6).
  'SDRS.0214': {
    cause: 'The replication pair is not in a status that allows this.',
    remedy: 'Wait for its current operation to end.',
  },
  'SDRS.0216': {
    cause: 'The site asked for already runs production, or is not a valid site.',
    remedy: 'Reload the group: production may already have moved.',
  },
  'SDRS.1001': {
    cause: 'The group still has protected instances.',
    remedy: 'Delete its protected instances first, then the group.',
  },
  'SDRS.1002': {
    cause: 'The protection group is not in a status that allows this operation.',
    remedy: 'Wait for its current operation to end, or get it out of its error state first.',
  },
  'SDRS.1003': { cause: 'The group still has DR drills.', remedy: 'Delete its DR drills first, then the group.' },
  'SDRS.1010': {
    cause: 'The group still has replication pairs.',
    remedy: 'Delete its replication pairs first, then the group.',
  },
  'SDRS.1019': {
    cause: 'Protection of the group is not enabled, so it cannot be disabled.',
    remedy: 'Nothing to do: the group is not replicating.',
  },
  'SDRS.1027': {
    cause: 'Protection could not be enabled (the group may have no replication pair).',
    remedy: 'Protect a server or add a replication pair to the group, then enable protection again.',
  },
  'SDRS.1029': {
    cause: 'The planned failover could not run.',
    remedy: 'Check that the group has replication pairs and is in sync, then try again.',
  },
  'SDRS.1030': {
    cause: 'The failover could not run.',
    remedy: 'Check that the group has replication pairs, then try again.',
  },
  'SDRS.1301': {
    cause: 'The protected instance is in a status that does not allow deleting it.',
    remedy: 'Wait for its current operation to end, then delete it.',
  },
  'SDRS.1319': {
    cause: 'A server at the current production site is still running.',
    remedy: 'Stop every production server of the group (the dialog can do it), then start the planned failover.',
  },
  'SDRS.1324': {
    cause: 'The protection group is busy, so its instances cannot be deleted now.',
    remedy: 'Wait for the group operation to end, then delete the instance.',
  },
  'SDRS.1342': {
    cause: 'A server at the DR site is still running.',
    remedy: 'Stop the DR site servers of the group (the dialog can do it), then re-protect.',
  },
  'SDRS.1605': {
    cause: 'The replication pair is attached to a protected instance.',
    remedy: 'Delete the instance (or detach the pair) first, then delete the pair.',
  },
  'SDRS.1830': {
    cause: 'Replication is still synchronizing data.',
    remedy: 'Wait until replication is in sync, then try again.',
  },
  'SDRS.1902': { cause: 'The DR drill no longer exists.', remedy: 'Reload the group page.' },
  'SDRS.1907': {
    cause: "The drill VPC is the protection group's own VPC.",
    remedy: 'Let the console create a drill VPC, or choose another VPC with the same CIDR.',
  },
  'SDRS.1908': { cause: 'The drill VPC has no subnet.', remedy: 'Add a subnet to the VPC, or choose another VPC.' },
  'SDRS.1909': {
    cause: "The drill VPC's CIDR differs from the group VPC's.",
    remedy: "Choose a VPC with the same CIDR as the group's VPC, or let a new one be created.",
  },
  'SDRS.1921': {
    cause: 'The VPC already hosts another DR drill.',
    remedy: 'Choose another VPC, or let a new one be created.',
  },
  'Ecs.0610': {
    cause: 'A server is changing its power state already.',
    remedy: 'Wait a few seconds until it is running or stopped, then try again.',
  },
  'EVS.2024': {
    cause: 'A disk of the server was in an error state.',
    remedy: 'Repair or replace the disk, then create the protected instance again.',
  },
  // Deprecated EVS pair API: failure_detail codes of a pair that ended in `error`.
  '37100041': {
    cause: 'The two disks differ in type or size.',
    remedy: 'Choose a DR disk of the same type and size as the production disk.',
  },
  '37100043': {
    cause: "The DR disk's AZ could not be reached.",
    remedy: 'Retry later; if it persists, contact support.',
  },
  '37100044': {
    cause: 'The production disk is still loading (lazy loading).',
    remedy: 'Wait until the disk is fully created, then retry.',
  },
  '37100045': {
    cause: 'The DR disk is still loading (lazy loading).',
    remedy: 'Wait until the disk is fully created, then retry.',
  },
  '37100048': { cause: 'The production disk does not exist.', remedy: 'Choose an existing production disk.' },
  '37100050': { cause: 'The DR disk does not exist.', remedy: 'Choose an existing DR disk.' },
  '37100053': {
    cause: 'The production disk is already in a replication pair.',
    remedy: 'Choose another production disk.',
  },
  '37100054': { cause: 'The DR disk is already in a replication pair.', remedy: 'Choose another DR disk.' },
  '37100058': {
    cause: 'The DR disk is attached to a server that is running.',
    remedy: 'Stop that server (or detach the disk) and create the pair again.',
  },
  '37100177': {
    cause: 'The storage pool of the production AZ is abnormal.',
    remedy: 'Retry later; if it persists, contact support.',
  },
  '37100178': {
    cause: 'The storage pool of the DR AZ is abnormal.',
    remedy: 'Retry later; if it persists, contact support.',
  },
  '37000212': {
    cause: 'The storage back end had an internal error.',
    remedy: 'Retry later; if it persists, contact support.',
  },
  '37000216': { cause: 'The storage back end is busy.', remedy: 'Retry in a few minutes.' },
  'CONSOLE.OUTCOME_UNKNOWN': {
    cause: 'The cloud did not answer the request in time, so the console cannot tell whether it acted.',
    remedy:
      'Check the list for the resource before submitting again; submitting the same form again opens this job instead of creating twice.',
  },
  'CONSOLE.NO_JOB': {
    cause: 'The cloud accepted the request, but the console did not record the job id it answered with.',
    remedy: 'Check the resource in its list; its status shows whether the operation ran.',
  },
  'CONSOLE.NO_TARGET': {
    cause: 'The cloud accepted the pair, but the console did not record its id, so it cannot follow it.',
    remedy: 'Find the pair in the EVS replication pairs list; its status shows how the create ended.',
  },
  'CONSOLE.BAD_ID': {
    cause: 'The address holds something that is not the id of a cloud resource, so nothing was asked of the cloud.',
    remedy: 'Open the resource from its list instead of typing the address.',
  },
  'CONSOLE.GONE': {
    cause: 'The resource was deleted while the operation was being followed.',
    remedy: 'Check the task center and the list: someone or something deleted it.',
  },
  'CONSOLE.GROUP_ERROR': {
    cause: 'An operation started outside the console ended with the protection group in an error state.',
    remedy:
      "Open the group: the task center entry gives the cloud's code and reason, and the group page offers the way out.",
  },
  'EVS.GONE': {
    cause: 'The EVS replication pair was deleted before the console saw it become available.',
    remedy: 'Create the pair again if it is still needed.',
  },
  'EVS.ERROR': {
    cause: 'The EVS replication pair ended in error and the cloud gave no reason.',
    remedy: 'Delete the pair, check that both disks meet every constraint, then create it again.',
  },
  'CONSOLE.INTERRUPTED': {
    cause: 'The console stopped while sending the request, so it cannot tell whether the cloud acted.',
    remedy: 'Check the list for the resource; if it is not there, create it again.',
  },
  'CONSOLE.ABANDONED': {
    cause: 'Someone abandoned the recovery plan run at a failed step; the steps after it were not run.',
    remedy: "Open the run's report: it says what was done. Start a new run once the cause is fixed.",
  },
  'CONSOLE.NO_RUN': {
    cause: 'The ledger has a plan run the store has no steps for.',
    remedy: 'Start the plan again from its page.',
  },
};

export const hasAdvice = (code: string): boolean => code in CATALOGUE;

const GENERIC_5XX: ErrorAdvice = {
  cause: 'The cloud service failed while answering.',
  remedy: 'Retry in a minute. If it keeps failing, check the cloud status page or contact support.',
};

export function adviceFor(code: string, status = 0): ErrorAdvice {
  return (
    CATALOGUE[code] ??
    (status >= 500 || code.startsWith('HTTP.5')
      ? GENERIC_5XX
      : {
          cause: 'The cloud refused the request.',
          remedy: 'Read the message from the cloud below; correct the request and retry.',
        })
  );
}
