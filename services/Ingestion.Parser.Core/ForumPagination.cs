namespace Ingestion.Parser.Core;

/// <summary>
/// "6 posts • Page 1 of 1": phpBB's pagination over and under a topic's posts counts them. A site that keeps its
/// readers' comments in a forum topic printed under the story declares the thread's size so.
/// </summary>
internal static class ForumPagination
{
    private const string Marker = " posts • Page ";

    public static int? DeclaredCount(string line)
    {
        // Cheap first: the bullet, then the marker; prose never joins "posts" and "Page" with a bullet. (A case-blind
        // IndexOf with invariant globalization compares character by character, so it is asked only of a line with a bullet.)
        if (line.Length > 60 || !line.Contains('•') || line.IndexOf(Marker, StringComparison.OrdinalIgnoreCase) is not (> 0 and var at))
        {
            return null;
        }

        var number = line.AsSpan(0, at).Trim();
        return int.TryParse(number, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var count)
            && line.AsSpan(at + Marker.Length).Contains(" of ", StringComparison.OrdinalIgnoreCase) ? count : null;
    }
}
