/** A file-system failure in words a person can act on, ending with a full stop. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return 'the disk is full. Free some space; your text is kept until then.';
  }
  if (code === 'EACCES' || code === 'EPERM') return 'the data folder is not writable.';
  if (code === 'EROFS') return 'the data folder is on a read-only disk.';
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return 'a file stands where Storybank needs a folder.';
  }
  return `${(error as Error | null)?.message ?? String(error)}.`;
}
