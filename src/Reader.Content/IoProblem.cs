namespace Reader.Content;

/// <summary>
/// Turns a failure of the file system into words for a diagnostic: a full disk and a read-only folder are things a
/// person can fix, and the message says how, instead of a stack trace.
/// </summary>
public static class IoProblem
{
    // errno on Linux and macOS (ENOSPC, EDQUOT), and Windows' ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL.
    private static readonly HashSet<int> DiskFull = [28, 122, 69, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    // EPERM, EACCES, EROFS.
    private static readonly HashSet<int> NotWritable = [1, 13, 30];

    /// <summary>True for the failures of reading or writing a file that are the machine's, not Reader's.</summary>
    public static bool Is(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>
    /// The file system failure behind <paramref name="e"/>: itself, or, for work done in parallel (which wraps what
    /// each thread threw), the first of them when every one is such a failure. Null for anything else.
    /// </summary>
    public static Exception? Find(Exception e) => e switch
    {
        _ when Is(e) => e,
        AggregateException all when all.Flatten().InnerExceptions is { Count: > 0 } inner && inner.All(Is) => inner[0],
        _ => null,
    };

    public static bool IsDiskFull(Exception e) => e is IOException && DiskFull.Contains(e.HResult);

    public static bool IsNotWritable(Exception e) => e is UnauthorizedAccessException || e is IOException && NotWritable.Contains(e.HResult);

    /// <summary>How to fix it, for the hint of a diagnostic.</summary>
    public static string Hint(Exception e) =>
        IsDiskFull(e) ? "free some disk space, then run the command again"
        : IsNotWritable(e) ? "make the folder writable (it is read-only, or not yours), then run the command again"
        : "check the path and its permissions, then run the command again";
}
