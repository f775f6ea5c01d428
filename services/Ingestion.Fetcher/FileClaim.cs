using System.Globalization;
using System.Security.Cryptography;

namespace Ingestion.Fetcher;

/// <summary>
/// A file renamed into the processing folder. The rename is atomic, so among several fetchers on one inbox
/// exactly one wins each file; the claim time in the name lets others take over when the winner died. The name also
/// keeps when the file was first taken from the inbox: a take-over publishes the file with that same time, so a
/// message the dead fetcher had already published is the same drop to storage (same file name and fetch time).
/// </summary>
internal sealed record FileClaim(string Path, string FileName, DateTimeOffset ClaimedAt, DateTimeOffset TakenAt)
{
    private const char Separator = '~';

    /// <summary>
    /// Renames <paramref name="sourcePath"/> into <paramref name="processingFolder"/>; null when another fetcher took
    /// it first. <paramref name="takenAt"/> is the first claim's time when this claim takes over another.
    /// </summary>
    public static FileClaim? TryTake(string sourcePath, string fileName, string processingFolder, DateTimeOffset now, DateTimeOffset? takenAt = null)
    {
        var taken = takenAt ?? now;
        // The times and four random bytes keep claim names unique (a file, a millisecond and the same bytes twice never
        // meet); the prefix stays short because a name too long for it is shortened in the claim, and a fetcher that takes
        // the claim over after a crash knows only that shortened name (a guid here cut names of over 194 bytes).
        var prefix = $"{now.ToUnixTimeMilliseconds():D13}.{taken.ToUnixTimeMilliseconds():D13}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}{Separator}";
        var claimName = prefix + FileNameLimit.Fit(fileName, prefix.Length);
        var claimPath = System.IO.Path.Combine(processingFolder, claimName);
        try
        {
            // overwrite: true is rename(2), atomic: exactly one fetcher's rename finds the source. Without it .NET
            // emulates "no overwrite" on Unix with link(2) then unlink(2), and two fetchers can both link the same
            // file. Claim names are unique, so nothing is ever overwritten.
            File.Move(sourcePath, claimPath, overwrite: true);
            return new FileClaim(claimPath, fileName, now, DateTimeOffset.FromUnixTimeMilliseconds(taken.ToUnixTimeMilliseconds()));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads a claim left in the processing folder (<c>claimed.taken.guid~name</c>, or <c>claimed.guid~name</c> from
    /// fetchers before the taken time was kept); null for a file that is not one.
    /// </summary>
    public static FileClaim? Parse(string claimPath)
    {
        var name = System.IO.Path.GetFileName(claimPath);
        var separator = name.IndexOf(Separator, StringComparison.Ordinal);
        if (separator < 0)
        {
            return null;
        }

        var parts = name[..separator].Split('.');
        if (parts.Length is < 2 or > 3 || !TryParseMillis(parts[0], out var claimed))
        {
            return null;
        }

        var taken = claimed;
        if (parts.Length == 3 && !TryParseMillis(parts[1], out taken))
        {
            return null;
        }

        return new FileClaim(claimPath, name[(separator + 1)..], claimed, taken);
    }

    private static bool TryParseMillis(string text, out DateTimeOffset time)
    {
        var parsed = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var millis);
        time = parsed ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : default;
        return parsed;
    }
}
