namespace Ingestion.Fetcher;

/// <summary>
/// Whether another process holds a file open for itself alone, as .NET's <c>File.Copy</c> and other writers that deny
/// sharing do until they close it. Such a copy can carry its source's old modification time (File.Copy and
/// <c>cp -p</c> keep it), so the quiet period alone cannot tell that it is still being written.
/// </summary>
internal static class FileInUse
{
    // Unix has no sharing modes: .NET takes a flock(2) for them and reports the lock's EWOULDBLOCK as the HResult;
    // Windows reports ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33) in the HRESULT's low word.
    private const int LinuxWouldBlock = 11;
    private const int MacWouldBlock = 35;

    public static bool IsSharingViolation(IOException exception) =>
        OperatingSystem.IsWindows() ? (exception.HResult & 0xFFFF) is 32 or 33
        : exception.HResult == (OperatingSystem.IsMacOS() ? MacWouldBlock : LinuxWouldBlock);

    /// <summary>
    /// Opens and closes the file to see whether its writer still holds it. Only for a file with content and no link:
    /// opening a named pipe (zero length) would wait for a writer, and links are checked after the claim.
    /// </summary>
    public static bool IsHeldByWriter(FileInfo file)
    {
        if (file.LinkTarget is not null || file.Length == 0)
        {
            return false;
        }

        try
        {
            using var handle = File.OpenHandle(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return false;
        }
        catch (IOException exception) when (IsSharingViolation(exception))
        {
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Gone or unreadable: the claim and read that follow report it.
            return false;
        }
    }
}
