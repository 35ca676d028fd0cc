/**
 * The part of the Web Locks API (navigator.locks) the backend uses: an exclusive lock per name,
 * shared by every tab of a browser profile and held until the callback's promise settles.
 * navigator.locks fits it; Node tests pass an in-process double.
 */
export interface RequestLocks {
  request<T>(name: string, options: { readonly mode: 'exclusive' }, callback: () => Promise<T>): Promise<T>;
}
