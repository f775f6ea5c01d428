using System.Globalization;
using System.Security.Cryptography;

namespace Ingestion.Fetcher;

/// <summary>
/// A file moved, under its own name, into a folder of its own in the processing folder. The move is an atomic
/// rename, so among several fetchers on one inbox exactly one wins each file; the claim time in the folder's name lets
/// others take over when the winner died. The folder's name also keeps when the file was first taken from the inbox: a
/// take-over publishes the file with that same time, so a message the dead fetcher had already published is the same
/// drop to storage (same file name and fetch time). The file keeps its whole name, however long, because the claim's
/// times are in the folder's name, not in the file's.
/// </summary>
/// <param name="Folder">The claim's folder; null for a claim in the older form, a file named <c>claimed.taken.random~name</c>.</param>
internal sealed record FileClaim(string Path, string FileName, DateTimeOffset ClaimedAt, DateTimeOffset TakenAt, string? Folder)
{
    private const char OlderFormSeparator = '~';

    /// <summary>
    /// Whether the claim still holds its file. A fetcher that died between creating a claim's folder and moving the
    /// file in, or between moving the file out and removing the folder, leaves an empty one behind.
    /// </summary>
    public bool HoldsFile => FileName.Length > 0;

    /// <summary>
    /// Moves <paramref name="sourcePath"/> into a new claim in <paramref name="processingFolder"/>; null when another
    /// fetcher took it first. <paramref name="takenAt"/> is the first claim's time when this claim takes over another.
    /// </summary>
    public static FileClaim? TryTake(string sourcePath, string fileName, string processingFolder, DateTimeOffset now, DateTimeOffset? takenAt = null)
    {
        var taken = takenAt ?? now;
        var folder = CreateFolder(processingFolder, now, taken);
        var claimPath = System.IO.Path.Combine(folder, fileName);
        try
        {
            // overwrite: true is rename(2), atomic: exactly one fetcher's rename finds the source. Without it .NET
            // emulates "no overwrite" on Unix with link(2) then unlink(2), and two fetchers can both link the same
            // file. The folder is this claim's own, so nothing is ever overwritten.
            File.Move(sourcePath, claimPath, overwrite: true);
            return new FileClaim(claimPath, fileName, now, Millis(taken), folder);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            RemoveFolder(folder);
            return null;
        }
    }

    /// <summary>
    /// Takes this claim over from a fetcher that died (or renews one's own), keeping the first claim's time; null when
    /// another fetcher took it first.
    /// </summary>
    public FileClaim? TryTakeOver(string processingFolder, DateTimeOffset now)
    {
        if (Folder is null)
        {
            return TryTake(Path, FileName, processingFolder, now, TakenAt);
        }

        var folder = System.IO.Path.Combine(processingFolder, FolderName(now, TakenAt));
        try
        {
            // rename(2) of the folder: atomic, so of several fetchers taking over one claim exactly one finds it.
            Directory.Move(Folder, folder);
            return new FileClaim(System.IO.Path.Combine(folder, FileName), FileName, now, TakenAt, folder);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Removes the claim's folder once the file has left it (or never came); a folder still holding a file stays.</summary>
    public void Release()
    {
        if (Folder is not null)
        {
            RemoveFolder(Folder);
        }
    }

    /// <summary>
    /// Reads a claim left in the processing folder: a claim folder (<c>claimed.taken.random</c>), or a file in the
    /// older forms (<c>claimed.taken.random~name</c>, <c>claimed.random~name</c>); null for anything else, or for a
    /// claim folder that no longer exists.
    /// </summary>
    public static FileClaim? Parse(string claimPath)
    {
        var name = System.IO.Path.GetFileName(claimPath);
        var separator = name.IndexOf(OlderFormSeparator, StringComparison.Ordinal);
        if (separator >= 0)
        {
            return TryParseTimes(name[..separator], olderForm: true, out var claimedAt, out var takenAt)
                ? new FileClaim(claimPath, name[(separator + 1)..], claimedAt, takenAt, Folder: null)
                : null;
        }

        if (!TryParseTimes(name, olderForm: false, out var claimed, out var taken))
        {
            return null;
        }

        try
        {
            var file = Directory.EnumerateFiles(claimPath).FirstOrDefault();
            return file is null
                ? new FileClaim(claimPath, "", claimed, taken, claimPath)
                : new FileClaim(file, System.IO.Path.GetFileName(file), claimed, taken, claimPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Taken over (renamed) by another fetcher since it was listed, or not a folder.
            return null;
        }
    }

    private static string CreateFolder(string processingFolder, DateTimeOffset now, DateTimeOffset taken) =>
        Directory.CreateDirectory(System.IO.Path.Combine(processingFolder, FolderName(now, taken))).FullName;

    /// <summary>The times and four random bytes keep claim names unique: a millisecond and the same bytes twice never meet.</summary>
    private static string FolderName(DateTimeOffset claimed, DateTimeOffset taken) =>
        $"{claimed.ToUnixTimeMilliseconds():D13}.{taken.ToUnixTimeMilliseconds():D13}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

    private static void RemoveFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: false);
        }
        catch (IOException)
        {
            // Gone already (another fetcher cleaned it), or not empty: then it is a claim, left for its fetcher.
        }
    }

    /// <summary><c>claimed.taken.random</c>; in the older form also <c>claimed.random</c>, from fetchers before the taken time was kept.</summary>
    private static bool TryParseTimes(string prefix, bool olderForm, out DateTimeOffset claimed, out DateTimeOffset taken)
    {
        var parts = prefix.Split('.');
        taken = claimed = default;
        return (parts.Length == 3 || (olderForm && parts.Length == 2))
            && TryParseMillis(parts[0], out claimed)
            && TryParseMillis(parts[parts.Length - 2], out taken);
    }

    private static bool TryParseMillis(string text, out DateTimeOffset time)
    {
        var parsed = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var millis);
        time = parsed ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : default;
        return parsed;
    }

    private static DateTimeOffset Millis(DateTimeOffset time) => DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());
}
