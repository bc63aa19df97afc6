import type { PropsWithChildren } from 'react';
import './app.css';

function App({ children }: PropsWithChildren) {
  // children are the pages Taro renders
  return children;
}

export default App;
