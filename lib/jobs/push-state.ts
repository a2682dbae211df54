/**
 * Whether this tab's push stream is open. While it is, job queries poll only as a safety net;
 * when it breaks they poll every second again until it is back.
 */
let open = false;

export const pushOpen = (): boolean => open;
export const setPushOpen = (value: boolean): void => {
  open = value;
};
