import { useRoute } from '../../../../renderer/src/routing';
import { MatrixScreen } from '../../../../renderer/src/screens/Matrix/MatrixScreen';

/** The matrix screen following the URL hash, as the app shows it, without the app shell. */
export function RoutedMatrix() {
  const route = useRoute();
  return <MatrixScreen route={route} />;
}
