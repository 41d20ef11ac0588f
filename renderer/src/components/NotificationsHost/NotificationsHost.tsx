import { Notifications } from '@mantine/notifications';

/**
 * Where the toasts show. It is a chunk of its own, loaded right after the first screen: the
 * first screen does not wait for it, and a toast raised before it has come waits in Mantine's
 * notifications store and shows as soon as it has.
 */
export function NotificationsHost() {
  return <Notifications position="bottom-right" />;
}
