// The Element Timing API's attribute (https://wicg.github.io/element-timing/), which React's DOM
// types do not list: React renders it as it is, and the browser reports when the element painted.
import 'react';

declare module 'react' {
  // A merged declaration must repeat React's type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
