using System.Globalization;

namespace Ingestion.Fetcher;

/// <summary>
/// A file renamed into the processing folder. The rename is atomic, so among several fetchers on one inbox
/// exactly one wins each file; the claim time in the name lets others take over when the winner died.
/// </summary>
internal sealed record FileClaim(string Path, string FileName, DateTimeOffset ClaimedAt)
{
    private const char Separator = '~';

    /// <summary>Renames <paramref name="sourcePath"/> into <paramref name="processingFolder"/>; null when another fetcher took it first.</summary>
    public static FileClaim? TryTake(string sourcePath, string fileName, string processingFolder, DateTimeOffset now)
    {
        var prefix = $"{now.ToUnixTimeMilliseconds():D13}.{Guid.NewGuid():N}{Separator}";
        // A name too long for the prefix is shortened in the claim only: the claim carries the full name in memory.
        var claimName = prefix + FileNameLimit.Fit(fileName, prefix.Length);
        var claimPath = System.IO.Path.Combine(processingFolder, claimName);
        try
        {
            // overwrite: true is rename(2), atomic: exactly one fetcher's rename finds the source. Without it .NET
            // emulates "no overwrite" on Unix with link(2) then unlink(2), and two fetchers can both link the same
            // file. Claim names are unique, so nothing is ever overwritten.
            File.Move(sourcePath, claimPath, overwrite: true);
            return new FileClaim(claimPath, fileName, now);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Reads a claim left in the processing folder; null for a file that is not one.</summary>
    public static FileClaim? Parse(string claimPath)
    {
        var name = System.IO.Path.GetFileName(claimPath);
        var separator = name.IndexOf(Separator, StringComparison.Ordinal);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (separator < 0 || dot < 0 || dot > separator
            || !long.TryParse(name.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var millis))
        {
            return null;
        }

        return new FileClaim(claimPath, name[(separator + 1)..], DateTimeOffset.FromUnixTimeMilliseconds(millis));
    }
}
