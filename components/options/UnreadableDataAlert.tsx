import { useEffect, useState } from 'preact/hooks';
import { unreadableDataItem } from '@/utils/shared/unreadable-data';
import { UnreadableDataNote } from '../UnreadableDataNote';

/** The options page's copy of the background's "some stored data could not be read". */
export function UnreadableDataAlert() {
  const [count, setCount] = useState<number>();
  useEffect(() => {
    void unreadableDataItem.getValue().then((v) => setCount(v?.count));
    return unreadableDataItem.watch((v) => setCount(v?.count));
  }, []);
  return <UnreadableDataNote count={count} />;
}
